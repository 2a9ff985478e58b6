package io.github.realtimesessions.transport.core.internal;

import static io.github.realtimesessions.transport.core.internal.WireFixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.realtimesessions.model.Audio;
import io.github.realtimesessions.model.AudioFormat;
import io.github.realtimesessions.model.AudioInput;
import io.github.realtimesessions.model.AudioOutput;
import io.github.realtimesessions.model.AudioTranscription;
import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ContentDetail;
import io.github.realtimesessions.model.Eagerness;
import io.github.realtimesessions.model.ExpiresAfter;
import io.github.realtimesessions.model.FunctionTool;
import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.MaxOutputTokens;
import io.github.realtimesessions.model.McpAllowedTools;
import io.github.realtimesessions.model.McpApprovalPolicy;
import io.github.realtimesessions.model.McpConnector;
import io.github.realtimesessions.model.McpTool;
import io.github.realtimesessions.model.McpToolFilter;
import io.github.realtimesessions.model.Modality;
import io.github.realtimesessions.model.NoiseReduction;
import io.github.realtimesessions.model.Prompt;
import io.github.realtimesessions.model.PromptVariable;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.Reasoning;
import io.github.realtimesessions.model.ReasoningEffort;
import io.github.realtimesessions.model.ToolCaller;
import io.github.realtimesessions.model.ToolChoice;
import io.github.realtimesessions.model.Tracing;
import io.github.realtimesessions.model.TranscriptionDelay;
import io.github.realtimesessions.model.TranscriptionModel;
import io.github.realtimesessions.model.TranscriptionSessionConfig;
import io.github.realtimesessions.model.TranslationAudio;
import io.github.realtimesessions.model.TranslationAudioInput;
import io.github.realtimesessions.model.TranslationClientSecretRequest;
import io.github.realtimesessions.model.TranslationSessionConfig;
import io.github.realtimesessions.model.Truncation;
import io.github.realtimesessions.model.TurnDetection;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.model.internal.Schemas;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every body the codec writes validates against the spec's own schemas, read from the OpenAPI excerpt (see
 * {@link SpecSchemas} for the stated test-side changes): {@code RealtimeCreateClientSecretRequest},
 * {@code RealtimeTranslationClientSecretCreateRequest}, and {@code RealtimeCallCreateRequest} for the multipart
 * session part. The rejecting half shows the validation is not vacuous.
 */
class SpecSchemaValidationTest {

    private static final String CLIENT_SECRET_REQUEST = "RealtimeCreateClientSecretRequest";
    private static final String TRANSLATION_REQUEST = "RealtimeTranslationClientSecretCreateRequest";
    private static final String CALL_REQUEST = "RealtimeCallCreateRequest";

    private static final WireCodec CODEC = WireCodec.instance();

    private static JsonNode encoded(ClientSecretRequest request) {
        return tree(CODEC.encode(Schemas.CLIENT_SECRET_REQUEST, request));
    }

    private static JsonNode encoded(TranslationClientSecretRequest request) {
        return tree(CODEC.encode(Schemas.TRANSLATION_CLIENT_SECRET_REQUEST, request));
    }

    private static void assertValid(String schema, JsonNode body) {
        assertThat(SpecSchemas.messages(SpecSchemas.closed().validate(schema, body)))
                .as("errors of %s against the closed %s", body, schema)
                .isEmpty();
        assertThat(SpecSchemas.messages(SpecSchemas.asPublished().validate(schema, body)))
                .as("errors of %s against the published %s", body, schema)
                .isEmpty();
    }

    // ---------------------------------------------------------------------------------------- realtime mint

