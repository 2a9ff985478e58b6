package io.github.realtimesessions.transport.core;

import static io.github.realtimesessions.transport.core.WireFixtures.FULL_SEMANTIC_VAD_JSON;
import static io.github.realtimesessions.transport.core.WireFixtures.FULL_SERVER_VAD_JSON;
import static io.github.realtimesessions.transport.core.WireFixtures.text;
import static io.github.realtimesessions.transport.core.WireFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.realtimesessions.model.InvalidRequestException;
import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Decoding requests strictly, as the real API reads them (the fake server's side of the codec). */
class RequestDecodingTest {

    private final SessionJsonCodec codec = SessionJsonCodec.instance();

    private RealtimeSessionCreateRequest decode(String json) {
        return codec.decodeRequest(utf8(json));
    }

    @Test
    void theFullRequestsDecodeToTheRequestsThatProducedThem() {
        assertThat(decode(FULL_SERVER_VAD_JSON)).isEqualTo(WireFixtures.fullServerVadRequest());
        assertThat(decode(FULL_SEMANTIC_VAD_JSON)).isEqualTo(WireFixtures.fullSemanticVadRequest());
    }

    @Test
    void decodingAndEncodingAFullRequestGivesTheSameBytes() {
        assertThat(text(codec.encodeRequest(decode(FULL_SERVER_VAD_JSON)))).isEqualTo(FULL_SERVER_VAD_JSON);
        assertThat(text(codec.encodeRequest(decode(FULL_SEMANTIC_VAD_JSON)))).isEqualTo(FULL_SEMANTIC_VAD_JSON);
    }

    @Test
    void anEmptyObjectIsAValidRequest() {
        assertThat(decode("{}")).isEqualTo(RealtimeSessionCreateRequest.builder().build());
        assertThat(decode(" { } \n")).isEqualTo(RealtimeSessionCreateRequest.builder().build());
    }

    @Test
    void nullForAPlainFieldMeansAbsent() {
        assertThat(decode("{\"voice\":null,\"temperature\":null,\"tools\":null,\"client_secret\":null}"))
                .isEqualTo(RealtimeSessionCreateRequest.builder().build());
    }

    static Stream<Arguments> unknownFields() {
        return Stream.of(
                unknown("top level", "{\"model\":\"gpt-4o-realtime-preview\",\"voices\":[\"ash\"]}", "voices"),
                unknown("top level field of a newer API", "{\"include\":null}", "include"),
                unknown("in turn_detection", "{\"turn_detection\":{\"type\":\"server_vad\",\"idle_timeout_ms\":6000}}",
                        "turn_detection.idle_timeout_ms"),
                unknown("in input_audio_transcription", "{\"input_audio_transcription\":{\"include\":[]}}",
                        "input_audio_transcription.include"),
                unknown("in input_audio_noise_reduction", "{\"input_audio_noise_reduction\":{\"level\":2}}",
                        "input_audio_noise_reduction.level"),
                unknown("in a tool", "{\"tools\":[{\"name\":\"a\"},{\"name\":\"b\",\"strict\":true}]}",
                        "tools[1].strict"),
                unknown("in tracing", "{\"tracing\":{\"workflow_name\":\"w\",\"sampling\":0.5}}", "tracing.sampling"),
                // An object or array value opens a parser context of its own; the path still names the field.
                unknown("an object value in turn_detection",
                        "{\"turn_detection\":{\"type\":\"server_vad\",\"vad\":{\"level\":1}}}", "turn_detection.vad"),
                unknown("an array value in a tool", "{\"tools\":[{\"name\":\"a\"},{\"name\":\"b\",\"tags\":[\"x\"]}]}",
                        "tools[1].tags"),
                unknown("a response field in client_secret", "{\"client_secret\":{\"value\":\"ek_1\"}}",
                        "client_secret.value"),
                unknown("in expires_after",
                        "{\"client_secret\":{\"expires_after\":{\"anchor\":\"created_at\",\"unit\":\"s\"}}}",
                        "client_secret.expires_after.unit"));
    }

    private static Arguments unknown(String name, String json, String field) {
        return arguments(Named.of(name, json), field);
    }

    @ParameterizedTest
    @MethodSource("unknownFields")
    void anUnknownFieldIsRejectedByName(String json, String field) {
        assertThatThrownBy(() -> decode(json))
                .isInstanceOfSatisfying(WireFormatException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessage(field + ": is not a known parameter");
    }

    static Stream<Arguments> wrongTypes() {
        return Stream.of(
                wrong("temperature as a string", "{\"temperature\":\"0.8\"}", "temperature", "a number", "a string"),
                wrong("speed as a boolean", "{\"speed\":true}", "speed", "a number", "a boolean"),
                wrong("model as a number", "{\"model\":4}", "model", "a string", "an integer"),
                wrong("instructions as an object", "{\"instructions\":{}}", "instructions", "a string", "an object"),
                wrong("voice as an object", "{\"voice\":{\"id\":\"voice_1\"}}", "voice", "a string", "an object"),
                wrong("modalities as a string", "{\"modalities\":\"audio\"}", "modalities", "an array", "a string"),
                wrong("a modality as a number", "{\"modalities\":[\"text\",1]}", "modalities[1]", "a string",
                        "an integer"),
                wrong("tools as an object", "{\"tools\":{}}", "tools", "an array", "an object"),
                wrong("a tool as a string", "{\"tools\":[\"get_weather\"]}", "tools[0]", "an object", "a string"),
                wrong("tool parameters as an array", "{\"tools\":[{\"name\":\"f\",\"parameters\":[]}]}",
                        "tools[0].parameters", "an object", "an array"),
                wrong("tool choice as an object", "{\"tool_choice\":{\"type\":\"function\"}}", "tool_choice",
                        "a string", "an object"),
                wrong("turn detection as a string", "{\"turn_detection\":\"server_vad\"}", "turn_detection",
                        "an object", "a string"),
                wrong("threshold as a string", "{\"turn_detection\":{\"threshold\":\"0.5\"}}",
                        "turn_detection.threshold", "a number", "a string"),
                wrong("prefix padding as a decimal", "{\"turn_detection\":{\"prefix_padding_ms\":1.5}}",
                        "turn_detection.prefix_padding_ms", "an integer", "a decimal number"),
                wrong("silence duration beyond 32 bits", "{\"turn_detection\":{\"silence_duration_ms\":3000000000}}",
                        "turn_detection.silence_duration_ms", "an integer within 32 bits", "an integer"),
                wrong("create_response as a string", "{\"turn_detection\":{\"create_response\":\"yes\"}}",
                        "turn_detection.create_response", "a boolean", "a string"),
                wrong("max tokens as a decimal", "{\"max_response_output_tokens\":2.5}",
                        "max_response_output_tokens", "an integer", "a decimal number"),
                wrong("tracing as a number", "{\"tracing\":1}", "tracing", "an object", "an integer"),
                wrong("tracing metadata as a string", "{\"tracing\":{\"metadata\":\"x\"}}", "tracing.metadata",
                        "an object", "a string"),
                wrong("transcription as a string", "{\"input_audio_transcription\":\"whisper-1\"}",
                        "input_audio_transcription", "an object", "a string"),
                wrong("language as a number", "{\"input_audio_transcription\":{\"language\":1}}",
                        "input_audio_transcription.language", "a string", "an integer"),
                wrong("client_secret as a string", "{\"client_secret\":\"ek_1\"}", "client_secret", "an object",
                        "a string"),
                wrong("expires_after seconds as a string",
                        "{\"client_secret\":{\"expires_after\":{\"anchor\":\"created_at\",\"seconds\":\"600\"}}}",
                        "client_secret.expires_after.seconds", "an integer", "a string"));
    }

    private static Arguments wrong(String name, String json, String field, String expected, String found) {
        return arguments(Named.of(name, json), field, expected, found);
    }

    @ParameterizedTest
    @MethodSource("wrongTypes")
    void aValueOfTheWrongTypeIsRejectedNamingFieldAndExpectedType(
            String json, String field, String expected, String found) {
        assertThatThrownBy(() -> decode(json))
                .isInstanceOfSatisfying(WireFormatException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessage(field + ": must be " + expected + ", found " + found);
    }

    static Stream<Arguments> otherShapeErrors() {
        return Stream.of(
                shape("blank enum value", "{\"voice\":\" \"}", "voice", "voice: must not be blank"),
                shape("null in modalities", "{\"modalities\":[\"text\",null]}", "modalities",
                        "modalities: must not contain null"),
                shape("expires_after without its anchor",
                        "{\"client_secret\":{\"expires_after\":{\"seconds\":60}}}",
                        "client_secret.expires_after.anchor",
                        "client_secret.expires_after.anchor: is required"),
                shape("blank tool choice", "{\"tool_choice\":\"\"}", "tool_choice", "tool_choice: must not be blank"),
                shape("blank tracing keyword", "{\"tracing\":\"\"}", "tracing", "tracing: must not be blank"),
                shape("blank max tokens keyword", "{\"max_response_output_tokens\":\"\"}",
                        "max_response_output_tokens", "max_response_output_tokens: must not be blank"));
    }

    private static Arguments shape(String name, String json, String field, String message) {
        return arguments(Named.of(name, json), field, message);
    }

    @ParameterizedTest
    @MethodSource("otherShapeErrors")
    void otherShapeErrorsNameTheField(String json, String field, String message) {
        assertThatThrownBy(() -> decode(json))
                .isInstanceOfSatisfying(WireFormatException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessage(message);
    }

    static Stream<Arguments> ruleViolations() {
        return Stream.of(
                rule("temperature above 1.2", "{\"temperature\":2.0}", "temperature"),
                rule("speed below 0.25", "{\"speed\":0.1}", "speed"),
                rule("max tokens 0", "{\"max_response_output_tokens\":0}", "max_response_output_tokens"),
                rule("max tokens 4097", "{\"max_response_output_tokens\":4097}", "max_response_output_tokens"),
                rule("secret lifetime 5 s",
                        "{\"client_secret\":{\"expires_after\":{\"anchor\":\"created_at\",\"seconds\":5}}}",
                        "client_secret.expires_after.seconds"),
                rule("empty modalities", "{\"modalities\":[]}", "modalities"),
                rule("repeated modality", "{\"modalities\":[\"text\",\"text\"]}", "modalities"),
                rule("threshold with semantic_vad",
                        "{\"turn_detection\":{\"type\":\"semantic_vad\",\"threshold\":0.5}}",
                        "turn_detection.threshold"),
                rule("eagerness with server_vad",
                        "{\"turn_detection\":{\"type\":\"server_vad\",\"eagerness\":\"low\"}}",
                        "turn_detection.eagerness"),
                rule("negative silence", "{\"turn_detection\":{\"silence_duration_ms\":-1}}",
                        "turn_detection.silence_duration_ms"),
                rule("tool choice naming no tool", "{\"tool_choice\":\"get_weather\"}", "tool_choice"),
                rule("tool without a name", "{\"tools\":[{\"type\":\"function\"}]}", "tools[0].name"),
                rule("blank language", "{\"input_audio_transcription\":{\"language\":\" \"}}",
                        "input_audio_transcription.language"));
    }

    private static Arguments rule(String name, String json, String field) {
        return arguments(Named.of(name, json), field);
    }

    @ParameterizedTest
    @MethodSource("ruleViolations")
    void aBrokenRuleIsAnInvalidRequestException(String json, String field) {
        assertThatThrownBy(() -> decode(json))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(InvalidRequestException.Violation::field)
                        .containsExactly(field));
    }

    static Stream<Arguments> notAnObject() {
        return Stream.of(
                arguments(Named.of("malformed", "{\"temperature\":}")),
                arguments(Named.of("truncated", "{\"model\":\"gpt-4o-realtime-preview\"")),
                arguments(Named.of("empty", "")),
                arguments(Named.of("array", "[]")),
                arguments(Named.of("HTML", "<html></html>")),
                arguments(Named.of("trailing content", "{}{}")));
    }

    @ParameterizedTest
    @MethodSource("notAnObject")
    void aBodyThatIsNotAJsonObjectIsAWireFormatException(String json) {
        assertThatThrownBy(() -> decode(json))
                .isInstanceOfSatisfying(WireFormatException.class, e -> assertThat(e.field()).isNull());
    }
}
