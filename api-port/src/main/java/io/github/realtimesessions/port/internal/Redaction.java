package io.github.realtimesessions.port.internal;

import java.util.regex.Pattern;

/**
 * Removes secrets from text before it reaches an exception message, a log line or a {@code toString()}. Not API.
 *
 * <p>Redacted are the exact API key in use, anything shaped like an OpenAI key ({@code sk-...}) and anything shaped
 * like an ephemeral client secret ({@code ek_...}); a short prefix stays visible so that a human can still tell which
 * kind of value was there.
 */
public final class Redaction {

    /** What stands in for a redacted value. */
    public static final String MASK = "<redacted>";

    private static final Pattern SECRET_LIKE = Pattern.compile("(?<![A-Za-z0-9])(sk-|ek_)[A-Za-z0-9_\\-*.]{4,}");

    private Redaction() {}

    /**
     * Returns the text with the API key and every secret-shaped token replaced.
     *
     * @param text the text, or {@code null}
     * @param apiKey the API key in use, or {@code null}
     * @return the redacted text, or {@code null} for {@code null}
     */
    public static String redact(String text, String apiKey) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        if (apiKey != null && !apiKey.isEmpty() && result.contains(apiKey)) {
            result = result.replace(apiKey, MASK);
        }
        if (result.contains("sk-") || result.contains("ek_")) {
            result = SECRET_LIKE.matcher(result).replaceAll("$1" + MASK);
        }
        return result;
    }
}
