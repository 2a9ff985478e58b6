package io.github.realtimesessions.transport.core;

import static io.github.realtimesessions.transport.core.WireFixtures.resource;
import static io.github.realtimesessions.transport.core.WireFixtures.tree;
import static io.github.realtimesessions.transport.core.WireFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.realtimesessions.model.AudioFormat;
import io.github.realtimesessions.model.ClientSecret;
import io.github.realtimesessions.model.Eagerness;
import io.github.realtimesessions.model.InputAudioTranscription;
import io.github.realtimesessions.model.MaxOutputTokens;
import io.github.realtimesessions.model.Modality;
import io.github.realtimesessions.model.NoiseReduction;
import io.github.realtimesessions.model.NoiseReductionType;
import io.github.realtimesessions.model.OpenEnum;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.model.Setting;
import io.github.realtimesessions.model.Tool;
import io.github.realtimesessions.model.ToolChoice;
import io.github.realtimesessions.model.ToolType;
import io.github.realtimesessions.model.Tracing;
import io.github.realtimesessions.model.TranscriptionModel;
import io.github.realtimesessions.model.TurnDetection;
import io.github.realtimesessions.model.TurnDetectionType;
import io.github.realtimesessions.model.Voice;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Decoding session answers leniently: a newer server must never break the client. */
class ResponseDecodingTest {

    private static final String SECRET = "\"client_secret\":{\"value\":\"ek_test_1\",\"expires_at\":1760000000}";

    private final SessionJsonCodec codec = SessionJsonCodec.instance();

    private RealtimeSessionCreateResponse decode(String json) {
        return codec.decodeResponse(utf8(json));
    }

    // ------------------------------------------------------------------------------------------ unknown fields

    @Test
    void unknownTopLevelFieldsOfEveryShapeAreIgnored() {
        String plain = "{\"id\":\"sess_1\",\"voice\":\"ash\"," + SECRET + "}";
        String withUnknown = "{\"include\":[\"item.input_audio_transcription.logprobs\"],\"id\":\"sess_1\","
                + "\"truncation\":{\"type\":\"retention_ratio\",\"retention_ratio\":0.8,\"nested\":[{\"a\":[1,{}]}]},"
                + "\"voice\":\"ash\",\"prompt\":null,\"beta\":true,\"count\":12,\"ratio\":1e3,"
                + SECRET + ",\"after_the_secret\":\"x\"}";

        assertThat(decode(withUnknown)).isEqualTo(decode(plain));
    }

    @Test
    void unknownNestedFieldsAreIgnored() {
        String json = "{"
                + "\"input_audio_transcription\":{\"model\":\"whisper-1\",\"include\":[\"logprobs\"]},"
                + "\"input_audio_noise_reduction\":{\"type\":\"near_field\",\"strength\":{\"level\":3}},"
                + "\"turn_detection\":{\"type\":\"server_vad\",\"idle_timeout_ms\":6000,\"threshold\":0.5},"
                + "\"tools\":[{\"type\":\"function\",\"strict\":true,\"name\":\"f\",\"annotations\":{\"a\":[1]}}],"
                + "\"tracing\":{\"workflow_name\":\"wf\",\"sampling\":{\"rate\":0.1}},"
                + "\"client_secret\":{\"value\":\"ek_1\",\"kind\":\"ephemeral\",\"expires_at\":100,\"extra\":[]}"
                + "}";

        RealtimeSessionCreateResponse response = decode(json);

        assertThat(response.inputAudioTranscription())
                .isEqualTo(Setting.enabled(InputAudioTranscription.of(TranscriptionModel.WHISPER_1)));
        assertThat(response.inputAudioNoiseReduction())
                .isEqualTo(Setting.enabled(NoiseReduction.of(NoiseReductionType.NEAR_FIELD)));
        assertThat(response.turnDetection())
                .isEqualTo(Setting.enabled(TurnDetection.serverVad().threshold(0.5).build()));
        assertThat(response.tools()).containsExactly(new Tool(ToolType.FUNCTION, "f", null, null));
        assertThat(response.tracing()).isEqualTo(Setting.enabled(Tracing.of("wf", null, null)));
        assertThat(response.clientSecret().value()).isEqualTo("ek_1");
        assertThat(response.clientSecret().expiresAt()).isEqualTo(Instant.ofEpochSecond(100));
    }

