package io.github.realtimesessions.model.beta;

import io.github.realtimesessions.model.TranscriptionModel;

/**
 * Transcription of input audio in the retired beta interface (JSON {@code input_audio_transcription}). Every part is
 * optional.
 *
 * @param model the transcription model, or {@code null}
 * @param language the ISO-639-1 language of the input audio, or {@code null}; not blank when set
 * @param prompt text that guides transcription, or {@code null}
 */
public record InputAudioTranscription(TranscriptionModel model, String language, String prompt) {

    /**
     * Returns transcription with a model.
     *
     * @param model the model
     * @return the configuration
     */
    public static InputAudioTranscription of(TranscriptionModel model) {
        return new InputAudioTranscription(model, null, null);
    }
}
