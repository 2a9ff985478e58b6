package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.realtimesessions.model.InvalidRequestException.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of {@link TranscriptionSessionConfig}. */
class TranscriptionSessionConfigTest {

    static final String PREFIX = "Invalid transcription session configuration: ";

    @Test
    void anEmptyOrInputOnlyConfigurationBuilds() {
        assertThatCode(() -> TranscriptionSessionConfig.builder().build()).doesNotThrowAnyException();
        assertThat(Samples.transcriptionSessionConfig().audio().output()).isNull();
    }

    @Test
    void aTranscriptionSessionHasNoAudioOutput() {
        TranscriptionSessionConfig.Builder builder =
                TranscriptionSessionConfig.builder().audio(Audio.of(AudioOutput.of(Voice.MARIN)));

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, builder::build);

        assertThat(e.violations()).containsExactly(
                new Violation("audio.output", "must not be set: a transcription session has no audio output", null));
        assertThat(e).hasMessage(PREFIX + "audio.output must not be set: a transcription session has no audio output");
    }

    @Test
    void theInputRulesApplyAndEverythingIsReportedTogether() {
        TranscriptionSessionConfig.Builder builder = TranscriptionSessionConfig.builder().audio(Audio.builder()
                .input(AudioInput.builder()
                        .transcription(AudioTranscription.builder().languages(List.of()).build())
                        .turnDetection(TurnDetection.serverVad().silenceDurationMs(-5).build())
                        .build())
                .output(AudioOutput.builder().speed(9.0).build())
                .build());

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, builder::build);

        assertThat(e.violations()).containsExactly(
                new Violation("audio.input.transcription.languages", "must have at least 1 element", "0 elements"),
                new Violation("audio.input.turn_detection.silence_duration_ms", "must be at least 0", "-5"),
                new Violation("audio.output.speed", "must be between 0.25 and 1.5", "9.0"),
                new Violation("audio.output", "must not be set: a transcription session has no audio output", null));
    }

    @Test
    void listsAreImmutableCopies() {
        List<IncludeOption> include = new java.util.ArrayList<>(List.of(IncludeOption.INPUT_AUDIO_TRANSCRIPTION_LOGPROBS));

        TranscriptionSessionConfig config = TranscriptionSessionConfig.builder().include(include).build();
        include.clear();

        assertThat(config.include()).containsExactly(IncludeOption.INPUT_AUDIO_TRANSCRIPTION_LOGPROBS).isUnmodifiable();
    }
}
