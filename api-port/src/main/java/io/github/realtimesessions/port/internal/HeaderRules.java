package io.github.realtimesessions.port.internal;

import java.util.Locale;
import java.util.Set;

/**
 * The rules for header names and values a caller may add, shared by every place that accepts them. Not API.
 */
public final class HeaderRules {

    /**
     * Headers the library sets itself or that belong to the HTTP framing; a caller may not add them. Names starting
     * with {@code openai-} are reserved too: each has a dedicated setting.
     */
    public static final Set<String> RESERVED = Set.of(
            "authorization",
            "api-key",
            "content-type",
            "content-length",
            "content-encoding",
            "accept",
            "accept-encoding",
            "host",
            "user-agent",
            "connection",
            "keep-alive",
            "proxy-connection",
            "proxy-authorization",
            "te",
            "trailer",
            "transfer-encoding",
            "upgrade",
            "expect");

    private HeaderRules() {}

    /**
     * Tells whether the library reserves a header name.
     *
     * @param name the name, any case
     * @return {@code true} when a caller may not set it
     */
    public static boolean isReserved(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return RESERVED.contains(lower) || lower.startsWith("openai-");
    }

    /**
     * Checks a header a caller adds.
     *
     * @param name the header name
     * @param value the header value
     * @param where what is being configured, for the message, e.g. {@code extra header}
     * @throws NullPointerException if a part is {@code null}
     * @throws IllegalArgumentException if the name is reserved or either part cannot go into an HTTP header; the
     *     message quotes the name, never the value
     */
    public static void check(String name, String value, String where) {
        if (name == null) {
            throw new NullPointerException(where + " name must not be null");
        }
        if (name.isEmpty() || !name.chars().allMatch(HeaderRules::isTokenChar)) {
            throw new IllegalArgumentException(where + " name \"" + MessageText.sanitize(name, 80)
                    + "\" must be a header token (letters, digits and !#$%&'*+-.^_`|~)");
        }
        if (isReserved(name)) {
            throw new IllegalArgumentException(where + " " + name + " is set by the library and cannot be added;"
                    + " use the dedicated setting (credential, organization, project, userAgentSuffix, safety"
                    + " identifier) instead");
        }
        if (value == null) {
            throw new NullPointerException(where + " " + name + " must not have a null value");
        }
        String problem = valueProblem(value);
        if (problem != null) {
            throw new IllegalArgumentException(where + " " + name + " " + problem);
        }
    }

    /**
     * Tells what keeps a text from being sent as a header value.
     *
     * @param value the text
     * @return the problem, e.g. {@code must not contain line breaks}, or {@code null} when the value can be sent
     */
    public static String valueProblem(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n') {
                return "must not contain line breaks";
            }
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return "must not contain control characters (found U+" + String.format("%04X", (int) c) + ")";
            }
            if (c > 0xff) {
                return "must contain ISO-8859-1 characters only, which HTTP headers can carry (found U+"
                        + String.format("%04X", (int) c) + ")";
            }
        }
        return null;
    }

    private static boolean isTokenChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    /**
     * Tells what keeps a secret (a key, a token) from going into a header; the text never quotes the secret.
     *
     * @param secret the secret
     * @return the problem, or {@code null} when it can be sent
     */
    public static String secretProblem(String secret) {
        for (int i = 0; i < secret.length(); i++) {
            char c = secret.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                return "must be visible ASCII only: character " + (i + 1) + " of " + secret.length() + " is U+"
                        + String.format("%04X", (int) c) + " (check for a stray space, line break or pasted quote)";
            }
        }
        return null;
    }
}
