package io.github.realtimesessions.transport.core.internal;

import static io.github.realtimesessions.transport.core.internal.WireFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.InvalidRequestException;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.TranscriptionSessionConfig;
import io.github.realtimesessions.model.TranslationClientSecretRequest;
import io.github.realtimesessions.model.internal.Schemas;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading requests strictly, as the API does (the fake server's side): what the builders write reads back to an equal
 * value; an unknown field, a wrong type, an unknown variant or a blank enum value is a {@link WireFormatException}
 * naming the JSON path; a broken rule is an {@link InvalidRequestException} whose violations carry the whole path.
 */
class WireCodecRequestDecodingTest {

    private static final WireCodec CODEC = WireCodec.instance();

    private static ClientSecretRequest mint(String json) {
        return CODEC.decodeRequest(Schemas.CLIENT_SECRET_REQUEST, utf8(json));
    }

    private static WireFormatException wireFailure(String json) {
        Throwable thrown = catchThrowable(() -> mint(json));
        assertThat(thrown).isExactlyInstanceOf(WireFormatException.class);
        return (WireFormatException) thrown;
    }

    // ------------------------------------------------------------------------------------------ round trips

    static Stream<Arguments> builtRequests() {
        return Stream.of(
                arguments(Named.of("the digest's full realtime request", WireFixtures.fullRealtimeRequest())),
                arguments(Named.of("the digest's transcription request", WireFixtures.transcriptionRequest())),
                arguments(Named.of("the spec's example", WireFixtures.specRealtimeRequest())));
    }

    @ParameterizedTest
    @MethodSource("builtRequests")
    void whatTheBuildersWriteReadsBackEqual(ClientSecretRequest request) {
        assertThat(CODEC.decodeRequest(Schemas.CLIENT_SECRET_REQUEST, CODEC.encode(Schemas.CLIENT_SECRET_REQUEST, request)))
                .isEqualTo(request);
    }

    @ParameterizedTest
    @MethodSource("io.github.realtimesessions.transport.core.internal.SpecSchemaValidationTest#realtimeSessions")
    void everySessionOfTheSchemaSuiteReadsBackEqual(RealtimeSessionConfig session) {
        ClientSecretRequest request = ClientSecretRequest.builder().session(session).build();

        assertThat(CODEC.decodeRequest(Schemas.CLIENT_SECRET_REQUEST, CODEC.encode(Schemas.CLIENT_SECRET_REQUEST, request)))
                .isEqualTo(request);
        // The bare session, as /realtime/calls/{id}/accept and the multipart part carry it.
        assertThat(CODEC.decodeRequest(Schemas.REALTIME_SESSION_CONFIG,
                CODEC.encode(Schemas.REALTIME_SESSION_CONFIG, session))).isEqualTo(session);
    }

    @Test
    void theTranslationExampleReadsBackEqual() {
        TranslationClientSecretRequest request = WireFixtures.specTranslationRequest();

        assertThat(CODEC.decodeRequest(Schemas.TRANSLATION_CLIENT_SECRET_REQUEST,
                utf8(WireFixtures.curlRequestExample("/realtime/translations/client_secrets")))).isEqualTo(request);
    }

    @Test
    void theSpecsExampleAsTheServerReadsIt() {
        assertThat(mint(WireFixtures.curlRequestExample("/realtime/client_secrets")))
                .isEqualTo(WireFixtures.specRealtimeRequest());
    }

    @Test
    void nullsThatSwitchFeaturesOffAreRead() {
        ClientSecretRequest request = mint("{\"session\":{\"type\":\"realtime\",\"tracing\":null,\"prompt\":null,"
                + "\"audio\":{\"input\":{\"transcription\":null,\"noise_reduction\":null,\"turn_detection\":null}}}}");

        RealtimeSessionConfig session = (RealtimeSessionConfig) request.session();
        assertThat(session.tracingSetting().isEnabled()).isFalse();
        assertThat(session.promptSetting().isEnabled()).isFalse();
        assertThat(session.audio().input().turnDetectionSetting().isEnabled()).isFalse();
    }

    @Test
    void theDiscriminatorNeedNotComeFirst() {
        ClientSecretRequest request = mint("{\"session\":{\"include\":[\"item.input_audio_transcription.logprobs\"],"
                + "\"type\":\"transcription\"}}");

        assertThat(request.session()).isInstanceOf(TranscriptionSessionConfig.class);
    }

    // ------------------------------------------------------------------------------------------ wire errors

    static Stream<Arguments> wireErrors() {
        return Stream.of(
                error("temperature in a GA realtime session", "{\"session\":{\"type\":\"realtime\",\"temperature\":0.8}}",
                        "session.temperature", "is not a known parameter"),
                error("temperature after other members", "{\"session\":{\"model\":\"gpt-realtime\",\"type\":\"realtime\","
                                + "\"temperature\":0.8}}",
                        "session.temperature", "is not a known parameter"),
                error("a model in a transcription session",
                        "{\"session\":{\"type\":\"transcription\",\"model\":\"gpt-4o-transcribe\"}}",
                        "session.model", "is not a known parameter"),
                error("an unknown top-level member", "{\"session\":{\"type\":\"realtime\"},\"ttl\":60}",
                        "ttl", "is not a known parameter"),
                error("an unknown nested member",
                        "{\"session\":{\"type\":\"realtime\",\"audio\":{\"output\":{\"voice\":\"marin\",\"pitch\":2}}}}",
                        "session.audio.output.pitch", "is not a known parameter"),
                error("a beta member in turn detection", "{\"session\":{\"type\":\"realtime\",\"audio\":{\"input\":"
                                + "{\"turn_detection\":{\"type\":\"semantic_vad\",\"threshold\":0.5}}}}}",
                        "session.audio.input.turn_detection.threshold", "is not a known parameter"),
                error("an unknown member in a list element", "{\"session\":{\"type\":\"realtime\",\"tools\":["
                                + "{\"type\":\"function\",\"name\":\"a\"},{\"type\":\"function\",\"name\":\"b\",\"strict\":true}]}}",
                        "session.tools[1].strict", "is not a known parameter"),
                error("instructions as a number", "{\"session\":{\"type\":\"realtime\",\"instructions\":5}}",
                        "session.instructions", "must be a string, found an integer"),
                error("seconds as a string", "{\"expires_after\":{\"seconds\":\"600\"},\"session\":{\"type\":\"realtime\"}}",
                        "expires_after.seconds", "must be an integer, found a string"),
                error("seconds beyond 32 bits",
                        "{\"expires_after\":{\"seconds\":99999999999},\"session\":{\"type\":\"realtime\"}}",
                        "expires_after.seconds", "must be an integer within 32 bits, found an integer"),
                error("seconds with a fraction", "{\"expires_after\":{\"seconds\":60.5},\"session\":{\"type\":\"realtime\"}}",
                        "expires_after.seconds", "must be an integer, found a decimal number"),
                error("expires_after as a bare number", "{\"expires_after\":600,\"session\":{\"type\":\"realtime\"}}",
                        "expires_after", "must be an object, found an integer"),
                error("speed as a string",
                        "{\"session\":{\"type\":\"realtime\",\"audio\":{\"output\":{\"speed\":\"fast\"}}}}",
                        "session.audio.output.speed", "must be a number, found a string"),
                error("a beta format string",
                        "{\"session\":{\"type\":\"realtime\",\"audio\":{\"input\":{\"format\":\"pcm16\"}}}}",
                        "session.audio.input.format", "must be an object, found a string"),
                error("tools as an object", "{\"session\":{\"type\":\"realtime\",\"tools\":{}}}",
                        "session.tools", "must be an array, found an object"),
                error("a null in a list", "{\"session\":{\"type\":\"realtime\",\"output_modalities\":[null]}}",
                        "session.output_modalities[0]", "must not be null"),
                error("an unknown session type", "{\"session\":{\"type\":\"translation\"}}",
                        "session.type", "must be one of realtime, transcription (was \"translation\")"),
                error("a session without type", "{\"session\":{\"model\":\"gpt-realtime\"}}",
                        "session.type", "is required: one of realtime, transcription"),
                error("an empty session", "{\"session\":{}}",
                        "session.type", "is required: one of realtime, transcription"),
                error("an unknown tool type", "{\"session\":{\"type\":\"realtime\",\"tools\":[{\"type\":\"web_search\"}]}}",
                        "session.tools[0].type", "must be one of function, mcp (was \"web_search\")"),
                error("an unknown turn detection type", "{\"session\":{\"type\":\"realtime\",\"audio\":{\"input\":"
                                + "{\"turn_detection\":{\"type\":\"future_vad\"}}}}}",
                        "session.audio.input.turn_detection.type",
                        "must be one of server_vad, semantic_vad (was \"future_vad\")"),
                error("a blank voice", "{\"session\":{\"type\":\"realtime\",\"audio\":{\"output\":{\"voice\":\"\"}}}}",
                        "session.audio.output.voice", "must not be blank"),
                error("a blank model", "{\"session\":{\"type\":\"realtime\",\"model\":\"  \"}}",
                        "session.model", "must not be blank"),
                error("a blank anchor", "{\"expires_after\":{\"anchor\":\"\"},\"session\":{\"type\":\"realtime\"}}",
                        "expires_after.anchor", "must not be blank"));
    }

    private static Arguments error(String name, String json, String field, String detail) {
        return arguments(Named.of(name, json), field, detail);
    }

    @ParameterizedTest
    @MethodSource("wireErrors")
    void aWireErrorNamesTheJsonPath(String json, String field, String detail) {
        WireFormatException e = wireFailure(json);

        assertThat(e.field()).isEqualTo(field);
        assertThat(e.detail()).isEqualTo(detail);
        assertThat(e).hasMessage(field + ": " + detail);
    }

    @Test
    void aTranscriptionSessionWithAModelNamesTheFieldEvenWhenTypeComesLater() {
        WireFormatException e = wireFailure("{\"session\":{\"model\":\"whisper-1\",\"type\":\"transcription\"}}");

        assertThat(e.field()).isEqualTo("session.model");
    }

    @Test
    void theBareSessionChecksItsConstant() {
        Throwable thrown = catchThrowable(() -> CODEC.decodeRequest(Schemas.REALTIME_SESSION_CONFIG,
                utf8("{\"type\":\"transcription\"}")));

        assertThat(thrown).isExactlyInstanceOf(WireFormatException.class).hasMessage("type: must be \"realtime\"");
    }

    @Test
    void malformedJsonIsAWireFormatException() {
        assertThat(wireFailure("{\"session\":")).hasMessageStartingWith("malformed JSON");
        assertThat(wireFailure("{'session':{}}")).hasMessageStartingWith("malformed JSON");
        assertThat(wireFailure("")).hasMessage("the body is empty, not a JSON object");
    }

    // ------------------------------------------------------------------------------------------ rules

    static Stream<Arguments> ruleViolations() {
        return Stream.of(
                rule("speed above 1.5", "{\"session\":{\"type\":\"realtime\",\"audio\":{\"output\":{\"speed\":3.0}}}}",
                        "session.audio.output.speed"),
                rule("speed above 1.5, type last",
                        "{\"session\":{\"audio\":{\"output\":{\"speed\":3.0}},\"type\":\"realtime\"}}",
                        "session.audio.output.speed"),
                rule("an idle timeout below 5000", "{\"session\":{\"type\":\"realtime\",\"audio\":{\"input\":"
                                + "{\"turn_detection\":{\"type\":\"server_vad\",\"idle_timeout_ms\":100}}}}}",
                        "session.audio.input.turn_detection.idle_timeout_ms"),
                rule("both output modalities",
                        "{\"session\":{\"type\":\"realtime\",\"output_modalities\":[\"audio\",\"text\"]}}",
                        "session.output_modalities"),
                rule("max output tokens above 4096", "{\"session\":{\"type\":\"realtime\",\"max_output_tokens\":5000}}",
                        "session.max_output_tokens"),
                rule("a tool choice naming no tool", "{\"session\":{\"type\":\"realtime\",\"tool_choice\":"
                                + "{\"type\":\"function\",\"name\":\"ghost\"}}}",
                        "session.tool_choice.name"),
                rule("an MCP tool without a server", "{\"session\":{\"type\":\"realtime\",\"tools\":[{\"type\":\"mcp\","
                                + "\"server_label\":\"docs\"}]}}",
                        "session.tools[0]"),
                rule("a retention ratio above 1", "{\"session\":{\"type\":\"realtime\",\"truncation\":{\"type\":"
                                + "\"retention_ratio\",\"retention_ratio\":1.5}}}",
                        "session.truncation.retention_ratio"),
                rule("PCM at 16 kHz", "{\"session\":{\"type\":\"transcription\",\"audio\":{\"input\":{\"format\":"
                                + "{\"type\":\"audio/pcm\",\"rate\":16000}}}}}",
                        "session.audio.input.format.rate"),
                rule("a lifetime below 10 s", "{\"expires_after\":{\"seconds\":5},\"session\":{\"type\":\"realtime\"}}",
                        "expires_after.seconds"),
                rule("no session", "{\"expires_after\":{\"seconds\":60}}", "session"));
    }

    private static Arguments rule(String name, String json, String field) {
        return arguments(Named.of(name, json), field);
    }

    @ParameterizedTest
    @MethodSource("ruleViolations")
    void aBrokenRuleIsAnInvalidRequestExceptionWithTheWholePath(String json, String field) {
        Throwable thrown = catchThrowable(() -> mint(json));

        assertThat(thrown).isInstanceOf(InvalidRequestException.class);
        assertThat(((InvalidRequestException) thrown).violations())
                .extracting(InvalidRequestException.Violation::field)
                .containsExactly(field);
    }

    @Test
    void aTranslationRuleViolationCarriesItsPath() {
        Throwable thrown = catchThrowable(() -> CODEC.decodeRequest(Schemas.TRANSLATION_CLIENT_SECRET_REQUEST,
                utf8("{\"session\":{\"model\":\"m\",\"audio\":{\"input\":{\"noise_reduction\":{}}}}}")));

        assertThat(thrown).isInstanceOf(InvalidRequestException.class);
        assertThat(((InvalidRequestException) thrown).violations())
                .extracting(InvalidRequestException.Violation::field)
                .contains("session.audio.input.noise_reduction.type", "session.audio.output.language");
    }
}
