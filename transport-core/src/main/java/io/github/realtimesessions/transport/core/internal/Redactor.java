package io.github.realtimesessions.transport.core.internal;

import io.github.realtimesessions.port.Credential;
import io.github.realtimesessions.port.internal.MessageText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Removes secrets from text that leaves the library (exception messages, error bodies, header values, log lines):
 * first the configured credential and the tokens in use by their exact value, whatever their shape, then anything
 * shaped like a secret ({@code sk-...}, {@code ek_...}, a bearer token, a JWT, an {@code api-key} value). Thread-safe.
 * Not API.
 */
public final class Redactor {

    /** What stands in for a redacted value. */
    public static final String MASK = "<redacted>";

    static final Pattern KEY_LIKE = Pattern.compile("(?<![A-Za-z0-9])(sk-|ek_)[A-Za-z0-9_\\-*.]{4,}");
    static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[^\\s,;\"']{6,}");
    static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*");
    static final Pattern API_KEY_VALUE =
            Pattern.compile("(?i)(api[-_]?key[\"']?\\s*[:=]\\s*[\"']?)[^\\s,;\"'&]{6,}");

    private final List<String> fixed;
    private final Supplier<List<String>> dynamic;

    private Redactor(List<String> fixed, Supplier<List<String>> dynamic) {
        List<String> sorted = new ArrayList<>(fixed);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.fixed = List.copyOf(sorted);
        this.dynamic = dynamic;
    }

    /**
     * Returns a redactor for a credential.
     *
     * @param credential the configured credential; its key is redacted by value
     * @param tokens the bearer tokens in use, redacted by value; an empty list when there are none
     * @return the redactor
     */
    public static Redactor of(Credential credential, Supplier<List<String>> tokens) {
        List<String> secrets = new ArrayList<>();
        if (credential instanceof Credential.ApiKey key) {
            secrets.add(key.key());
        } else if (credential instanceof Credential.AzureApiKey key) {
            secrets.add(key.key());
        }
        return new Redactor(secrets, tokens);
    }

    /**
     * Returns a redactor that knows no secret by value, only by shape.
     *
     * @return the redactor
     */
    public static Redactor shapesOnly() {
        return new Redactor(List.of(), List::of);
    }

    /**
     * Redacts text.
     *
     * @param text the text, or {@code null}
     * @return the text without secrets, or {@code null}
     */
    public String redact(String text) {
        return redact(text, null);
    }

