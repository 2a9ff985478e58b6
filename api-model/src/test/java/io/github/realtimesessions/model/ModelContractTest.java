package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.github.realtimesessions.model.WireContract.TypeCase;
import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.model.internal.WireType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builder, accessor, {@code toBuilder()}, {@code equals}/{@code hashCode} and {@code toString} of every GA type with a
 * builder, checked field by field through its description in {@link Schemas}.
 */
class ModelContractTest {

    static Stream<Arguments> types() {
        return Stream.of(
                TypeCase.of(Schemas.AUDIO_FORMAT, Samples::audioFormat, AudioFormat::toBuilder),
                TypeCase.of(Schemas.NOISE_REDUCTION, Samples::noiseReduction, NoiseReduction::toBuilder),
                TypeCase.of(Schemas.AUDIO_TRANSCRIPTION, Samples::audioTranscription, AudioTranscription::toBuilder),
                TypeCase.of(Schemas.SERVER_VAD, Samples::serverVad, TurnDetection.ServerVad::toBuilder),
                TypeCase.of(Schemas.SEMANTIC_VAD, Samples::semanticVad, TurnDetection.SemanticVad::toBuilder),
                TypeCase.of(Schemas.AUDIO_INPUT, Samples::audioInput, AudioInput::toBuilder),
                TypeCase.of(Schemas.AUDIO_OUTPUT, Samples::audioOutput, AudioOutput::toBuilder),
                TypeCase.of(Schemas.AUDIO, Samples::audio, Audio::toBuilder),
                TypeCase.of(Schemas.FUNCTION_TOOL, Samples::functionTool, FunctionTool::toBuilder),
                TypeCase.of(Schemas.MCP_TOOL_FILTER, Samples::mcpToolFilter, McpToolFilter::toBuilder),
                TypeCase.of(Schemas.MCP_APPROVAL_POLICY, Samples::mcpApprovalPolicy, McpApprovalPolicy::toBuilder),
                TypeCase.of(Schemas.MCP_TOOL, Samples::mcpTool, McpTool::toBuilder),
                TypeCase.of(Schemas.REASONING, Samples::reasoning, Reasoning::toBuilder),
                TypeCase.of(Schemas.TOKEN_LIMITS, Samples::tokenLimits, TokenLimits::toBuilder),
                TypeCase.of(Schemas.RETENTION_RATIO, Samples::retentionRatio, Truncation.RetentionRatio::toBuilder),
                TypeCase.of(Schemas.INPUT_TEXT, Samples::inputText, PromptVariable.InputText::toBuilder),
                TypeCase.of(Schemas.INPUT_IMAGE, Samples::inputImage, PromptVariable.InputImage::toBuilder),
                TypeCase.of(Schemas.INPUT_FILE, Samples::inputFile, PromptVariable.InputFile::toBuilder),
                TypeCase.of(Schemas.PROMPT, Samples::prompt, Prompt::toBuilder),
                TypeCase.of(Schemas.REALTIME_SESSION_CONFIG, Samples::realtimeSessionConfig,
                        RealtimeSessionConfig::toBuilder),
                TypeCase.of(Schemas.TRANSCRIPTION_SESSION_CONFIG, Samples::transcriptionSessionConfig,
                        TranscriptionSessionConfig::toBuilder),
                new TypeCase<>(Schemas.CLIENT_SECRET_REQUEST, Samples::clientSecretRequest,
                        () -> ClientSecretRequest.builder().session(TranscriptionSessionConfig.builder().build()),
                        ClientSecretRequest::toBuilder, Set.of("session")),
                TypeCase.of(Schemas.TRANSLATION_AUDIO_INPUT, Samples::translationAudioInput,
                        TranslationAudioInput::toBuilder),
                TypeCase.of(Schemas.TRANSLATION_AUDIO_OUTPUT, Samples::translationAudioOutput,
                        TranslationAudioOutput::toBuilder),
                TypeCase.of(Schemas.TRANSLATION_AUDIO, Samples::translationAudio, TranslationAudio::toBuilder),
                new TypeCase<>(Schemas.TRANSLATION_SESSION_CONFIG, Samples::translationSessionConfig,
                        () -> TranslationSessionConfig.builder().model("m").targetLanguage("de"),
                        TranslationSessionConfig::toBuilder, Set.of("model", "audio")),
                new TypeCase<>(Schemas.TRANSLATION_CLIENT_SECRET_REQUEST, Samples::translationClientSecretRequest,
                        () -> TranslationClientSecretRequest.builder()
                                .session(TranslationSessionConfig.builder().model("m").targetLanguage("de").build()),
                        TranslationClientSecretRequest::toBuilder, Set.of("session")),
                TypeCase.of(Schemas.REALTIME_SESSION, Samples::realtimeSession, RealtimeSession::toBuilder),
                TypeCase.of(Schemas.TRANSCRIPTION_SESSION, Samples::transcriptionSession, TranscriptionSession::toBuilder),
                new TypeCase<>(Schemas.CLIENT_SECRET_RESPONSE, Samples::clientSecretResponse,
                        () -> ClientSecretResponse.builder().value("ek_1").expiresAt(Samples.SECRET_EXPIRES_AT),
                        ClientSecretResponse::toBuilder, Set.of("value", "expires_at")),
                TypeCase.of(Schemas.TRANSLATION_SESSION, Samples::translationSession, TranslationSession::toBuilder),
                new TypeCase<>(Schemas.TRANSLATION_CLIENT_SECRET_RESPONSE, Samples::translationClientSecretResponse,
                        () -> TranslationClientSecretResponse.builder().value("ek_1").expiresAt(Samples.SECRET_EXPIRES_AT),
                        TranslationClientSecretResponse::toBuilder, Set.of("value", "expires_at")))
                .map(c -> argumentSet(c.type().javaName(), c));
    }

