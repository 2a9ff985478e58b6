package io.github.realtimesessions.port.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The one {@link Redaction} case the old {@code BaseUriCredentialsTest} held that {@link RedactionTest} does not: it
 * moves with {@code Redaction} and {@code RedactionTest}.
 */
class RedactionBoundaryTest {

    @Test
    void aClientSecretAfterAnUnderscoreIsStillMasked() {
        assertThat(Redaction.redact("token=x_ek_abcdef123", null)).isEqualTo("token=x_ek_<redacted>");
    }
}
