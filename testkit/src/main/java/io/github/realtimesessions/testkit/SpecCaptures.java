package io.github.realtimesessions.testkit;

import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.transport.core.internal.WireCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A real answer of the GA API, as recorded (the spec's {@code captures/}): {@code POST /v1/realtime/client_secrets} for
 * a realtime session, recorded on 2026-01-30 by the openai-dotnet test suite, the secret replaced by a random value of
 * the same shape. The fakes answer the same request the same way; a transport must decode it.
 */
public final class SpecCaptures {

    /** The recorded secret: {@code ek_} and 32 hex digits (random, not a live secret). */
    public static final String REALTIME_SECRET = "ek_971d8f42c1b02cf0e2293ecd39eb3956";

    /** The recorded session id. */
    public static final String REALTIME_SESSION_ID = "sess_D3q9v5LPrGYFBWFRtHAJp";

    /** The recorded secret's {@code expires_at}, in epoch seconds. */
    public static final long REALTIME_EXPIRES_AT = 1_769_808_455L;

    private SpecCaptures() {}

    /**
     * Returns the recorded request: 600 s, a realtime session with model {@code gpt-realtime} and instructions
     * {@code "You are a friendly assistant."}.
     *
     * @return the request
     */
    public static ClientSecretRequest realtimeRequest() {
        return WireCodec.instance().decodeRequest(Schemas.CLIENT_SECRET_REQUEST, realtimeRequestJson());
    }

    /**
     * Returns the recorded request body as the library encodes it (fields in the order of the spec).
     *
     * @return UTF-8 JSON
     */
    public static byte[] realtimeRequestJson() {
        return ("{\"expires_after\":{\"anchor\":\"created_at\",\"seconds\":600},\"session\":{\"type\":\"realtime\","
                + "\"model\":\"gpt-realtime\",\"instructions\":\"You are a friendly assistant.\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Returns the recorded answer body, verbatim (pretty-printed, as recorded).
     *
     * @return UTF-8 JSON
     */
    public static byte[] realtimeAnswer() {
        return resource("capture-client-secrets-realtime.json");
    }

    /**
     * Returns the recorded answer's headers that are not sanitised in the capture, lower-case names.
     *
     * @return an ordered map
     */
    public static Map<String, String> realtimeAnswerHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("openai-version", "2020-10-01");
        headers.put("x-envoy-upstream-service-time", "65");
        headers.put("strict-transport-security", "max-age=31536000; includeSubDomains; preload");
        headers.put("x-content-type-options", "nosniff");
        return headers;
    }

    private static byte[] resource(String name) {
        try (InputStream in = SpecCaptures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the testkit jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
