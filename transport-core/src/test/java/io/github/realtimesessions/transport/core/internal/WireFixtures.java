package io.github.realtimesessions.transport.core.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.realtimesessions.model.Audio;
import io.github.realtimesessions.model.AudioFormat;
import io.github.realtimesessions.model.AudioInput;
import io.github.realtimesessions.model.AudioOutput;
import io.github.realtimesessions.model.AudioTranscription;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.Eagerness;
import io.github.realtimesessions.model.ExpiresAfter;
import io.github.realtimesessions.model.FunctionTool;
import io.github.realtimesessions.model.IncludeOption;
import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.JsonValue;
import io.github.realtimesessions.model.MaxOutputTokens;
import io.github.realtimesessions.model.McpApproval;
import io.github.realtimesessions.model.McpTool;
import io.github.realtimesessions.model.McpToolFilter;
import io.github.realtimesessions.model.Modality;
import io.github.realtimesessions.model.NoiseReduction;
import io.github.realtimesessions.model.Prompt;
import io.github.realtimesessions.model.PromptVariable;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.TokenLimits;
import io.github.realtimesessions.model.ToolChoice;
import io.github.realtimesessions.model.Tracing;
import io.github.realtimesessions.model.TranscriptionModel;
import io.github.realtimesessions.model.TranscriptionSessionConfig;
import io.github.realtimesessions.model.TranslationAudio;
import io.github.realtimesessions.model.TranslationAudioInput;
import io.github.realtimesessions.model.TranslationClientSecretRequest;
import io.github.realtimesessions.model.TranslationSessionConfig;
import io.github.realtimesessions.model.Truncation;
import io.github.realtimesessions.model.TurnDetection;
import io.github.realtimesessions.model.Voice;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wire knowledge the codec tests share: the real capture, the spec excerpt and its examples, the digest's full
 * requests built with the builders, and helpers to compare JSON as trees with Jackson databind (which the codec itself
 * does not use: an independent reading).
 *
 * <p>Test resources under {@code spec/} are verbatim copies of {@code shared/spec}: {@code realtime-ga.openapi.yaml}
 * (the OpenAPI excerpt, source of truth) and {@code captures/} (a real {@code 200} of {@code POST
 * /v1/realtime/client_secrets}, see its README).
 */
final class WireFixtures {

    /** Reads JSON into trees; independent of the codec under test. */
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Reads the OpenAPI excerpt. */
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** An API key shaped like a real one. */
    static final String API_KEY = "sk-test-XYZ0123456789abcdefSECRETKEY";

    /** The capture's ephemeral secret (a random value of the real shape). */
    static final String CAPTURE_SECRET = "ek_971d8f42c1b02cf0e2293ecd39eb3956";

    /** The body of the real answer. */
    static final byte[] CAPTURE = resource("spec/captures/client-secrets-realtime.json");

    /** The request, status and headers of the real answer. */
    static final JsonNode CAPTURE_EXCHANGE = tree(resource("spec/captures/client-secrets-realtime.headers.json"));

    private static JsonNode spec;

