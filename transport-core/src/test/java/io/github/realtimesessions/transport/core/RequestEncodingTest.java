package io.github.realtimesessions.transport.core;

import static io.github.realtimesessions.transport.core.WireFixtures.FULL_SEMANTIC_VAD_JSON;
import static io.github.realtimesessions.transport.core.WireFixtures.FULL_SERVER_VAD_JSON;
import static io.github.realtimesessions.transport.core.WireFixtures.text;
import static io.github.realtimesessions.transport.core.WireFixtures.tree;
import static io.github.realtimesessions.transport.core.WireFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.realtimesessions.model.ClientSecretConfig;
import io.github.realtimesessions.model.ExpiresAfter;
import io.github.realtimesessions.model.ExpiryAnchor;
import io.github.realtimesessions.model.InputAudioTranscription;
import io.github.realtimesessions.model.MaxOutputTokens;
import io.github.realtimesessions.model.NoiseReduction;
import io.github.realtimesessions.model.NoiseReductionType;
import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.Tool;
import io.github.realtimesessions.model.ToolChoice;
import io.github.realtimesessions.model.Tracing;
import io.github.realtimesessions.model.TranscriptionModel;
import io.github.realtimesessions.model.TurnDetection;
import io.github.realtimesessions.model.Voice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Encoding requests: exactly the bytes the API expects, field by field, including the three states of a setting. */
class RequestEncodingTest {

    private static final List<String> ALL_REQUEST_FIELDS = List.of(
            "model", "modalities", "instructions", "voice", "input_audio_format", "output_audio_format",
            "input_audio_transcription", "input_audio_noise_reduction", "turn_detection", "tools", "tool_choice",
            "temperature", "max_response_output_tokens", "speed", "tracing", "client_secret");

    private final SessionJsonCodec codec = SessionJsonCodec.instance();

    @Test
    void emptyRequestIsAnEmptyObject() {
        assertThat(text(codec.encodeRequest(RealtimeSessionCreateRequest.builder().build()))).isEqualTo("{}");
    }

    @Test
    void requestWithEveryFieldAndServerVadEncodesToExactlyTheExpectedJson() {
        assertThat(text(codec.encodeRequest(WireFixtures.fullServerVadRequest()))).isEqualTo(FULL_SERVER_VAD_JSON);
    }

    @Test
    void requestWithEveryFieldAndSemanticVadEncodesToExactlyTheExpectedJson() {
        assertThat(text(codec.encodeRequest(WireFixtures.fullSemanticVadRequest())))
                .isEqualTo(FULL_SEMANTIC_VAD_JSON);
    }

    @Test
    void theFullRequestsCoverAllSixteenFieldsAndAllSevenTurnDetectionFields() {
        JsonNode serverVad = tree(codec.encodeRequest(WireFixtures.fullServerVadRequest()));
        JsonNode semanticVad = tree(codec.encodeRequest(WireFixtures.fullSemanticVadRequest()));

        assertThat(fieldNames(serverVad)).containsExactlyElementsOf(ALL_REQUEST_FIELDS);
        List<String> turnDetectionFields = new ArrayList<>(fieldNames(serverVad.get("turn_detection")));
        turnDetectionFields.addAll(fieldNames(semanticVad.get("turn_detection")));
        assertThat(turnDetectionFields).containsExactlyInAnyOrder(
                "type", "threshold", "prefix_padding_ms", "silence_duration_ms", "create_response",
                "interrupt_response", "type", "eagerness", "create_response", "interrupt_response");
        assertThat(fieldNames(serverVad.get("input_audio_transcription")))
                .containsExactly("model", "language", "prompt");
        assertThat(fieldNames(serverVad.get("tools").get(0)))
                .containsExactly("type", "name", "description", "parameters");
        assertThat(fieldNames(serverVad.get("tracing"))).containsExactly("workflow_name", "group_id", "metadata");
        assertThat(fieldNames(serverVad.get("client_secret").get("expires_after")))
                .containsExactly("anchor", "seconds");
    }

    @Test
    void writeRequestWritesTheSameBytesAndLeavesTheStreamOpen() throws IOException {
        ClosingCheckingStream out = new ClosingCheckingStream();

        codec.writeRequest(WireFixtures.fullServerVadRequest(), out);

        assertThat(out.toByteArray()).isEqualTo(utf8(FULL_SERVER_VAD_JSON));
        assertThat(out.closed).isFalse();
    }

