package io.github.realtimesessions.model;

import static io.github.realtimesessions.model.Samples.assertNoFragmentOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Expiry arithmetic and redaction of {@link ClientSecret}. */
class ClientSecretTest {

    static final String VALUE = "ek_test_SECRET123";
    static final Instant EXPIRES_AT = Instant.parse("2025-08-27T12:00:00Z");
    static final ClientSecret SECRET = new ClientSecret(VALUE, EXPIRES_AT);

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void notExpiredBeforeExpiresAt() {
        assertThat(SECRET.isExpired(at(EXPIRES_AT.minusSeconds(60)))).isFalse();
        assertThat(SECRET.isExpired(at(EXPIRES_AT.minusNanos(1)))).isFalse();
    }

    @Test
    void expiredAtExpiresAt() {
        assertThat(SECRET.isExpired(at(EXPIRES_AT))).isTrue();
    }

    @Test
    void expiredAfterExpiresAt() {
        assertThat(SECRET.isExpired(at(EXPIRES_AT.plusNanos(1)))).isTrue();
        assertThat(SECRET.isExpired(at(EXPIRES_AT.plusSeconds(3600)))).isTrue();
    }

    @Test
    void theClockZoneDoesNotMatter() {
        Clock tokyo = Clock.fixed(EXPIRES_AT.minusSeconds(1), ZoneId.of("Asia/Tokyo"));

        assertThat(SECRET.isExpired(tokyo)).isFalse();
        assertThat(SECRET.remaining(tokyo)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void remainingIsExactBeforeExpiry() {
        assertThat(SECRET.remaining(at(EXPIRES_AT.minusSeconds(90)))).isEqualTo(Duration.ofSeconds(90));
        assertThat(SECRET.remaining(at(EXPIRES_AT.minusMillis(1500)))).isEqualTo(Duration.ofMillis(1500));
        assertThat(SECRET.remaining(at(EXPIRES_AT.minusNanos(1)))).isEqualTo(Duration.ofNanos(1));
    }

    @Test
    void remainingIsZeroAtAndAfterExpiry() {
        assertThat(SECRET.remaining(at(EXPIRES_AT))).isEqualTo(Duration.ZERO);
        assertThat(SECRET.remaining(at(EXPIRES_AT.plusNanos(1)))).isEqualTo(Duration.ZERO);
        assertThat(SECRET.remaining(at(EXPIRES_AT.plusSeconds(7200)))).isEqualTo(Duration.ZERO);
    }

    @Test
    void theValueIsAvailableToTheProgram() {
        assertThat(SECRET.value()).isEqualTo(VALUE);
        assertThat(SECRET.expiresAt()).isEqualTo(EXPIRES_AT);
    }

    @Test
    void toStringRedactsTheValueButShowsExpiresAt() {
        String text = SECRET.toString();

        assertThat(text).isEqualTo("ClientSecret[value=<redacted>, expiresAt=2025-08-27T12:00:00Z]");
        assertNoFragmentOf(VALUE, text);
    }

    @Test
    void componentsAreRequired() {
        assertThatNullPointerException().isThrownBy(() -> new ClientSecret(null, EXPIRES_AT))
                .withMessage("client_secret.value must not be null");
        assertThatNullPointerException().isThrownBy(() -> new ClientSecret(VALUE, null))
                .withMessage("client_secret.expires_at must not be null");
    }

    @Test
    void secretsAreEqualByValueAndExpiry() {
        assertThat(new ClientSecret(VALUE, EXPIRES_AT)).isEqualTo(SECRET).hasSameHashCodeAs(SECRET);
        assertThat(new ClientSecret("ek_other", EXPIRES_AT)).isNotEqualTo(SECRET);
        assertThat(new ClientSecret(VALUE, EXPIRES_AT.plusSeconds(1))).isNotEqualTo(SECRET);
    }
}
