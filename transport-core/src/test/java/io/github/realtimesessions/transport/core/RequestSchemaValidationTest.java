package io.github.realtimesessions.transport.core;

import static io.github.realtimesessions.transport.core.WireFixtures.resource;
import static io.github.realtimesessions.transport.core.WireFixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.realtimesessions.model.AudioFormat;
import io.github.realtimesessions.model.Eagerness;
import io.github.realtimesessions.model.InputAudioTranscription;
import io.github.realtimesessions.model.MaxOutputTokens;
import io.github.realtimesessions.model.Modality;
import io.github.realtimesessions.model.NoiseReduction;
import io.github.realtimesessions.model.NoiseReductionType;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.ToolChoice;
import io.github.realtimesessions.model.Tracing;
import io.github.realtimesessions.model.TranscriptionModel;
import io.github.realtimesessions.model.TurnDetection;
import io.github.realtimesessions.model.Voice;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request body the codec produces validates against the spec's {@code RealtimeSessionCreateRequest} schema.
 *
 * <p>The schema, {@code spec/realtime-session-create-request.schema.json}, is the spec's schema converted to JSON
 * Schema draft-07; its {@code $comment} names the source lines and the three test-side changes:
 * <ol>
 *   <li>the spec declares no {@code nullable} on {@code turn_detection}, {@code input_audio_transcription},
 *       {@code input_audio_noise_reduction} and {@code tracing} and says only in prose that {@code null} turns them
 *       off, so the test schema allows {@code null} for exactly those four fields
 *       ({@link #nullIsStillRejectedForFieldsThatTheProseDoesNotMakeNullable} proves it allows it nowhere else);</li>
 *   <li>{@code additionalProperties: false} on every object whose properties the spec lists, so that a misspelled
 *       field name fails (the real API rejects unknown parameters);</li>
 *   <li>{@code type: array} on {@code modalities}, which the spec leaves out.</li>
 * </ol>
 * {@link #theValidatorRejectsABrokenBody} shows the validation is not vacuous.
 */
class RequestSchemaValidationTest {

    private static JsonSchema schema;

    private final SessionJsonCodec codec = SessionJsonCodec.instance();

    @BeforeAll
    static void loadSchema() {
        JsonNode schemaTree = tree(resource("spec/realtime-session-create-request.schema.json"));
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaTree);
    }

    static Stream<Arguments> producedBodies() {
        return Stream.of(
                body("minimal (empty)", RealtimeSessionCreateRequest.builder()),
                body("spec example", RealtimeSessionCreateRequest.builder()
                        .model(RealtimeModel.GPT_4O_REALTIME_PREVIEW)
                        .modalities(Modality.AUDIO, Modality.TEXT)
                        .instructions("You are a friendly assistant.")),
                body("every field, server_vad", WireFixtures.fullServerVadRequest().toBuilder()),
                body("every field, semantic_vad", WireFixtures.fullSemanticVadRequest().toBuilder()),
                body("turn_detection disabled", RealtimeSessionCreateRequest.builder().disableTurnDetection()),
                body("input_audio_transcription disabled",
                        RealtimeSessionCreateRequest.builder().disableInputAudioTranscription()),
                body("input_audio_noise_reduction disabled",
                        RealtimeSessionCreateRequest.builder().disableInputAudioNoiseReduction()),
                body("tracing disabled", RealtimeSessionCreateRequest.builder().disableTracing()),
                body("every setting disabled", RealtimeSessionCreateRequest.builder()
                        .disableTurnDetection()
                        .disableInputAudioTranscription()
                        .disableInputAudioNoiseReduction()
                        .disableTracing()),
                body("tracing auto", RealtimeSessionCreateRequest.builder().tracing(Tracing.auto())),
                body("tracing configuration", RealtimeSessionCreateRequest.builder()
                        .tracing(Tracing.of("wf", "grp", Map.of("k", "v")))),
                body("max tokens 1", RealtimeSessionCreateRequest.builder().maxResponseOutputTokens(1)),
                body("max tokens 4096", RealtimeSessionCreateRequest.builder().maxResponseOutputTokens(4096)),
                body("max tokens inf",
                        RealtimeSessionCreateRequest.builder().maxResponseOutputTokens(MaxOutputTokens.inf())),
                body("tool choice required", RealtimeSessionCreateRequest.builder().toolChoice(ToolChoice.REQUIRED)),
                body("empty turn detection", RealtimeSessionCreateRequest.builder()
                        .turnDetection(TurnDetection.builder().build())),
                body("semantic_vad with eagerness only", RealtimeSessionCreateRequest.builder()
                        .turnDetection(TurnDetection.semanticVad().eagerness(Eagerness.AUTO).build())),
                body("transcription with model only", RealtimeSessionCreateRequest.builder()
                        .inputAudioTranscription(InputAudioTranscription.of(TranscriptionModel.WHISPER_1))),
                body("noise reduction near field", RealtimeSessionCreateRequest.builder()
                        .inputAudioNoiseReduction(NoiseReduction.of(NoiseReductionType.NEAR_FIELD))),
                body("voice outside the spec's list (VoiceIdsShared allows any string)",
                        RealtimeSessionCreateRequest.builder().voice(Voice.of("marin"))),
                body("pcm16 both ways", RealtimeSessionCreateRequest.builder()
                        .inputAudioFormat(AudioFormat.PCM16)
                        .outputAudioFormat(AudioFormat.PCM16)),
                body("secret lifetime", RealtimeSessionCreateRequest.builder().expiresAfterSeconds(7200)));
    }

    private static Arguments body(String name, RealtimeSessionCreateRequest.Builder request) {
        return arguments(Named.of(name, request.build()));
    }

    @ParameterizedTest
    @MethodSource("producedBodies")
    void everyBodyTheCodecProducesIsValid(RealtimeSessionCreateRequest request) {
        JsonNode body = tree(codec.encodeRequest(request));

        assertThat(schema.validate(body)).as("schema errors for %s", body).isEmpty();
    }

    static Stream<Arguments> brokenBodies() {
        return Stream.of(
                broken("temperature as a string", "{\"temperature\":\"0.8\"}"),
                broken("speed above the maximum", "{\"speed\":2.0}"),
                broken("max tokens as another keyword", "{\"max_response_output_tokens\":\"unlimited\"}"),
                broken("max tokens as a decimal", "{\"max_response_output_tokens\":1.5}"),
                broken("misspelled field", "{\"max_output_tokens\":100}"),
                broken("unknown nested field", "{\"turn_detection\":{\"idle_timeout_ms\":6000}}"),
                broken("turn detection as a string", "{\"turn_detection\":\"server_vad\"}"),
                broken("unknown turn detection type", "{\"turn_detection\":{\"type\":\"future_vad\"}}"),
                broken("unknown model", "{\"model\":\"gpt-realtime\"}"),
                broken("unknown modality", "{\"modalities\":[\"video\"]}"),
                broken("modalities as a string", "{\"modalities\":\"text\"}"),
                broken("voice as a number (checks the $ref resolves)", "{\"voice\":7}"),
                broken("tracing as another keyword", "{\"tracing\":\"manual\"}"),
                broken("expires_after without its required anchor",
                        "{\"client_secret\":{\"expires_after\":{\"seconds\":60}}}"),
                broken("tools as an object", "{\"tools\":{\"name\":\"x\"}}"));
    }

    private static Arguments broken(String name, String json) {
        return arguments(Named.of(name, json));
    }

    @ParameterizedTest
    @MethodSource("brokenBodies")
    void theValidatorRejectsABrokenBody(String json) {
        Set<ValidationMessage> errors = schema.validate(tree(json));

        assertThat(errors).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("nonNullableFields")
    void nullIsStillRejectedForFieldsThatTheProseDoesNotMakeNullable(String field) {
        assertThat(schema.validate(tree("{\"" + field + "\":null}"))).isNotEmpty();
    }

    static Stream<String> nonNullableFields() {
        return Stream.of("model", "modalities", "instructions", "voice", "input_audio_format", "output_audio_format",
                "tools", "tool_choice", "temperature", "max_response_output_tokens", "speed", "client_secret");
    }

    @Test
    void theErrorForAStringTemperatureNamesTheField() {
        Set<ValidationMessage> errors = schema.validate(tree("{\"temperature\":\"hot\"}"));

        assertThat(errors).singleElement()
                .extracting(ValidationMessage::getMessage)
                .asString()
                .contains("temperature")
                .contains("number");
    }
}