    @Test
    void nullRequestIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> codec.encodeRequest(null));
        assertThatNullPointerException().isThrownBy(() -> codec.writeRequest(null, new ByteArrayOutputStream()));
    }

    static Stream<Arguments> settingStates() {
        return Stream.of(
                state("turn_detection unset", b -> b, "{}"),
                state("turn_detection disabled", b -> b.disableTurnDetection(), "{\"turn_detection\":null}"),
                state("turn_detection set",
                        b -> b.turnDetection(TurnDetection.serverVad().silenceDurationMs(500).build()),
                        "{\"turn_detection\":{\"type\":\"server_vad\",\"silence_duration_ms\":500}}"),
                state("turn_detection set without fields",
                        b -> b.turnDetection(TurnDetection.builder().build()), "{\"turn_detection\":{}}"),
                state("input_audio_transcription unset", b -> b.inputAudioTranscription(null), "{}"),
                state("input_audio_transcription disabled",
                        b -> b.disableInputAudioTranscription(), "{\"input_audio_transcription\":null}"),
                state("input_audio_transcription set",
                        b -> b.inputAudioTranscription(InputAudioTranscription.of(TranscriptionModel.WHISPER_1)),
                        "{\"input_audio_transcription\":{\"model\":\"whisper-1\"}}"),
                state("input_audio_noise_reduction unset", b -> b.inputAudioNoiseReduction(null), "{}"),
                state("input_audio_noise_reduction disabled",
                        b -> b.disableInputAudioNoiseReduction(), "{\"input_audio_noise_reduction\":null}"),
                state("input_audio_noise_reduction set",
                        b -> b.inputAudioNoiseReduction(NoiseReduction.of(NoiseReductionType.NEAR_FIELD)),
                        "{\"input_audio_noise_reduction\":{\"type\":\"near_field\"}}"),
                state("tracing unset", b -> b.tracing(null), "{}"),
                state("tracing disabled", b -> b.disableTracing(), "{\"tracing\":null}"),
                state("tracing auto", b -> b.tracing(Tracing.auto()), "{\"tracing\":\"auto\"}"),
                state("tracing configuration",
                        b -> b.tracing(Tracing.of("w", null, null)), "{\"tracing\":{\"workflow_name\":\"w\"}}"),
                state("tracing empty configuration",
                        b -> b.tracing(Tracing.of(null, null, Map.of())), "{\"tracing\":{\"metadata\":{}}}"));
    }

    private static Arguments state(
            String name, UnaryOperator<RealtimeSessionCreateRequest.Builder> setting, String expectedJson) {
        return arguments(Named.of(name, setting.apply(RealtimeSessionCreateRequest.builder()).build()), expectedJson);
    }

    @ParameterizedTest
    @MethodSource("settingStates")
    void eachStateOfASettingHasItsOwnBody(RealtimeSessionCreateRequest request, String expectedJson) {
        assertThat(text(codec.encodeRequest(request))).isEqualTo(expectedJson);
    }

    @ParameterizedTest
    @MethodSource("settingStates")
    void eachStateOfASettingIsReadBackAsTheSameState(RealtimeSessionCreateRequest request, String expectedJson) {
        assertThat(codec.decodeRequest(utf8(expectedJson))).isEqualTo(request);
    }

    @Test
    void unsetDisabledAndSetAreThreeDifferentBodiesForEverySetting() {
        List<String> bodies = settingStates().map(a -> (String) a.get()[1]).toList();

        // "{}" is the unset state of all four settings; every other body occurs once.
        assertThat(bodies.stream().filter(b -> !b.equals("{}")).distinct().count())
                .isEqualTo(bodies.stream().filter(b -> !b.equals("{}")).count());
        assertThat(bodies).contains("{\"turn_detection\":null}", "{\"input_audio_transcription\":null}",
                "{\"input_audio_noise_reduction\":null}", "{\"tracing\":null}");
    }

    static Stream<Arguments> scalarForms() {
        return Stream.of(
                arguments(Named.of("max tokens 1", RealtimeSessionCreateRequest.builder().maxResponseOutputTokens(1)),
                        "{\"max_response_output_tokens\":1}"),
                arguments(Named.of("max tokens inf",
                                RealtimeSessionCreateRequest.builder().maxResponseOutputTokens(MaxOutputTokens.inf())),
                        "{\"max_response_output_tokens\":\"inf\"}"),
                arguments(Named.of("tool choice auto",
                                RealtimeSessionCreateRequest.builder().toolChoice(ToolChoice.AUTO)),
                        "{\"tool_choice\":\"auto\"}"),
                arguments(Named.of("tool choice none",
                                RealtimeSessionCreateRequest.builder().toolChoice(ToolChoice.NONE)),
                        "{\"tool_choice\":\"none\"}"),
                arguments(Named.of("tool choice required",
                                RealtimeSessionCreateRequest.builder().toolChoice(ToolChoice.REQUIRED)),
                        "{\"tool_choice\":\"required\"}"),
                arguments(Named.of("temperature at the lower bound",
                                RealtimeSessionCreateRequest.builder().temperature(0.6)),
                        "{\"temperature\":0.6}"),
                arguments(Named.of("speed as a whole number", RealtimeSessionCreateRequest.builder().speed(1.0)),
                        "{\"speed\":1.0}"),
                arguments(Named.of("voice not in the spec's list", RealtimeSessionCreateRequest.builder()
                                .voice(Voice.of("marin"))),
                        "{\"voice\":\"marin\"}"),
                arguments(Named.of("tool with only a name", RealtimeSessionCreateRequest.builder()
                                .tools(new Tool(null, "ping", null, null))),
                        "{\"tools\":[{\"name\":\"ping\"}]}"),
                arguments(Named.of("empty tool list", RealtimeSessionCreateRequest.builder().tools(List.of())),
                        "{\"tools\":[]}"),
                arguments(Named.of("secret lifetime with the anchor only", RealtimeSessionCreateRequest.builder()
                                .clientSecret(new ClientSecretConfig(
                                        new ExpiresAfter(
                                                ExpiryAnchor.CREATED_AT, null)))),
                        "{\"client_secret\":{\"expires_after\":{\"anchor\":\"created_at\"}}}"),
                arguments(Named.of("empty secret options", RealtimeSessionCreateRequest.builder()
                                .clientSecret(new ClientSecretConfig(null))),
                        "{\"client_secret\":{}}"));
    }

    @ParameterizedTest
    @MethodSource("scalarForms")
    void everyFormOfAUnionOrScalarEncodesAsTheApiSpellsIt(
            RealtimeSessionCreateRequest.Builder request, String expectedJson) {
        assertThat(text(codec.encodeRequest(request.build()))).isEqualTo(expectedJson);
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = object.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    private static final class ClosingCheckingStream extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