    /**
     * The §3.12 full realtime request of {@code ga-fields.md}, verbatim (whitespace aside). Its member order is the
     * digest's, not the schema's: compare it as a tree.
     */
    static final String DIGEST_FULL_REALTIME_JSON = "{\"expires_after\":{\"anchor\":\"created_at\",\"seconds\":600},"
            + "\"session\":{\"type\":\"realtime\",\"model\":\"gpt-realtime\",\"output_modalities\":[\"audio\"],"
            + "\"instructions\":\"You are a friendly assistant.\","
            + "\"audio\":{\"input\":{\"format\":{\"type\":\"audio/pcm\",\"rate\":24000},"
            + "\"transcription\":{\"model\":\"gpt-4o-transcribe\",\"language\":\"en\"},"
            + "\"noise_reduction\":{\"type\":\"near_field\"},"
            + "\"turn_detection\":{\"type\":\"server_vad\",\"threshold\":0.5,\"prefix_padding_ms\":300,"
            + "\"silence_duration_ms\":500,"
            + "\"create_response\":true,\"interrupt_response\":true,\"idle_timeout_ms\":10000}},"
            + "\"output\":{\"format\":{\"type\":\"audio/pcmu\"},\"voice\":\"marin\",\"speed\":1.0}},"
            + "\"include\":[\"item.input_audio_transcription.logprobs\"],"
            + "\"tracing\":{\"workflow_name\":\"support\",\"group_id\":\"g1\",\"metadata\":{\"k\":\"v\"}},"
            + "\"tools\":[{\"type\":\"function\",\"name\":\"get_weather\",\"description\":\"Look up the weather.\","
            + "\"parameters\":{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},"
            + "\"required\":[\"city\"]}},"
            + "{\"type\":\"mcp\",\"server_label\":\"docs\",\"server_url\":\"https://mcp.example.com/sse\","
            + "\"headers\":{\"X-Team\":\"a\"},"
            + "\"allowed_tools\":{\"tool_names\":[\"search\"],\"read_only\":true},\"require_approval\":\"never\"}],"
            + "\"tool_choice\":{\"type\":\"function\",\"name\":\"get_weather\"},"
            + "\"max_output_tokens\":\"inf\","
            + "\"truncation\":{\"type\":\"retention_ratio\",\"retention_ratio\":0.8,"
            + "\"token_limits\":{\"post_instructions\":8000}},"
            + "\"prompt\":{\"id\":\"pmpt_123\",\"version\":\"2\",\"variables\":{\"city\":\"Paris\","
            + "\"note\":{\"type\":\"input_text\",\"text\":\"be brief\"}}}}}";

    /**
     * {@link #DIGEST_FULL_REALTIME_JSON} exactly as the codec writes it: every object's members in the order of the
     * schema (which the field descriptions follow), nothing unset, no whitespace.
     */
    static final String FULL_REALTIME_WIRE = "{\"expires_after\":{\"anchor\":\"created_at\",\"seconds\":600},"
            + "\"session\":{\"type\":\"realtime\",\"model\":\"gpt-realtime\",\"output_modalities\":[\"audio\"],"
            + "\"instructions\":\"You are a friendly assistant.\","
            + "\"audio\":{\"input\":{\"format\":{\"type\":\"audio/pcm\",\"rate\":24000},"
            + "\"transcription\":{\"model\":\"gpt-4o-transcribe\",\"language\":\"en\"},"
            + "\"noise_reduction\":{\"type\":\"near_field\"},"
            + "\"turn_detection\":{\"type\":\"server_vad\",\"threshold\":0.5,\"prefix_padding_ms\":300,"
            + "\"silence_duration_ms\":500,\"idle_timeout_ms\":10000,"
            + "\"create_response\":true,\"interrupt_response\":true}},"
            + "\"output\":{\"format\":{\"type\":\"audio/pcmu\"},\"voice\":\"marin\",\"speed\":1.0}},"
            + "\"include\":[\"item.input_audio_transcription.logprobs\"],"
            + "\"tracing\":{\"workflow_name\":\"support\",\"group_id\":\"g1\",\"metadata\":{\"k\":\"v\"}},"
            + "\"tools\":[{\"type\":\"function\",\"name\":\"get_weather\",\"description\":\"Look up the weather.\","
            + "\"parameters\":{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},"
            + "\"required\":[\"city\"]}},"
            + "{\"type\":\"mcp\",\"server_label\":\"docs\",\"server_url\":\"https://mcp.example.com/sse\","
            + "\"headers\":{\"X-Team\":\"a\"},"
            + "\"allowed_tools\":{\"tool_names\":[\"search\"],\"read_only\":true},\"require_approval\":\"never\"}],"
            + "\"tool_choice\":{\"type\":\"function\",\"name\":\"get_weather\"},"
            + "\"max_output_tokens\":\"inf\","
            + "\"truncation\":{\"type\":\"retention_ratio\",\"retention_ratio\":0.8,"
            + "\"token_limits\":{\"post_instructions\":8000}},"
            + "\"prompt\":{\"id\":\"pmpt_123\",\"version\":\"2\",\"variables\":{\"city\":\"Paris\","
            + "\"note\":{\"type\":\"input_text\",\"text\":\"be brief\"}}}}}";