    // --------------------------------------------------------------------------------------- open enumerations

    static Stream<Arguments> unknownEnumValues() {
        return Stream.of(
                enumCase("voice marin", "\"voice\":\"marin\"", RealtimeSessionCreateResponse::voice, "marin"),
                enumCase("model gpt-realtime", "\"model\":\"gpt-realtime\"", RealtimeSessionCreateResponse::model,
                        "gpt-realtime"),
                enumCase("input audio format pcm24", "\"input_audio_format\":\"pcm24\"",
                        RealtimeSessionCreateResponse::inputAudioFormat, "pcm24"),
                enumCase("output audio format audio/pcmu", "\"output_audio_format\":\"audio/pcmu\"",
                        RealtimeSessionCreateResponse::outputAudioFormat, "audio/pcmu"),
                enumCase("turn detection type future_vad", "\"turn_detection\":{\"type\":\"future_vad\"}",
                        r -> r.turnDetection().valueOrNull().type(), "future_vad"),
                enumCase("eagerness very_high", "\"turn_detection\":{\"eagerness\":\"very_high\"}",
                        r -> r.turnDetection().valueOrNull().eagerness(), "very_high"),
                enumCase("modality video", "\"modalities\":[\"video\"]", r -> r.modalities().get(0), "video"),
                enumCase("noise reduction mid_field", "\"input_audio_noise_reduction\":{\"type\":\"mid_field\"}",
                        r -> r.inputAudioNoiseReduction().valueOrNull().type(), "mid_field"),
                enumCase("transcription model gpt-5-transcribe",
                        "\"input_audio_transcription\":{\"model\":\"gpt-5-transcribe\"}",
                        r -> r.inputAudioTranscription().valueOrNull().model(), "gpt-5-transcribe"),
                enumCase("tool type mcp", "\"tools\":[{\"type\":\"mcp\"}]", r -> r.tools().get(0).type(), "mcp"));
    }

    private static Arguments enumCase(
            String name, String field, Function<RealtimeSessionCreateResponse, OpenEnum> read, String value) {
        return arguments(Named.of(name, "{" + field + "," + SECRET + "}"), read, value);
    }

    @ParameterizedTest
    @MethodSource("unknownEnumValues")
    void unknownEnumValuesAreKeptVerbatimAndReEncodedUnchanged(
            String json, Function<RealtimeSessionCreateResponse, OpenEnum> read, String value) {
        RealtimeSessionCreateResponse response = decode(json);

        OpenEnum decoded = read.apply(response);
        assertThat(decoded.value()).isEqualTo(value);
        assertThat(decoded.isKnown()).isFalse();
        assertThat(tree(codec.encodeResponse(response))).isEqualTo(tree(json));
    }

    @Test
    void unknownToolChoiceAndTracingKeywordsAreKeptVerbatim() {
        String json = "{\"tool_choice\":\"any\",\"tracing\":\"manual\",\"max_response_output_tokens\":\"max\","
                + SECRET + "}";

        RealtimeSessionCreateResponse response = decode(json);

        assertThat(response.toolChoice().wireValue()).isEqualTo("any");
        assertThat(response.tracing()).isEqualTo(Setting.enabled(new Tracing.Mode("manual")));
        assertThat(response.maxResponseOutputTokens()).isEqualTo(new MaxOutputTokens.Keyword("max"));
        assertThat(tree(codec.encodeResponse(response))).isEqualTo(tree(json));
    }

    // ------------------------------------------------------------------------------------------------- nulls