    static Stream<Arguments> realtimeSessions() {
        return Stream.of(
                session("empty (type only)", b -> b),
                session("text only", b -> b.outputModalities(Modality.TEXT)),
                session("tracing auto", b -> b.tracing(Tracing.auto())),
                session("tracing off (null)", RealtimeSessionConfig.Builder::disableTracing),
                session("tracing configuration without metadata", b -> b.tracing(Tracing.of("wf", null, null))),
                session("prompt off (null)", RealtimeSessionConfig.Builder::disablePrompt),
                session("prompt with version and variables off", b -> b.prompt(Prompt.builder()
                        .id("pmpt_1").disableVersion().disableVariables().build())),
                session("prompt variables of every kind", b -> b.prompt(Prompt.builder().id("pmpt_1")
                        .variables(promptVariablesOfEveryKind()).build())),
                session("transcription off (null)", b -> b.audio(input(AudioInput.builder().disableTranscription()))),
                session("noise reduction off (null)",
                        b -> b.audio(input(AudioInput.builder().disableNoiseReduction()))),
                session("turn detection off (null)",
                        b -> b.audio(input(AudioInput.builder().disableTurnDetection()))),
                session("every audio input feature off", b -> b.audio(input(AudioInput.builder()
                        .disableTranscription().disableNoiseReduction().disableTurnDetection()))),
                session("server VAD with the idle timeout off (null)", b -> b.audio(input(AudioInput.builder()
                        .turnDetection(TurnDetection.serverVad().disableIdleTimeout().build())))),
                session("server VAD idle timeout bounds", b -> b.audio(input(AudioInput.builder()
                        .turnDetection(TurnDetection.serverVad().idleTimeoutMs(5000).build())))),
                session("semantic VAD, every field", b -> b.audio(input(AudioInput.builder()
                        .turnDetection(TurnDetection.semanticVad().eagerness(Eagerness.HIGH).createResponse(false)
                                .interruptResponse(false).build())))),
                session("transcription, every field", b -> b.audio(input(AudioInput.builder()
                        .transcription(AudioTranscription.builder()
                                .model(TranscriptionModel.GPT_REALTIME_WHISPER)
                                .language("de")
                                .languages(List.of("de", "en"))
                                .keywords(List.of("Kubernetes", "Quarkus"))
                                .prompt("tech talk")
                                .delay(TranscriptionDelay.LOW)
                                .build())))),
                session("transcription model outside the list (open enum)", b -> b.audio(input(AudioInput.builder()
                        .transcription(AudioTranscription.of(TranscriptionModel.of("my-transcriber")))))),
                session("G.711 formats", b -> b.audio(Audio.builder()
                        .input(AudioInput.builder().format(AudioFormat.PCMA).build())
                        .output(AudioOutput.builder().format(AudioFormat.PCMU).build())
                        .build())),
                session("custom voice", b -> b.audio(Audio.of(AudioOutput.of(Voice.custom("voice_1234"))))),
                session("voice outside the list (open enum)", b -> b.voice(Voice.of("nova-2"))),
                session("speed bounds", b -> b.audio(Audio.of(AudioOutput.builder().speed(0.25).build()))),
                session("model outside the list (open enum)", b -> b.model(RealtimeModel.of("my-deployment"))),
                session("tool choice none", b -> b.toolChoice(ToolChoice.NONE)),
                session("tool choice required", b -> b.toolChoice(ToolChoice.REQUIRED)),
                session("tool choice of an MCP tool", b -> b.tools(mcp("docs")).toolChoice(ToolChoice.mcp("docs", "search"))),
                session("tool choice of an MCP server", b -> b.tools(mcp("docs")).toolChoice(ToolChoice.mcp("docs", null))),
                session("function tool with a name only", b -> b.tools(FunctionTool.builder().name("ping").build())),
                session("MCP tool, every field", b -> b.tools(mcpWithEveryField())),
                session("MCP tool by connector, names allow-list, headers off",
                        b -> b.tools(McpTool.builder().serverLabel("drive").connectorId(McpConnector.CONNECTOR_GOOGLEDRIVE)
                                .allowedTools(McpAllowedTools.names("list", "read")).disableHeaders()
                                .disableRequireApproval().build())),
                session("MCP tool by tunnel, filters off", b -> b.tools(McpTool.builder().serverLabel("intranet")
                        .tunnelId("tunnel_0123456789abcdef0123456789abcdef").disableAllowedTools()
                        .disableAllowedCallers().build())),
                session("parallel tool calls and reasoning", b -> b.parallelToolCalls(true)
                        .reasoning(Reasoning.of(ReasoningEffort.XHIGH))),
                session("max output tokens 1", b -> b.maxOutputTokens(MaxOutputTokens.of(1))),
                session("max output tokens 4096", b -> b.maxOutputTokens(MaxOutputTokens.of(4096))),
                session("truncation disabled", b -> b.truncation(Truncation.DISABLED)),
                session("truncation auto", b -> b.truncation(Truncation.AUTO)),
                session("retention ratio without token limits", b -> b.truncation(
                        Truncation.RetentionRatio.builder().retentionRatio(0.0).build())));
    }

    private static Arguments session(String name, UnaryOperator<RealtimeSessionConfig.Builder> session) {
        return arguments(Named.of(name, session.apply(RealtimeSessionConfig.builder()).build()));
    }

