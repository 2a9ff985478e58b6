package io.github.realtimesessions.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.realtimesessions.model.Audio;
import io.github.realtimesessions.model.AudioInput;
import io.github.realtimesessions.model.AudioOutput;
import io.github.realtimesessions.model.AudioTranscription;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.Eagerness;
import io.github.realtimesessions.model.FunctionTool;
import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.MaxOutputTokens;
import io.github.realtimesessions.model.NoiseReduction;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.TranscriptionModel;
import io.github.realtimesessions.model.TurnDetection;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.transport.core.internal.WireCodec;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The request every benchmark sends and the answer the loopback server returns: a realistic GA client-secret call
 * (a voice agent's instructions, voice, transcription, semantic VAD, noise reduction and one function tool; about
 * 1.2 KB) and an answer the size and shape of the real recorded one ({@code shared/spec/captures}).
 */
public final class BenchmarkFixtures {

    /** The API key the benchmarks send; the loopback server does not check it. */
    public static final String API_KEY = "sk-proj-benchmark-0123456789abcdefghijklmnopqrstuvwxyzABCDEF";

    /** The pool size every client gets: at least the 8 benchmark threads, with room to spare. */
    public static final int POOL_SIZE = 16;

    /** The async client's pool: room for 64 calls in flight. */
    public static final int ASYNC_POOL_SIZE = 64;

    /** About 200 characters, as a real voice agent's instructions start. */
    static final String INSTRUCTIONS = "You are Ava, the voice concierge of a boutique hotel. Greet the guest warmly,"
            + " answer questions about rooms, breakfast hours and local sights, keep every answer under three"
            + " sentences, and offer to book a table when asked about dinner.";

    /**
     * The recorded GA answer of {@code POST /v1/realtime/client_secrets} (the secret replaced by a random one of the
     * same shape), as the project's recorded capture holds it, final line break included: 1,149 bytes.
     */
    static final String CAPTURED_ANSWER = """
            {
              "value": "ek_971d8f42c1b02cf0e2293ecd39eb3956",
              "expires_at": 1769808455,
              "session": {
                "type": "realtime",
                "object": "realtime.session",
                "id": "sess_D3q9v5LPrGYFBWFRtHAJp",
                "model": "gpt-realtime",
                "output_modalities": [
                  "audio"
                ],
                "instructions": "You are a friendly assistant.",
                "tools": [],
                "tool_choice": "auto",
                "max_output_tokens": "inf",
                "tracing": null,
                "truncation": "auto",
                "prompt": null,
                "expires_at": 0,
                "audio": {
                  "input": {
                    "format": {
                      "type": "audio/pcm",
                      "rate": 24000
                    },
                    "transcription": null,
                    "noise_reduction": null,
                    "turn_detection": {
                      "type": "server_vad",
                      "threshold": 0.5,
                      "prefix_padding_ms": 300,
                      "silence_duration_ms": 200,
                      "idle_timeout_ms": null,
                      "create_response": true,
                      "interrupt_response": true
                    }
                  },
                  "output": {
                    "format": {
                      "type": "audio/pcm",
                      "rate": 24000
                    },
                    "voice": "alloy",
                    "speed": 1.0
                  }
                },
                "include": null
              }
            }
            """;

    private BenchmarkFixtures() {}

