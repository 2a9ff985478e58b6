package io.github.realtimesessions.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AccessTokenTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Duration MARGIN = Duration.ofMinutes(2);

    @Test
    void toStringShowsTheExpiryButNeverTheToken() {
        AccessToken token = new AccessToken("eyJ-TOKEN-SECRET", NOW);

        assertThat(token).hasToString("AccessToken[<redacted>, expiresAt=2026-03-01T12:00:00Z]");
        assertThat(new AccessToken("eyJ-TOKEN-SECRET", null)).hasToString("AccessToken[<redacted>, expiresAt=null]");
    }

    @Test
    void theTokenIsRequiredAndItsExpiryOptional() {
        assertThatNullPointerException().isThrownBy(() -> new AccessToken(null, NOW)).withMessageContaining("token");
        assertThat(new AccessToken("t", null).expiresAt()).isNull();
    }

    static Stream<Arguments> validity() {
        return Stream.of(
                argumentSet("unknown expiry: valid until the server refuses it", null, MARGIN, true),
                argumentSet("unknown expiry, even with a huge margin", null, Duration.ofDays(10_000), true),
                argumentSet("expires long after the margin", NOW.plus(Duration.ofHours(1)), MARGIN, true),
                argumentSet("expires just after the margin", NOW.plus(MARGIN).plusNanos(1), MARGIN, true),
                argumentSet("expires exactly at the margin", NOW.plus(MARGIN), MARGIN, false),
                argumentSet("expires within the margin", NOW.plus(Duration.ofMinutes(1)), MARGIN, false),
                argumentSet("expired already", NOW.minusSeconds(1), MARGIN, false),
                argumentSet("no margin, expires a nanosecond from now", NOW.plusNanos(1), Duration.ZERO, true),
                argumentSet("no margin, expires now", NOW, Duration.ZERO, false));
    }

    @ParameterizedTest
    @MethodSource("validity")
    void isValidForTellsWhetherTheTokenOutlivesTheMargin(Instant expiresAt, Duration margin, boolean valid) {
        assertThat(new AccessToken("t", expiresAt).isValidFor(CLOCK, margin)).isEqualTo(valid);
    }
}