    /**
     * Redacts text, including one more secret of this call (an ephemeral key).
     *
     * @param text the text, or {@code null}
     * @param callSecret another secret to redact by value, or {@code null}
     * @return the text without secrets, or {@code null}
     */
    public String redact(String text, String callSecret) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        if (callSecret != null && !callSecret.isEmpty()) {
            result = result.replace(callSecret, MASK);
        }
        for (String secret : fixed) {
            result = result.replace(secret, MASK);
        }
        for (String token : dynamic.get()) {
            if (!token.isEmpty()) {
                result = result.replace(token, MASK);
            }
        }
        return redactShapes(result);
    }

    /**
     * Redacts a text that was cut at a limit: as {@link #redact(String, String)}, and a first part of a secret known
     * by value at the very end of the text (where the cut went through it) is masked too.
     *
     * @param text the text, or {@code null}
     * @param callSecret another secret to redact by value, or {@code null}
     * @return the text without secrets or their first parts, or {@code null}
     */
    public String redactCut(String text, String callSecret) {
        String result = redact(text, callSecret);
        if (result == null || result.isEmpty()) {
            return result;
        }
        List<String> secrets = new ArrayList<>(fixed);
        secrets.addAll(dynamic.get());
        if (callSecret != null) {
            secrets.add(callSecret);
        }
        for (String secret : secrets) {
            for (int length = Math.min(secret.length() - 1, result.length()); length >= 1; length--) {
                if (result.regionMatches(result.length() - length, secret, 0, length)) {
                    result = result.substring(0, result.length() - length) + MASK;
                    break;
                }
            }
        }
        return result;
    }

    /**
     * Redacts anything shaped like a secret.
     *
     * @param text the text, or {@code null}
     * @return the text without secret-shaped parts
     */
    public static String redactShapes(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        int hints = hints(text);
        if (hints == 0) {
            return text;
        }
        String result = text;
        if ((hints & KEY_LIKE_HINT) != 0) {
            result = KEY_LIKE.matcher(result).replaceAll("$1" + MASK);
        }
        if ((hints & BEARER_HINT) != 0) {
            result = BEARER.matcher(result).replaceAll("$1" + MASK);
        }
        if ((hints & JWT_HINT) != 0) {
            result = JWT.matcher(result).replaceAll(MASK);
        }
        if ((hints & API_KEY_HINT) != 0) {
            result = API_KEY_VALUE.matcher(result).replaceAll("$1" + MASK);
        }
        return result;
    }

    private static final int KEY_LIKE_HINT = 1;
    private static final int BEARER_HINT = 2;
    private static final int JWT_HINT = 4;
    private static final int API_KEY_HINT = 8;

    /**
     * Which patterns may match, from one pass over the text: the word each needs ({@code sk-}, {@code ek_},
     * {@code bearer}, {@code eyJ}, {@code key}; the two the patterns match without regard to case, in ASCII case as
     * the patterns do). Most texts (header values) hold none, and then no regular expression runs; a replacement never
     * makes a word the pass did not see, as the mask holds none.
     */
    private static int hints(String text) {
        int hints = 0;
        int last = text.length() - 3;
        for (int i = 0; i <= last; i++) {
            int c = text.charAt(i);
            // Every word starts with one of B, K, b, e, k, s (all within 64..127): one bit test skips the rest.
            if (c < 64 || c > 127 || (FIRST_LETTERS >>> (c - 64) & 1) == 0) {
                continue;
            }
            int next = text.charAt(i + 1);
            int after = text.charAt(i + 2);
            if (c == 's') {
                if (next == 'k' && after == '-') {
                    hints |= KEY_LIKE_HINT;
                }
            } else if (c == 'e') {
                if (next == 'k' && after == '_') {
                    hints |= KEY_LIKE_HINT;
                } else if (next == 'y' && after == 'J') {
                    hints |= JWT_HINT;
                }
            } else if ((c | 0x20) == 'k') {
                if ((next | 0x20) == 'e' && (after | 0x20) == 'y') {
                    hints |= API_KEY_HINT;
                }
            } else if (i + 5 < text.length() && (next | 0x20) == 'e' && (after | 0x20) == 'a'
                    && (text.charAt(i + 3) | 0x20) == 'r' && (text.charAt(i + 4) | 0x20) == 'e'
                    && (text.charAt(i + 5) | 0x20) == 'r') {
                hints |= BEARER_HINT; // c is B or b
            }
        }
        return hints;
    }

    /** Bit {@code c - 64} is set for each letter a pattern's word starts with: B, K, b, e, k, s. */
    private static final long FIRST_LETTERS = bits("BKbeks");

    private static long bits(String letters) {
        long bits = 0;
        for (int i = 0; i < letters.length(); i++) {
            bits |= 1L << (letters.charAt(i) - 64);
        }
        return bits;
    }

    /**
     * Redacts text from a server and makes it safe for a message or a log line: no line breaks, bounded length.
     *
     * @param text the text, or {@code null}
     * @param max the longest result
     * @return the safe text
     */
    public String forMessage(String text, int max) {
        return MessageText.sanitize(redact(text), max);
    }

    /**
     * Returns an exception to attach as a cause: the original when its message holds no secret, else a stand-in of
     * the same shape with the message redacted (and the original's stack trace), so that no cause repeats a secret.
     *
     * @param failure the failure
     * @return the failure, or its redacted stand-in
     */
    public Throwable safeCause(Throwable failure) {
        if (failure == null) {
            return null;
        }
        String message = failure.getMessage();
        String redacted = redact(message);
        Throwable cause = failure.getCause() == null || failure.getCause() == failure
                ? null
                : safeCause(failure.getCause());
        if ((message == null || message.equals(redacted)) && cause == failure.getCause()) {
            return failure;
        }
        RedactedFailure standIn = new RedactedFailure(failure.getClass().getName() + ": " + redacted, cause);
        standIn.setStackTrace(failure.getStackTrace());
        return standIn;
    }

    /** Stands in for an exception whose message held a secret. */
    static final class RedactedFailure extends IOException {

        private static final long serialVersionUID = 1L;

        RedactedFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