    @Test
    void nullIsAcceptedForEveryFieldBesidesTheSecret() {
        String json = "{\"id\":null,\"object\":null,\"model\":null,\"expires_at\":null,\"modalities\":null,"
                + "\"instructions\":null,\"voice\":null,\"input_audio_format\":null,\"output_audio_format\":null,"
                + "\"input_audio_transcription\":null,\"input_audio_noise_reduction\":null,\"turn_detection\":null,"
                + "\"tools\":null,\"tool_choice\":null,\"temperature\":null,\"max_response_output_tokens\":null,"
                + "\"speed\":null,\"tracing\":null," + SECRET + "}";

        RealtimeSessionCreateResponse response = decode(json);

        assertThat(response.inputAudioTranscription()).isSameAs(Setting.disabled());
        assertThat(response.inputAudioNoiseReduction()).isSameAs(Setting.disabled());
        assertThat(response.turnDetection()).isSameAs(Setting.disabled());
        assertThat(response.tracing()).isSameAs(Setting.disabled());
        assertThat(response.toBuilder()
                        .inputAudioTranscriptionSetting(null)
                        .inputAudioNoiseReductionSetting(null)
                        .turnDetectionSetting(null)
                        .tracingSetting(null)
                        .build())
                .isEqualTo(RealtimeSessionCreateResponse.builder()
                        .clientSecret(response.clientSecret())
                        .build());
    }

    @Test
    void nullIsAcceptedForEveryNestedField() {
        String json = "{"
                + "\"input_audio_transcription\":{\"model\":null,\"language\":null,\"prompt\":null},"
                + "\"input_audio_noise_reduction\":{\"type\":null},"
                + "\"turn_detection\":{\"type\":null,\"eagerness\":null,\"threshold\":null,\"prefix_padding_ms\":null,"
                + "\"silence_duration_ms\":null,\"create_response\":null,\"interrupt_response\":null},"
                + "\"tools\":[{\"type\":null,\"name\":null,\"description\":null,\"parameters\":null}],"
                + "\"tracing\":{\"workflow_name\":null,\"group_id\":null,\"metadata\":null},"
                + SECRET + "}";

        RealtimeSessionCreateResponse response = decode(json);

        assertThat(response.inputAudioTranscription())
                .isEqualTo(Setting.enabled(new InputAudioTranscription(null, null, null)));
        assertThat(response.inputAudioNoiseReduction()).isEqualTo(Setting.enabled(new NoiseReduction(null)));
        assertThat(response.turnDetection()).isEqualTo(Setting.enabled(TurnDetection.builder().build()));
        assertThat(response.tools()).containsExactly(new Tool(null, null, null, null));
        assertThat(response.tracing()).isEqualTo(Setting.enabled(new Tracing.Configuration(null, null, null)));
    }

    @Test
    void nullInsideModalitiesIsSkipped() {
        assertThat(decode("{\"modalities\":[null,\"audio\"]," + SECRET + "}").modalities())
                .containsExactly(Modality.AUDIO);
    }

    // --------------------------------------------------------------------------------------- unions and forms

    @Test
    void maxTokensAsANumberAndAsInf() {
        assertThat(decode("{\"max_response_output_tokens\":200," + SECRET + "}").maxResponseOutputTokens())
                .isEqualTo(MaxOutputTokens.of(200));
        assertThat(decode("{\"max_response_output_tokens\":\"inf\"," + SECRET + "}").maxResponseOutputTokens())
                .isEqualTo(MaxOutputTokens.inf());
    }

