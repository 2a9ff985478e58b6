package io.github.realtimesessions.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.realtimesessions.port.internal.Redaction;
import org.junit.jupiter.api.Test;

class BaseUriCredentialsTest {

    @Test
    void aBaseUriWithUserInfoIsRefusedWithoutEchoingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClientSettings.builder()
                        .apiKey("sk-test")
                        .baseUri("https://user:hunter2@api.example.com/v1")
                        .build())
                .withMessage("baseUri must not carry user info (credentials)")
                .withMessageNotContaining("hunter2");
    }

    @Test
    void aClientSecretAfterAnUnderscoreIsStillMasked() {
        assertThat(Redaction.redact("token=x_ek_abcdef123", null)).isEqualTo("token=x_ek_<redacted>");
    }
}
