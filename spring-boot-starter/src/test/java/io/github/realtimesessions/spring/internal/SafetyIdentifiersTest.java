package io.github.realtimesessions.spring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SafetyIdentifiersTest {

    static final String HEX_KEY = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    @Test
    void theIdentifierIsTheHmacSha256OfTheNameNeverTheName() {
        SafetyIdentifiers identifiers = SafetyIdentifiers.of(HEX_KEY);
        String id = identifiers.identifierOf("alice@example.com");
        assertThat(id).hasSize(64).matches("[0-9a-f]{64}").doesNotContain("alice");
        assertThat(identifiers.identifierOf("alice@example.com")).as("stable").isEqualTo(id);
        assertThat(identifiers.identifierOf("bob@example.com")).isNotEqualTo(id);
        // The same HMAC as the JDK computes it directly, so that other services can derive it too.
        assertThat(id).isEqualTo(jdkHmac(HexFormat.of().parseHex(HEX_KEY), "alice@example.com"));
    }

    @Test
    void hexAndBase64SpellTheSameKey() {
        byte[] key = HexFormat.of().parseHex(HEX_KEY);
        String expected = SafetyIdentifiers.of(HEX_KEY).identifierOf("alice");
        assertThat(SafetyIdentifiers.of(HEX_KEY.toUpperCase()).identifierOf("alice")).isEqualTo(expected);
        assertThat(SafetyIdentifiers.of(Base64.getEncoder().encodeToString(key)).identifierOf("alice")).isEqualTo(expected);
        assertThat(SafetyIdentifiers.of(Base64.getUrlEncoder().withoutPadding().encodeToString(key)).identifierOf("alice"))
                .isEqualTo(expected);
    }

    @Test
    void withoutAKeyThereIsNoIdentifier() {
        assertThat(SafetyIdentifiers.of(null).enabled()).isFalse();
        assertThat(SafetyIdentifiers.of("  ").identifierOf("alice")).isNull();
    }

    @Test
    void badKeysAreRefusedWithoutQuotingThem() {
        assertThatThrownBy(() -> SafetyIdentifiers.of("0011223344"))
                .isInstanceOf(RealtimeSessionsConfigurationException.class)
                .hasMessageContaining("realtime.sessions.safety-identifier.key")
                .hasMessageContaining("at least 16")
                .hasMessageNotContaining("0011223344");
        assertThatThrownBy(() -> SafetyIdentifiers.of("my secret passphrase!"))
                .isInstanceOf(RealtimeSessionsConfigurationException.class)
                .hasMessageNotContaining("passphrase");
        assertThat(SafetyIdentifiers.of(HEX_KEY).toString()).doesNotContain(HEX_KEY);
    }

    private static String jdkHmac(byte[] key, String data) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