    @Test
    void tracingAsAutoAsAnObjectAndAsNull() {
        assertThat(decode("{\"tracing\":\"auto\"," + SECRET + "}").tracing())
                .isEqualTo(Setting.enabled(Tracing.AUTO));
        assertThat(decode("{\"tracing\":{\"workflow_name\":\"wf\",\"group_id\":\"g\",\"metadata\":"
                                + "{\"n\":1,\"d\":0.1,\"l\":[true,null],\"o\":{}}}," + SECRET + "}")
                        .tracing())
                .isEqualTo(Setting.enabled(Tracing.of("wf", "g", Map.of(
                        "n", 1, "d", new BigDecimal("0.1"), "l", Arrays.asList(true, null), "o", Map.of()))));
        assertThat(decode("{\"tracing\":null," + SECRET + "}").tracing()).isSameAs(Setting.disabled());
        assertThat(decode("{" + SECRET + "}").tracing()).isNull();
    }

    @Test
    void fractionalExpiryIsTruncatedToWholeSeconds() {
        RealtimeSessionCreateResponse response = decode(
                "{\"expires_at\":1760000000.9,\"client_secret\":{\"value\":\"ek_1\",\"expires_at\":1760000060.5}}");

        assertThat(response.expiresAt()).isEqualTo(Instant.ofEpochSecond(1760000000L));
        assertThat(response.clientSecret().expiresAt()).isEqualTo(Instant.ofEpochSecond(1760000060L));
    }

    @Test
    void aSliceOfABufferIsDecoded() {
        byte[] json = utf8("garbage{\"id\":\"sess_9\"," + SECRET + "}more garbage");
        int start = "garbage".length();
        int length = json.length - start - "more garbage".length();

        assertThat(codec.decodeResponse(json, start, length).id()).isEqualTo("sess_9");
    }

    // ---------------------------------------------------------------------------------------- unexpected types

    static Stream<Arguments> unexpectedTypes() {
        return Stream.of(
                typed("id as an object", "\"id\":{\"a\":1}", RealtimeSessionCreateResponse::id),
                typed("model as a number", "\"model\":4", RealtimeSessionCreateResponse::model),
                typed("expires_at as text", "\"expires_at\":\"soon\"", RealtimeSessionCreateResponse::expiresAt),
                typed("modalities as a string", "\"modalities\":\"audio\"", RealtimeSessionCreateResponse::modalities),
                typed("instructions as an array", "\"instructions\":[\"a\",[\"b\"]]",
                        RealtimeSessionCreateResponse::instructions),
                typed("voice as a custom-voice object", "\"voice\":{\"id\":\"voice_1234\"}",
                        RealtimeSessionCreateResponse::voice),
                typed("audio format as an object (GA shape)", "\"input_audio_format\":{\"type\":\"audio/pcm\"}",
                        RealtimeSessionCreateResponse::inputAudioFormat),
                typed("transcription as a string", "\"input_audio_transcription\":\"whisper-1\"",
                        RealtimeSessionCreateResponse::inputAudioTranscription),
                typed("noise reduction as a boolean", "\"input_audio_noise_reduction\":true",
                        RealtimeSessionCreateResponse::inputAudioNoiseReduction),
                typed("turn detection as a number", "\"turn_detection\":5",
                        RealtimeSessionCreateResponse::turnDetection),
                typed("tools as an object", "\"tools\":{\"name\":\"f\"}", RealtimeSessionCreateResponse::tools),
                typed("tool choice as an object (GA shape)", "\"tool_choice\":{\"type\":\"function\",\"name\":\"f\"}",
                        RealtimeSessionCreateResponse::toolChoice),
                typed("temperature as text", "\"temperature\":\"hot\"", RealtimeSessionCreateResponse::temperature),
                typed("max tokens as a decimal", "\"max_response_output_tokens\":12.5",
                        RealtimeSessionCreateResponse::maxResponseOutputTokens),
                typed("max tokens beyond 32 bits", "\"max_response_output_tokens\":10000000000",
                        RealtimeSessionCreateResponse::maxResponseOutputTokens),
                typed("speed as a boolean", "\"speed\":false", RealtimeSessionCreateResponse::speed),
                typed("tracing as a number", "\"tracing\":42", RealtimeSessionCreateResponse::tracing),
                typed("tracing as an empty keyword", "\"tracing\":\"\"", RealtimeSessionCreateResponse::tracing),
                typed("voice as an empty string", "\"voice\":\"\"", RealtimeSessionCreateResponse::voice));
    }