    /** The descriptions of records, which have no builder and get their object methods from the record. */
    private static final Set<String> RECORD_DESCRIPTIONS =
            Set.of("ExpiresAfter", "Tracing.Configuration", "ToolChoice.Function", "ToolChoice.Mcp");

    @Test
    void everyDescribedTypeWithABuilderIsCovered() throws IllegalAccessException {
        Set<String> described = new TreeSet<>();
        for (Field field : Schemas.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == WireType.class) {
                described.add(((WireType<?, ?>) field.get(null)).javaName());
            }
        }
        Set<String> covered = new TreeSet<>(RECORD_DESCRIPTIONS);
        types().forEach(arguments -> covered.add(arguments.get()[0].toString()));

        assertThat(covered).isEqualTo(described);
    }

    @ParameterizedTest
    @MethodSource("types")
    <T, B> void theFullSampleSetsEveryField(TypeCase<T, B> c) {
        WireContract.sampleSetsEveryField(c);
    }

    @ParameterizedTest
    @MethodSource("types")
    <T, B> void toBuilderRoundTripsEveryField(TypeCase<T, B> c) {
        WireContract.toBuilderRoundTrips(c);
    }

    @ParameterizedTest
    @MethodSource("types")
    <T, B> void changingTheBuilderOfToBuilderLeavesTheOriginalAlone(TypeCase<T, B> c) {
        WireContract.toBuilderLeavesTheOriginalAlone(c);
    }

    @ParameterizedTest
    @MethodSource("types")
    <T, B> void eachBuilderSetterSetsItsOwnAccessorOnly(TypeCase<T, B> c) {
        WireContract.eachSetterSetsItsOwnAccessorOnly(c);
    }

    @ParameterizedTest
    @MethodSource("types")
    <T, B> void equalsAndHashCodeAreValueBased(TypeCase<T, B> c) {
        WireContract.equalsAndHashCodeAreValueBased(c);
    }

    @ParameterizedTest
    @MethodSource("types")
    <T, B> void everyFieldTakesPartInEquals(TypeCase<T, B> c) {
        WireContract.everyFieldTakesPartInEquals(c);
    }

    @ParameterizedTest
    @MethodSource("types")
    <T, B> void extraFieldsTakePartInEqualsAndToStringNamesThemByKeyOnly(TypeCase<T, B> c) {
        WireContract.extraFieldsTakePartInEqualsButToStringNamesThemOnly(c);
    }

    @ParameterizedTest
    @MethodSource("types")
    <T, B> void toStringNamesTheTypeAndEverySetField(TypeCase<T, B> c) {
        WireContract.toStringNamesTheTypeAndEverySetField(c);
    }

    @ParameterizedTest
    @MethodSource("types")
    <T, B> void toStringOfTheSmallestValueListsOnlyWhatIsSet(TypeCase<T, B> c) {
        WireContract.theSmallestValueDescribesOnlyWhatIsSet(c);
    }
}