    /** The §3.12 transcription request of {@code ga-fields.md}, verbatim; also the codec's exact output. */
    static final String DIGEST_TRANSCRIPTION_JSON = "{\"session\":{\"type\":\"transcription\","
            + "\"audio\":{\"input\":{\"format\":{\"type\":\"audio/pcm\",\"rate\":24000},"
            + "\"transcription\":{\"model\":\"gpt-4o-transcribe\",\"language\":\"en\","
            + "\"prompt\":\"expect technical words\"},"
            + "\"noise_reduction\":{\"type\":\"far_field\"},"
            + "\"turn_detection\":{\"type\":\"semantic_vad\",\"eagerness\":\"low\"}}},"
            + "\"include\":[\"item.input_audio_transcription.logprobs\"]}}";

    /** A WebRTC offer as a browser makes it: CRLF line ends, a trailing CRLF. */
    static final String SDP_OFFER = "v=0\r\n"
            + "o=- 4227147428 1719357865 IN IP4 127.0.0.1\r\n"
            + "s=-\r\n"
            + "t=0 0\r\n"
            + "a=group:BUNDLE 0 1\r\n"
            + "m=audio 9 UDP/TLS/RTP/SAVPF 111\r\n"
            + "a=mid:0\r\n"
            + "a=rtpmap:111 opus/48000/2\r\n"
            + "m=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\n"
            + "a=mid:1\r\n";

    /** The start of the spec's SDP answer example, with CRLF line ends. */
    static final String SDP_ANSWER = "v=0\r\n"
            + "o=- 4227147428 1719357865 IN IP4 127.0.0.1\r\n"
            + "s=-\r\n"
            + "c=IN IP4 0.0.0.0\r\n"
            + "t=0 0\r\n"
            + "a=group:BUNDLE 0 1\r\n";

    private WireFixtures() {}

    // ------------------------------------------------------------------------------------------ built requests

    /** The session of {@link #DIGEST_FULL_REALTIME_JSON}, built with the builders. */
    static RealtimeSessionConfig fullRealtimeSession() {
        JsonObject parameters = JsonObject.parse(
                "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}");
        Map<String, PromptVariable> variables = new LinkedHashMap<>();
        variables.put("city", PromptVariable.text("Paris"));
        variables.put("note", PromptVariable.InputText.builder().text("be brief").build());
        return RealtimeSessionConfig.builder()
                .model(RealtimeModel.GPT_REALTIME)
                .outputModalities(Modality.AUDIO)
                .instructions("You are a friendly assistant.")
                .audio(Audio.builder()
                        .input(AudioInput.builder()
                                .format(AudioFormat.PCM_24KHZ)
                                .transcription(AudioTranscription.builder()
                                        .model(TranscriptionModel.GPT_4O_TRANSCRIBE)
                                        .language("en")
                                        .build())
                                .noiseReduction(NoiseReduction.NEAR_FIELD)
                                .turnDetection(TurnDetection.serverVad()
                                        .threshold(0.5)
                                        .prefixPaddingMs(300)
                                        .silenceDurationMs(500)
                                        .createResponse(true)
                                        .interruptResponse(true)
                                        .idleTimeoutMs(10_000)
                                        .build())
                                .build())
                        .output(AudioOutput.builder().format(AudioFormat.PCMU).voice(Voice.MARIN).speed(1.0).build())
                        .build())
                .include(IncludeOption.INPUT_AUDIO_TRANSCRIPTION_LOGPROBS)
                .tracing(Tracing.of("support", "g1", JsonObject.builder().put("k", "v").build()))
                .tools(FunctionTool.of("get_weather", "Look up the weather.", parameters),
                        McpTool.builder()
                                .serverLabel("docs")
                                .serverUrl("https://mcp.example.com/sse")
                                .headers(Map.of("X-Team", "a"))
                                .allowedTools(McpToolFilter.builder().toolNames(List.of("search")).readOnly(true).build())
                                .requireApproval(McpApproval.NEVER)
                                .build())
                .toolChoice(ToolChoice.function("get_weather"))
                .maxOutputTokens(MaxOutputTokens.inf())
                .truncation(Truncation.RetentionRatio.builder()
                        .retentionRatio(0.8)
                        .tokenLimits(TokenLimits.builder().postInstructions(8000).build())
                        .build())
                .prompt(Prompt.builder().id("pmpt_123").version("2").variables(variables).build())
                .build();
    }

    /** The request of {@link #DIGEST_FULL_REALTIME_JSON}, built with the builders. */
    static ClientSecretRequest fullRealtimeRequest() {
        return ClientSecretRequest.builder()
                .expiresAfter(ExpiresAfter.seconds(600))
                .session(fullRealtimeSession())
                .build();
    }

