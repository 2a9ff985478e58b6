package io.github.realtimesessions.spring.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Derives the {@code OpenAI-Safety-Identifier} of a principal: the lower-case hex HMAC-SHA256 of its name under the
 * configured key. Stable across restarts and instances (the same key gives the same identifier), and never the name
 * itself. Without a key, there is no identifier. Thread-safe.
 */
public final class SafetyIdentifiers {

    /** The property holding the key. */
    public static final String KEY_PROPERTY = "realtime.sessions.safety-identifier.key";

    /** The shortest key accepted, in bytes. */
    public static final int MIN_KEY_BYTES = 16;

    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern HEX = Pattern.compile("(?:[0-9a-fA-F]{2})+");
    private static final SafetyIdentifiers NONE = new SafetyIdentifiers(null);

    private final SecretKeySpec key;

    private SafetyIdentifiers(SecretKeySpec key) {
        this.key = key;
    }

    /**
     * Returns the identifiers for a key.
     *
     * @param keyText the key as hex or base64 text, or {@code null}/blank for no identifiers
     * @return the identifiers
     * @throws RealtimeSessionsConfigurationException if the text is neither hex nor base64, or too short (never
     *     quoting it)
     */
    public static SafetyIdentifiers of(String keyText) {
        if (keyText == null || keyText.isBlank()) {
            return NONE;
        }
        byte[] bytes = decode(keyText.strip());
        if (bytes.length < MIN_KEY_BYTES) {
            throw new RealtimeSessionsConfigurationException(
                    KEY_PROPERTY + " is too short: " + bytes.length + " bytes, at least " + MIN_KEY_BYTES
                            + " are needed.",
                    "Set " + KEY_PROPERTY + " to a random key of 32 bytes, e.g. the output of"
                            + " \"openssl rand -hex 32\".",
                    null);
        }
        SafetyIdentifiers identifiers = new SafetyIdentifiers(new SecretKeySpec(bytes, ALGORITHM));
        identifiers.hmac("check"); // fails now, at startup, if the JDK lacks the algorithm
        return identifiers;
    }

    /**
     * Tells whether a key is configured.
     *
     * @return {@code true} if identifiers are derived
     */
    public boolean enabled() {
        return key != null;
    }

    /**
     * Returns the identifier of a principal's name.
     *
     * @param name the principal's name, or {@code null}
     * @return 64 lower-case hex digits, or {@code null} without a key or a name
     */
    public String identifierOf(String name) {
        return key == null || name == null ? null : hmac(name);
    }

    private String hmac(String name) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(name.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }

    private static byte[] decode(String text) {
        if (HEX.matcher(text).matches()) {
            return HexFormat.of().parseHex(text);
        }
        String compact = text.replaceAll("\\s", "");
        try {
            return compact.indexOf('-') >= 0 || compact.indexOf('_') >= 0
                    ? Base64.getUrlDecoder().decode(compact)
                    : Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            throw new RealtimeSessionsConfigurationException(
                    KEY_PROPERTY + " is neither hex nor base64 text.",
                    "Set " + KEY_PROPERTY + " to a random key as hex or base64, e.g. the output of"
                            + " \"openssl rand -hex 32\".",
                    null);
        }
    }

    /** Tells whether identifiers are derived; never shows the key. */
    @Override
    public String toString() {
        return "SafetyIdentifiers[" + (key == null ? "none" : "HMAC-SHA256") + "]";
    }
}
