package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.github.realtimesessions.model.InvalidRequestException.Violation;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules of {@link TranslationSessionConfig} and its {@code targetLanguage} shortcut. */
class TranslationSessionConfigTest {

    static final String PREFIX = "Invalid translation session configuration: ";
    static final String MODEL_ONLY = "takes a model only in a translation session";

    private static TranslationSessionConfig.Builder valid() {
        return TranslationSessionConfig.builder().model("gpt-realtime-translate").targetLanguage("es");
    }

    private static UnaryOperator<TranslationSessionConfig.Builder> transcription(AudioTranscription transcription) {
        return b -> b.audio(Samples.translationAudio().toBuilder()
                .input(TranslationAudioInput.builder().transcription(transcription).build()).build());
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                argumentSet("no model", (UnaryOperator<TranslationSessionConfig.Builder>) b -> b.model(null),
                        new Violation("model", "is required", null)),
                argumentSet("blank model", (UnaryOperator<TranslationSessionConfig.Builder>) b -> b.model(" "),
                        new Violation("model", "must not be blank", "\" \"")),
                argumentSet("no audio", (UnaryOperator<TranslationSessionConfig.Builder>) b -> b.audio(null),
                        new Violation("audio", "is required", null)),
                argumentSet("audio without output",
                        (UnaryOperator<TranslationSessionConfig.Builder>) b -> b.audio(TranslationAudio.builder().build()),
                        new Violation("audio.output.language", "is required: it names the language to translate into", null)),
                argumentSet("output without a language",
                        (UnaryOperator<TranslationSessionConfig.Builder>) b -> b.audio(TranslationAudio.builder()
                                .output(TranslationAudioOutput.builder().build()).build()),
                        new Violation("audio.output.language", "is required: it names the language to translate into", null)),
                argumentSet("blank language", (UnaryOperator<TranslationSessionConfig.Builder>) b -> b.targetLanguage(""),
                        new Violation("audio.output.language", "must not be blank", "\"\"")),
                argumentSet("transcription without a model", transcription(AudioTranscription.builder().build()),
                        new Violation("audio.input.transcription.model", "is required", null)),
                argumentSet("transcription with a language",
                        transcription(AudioTranscription.builder().model(TranscriptionModel.WHISPER_1).language("en").build()),
                        new Violation("audio.input.transcription", MODEL_ONLY, null)),
                argumentSet("transcription with languages",
                        transcription(AudioTranscription.builder().model(TranscriptionModel.WHISPER_1).languages("en").build()),
                        new Violation("audio.input.transcription", MODEL_ONLY, null)),
                argumentSet("transcription with keywords",
                        transcription(AudioTranscription.builder().model(TranscriptionModel.WHISPER_1).keywords("k").build()),
                        new Violation("audio.input.transcription", MODEL_ONLY, null)),
                argumentSet("transcription with a prompt",
                        transcription(AudioTranscription.builder().model(TranscriptionModel.WHISPER_1).prompt("p").build()),
                        new Violation("audio.input.transcription", MODEL_ONLY, null)),
                argumentSet("transcription with a delay",
                        transcription(AudioTranscription.builder().model(TranscriptionModel.WHISPER_1)
                                .delay(TranscriptionDelay.LOW).build()),
                        new Violation("audio.input.transcription", MODEL_ONLY, null)),
                argumentSet("transcription with an extra field",
                        transcription(AudioTranscription.builder().model(TranscriptionModel.WHISPER_1)
                                .extraFieldJson("x_hint", "true").build()),
                        new Violation("audio.input.transcription", MODEL_ONLY, null)),
                argumentSet("noise reduction without a type",
                        (UnaryOperator<TranslationSessionConfig.Builder>) b -> b.audio(Samples.translationAudio().toBuilder()
                                .input(TranslationAudioInput.builder().noiseReduction(NoiseReduction.builder().build()).build())
                                .build()),
                        new Violation("audio.input.noise_reduction.type", "is required", null)));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void rejectsWhatATranslationSessionCannotTake(UnaryOperator<TranslationSessionConfig.Builder> edit, Violation expected) {
        TranslationSessionConfig.Builder builder = edit.apply(valid());

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, builder::build);

        assertThat(e).as("build() throws").isNotNull();
        assertThat(e.violations()).containsExactly(expected);
        assertThat(e).hasMessage(PREFIX + expected);
    }

    @Test
    void theInputMayBeSwitchedOffOrLeftOut() {
        assertThatCode(() -> valid().build()).doesNotThrowAnyException();
        assertThatCode(() -> valid().audio(Samples.translationAudio().toBuilder()
                        .input(TranslationAudioInput.builder().disableTranscription().disableNoiseReduction().build())
                        .build()).build())
                .doesNotThrowAnyException();
        assertThatCode(Samples::translationSessionConfig).doesNotThrowAnyException();
    }

    @Test
    void everyViolationIsReportedTogether() {
        TranslationSessionConfig.Builder builder = TranslationSessionConfig.builder()
                .audio(TranslationAudio.builder().input(TranslationAudioInput.builder()
                        .transcription(AudioTranscription.builder().language(" ").build())
                        .noiseReduction(NoiseReduction.builder().build()).build()).build());

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, builder::build);

        assertThat(e.violations()).containsExactly(
                new Violation("model", "is required", null),
                new Violation("audio.input.transcription.language", "must not be blank", "\" \""),
                new Violation("audio.input.transcription.model", "is required", null),
                new Violation("audio.input.transcription", MODEL_ONLY, null),
                new Violation("audio.input.noise_reduction.type", "is required", null),
                new Violation("audio.output.language", "is required: it names the language to translate into", null));
    }

    @Test
    void targetLanguageSetsTheOutputAndKeepsTheInput() {
        TranslationSessionConfig config = TranslationSessionConfig.builder()
                .model("m")
                .audio(Samples.translationAudio())
                .targetLanguage("de")
                .build();

        assertThat(config.audio().output()).isEqualTo(TranslationAudioOutput.of("de"));
        assertThat(config.audio().input()).isEqualTo(Samples.translationAudioInput());
    }

    @Test
    void targetLanguageWithoutAudioCreatesIt() {
        TranslationSessionConfig config = TranslationSessionConfig.builder().model("m").targetLanguage("fr").build();

        assertThat(config.audio()).isEqualTo(TranslationAudio.builder().output(TranslationAudioOutput.of("fr")).build());
        assertThat(config.audio().input()).isNull();
    }
}
