package io.github.realtimesessions.model;

/**
 * Transcription of the user's input audio (JSON {@code input_audio_transcription}). It runs asynchronously beside
 * the model and is guidance, not what the model heard. Every component may be {@code null} (absent).
 *
 * @param model the transcription model
 * @param language the input language as an ISO-639-1 code (e.g. {@code en}); improves accuracy and latency
 * @param prompt text to guide the transcription: keywords for {@code whisper-1}, free text for the GPT-4o models
 */
public record InputAudioTranscription(TranscriptionModel model, String language, String prompt) {

    /**
     * Returns a transcription configuration with only a model.
     *
     * @param model the transcription model
     * @return the configuration
     */
    public static InputAudioTranscription of(TranscriptionModel model) {
        return new InputAudioTranscription(model, null, null);
    }
}