    private static Audio input(AudioInput.Builder input) {
        return Audio.builder().input(input.build()).build();
    }

    private static McpTool mcp(String label) {
        return McpTool.builder().serverLabel(label).serverUrl("https://mcp.example.com/" + label).build();
    }

    static McpTool mcpWithEveryField() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Team", "a");
        headers.put("X-Region", "eu");
        return McpTool.builder()
                .serverLabel("docs")
                .serverUrl("https://mcp.example.com/sse")
                .authorization("oauth-token-123")
                .serverDescription("Documentation search")
                .headers(headers)
                .allowedTools(McpToolFilter.builder().toolNames(List.of("search")).readOnly(true).build())
                .allowedCallers(List.of(ToolCaller.DIRECT, ToolCaller.PROGRAMMATIC))
                .requireApproval(McpApprovalPolicy.builder()
                        .always(McpToolFilter.builder().toolNames(List.of("delete")).build())
                        .never(McpToolFilter.builder().readOnly(true).build())
                        .build())
                .deferLoading(true)
                .build();
    }

    static Map<String, PromptVariable> promptVariablesOfEveryKind() {
        Map<String, PromptVariable> variables = new LinkedHashMap<>();
        variables.put("plain", PromptVariable.text("Paris"));
        variables.put("text", PromptVariable.InputText.builder().text("be brief")
                .promptCacheBreakpoint(PromptVariable.EXPLICIT_CACHE_BREAKPOINT).build());
        variables.put("image", PromptVariable.InputImage.builder().imageUrl("https://example.com/a.png")
                .detail(ContentDetail.HIGH).build());
        variables.put("image by file", PromptVariable.InputImage.builder().fileId("file_1").disableImageUrl()
                .detail(ContentDetail.AUTO).build());
        variables.put("file", PromptVariable.InputFile.builder().fileId("file_2").filename("a.pdf")
                .detail(ContentDetail.LOW).build());
        variables.put("file by url", PromptVariable.InputFile.builder().fileUrl("https://example.com/a.pdf").build());
        return variables;
    }

    @ParameterizedTest
    @MethodSource("realtimeSessions")
    void everyRealtimeSessionTheCodecWritesIsAValidMintRequest(RealtimeSessionConfig session) {
        assertValid(CLIENT_SECRET_REQUEST, encoded(ClientSecretRequest.builder().session(session).build()));
    }

    static Stream<Arguments> wholeRequests() {
        return Stream.of(
                arguments(Named.of("the spec's example request", WireFixtures.specRealtimeRequest())),
                arguments(Named.of("the digest's full realtime request", WireFixtures.fullRealtimeRequest())),
                arguments(Named.of("the digest's transcription request", WireFixtures.transcriptionRequest())),
                arguments(Named.of("the shortest lifetime", ClientSecretRequest.builder()
                        .expiresAfter(ExpiresAfter.seconds(10)).session(RealtimeSessionConfig.builder().build())
                        .build())),
                arguments(Named.of("the longest lifetime", ClientSecretRequest.builder()
                        .expiresAfter(ExpiresAfter.seconds(7200)).session(RealtimeSessionConfig.builder().build())
                        .build())),
                arguments(Named.of("a lifetime without anchor", ClientSecretRequest.builder()
                        .expiresAfter(new ExpiresAfter(null, 60)).session(RealtimeSessionConfig.builder().build())
                        .build())),
                arguments(Named.of("a transcription session with turn detection off", ClientSecretRequest.builder()
                        .session(TranscriptionSessionConfig.builder()
                                .audio(Audio.builder().input(AudioInput.builder()
                                        .transcription(AudioTranscription.of(TranscriptionModel.GPT_REALTIME_WHISPER))
                                        .disableTurnDetection().disableNoiseReduction().build()).build())
                                .build())
                        .build())),
                arguments(Named.of("a safety identifier (a header, not in the body)", ClientSecretRequest.builder()
                        .safetyIdentifier("user-hash-1").session(RealtimeSessionConfig.builder().build()).build())));
    }

    @ParameterizedTest
    @MethodSource("wholeRequests")
    void theDigestsAndTheSpecsRequestsBuiltWithTheBuildersAreValid(ClientSecretRequest request) {
        assertValid(CLIENT_SECRET_REQUEST, encoded(request));
    }

    @Test
    void theSpecsOwnRequestExamplesAreValidAndTheBuildersWriteThemExactly() {
        JsonNode mint = tree(WireFixtures.curlRequestExample("/realtime/client_secrets"));
        JsonNode translation = tree(WireFixtures.curlRequestExample("/realtime/translations/client_secrets"));

        assertValid(CLIENT_SECRET_REQUEST, mint);
        assertValid(TRANSLATION_REQUEST, translation);
        assertThat(encoded(WireFixtures.specRealtimeRequest())).isEqualTo(mint);
        assertThat(encoded(WireFixtures.specTranslationRequest())).isEqualTo(translation);
    }

    @Test
    void theDigestsExamplesAreWhatTheBuildersWrite() {
        assertThat(encoded(WireFixtures.fullRealtimeRequest())).isEqualTo(tree(WireFixtures.DIGEST_FULL_REALTIME_JSON));
        assertThat(encoded(WireFixtures.transcriptionRequest())).isEqualTo(tree(WireFixtures.DIGEST_TRANSCRIPTION_JSON));
    }

    // ---------------------------------------------------------------------------------------- translation

    static Stream<Arguments> translationRequests() {
        return Stream.of(
                arguments(Named.of("the spec's example", WireFixtures.specTranslationRequest())),
                arguments(Named.of("model and target language only", TranslationClientSecretRequest.builder()
                        .session(TranslationSessionConfig.builder().model("gpt-realtime-translate")
                                .targetLanguage("fr").build())
                        .build())),
                arguments(Named.of("noise reduction on, transcription off, a lifetime",
                        TranslationClientSecretRequest.builder()
                                .expiresAfter(ExpiresAfter.seconds(7200))
                                .session(TranslationSessionConfig.builder()
                                        .model("gpt-realtime-translate")
                                        .audio(TranslationAudio.builder()
                                                .input(TranslationAudioInput.builder()
                                                        .noiseReduction(NoiseReduction.FAR_FIELD)
                                                        .disableTranscription()
                                                        .build())
                                                .output(io.github.realtimesessions.model.TranslationAudioOutput.of("ja"))
                                                .build())
                                        .build())
                                .build())));
    }

    @ParameterizedTest
    @MethodSource("translationRequests")
    void everyTranslationRequestTheCodecWritesIsValid(TranslationClientSecretRequest request) {
        assertValid(TRANSLATION_REQUEST, encoded(request));
    }

    // ---------------------------------------------------------------------------------------- multipart call

    static Stream<Arguments> callRequests() {
        return Stream.of(
                arguments(Named.of("without a session", CallRequest.of(WireFixtures.SDP_OFFER, null))),
                arguments(Named.of("with the spec example's session", CallRequest.of(WireFixtures.SDP_OFFER,
                        RealtimeSessionConfig.builder().model(RealtimeModel.GPT_REALTIME).build()))),
                arguments(Named.of("with the digest's full session",
                        CallRequest.of(WireFixtures.SDP_OFFER, WireFixtures.fullRealtimeSession()))));
    }

    @ParameterizedTest
    @MethodSource("callRequests")
    void theMultipartPartsFormAValidCallRequest(CallRequest request) {
        Operation.Body body = Operations.CALLS.body(request);
        List<FormParts.Part> parts = FormParts.parse(body.bytes(), FormParts.boundary(body.contentType()));
        ObjectNode form = JsonNodeFactory.instance.objectNode();
        for (FormParts.Part part : parts) {
            if ("application/json".equals(part.contentType())) {
                form.set(part.name(), tree(part.content()));
            } else {
                form.put(part.name(), new String(part.content(), StandardCharsets.UTF_8));
            }
        }

        assertThat(form.path("sdp").asText()).isEqualTo(WireFixtures.SDP_OFFER);
        assertValid(CALL_REQUEST, form);
    }

    // ---------------------------------------------------------------------------------------- not vacuous

    @Nested
    class TheValidatorRejects {

        static Stream<Arguments> brokenMintRequests() {
            return Stream.of(
                    broken("temperature in a GA session (a beta field)",
                            "{\"session\":{\"type\":\"realtime\",\"temperature\":0.8}}"),
                    broken("beta top-level voice", "{\"session\":{\"type\":\"realtime\",\"voice\":\"alloy\"}}"),
                    broken("beta modalities", "{\"session\":{\"type\":\"realtime\",\"modalities\":[\"audio\"]}}"),
                    broken("a model in a transcription session",
                            "{\"session\":{\"type\":\"transcription\",\"model\":\"gpt-4o-transcribe\"}}"),
                    broken("a session without type", "{\"session\":{\"model\":\"gpt-realtime\"}}"),
                    broken("an unknown session type", "{\"session\":{\"type\":\"translation\"}}"),
                    broken("speed above 1.5",
                            "{\"session\":{\"type\":\"realtime\",\"audio\":{\"output\":{\"speed\":2.0}}}}"),
                    broken("speed below 0.25",
                            "{\"session\":{\"type\":\"realtime\",\"audio\":{\"output\":{\"speed\":0.1}}}}"),
                    broken("an idle timeout below 5000", "{\"session\":{\"type\":\"realtime\",\"audio\":{\"input\":"
                            + "{\"turn_detection\":{\"type\":\"server_vad\",\"idle_timeout_ms\":1000}}}}}"),
                    broken("an idle timeout on semantic VAD", "{\"session\":{\"type\":\"realtime\",\"audio\":"
                            + "{\"input\":{\"turn_detection\":{\"type\":\"semantic_vad\",\"idle_timeout_ms\":6000}}}}}"),
                    broken("an unknown turn detection type", "{\"session\":{\"type\":\"realtime\",\"audio\":"
                            + "{\"input\":{\"turn_detection\":{\"type\":\"future_vad\"}}}}}"),
                    broken("PCM at 16 kHz", "{\"session\":{\"type\":\"realtime\",\"audio\":{\"input\":"
                            + "{\"format\":{\"type\":\"audio/pcm\",\"rate\":16000}}}}}"),
                    broken("a beta format string", "{\"session\":{\"type\":\"realtime\",\"audio\":{\"input\":"
                            + "{\"format\":\"pcm16\"}}}}"),
                    broken("a lifetime below 10 s", "{\"expires_after\":{\"seconds\":5}}"),
                    broken("a lifetime above 2 h", "{\"expires_after\":{\"seconds\":7201}}"),
                    broken("a bare number as expires_after", "{\"expires_after\":600}"),
                    broken("another anchor", "{\"expires_after\":{\"anchor\":\"now\"}}"),
                    broken("an unknown modality",
                            "{\"session\":{\"type\":\"realtime\",\"output_modalities\":[\"video\"]}}"),
                    broken("a function tool choice without a name",
                            "{\"session\":{\"type\":\"realtime\",\"tool_choice\":{\"type\":\"function\"}}}"),
                    broken("another tool choice keyword",
                            "{\"session\":{\"type\":\"realtime\",\"tool_choice\":\"sometimes\"}}"),
                    broken("another tracing keyword", "{\"session\":{\"type\":\"realtime\",\"tracing\":\"manual\"}}"),
                    broken("another max tokens keyword",
                            "{\"session\":{\"type\":\"realtime\",\"max_output_tokens\":\"unlimited\"}}"),
                    broken("max tokens as a decimal", "{\"session\":{\"type\":\"realtime\",\"max_output_tokens\":1.5}}"),
                    broken("an MCP tool without a server label",
                            "{\"session\":{\"type\":\"realtime\",\"tools\":[{\"type\":\"mcp\"}]}}"),
                    broken("a misspelled field", "{\"session\":{\"type\":\"realtime\",\"instruction\":\"x\"}}"),
                    broken("a custom voice with another member", "{\"session\":{\"type\":\"realtime\",\"audio\":"
                            + "{\"output\":{\"voice\":{\"id\":\"v\",\"name\":\"n\"}}}}}"),
                    broken("a retention ratio above 1", "{\"session\":{\"type\":\"realtime\",\"truncation\":"
                            + "{\"type\":\"retention_ratio\",\"retention_ratio\":1.5}}}"));
        }

        private static Arguments broken(String name, String json) {
            return arguments(Named.of(name, json));
        }

        @ParameterizedTest
        @MethodSource("brokenMintRequests")
        void aBrokenMintRequest(String json) {
            assertThat(SpecSchemas.closed().validate(CLIENT_SECRET_REQUEST, tree(json))).isNotEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"instructions", "model", "output_modalities", "tools", "tool_choice", "include",
            "max_output_tokens", "truncation", "audio", "reasoning", "parallel_tool_calls"})
        void nullWhereTheProseDoesNotMakeItTheWayToTurnAFeatureOff(String field) {
            String json = "{\"session\":{\"type\":\"realtime\",\"" + field + "\":null}}";

            assertThat(SpecSchemas.asPublished().validate(CLIENT_SECRET_REQUEST, tree(json))).isNotEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"format", "turn_detection\":{\"type\":\"server_vad\"},\"format"})
        void nullForTheAudioFormat(String field) {
            String json = "{\"session\":{\"type\":\"realtime\",\"audio\":{\"input\":{\"" + field + "\":null}}}}";

            assertThat(SpecSchemas.asPublished().validate(CLIENT_SECRET_REQUEST, tree(json))).isNotEmpty();
        }

        @Test
        void onlyTheClosedSchemaRejectsAnUnknownField() {
            JsonNode beta = tree("{\"session\":{\"type\":\"realtime\",\"temperature\":0.8}}");

            assertThat(SpecSchemas.asPublished().validate(CLIENT_SECRET_REQUEST, beta)).isEmpty();
            assertThat(SpecSchemas.messages(SpecSchemas.closed().validate(CLIENT_SECRET_REQUEST, beta)))
                    .anySatisfy(message -> assertThat(message).contains("temperature"));
        }

        @Test
        void theProseNullsAreAllowedOnlyBecauseOfTheStatedChanges() {
            // Changes 3 and 4 of SpecSchemas: the converted schemas wrap exactly these in anyOf [.., null].
            JsonNode input = SpecSchemas.asPublished().definition("RealtimeSessionCreateRequestGA")
                    .at("/properties/audio/properties/input/properties");
            assertThat(input.path("transcription").path("anyOf").path(1).path("type").asText()).isEqualTo("null");
            assertThat(input.path("noise_reduction").path("anyOf").path(1).path("type").asText()).isEqualTo("null");
            assertThat(input.path("format").has("anyOf")).as("format: no null branch added").isFalse();
            assertThat(input.path("format").path("$ref").asText()).isEqualTo("#/$defs/RealtimeAudioFormats");
            JsonNode tracing = SpecSchemas.asPublished().definition("RealtimeSessionCreateRequestGA")
                    .at("/properties/tracing");
            assertThat(tracing.path("anyOf").path(1).path("type").asText()).isEqualTo("null");
        }

        static Stream<Arguments> brokenTranslationRequests() {
            return Stream.of(
                    broken("no session", "{\"expires_after\":{\"seconds\":600}}"),
                    broken("a session without model", "{\"session\":{\"audio\":{\"output\":{\"language\":\"es\"}}}}"),
                    broken("a session with a type", "{\"session\":{\"type\":\"translation\",\"model\":\"m\"}}"),
                    broken("noise reduction without a type",
                            "{\"session\":{\"model\":\"m\",\"audio\":{\"input\":{\"noise_reduction\":{}}}}}"),
                    broken("a transcription without a model",
                            "{\"session\":{\"model\":\"m\",\"audio\":{\"input\":{\"transcription\":{}}}}}"));
        }

        @ParameterizedTest
        @MethodSource("brokenTranslationRequests")
        void aBrokenTranslationRequest(String json) {
            assertThat(SpecSchemas.closed().validate(TRANSLATION_REQUEST, tree(json))).isNotEmpty();
        }

        static Stream<Arguments> brokenCallForms() {
            return Stream.of(
                    broken("no sdp part", "{\"session\":{\"type\":\"realtime\"}}"),
                    broken("an unknown part", "{\"sdp\":\"v=0\",\"audio\":\"x\"}"),
                    broken("a session part without type", "{\"sdp\":\"v=0\",\"session\":{\"model\":\"gpt-realtime\"}}"),
                    broken("a session part wrapped in session",
                            "{\"sdp\":\"v=0\",\"session\":{\"session\":{\"type\":\"realtime\"}}}"));
        }

        @ParameterizedTest
        @MethodSource("brokenCallForms")
        void aBrokenCallForm(String json) {
            assertThat(SpecSchemas.closed().validate(CALL_REQUEST, tree(json))).isNotEmpty();
        }

        @Test
        void aFreeFormObjectStaysOpenInTheClosedSchema() {
            JsonNode parameters = tree("{\"session\":{\"type\":\"realtime\",\"tools\":[{\"type\":\"function\","
                    + "\"name\":\"f\",\"parameters\":{\"anything\":{\"goes\":1}}}],"
                    + "\"tracing\":{\"metadata\":{\"any\":\"thing\"}}}}");

            assertThat(SpecSchemas.closed().validate(CLIENT_SECRET_REQUEST, parameters)).isEmpty();
        }
    }

    static JsonObject obj(String json) {
        return JsonObject.parse(json);
    }
}
