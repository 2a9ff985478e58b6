package io.github.realtimesessions.benchmarks;

import io.github.realtimesessions.model.AudioFormat;
import io.github.realtimesessions.model.ClientSecret;
import io.github.realtimesessions.model.Eagerness;
import io.github.realtimesessions.model.InputAudioTranscription;
import io.github.realtimesessions.model.Modality;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.model.Tool;
import io.github.realtimesessions.model.TranscriptionModel;
import io.github.realtimesessions.model.TurnDetection;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.testkit.InMemorySessionCreator;
import io.github.realtimesessions.transport.core.SessionJsonCodec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one request every benchmark sends and the one answer the loopback server gives, so that every transport does
 * exactly the same work.
 */
public final class BenchmarkFixtures {

    /** The API key the benchmarks send; the loopback server does not check it. */
    public static final String API_KEY = "sk-proj-benchmark-0123456789abcdefghijklmnopqrstuvwxyzABCDEF";

    /** The pool size every client gets: at least the 8 benchmark threads, with room to spare. */
    public static final int POOL_SIZE = 16;

    /** About 200 characters, as a real voice agent's instructions start. */
    static final String INSTRUCTIONS = "You are Ava, the voice concierge of a boutique hotel. Greet the guest warmly,"
            + " answer questions about rooms, breakfast hours and local sights, keep every answer under three"
            + " sentences, and offer to book a table when asked about dinner.";

    /**
     * The API's own example answer ({@code realtime-sessions.openapi.yaml}, {@code RealtimeSessionCreateResponse}),
     * decoded by the codec benchmark.
     */
    static final String SPEC_EXAMPLE_RESPONSE = """
            {
              "id": "sess_001",
              "object": "realtime.session",
              "model": "gpt-4o-realtime-preview",
              "modalities": ["audio", "text"],
              "instructions": "You are a friendly assistant.",
              "voice": "alloy",
              "input_audio_format": "pcm16",
              "output_audio_format": "pcm16",
              "input_audio_transcription": {
                  "model": "whisper-1"
              },
              "turn_detection": null,
              "tools": [],
              "tool_choice": "none",
              "temperature": 0.7,
              "speed": 1.1,
              "tracing": "auto",
              "max_response_output_tokens": 200,
              "client_secret": {
                "value": "ek_abc123",
                "expires_at": 1234567890
              }
            }
            """;

    /** The time the fixed answer was minted at, so the answer is the same bytes on every run. */
    private static final Instant MINTED_AT = Instant.parse("2026-11-21T09:00:00Z");

    private BenchmarkFixtures() {}

    /**
     * Returns the realistic full request: model, modalities, instructions, voice, audio formats, transcription,
     * semantic VAD turn detection, one function tool with a small JSON Schema, temperature, max output tokens and the
     * secret's lifetime.
     *
     * @return the request
     */
    public static RealtimeSessionCreateRequest request() {
        Map<String, Object> date = new LinkedHashMap<>();
        date.put("type", "string");
        date.put("description", "The evening of the reservation, as YYYY-MM-DD");
        Map<String, Object> time = new LinkedHashMap<>();
        time.put("type", "string");
        time.put("description", "The time of the reservation, as HH:MM in 24-hour format");
        Map<String, Object> guests = new LinkedHashMap<>();
        guests.put("type", "integer");
        guests.put("minimum", 1);
        guests.put("maximum", 12);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("date", date);
        properties.put("time", time);
        properties.put("guests", guests);
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", List.of("date", "time", "guests"));
        schema.put("additionalProperties", false);
        return RealtimeSessionCreateRequest.builder()
                .model(RealtimeModel.GPT_4O_REALTIME_PREVIEW_2025_06_03)
                .modalities(Modality.AUDIO, Modality.TEXT)
                .instructions(INSTRUCTIONS)
                .voice(Voice.CORAL)
                .inputAudioFormat(AudioFormat.PCM16)
                .outputAudioFormat(AudioFormat.PCM16)
                .inputAudioTranscription(new InputAudioTranscription(
                        TranscriptionModel.GPT_4O_MINI_TRANSCRIBE, "en", "hotel, breakfast, reservation"))
                .turnDetection(TurnDetection.semanticVad()
                        .eagerness(Eagerness.MEDIUM)
                        .createResponse(true)
                        .interruptResponse(true)
                        .build())
                .addTool(Tool.function(
                        "book_restaurant_table",
                        "Books a table in the hotel restaurant for the guest and returns the confirmation number.",
                        schema))
                .temperature(0.7)
                .maxResponseOutputTokens(1024)
                .expiresAfterSeconds(600)
                .build();
    }

    /**
     * Returns the answer the loopback server sends to every request: the testkit's default answer to
     * {@link #request()} (every setting echoed, defaults filled in, a {@code sess_} id and an {@code ek_} secret),
     * encoded as the real API encodes it. About 1.5 KB.
     *
     * @return UTF-8 JSON
     */
    public static byte[] responseBody() {
        InMemorySessionCreator fake = InMemorySessionCreator.builder()
                .clock(Clock.fixed(MINTED_AT, ZoneOffset.UTC))
                .seed(20261121L)
                .build();
        RealtimeSessionCreateResponse answer = fake.defaultAnswer(request()).toBuilder()
                .expiresAt(MINTED_AT.plusSeconds(1800))
                .build();
        return SessionJsonCodec.instance().encodeResponse(answer);
    }

    /**
     * Returns the client secret carried by {@link #responseBody()}, which every benchmark reads out.
     *
     * @return the secret's value
     */
    public static String expectedSecret() {
        ClientSecret secret = SessionJsonCodec.instance().decodeResponse(responseBody()).clientSecret();
        return secret.value();
    }

    /**
     * Returns the spec's example response as bytes.
     *
     * @return UTF-8 JSON
     */
    public static byte[] specExampleResponse() {
        return SPEC_EXAMPLE_RESPONSE.getBytes(StandardCharsets.UTF_8);
    }

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