    private static Arguments typed(String name, String field, Function<RealtimeSessionCreateResponse, Object> read) {
        // The field sits between two readable ones, so skipping it must leave the parser in the right place.
        return arguments(Named.of(name, "{\"object\":\"realtime.session\"," + field + "," + SECRET + "}"), read);
    }

    @ParameterizedTest
    @MethodSource("unexpectedTypes")
    void aFieldOfAnUnexpectedTypeIsSkippedAndTheRestIsRead(
            String json, Function<RealtimeSessionCreateResponse, Object> read) {
        RealtimeSessionCreateResponse response = decode(json);

        assertThat(read.apply(response)).isNull();
        assertThat(response.object()).isEqualTo("realtime.session");
        assertThat(response.clientSecret().value()).isEqualTo("ek_test_1");
        assertThat(response.clientSecret().expiresAt()).isEqualTo(Instant.ofEpochSecond(1760000000L));
    }

    @Test
    void nestedFieldsOfAnUnexpectedTypeAreSkipped() {
        String json = "{\"turn_detection\":{\"type\":\"server_vad\",\"threshold\":\"high\",\"prefix_padding_ms\":1.5,"
                + "\"silence_duration_ms\":[500],\"create_response\":\"yes\",\"interrupt_response\":true},"
                + "\"tools\":[\"not a tool\",{\"name\":\"f\",\"parameters\":\"none\"},7],"
                + "\"tracing\":{\"workflow_name\":1,\"metadata\":[1,2],\"group_id\":\"g\"},"
                + SECRET + "}";

        RealtimeSessionCreateResponse response = decode(json);

        assertThat(response.turnDetection())
                .isEqualTo(Setting.enabled(TurnDetection.serverVad().interruptResponse(true).build()));
        assertThat(response.tools()).containsExactly(new Tool(null, "f", null, null));
        assertThat(response.tracing()).isEqualTo(Setting.enabled(Tracing.of(null, "g", null)));
    }

    // --------------------------------------------------------------------------------------------- the secret

    static Stream<Arguments> unusableSecrets() {
        return Stream.of(
                secretCase("client_secret missing", "{\"id\":\"sess_1\"}", "client_secret"),
                secretCase("client_secret null", "{\"client_secret\":null}", "client_secret"),
                secretCase("client_secret a string", "{\"client_secret\":\"ek_1\"}", "client_secret"),
                secretCase("client_secret empty", "{\"client_secret\":{}}", "client_secret.value"),
                secretCase("value missing", "{\"client_secret\":{\"expires_at\":1}}", "client_secret.value"),
                secretCase("value null", "{\"client_secret\":{\"value\":null,\"expires_at\":1}}",
                        "client_secret.value"),
                secretCase("value empty", "{\"client_secret\":{\"value\":\"\",\"expires_at\":1}}",
                        "client_secret.value"),
                secretCase("value a number", "{\"client_secret\":{\"value\":42,\"expires_at\":1}}",
                        "client_secret.value"),
                secretCase("expires_at missing", "{\"client_secret\":{\"value\":\"ek_1\"}}",
                        "client_secret.expires_at"),
                secretCase("expires_at null", "{\"client_secret\":{\"value\":\"ek_1\",\"expires_at\":null}}",
                        "client_secret.expires_at"),
                secretCase("expires_at text", "{\"client_secret\":{\"value\":\"ek_1\",\"expires_at\":\"later\"}}",
                        "client_secret.expires_at"));
    }

    private static Arguments secretCase(String name, String json, String field) {
        return arguments(Named.of(name, json), field);
    }

