package io.github.realtimesessions.cli;

import io.github.realtimesessions.model.ClientSecret;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.transport.core.SessionJsonCodec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;

/**
 * The three ways the tool shows a minted session: a summary for people, the response JSON for programs (both with
 * the secret redacted), and the bare secret for piping.
 */
final class SessionReport {

    /** What stands in for the secret in the JSON output. */
    static final String REDACTED = "<redacted>";

    private final RealtimeSessionCreateResponse response;

    SessionReport(RealtimeSessionCreateResponse response) {
        this.response = Objects.requireNonNull(response, "response");
    }

    /**
     * Returns the summary: one labelled line per fact, the secret masked.
     *
     * @param transport the transport that minted the session
     * @param baseUri where it was minted
     * @param clock the clock that tells how long the secret has left
     */
    String summary(String transport, URI baseUri, Clock clock) {
        ClientSecret secret = response.clientSecret();
        StringBuilder text = new StringBuilder();
        line(text, "Session", orDash(response.id()));
        line(text, "Model", orDash(response.model()));
        line(text, "Voice", orDash(response.voice()));
        line(text, "Secret", masked(secret.value()) + " (redacted; use --print-secret to print it)");
        line(text, "Expires", secret.expiresAt() + " (" + remaining(secret, clock) + ")");
        line(text, "Transport", transport + " -> " + baseUri);
        return text.toString();
    }

    /** Returns the response as the API sent it, except for the secret's value, which is {@value #REDACTED}. */
    String redactedJson() {
        ClientSecret secret = response.clientSecret();
        RealtimeSessionCreateResponse redacted = response.toBuilder()
                .clientSecret(new ClientSecret(REDACTED, secret.expiresAt()))
                .build();
        return new String(SessionJsonCodec.instance().encodeResponse(redacted), StandardCharsets.UTF_8);
    }

    /** Returns the secret's value in clear: only for {@code --print-secret}. */
    String secretValue() {
        return response.clientSecret().value();
    }

    /** Keeps the {@code ek_} prefix, so that a reader still sees which kind of value it was. */
    static String masked(String secretValue) {
        return secretValue.startsWith("ek_") ? "ek_******" : "******";
    }

    private static String remaining(ClientSecret secret, Clock clock) {
        if (secret.isExpired(clock)) {
            return "expired";
        }
        // Whole seconds, rounded down: never promise more time than the secret has.
        return "in " + secret.remaining(clock).getSeconds() + " s";
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format("%-10s", label)).append(value).append(System.lineSeparator());
    }
}
