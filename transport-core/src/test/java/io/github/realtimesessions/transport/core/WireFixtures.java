package io.github.realtimesessions.transport.core;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.realtimesessions.model.AudioFormat;
import io.github.realtimesessions.model.ClientSecretConfig;
import io.github.realtimesessions.model.Eagerness;
import io.github.realtimesessions.model.ExpiresAfter;
import io.github.realtimesessions.model.ExpiryAnchor;
import io.github.realtimesessions.model.InputAudioTranscription;
import io.github.realtimesessions.model.Modality;
import io.github.realtimesessions.model.NoiseReduction;
import io.github.realtimesessions.model.NoiseReductionType;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.Tool;
import io.github.realtimesessions.model.ToolChoice;
import io.github.realtimesessions.model.Tracing;
import io.github.realtimesessions.model.TranscriptionModel;
import io.github.realtimesessions.model.TurnDetection;
import io.github.realtimesessions.model.Voice;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Requests with every field set, the JSON they must encode to, and small helpers to read test resources and compare
 * JSON as trees (with Jackson databind, which the codec itself does not use: an independent reading).
 */
final class WireFixtures {

    /** Reads JSON into trees; independent of the codec under test. */
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** An API key shaped like a real one, for the redaction tests. */
    static final String API_KEY = "sk-test-XYZ0123456789abcdefSECRETKEY";

    /**
     * Every one of the 16 top-level fields and every nested field, with turn detection in {@code server_vad} form
     * (threshold, prefix padding, silence duration, create/interrupt response). {@code eagerness} is not allowed
     * with {@code server_vad}: see {@link #FULL_SEMANTIC_VAD_JSON}.
     */
    static final String FULL_SERVER_VAD_JSON = "{"
            + "\"model\":\"gpt-4o-realtime-preview-2025-06-03\","
            + "\"modalities\":[\"text\",\"audio\"],"
            + "\"instructions\":\"You are a \\\"friendly\\\" assistant.\\nAnswer in ≤ 2 sentences.\","
            + "\"voice\":\"verse\","
            + "\"input_audio_format\":\"g711_ulaw\","
            + "\"output_audio_format\":\"g711_alaw\","
            + "\"input_audio_transcription\":{\"model\":\"gpt-4o-transcribe\",\"language\":\"en\","
            + "\"prompt\":\"expect words related to technology\"},"
            + "\"input_audio_noise_reduction\":{\"type\":\"far_field\"},"
            + "\"turn_detection\":{\"type\":\"server_vad\",\"threshold\":0.6,\"prefix_padding_ms\":250,"
            + "\"silence_duration_ms\":700,\"create_response\":false,\"interrupt_response\":true},"
            + "\"tools\":[{\"type\":\"function\",\"name\":\"get_weather\",\"description\":\"Looks up the weather.\","
            + "\"parameters\":{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"},"
            + "\"days\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":14}},\"required\":[\"city\"],"
            + "\"additionalProperties\":false}}],"
            + "\"tool_choice\":\"get_weather\","
            + "\"temperature\":0.9,"
            + "\"max_response_output_tokens\":4096,"
            + "\"speed\":1.25,"
            + "\"tracing\":{\"workflow_name\":\"support-line\",\"group_id\":\"group-42\","
            + "\"metadata\":{\"customer\":\"acme\",\"priority\":2,\"tags\":[\"beta\",\"voice\"],"
            + "\"flags\":{\"vip\":true,\"note\":null}}},"
            + "\"client_secret\":{\"expires_after\":{\"anchor\":\"created_at\",\"seconds\":120}}"
            + "}";

    /** {@link #FULL_SERVER_VAD_JSON} with {@code semantic_vad} turn detection: type, eagerness, create/interrupt. */
    static final String FULL_SEMANTIC_VAD_JSON = FULL_SERVER_VAD_JSON.replace(
            "\"turn_detection\":{\"type\":\"server_vad\",\"threshold\":0.6,\"prefix_padding_ms\":250,"
                    + "\"silence_duration_ms\":700,\"create_response\":false,\"interrupt_response\":true}",
            "\"turn_detection\":{\"type\":\"semantic_vad\",\"eagerness\":\"high\",\"create_response\":true,"
                    + "\"interrupt_response\":false}");

    private WireFixtures() {}

    /** The request {@link #FULL_SERVER_VAD_JSON} describes. */
    static RealtimeSessionCreateRequest fullServerVadRequest() {
        return fullRequestBuilder()
                .turnDetection(TurnDetection.serverVad()
                        .threshold(0.6)
                        .prefixPaddingMs(250)
                        .silenceDurationMs(700)
                        .createResponse(false)
                        .interruptResponse(true)
                        .build())
                .build();
    }

    /** The request {@link #FULL_SEMANTIC_VAD_JSON} describes. */
    static RealtimeSessionCreateRequest fullSemanticVadRequest() {
        return fullRequestBuilder()
                .turnDetection(TurnDetection.semanticVad()
                        .eagerness(Eagerness.HIGH)
                        .createResponse(true)
                        .interruptResponse(false)
                        .build())
                .build();
    }

    private static RealtimeSessionCreateRequest.Builder fullRequestBuilder() {
        Map<String, Object> days = new LinkedHashMap<>();
        days.put("type", "integer");
        days.put("minimum", 1);
        days.put("maximum", 14);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("city", Map.of("type", "string"));
        properties.put("days", days);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("type", "object");
        parameters.put("properties", properties);
        parameters.put("required", List.of("city"));
        parameters.put("additionalProperties", false);

        Map<String, Object> flags = new LinkedHashMap<>();
        flags.put("vip", true);
        flags.put("note", null);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("customer", "acme");
        metadata.put("priority", 2);
        metadata.put("tags", List.of("beta", "voice"));
        metadata.put("flags", flags);

        return RealtimeSessionCreateRequest.builder()
                .model(RealtimeModel.GPT_4O_REALTIME_PREVIEW_2025_06_03)
                .modalities(Modality.TEXT, Modality.AUDIO)
                .instructions("You are a \"friendly\" assistant.\nAnswer in ≤ 2 sentences.")
                .voice(Voice.VERSE)
                .inputAudioFormat(AudioFormat.G711_ULAW)
                .outputAudioFormat(AudioFormat.G711_ALAW)
                .inputAudioTranscription(new InputAudioTranscription(
                        TranscriptionModel.GPT_4O_TRANSCRIBE, "en", "expect words related to technology"))
                .inputAudioNoiseReduction(NoiseReduction.of(NoiseReductionType.FAR_FIELD))
                .tools(Tool.function("get_weather", "Looks up the weather.", parameters))
                .toolChoice(ToolChoice.function("get_weather"))
                .temperature(0.9)
                .maxResponseOutputTokens(4096)
                .speed(1.25)
                .tracing(Tracing.of("support-line", "group-42", metadata))
                .clientSecret(new ClientSecretConfig(new ExpiresAfter(ExpiryAnchor.CREATED_AT, 120)));
    }

    /** A minimal valid session answer, with the given secret. */
    static String sessionJson(String secretValue, long expiresAt) {
        return "{\"id\":\"sess_1\",\"object\":\"realtime.session\",\"client_secret\":{\"value\":\"" + secretValue
                + "\",\"expires_at\":" + expiresAt + "}}";
    }

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
}