    @ParameterizedTest
    @MethodSource("unusableSecrets")
    void anAnswerWithoutAUsableSecretFailsNamingTheField(String json, String field) {
        assertThatThrownBy(() -> decode(json))
                .isInstanceOfSatisfying(WireFormatException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageStartingWith(field + ": ");
    }

    // ---------------------------------------------------------------------------------------- not a document

    static Stream<Arguments> notASession() {
        return Stream.of(
                arguments(Named.of("malformed JSON", "{\"id\":}")),
                arguments(Named.of("unquoted field name", "{id:\"sess_1\"}")),
                arguments(Named.of("truncated JSON", "{\"id\":\"sess_1\",\"client_secret\":{\"value\":\"ek_1\"")),
                arguments(Named.of("truncated inside a string", "{\"id\":\"sess")),
                arguments(Named.of("empty body", "")),
                arguments(Named.of("whitespace only", "  \n ")),
                arguments(Named.of("HTML page", "<html><body><h1>502 Bad Gateway</h1></body></html>")),
                arguments(Named.of("JSON array", "[{" + SECRET + "}]")),
                arguments(Named.of("JSON null", "null")),
                arguments(Named.of("JSON string", "\"sess_1\"")),
                arguments(Named.of("two documents", "{" + SECRET + "}{" + SECRET + "}")),
                arguments(Named.of("trailing garbage", "{" + SECRET + "} trailing")),
                arguments(Named.of("nesting deeper than the guard",
                        "{\"tracing\":{\"metadata\":" + "{\"a\":".repeat(100) + "1" + "}".repeat(100) + "},"
                                + SECRET + "}")));
    }

    @ParameterizedTest
    @MethodSource("notASession")
    void aBodyThatIsNotASessionObjectFailsWithAWireFormatException(String body) {
        assertThatThrownBy(() -> decode(body))
                .isInstanceOfSatisfying(WireFormatException.class, e -> assertThat(e.field()).isNull());
    }

    // ------------------------------------------------------------------------------------------ encode/decode

    @Test
    void aFullySetResponseSurvivesEncodeAndDecode() {
        RealtimeSessionCreateResponse response = RealtimeSessionCreateResponse.builder()
                .id("sess_1")
                .object("realtime.session")
                .model(RealtimeModel.GPT_4O_MINI_REALTIME_PREVIEW)
                .expiresAt(Instant.ofEpochSecond(1760000000L))
                .modalities(List.of(Modality.TEXT))
                .instructions("be brief")
                .voice(Voice.SAGE)
                .inputAudioFormat(AudioFormat.G711_ALAW)
                .outputAudioFormat(AudioFormat.PCM16)
                .inputAudioTranscription(new InputAudioTranscription(TranscriptionModel.WHISPER_1, "de", "p"))
                .inputAudioNoiseReduction(NoiseReduction.of(NoiseReductionType.FAR_FIELD))
                .turnDetection(new TurnDetection(TurnDetectionType.SEMANTIC_VAD, Eagerness.LOW, 0.4, 100, 200,
                        true, false))
                .tools(List.of(Tool.function("f", "d", Map.of("type", "object"))))
                .toolChoice(ToolChoice.REQUIRED)
                .temperature(1.0)
                .maxResponseOutputTokens(MaxOutputTokens.inf())
                .speed(0.5)
                .tracing(Tracing.of("wf", "g", Map.of("k", "v")))
                .clientSecret(new ClientSecret(
                        "ek_full", Instant.ofEpochSecond(1760000600L)))
                .build();

        assertThat(codec.decodeResponse(codec.encodeResponse(response))).isEqualTo(response);
    }

    @Test
    void theExampleResponseKeepsItsSecretValueOnTheWire() {
        byte[] example = resource("spec/create-session.example-response.json");

        byte[] encoded = codec.encodeResponse(codec.decodeResponse(example));

        assertThat(tree(encoded).path("client_secret").path("value").asText()).isEqualTo("ek_abc123");
    }
}