    /**
     * Returns the request every benchmark sends.
     *
     * @return a new, equal request on every call
     */
    public static ClientSecretRequest request() {
        JsonObject parameters = JsonObject.parse("""
                {"type":"object",
                 "properties":{
                   "date":{"type":"string","description":"The evening of the reservation, as YYYY-MM-DD"},
                   "time":{"type":"string","description":"The time of the reservation, as HH:MM in 24-hour format"},
                   "guests":{"type":"integer","minimum":1,"maximum":12}},
                 "required":["date","time","guests"],
                 "additionalProperties":false}""");
        return ClientSecretRequest.builder()
                .expiresAfter(Duration.ofMinutes(10))
                .session(RealtimeSessionConfig.builder()
                        .model(RealtimeModel.GPT_REALTIME)
                        .instructions(INSTRUCTIONS)
                        .audio(Audio.builder()
                                .input(AudioInput.builder()
                                        .transcription(AudioTranscription.builder()
                                                .model(TranscriptionModel.GPT_4O_MINI_TRANSCRIBE)
                                                .language("en")
                                                .prompt("hotel, breakfast, reservation")
                                                .build())
                                        .noiseReduction(NoiseReduction.NEAR_FIELD)
                                        .turnDetection(TurnDetection.semanticVad()
                                                .eagerness(Eagerness.MEDIUM)
                                                .createResponse(true)
                                                .interruptResponse(true)
                                                .build())
                                        .build())
                                .output(AudioOutput.of(Voice.MARIN))
                                .build())
                        .addTool(FunctionTool.of(
                                "book_restaurant_table",
                                "Books a table in the hotel restaurant for the guest and returns the confirmation"
                                        + " number.",
                                parameters))
                        .maxOutputTokens(MaxOutputTokens.of(1024))
                        .build())
                .build();
    }

    /**
     * Returns the request's bytes as the library sends them.
     *
     * @return UTF-8 JSON
     */
    public static byte[] requestBody() {
        return WireCodec.instance().encode(Schemas.CLIENT_SECRET_REQUEST, request());
    }

    /**
     * Returns the answer the loopback server sends to every request.
     *
     * @return UTF-8 JSON, 1,149 bytes of the recorded answer's text
     */
    public static byte[] responseBody() {
        return CAPTURED_ANSWER.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Returns the client secret carried by {@link #responseBody()}, which every benchmark reads out.
     *
     * @return the secret's value
     */
    public static String expectedSecret() {
        ClientSecretResponse answer =
                WireCodec.instance().decodeResponse(Schemas.CLIENT_SECRET_RESPONSE, responseBody());
        return answer.clientSecret().value();
    }

    /**
     * Reads the client secret out of an answer the way every hand-written baseline does: a 200, its body parsed to a
     * Jackson tree.
     *
     * @param status the answer's status
     * @param body the answer's body
     * @return the secret
     * @throws IOException if the status is not 200 or the body cannot be read
     */
    public static String secretFromTree(int status, InputStream body) throws IOException {
        checkStatus(status);
        return TREE_READER.readTree(body).get("value").asText();
    }

    /**
     * Reads the client secret out of a buffered answer the way every hand-written baseline does.
     *
     * @param status the answer's status
     * @param body the answer's body
     * @return the secret
     * @throws IOException if the status is not 200 or the body cannot be read
     */
    public static String secretFromTree(int status, byte[] body) throws IOException {
        checkStatus(status);
        return secretFromTree(body);
    }

    /**
     * Reads the client secret out of an answer's body parsed to a Jackson tree.
     *
     * @param body the answer's body
     * @return the secret
     * @throws IOException if the body cannot be read
     */
    public static String secretFromTree(byte[] body) throws IOException {
        return TREE_READER.readTree(body).get("value").asText();
    }

    private static void checkStatus(int status) throws IOException {
        if (status != 200) {
            throw new IOException("unexpected status " + status);
        }
    }

    /** The one Jackson mapper of the baselines; thread-safe once configured. */
    private static final ObjectMapper TREE_READER = new ObjectMapper();

    /**
     * Returns the settings every transport is created with: the loopback server, {@link #API_KEY}, and no retries
     * ({@code maxRetries(0)}), so that the pure path is measured.
     *
     * @param baseUri the loopback server's base URI, {@code http://127.0.0.1:<port>/v1}
     * @return the settings
     */
    public static ClientSettings settings(URI baseUri) {
        return ClientSettings.builder().baseUri(baseUri).apiKey(API_KEY).maxRetries(0).build();
    }
}