    /** The session of {@link #DIGEST_TRANSCRIPTION_JSON}, built with the builders. */
    static TranscriptionSessionConfig transcriptionSession() {
        return TranscriptionSessionConfig.builder()
                .audio(Audio.builder()
                        .input(AudioInput.builder()
                                .format(AudioFormat.PCM_24KHZ)
                                .transcription(AudioTranscription.builder()
                                        .model(TranscriptionModel.GPT_4O_TRANSCRIBE)
                                        .language("en")
                                        .prompt("expect technical words")
                                        .build())
                                .noiseReduction(NoiseReduction.FAR_FIELD)
                                .turnDetection(TurnDetection.semanticVad().eagerness(Eagerness.LOW).build())
                                .build())
                        .build())
                .include(IncludeOption.INPUT_AUDIO_TRANSCRIPTION_LOGPROBS)
                .build();
    }

    /** The request of {@link #DIGEST_TRANSCRIPTION_JSON}, built with the builders. */
    static ClientSecretRequest transcriptionRequest() {
        return ClientSecretRequest.builder().session(transcriptionSession()).build();
    }

    /** The spec's example request of {@code POST /realtime/client_secrets}, built with the builders. */
    static ClientSecretRequest specRealtimeRequest() {
        return ClientSecretRequest.builder()
                .expiresAfter(ExpiresAfter.seconds(600))
                .session(RealtimeSessionConfig.builder()
                        .model(RealtimeModel.GPT_REALTIME)
                        .instructions("You are a friendly assistant.")
                        .build())
                .build();
    }

    /** The spec's example request of {@code POST /realtime/translations/client_secrets}, built with the builders. */
    static TranslationClientSecretRequest specTranslationRequest() {
        return TranslationClientSecretRequest.builder()
                .expiresAfter(ExpiresAfter.seconds(600))
                .session(TranslationSessionConfig.builder()
                        .model("gpt-realtime-translate")
                        .audio(TranslationAudio.builder()
                                .input(TranslationAudioInput.builder()
                                        .transcription(AudioTranscription.of(TranscriptionModel.GPT_REALTIME_WHISPER))
                                        .disableNoiseReduction()
                                        .build())
                                .output(io.github.realtimesessions.model.TranslationAudioOutput.of("es"))
                                .build())
                        .build())
                .build();
    }

    // ------------------------------------------------------------------------------------------ the spec

    /** The OpenAPI excerpt as a tree. */
    static synchronized JsonNode spec() {
        if (spec == null) {
            try {
                spec = YAML.readTree(resource("spec/realtime-ga.openapi.yaml"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return spec;
    }

    /** The operation {@code POST path} of the excerpt. */
    static JsonNode operation(String path) {
        JsonNode operation = spec().path("paths").path(path).path("post");
        if (operation.isMissingNode()) {
            throw new IllegalStateException("no POST " + path + " in the spec");
        }
        return operation;
    }

    /** The JSON body of an operation's curl request example ({@code -d '...'}). */
    static String curlRequestExample(String path) {
        String curl = operation(path).path("x-oaiMeta").path("examples").path("request").path("curl").asText();
        Matcher body = Pattern.compile("-d '(\\{.*\\})'", Pattern.DOTALL).matcher(curl);
        if (!body.find()) {
            throw new IllegalStateException("no -d body in the curl example of " + path);
        }
        return body.group(1);
    }

    /** An operation's response example, verbatim. */
    static String responseExample(String path) {
        return operation(path).path("x-oaiMeta").path("examples").path("response").asText();
    }

    /** A component schema's {@code x-oaiMeta.example}, verbatim. */
    static String schemaExample(String schema) {
        return spec().path("components").path("schemas").path(schema).path("x-oaiMeta").path("example").asText();
    }

    // ------------------------------------------------------------------------------------------ helpers

    static byte[] resource(String path) {
        try (InputStream in = WireFixtures.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String json) {
        return tree(json.getBytes(UTF_8));
    }

    static byte[] utf8(String text) {
        return text.getBytes(UTF_8);
    }

    static String text(byte[] bytes) {
        return new String(bytes, UTF_8);
    }

    /** A JSON value from text, for extra fields. */
    static JsonValue json(String json) {
        return JsonValue.parse(json);
    }
}
