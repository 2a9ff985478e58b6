package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

/** The {@code of(...)} factories and constants of the small GA types, against their long forms. */
class ShortcutsTest {

    @Test
    void audioFormatConstants() {
        assertThat(AudioFormat.PCM_24KHZ).isEqualTo(AudioFormat.builder().type(AudioFormatType.PCM).rate(24_000).build());
        assertThat(AudioFormat.PCMU).isEqualTo(AudioFormat.builder().type(AudioFormatType.PCMU).build());
        assertThat(AudioFormat.PCMA).isEqualTo(AudioFormat.builder().type(AudioFormatType.PCMA).build());
        assertThat(AudioFormat.PCM_24KHZ).hasToString("AudioFormat[type=audio/pcm, rate=24000]");
    }

    @Test
    void noiseReductionConstantsAndOf() {
        assertThat(NoiseReduction.NEAR_FIELD).isEqualTo(NoiseReduction.builder().type(NoiseReductionType.NEAR_FIELD).build());
        assertThat(NoiseReduction.of(NoiseReductionType.FAR_FIELD)).isEqualTo(NoiseReduction.FAR_FIELD);
        assertThatNullPointerException().isThrownBy(() -> NoiseReduction.of(null))
                .withMessage("noise_reduction.type must not be null");
    }

    @Test
    void audioOf() {
        assertThat(Audio.of(AudioOutput.of(Voice.MARIN)))
                .isEqualTo(Audio.builder().output(AudioOutput.builder().voice(Voice.MARIN).build()).build());
        assertThatNullPointerException().isThrownBy(() -> Audio.of(null)).withMessage("audio.output must not be null");
        assertThatNullPointerException().isThrownBy(() -> AudioOutput.of(null)).withMessage("voice must not be null");
    }

    @Test
    void transcriptionAndReasoningOf() {
        assertThat(AudioTranscription.of(TranscriptionModel.WHISPER_1))
                .isEqualTo(AudioTranscription.builder().model(TranscriptionModel.WHISPER_1).build());
        assertThatNullPointerException().isThrownBy(() -> AudioTranscription.of(null))
                .withMessage("transcription.model must not be null");
        assertThat(Reasoning.of(ReasoningEffort.LOW)).isEqualTo(Reasoning.builder().effort(ReasoningEffort.LOW).build());
        assertThatNullPointerException().isThrownBy(() -> Reasoning.of(null)).withMessage("reasoning.effort must not be null");
    }

    @Test
    void functionToolAndTranslationOutputOf() {
        assertThat(FunctionTool.of("f", "d", Samples.weatherParameters()))
                .isEqualTo(FunctionTool.builder().name("f").description("d").parameters(Samples.weatherParameters()).build());
        assertThat(FunctionTool.of("f", null, null).parameters()).isNull();
        assertThat(TranslationAudioOutput.of("es")).isEqualTo(TranslationAudioOutput.builder().language("es").build());
    }
}
