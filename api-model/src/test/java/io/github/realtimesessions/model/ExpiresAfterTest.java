package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link ExpiresAfter}: the lifetime of a client secret. Its 10..7200 range is checked by the requests. */
class ExpiresAfterTest {

    @Test
    void theConstantsAreTheApis() {
        assertThat(ExpiresAfter.DEFAULT_SECONDS).isEqualTo(600);
        assertThat(ExpiresAfter.MIN_SECONDS).isEqualTo(10);
        assertThat(ExpiresAfter.MAX_SECONDS).isEqualTo(7200);
    }

    @Test
    void secondsIsAnchoredAtCreation() {
        ExpiresAfter expiresAfter = ExpiresAfter.seconds(120);

        assertThat(expiresAfter.anchor()).isSameAs(ExpiryAnchor.CREATED_AT);
        assertThat(expiresAfter.seconds()).isEqualTo(120);
        assertThat(expiresAfter).isEqualTo(new ExpiresAfter(ExpiryAnchor.CREATED_AT, 120));
    }

    @Test
    void bothPartsMayBeLeftToTheApi() {
        ExpiresAfter empty = new ExpiresAfter(null, null);

        assertThat(empty.anchor()).isNull();
        assertThat(empty.seconds()).isNull();
    }

    @Test
    void ofTakesWholeSecondsOfADuration() {
        assertThat(ExpiresAfter.of(Duration.ofMinutes(10))).isEqualTo(ExpiresAfter.seconds(600));
        assertThat(ExpiresAfter.of(Duration.ofHours(2))).isEqualTo(ExpiresAfter.seconds(7200));
        assertThat(ExpiresAfter.of(Duration.ofSeconds(5))).isEqualTo(ExpiresAfter.seconds(5));
    }

    @Test
    void ofRejectsAFractionOfASecond() {
        assertThatIllegalArgumentException().isThrownBy(() -> ExpiresAfter.of(Duration.ofMillis(1500)))
                .withMessage("expires_after.seconds must be whole seconds (was PT1.5S)");
        assertThatIllegalArgumentException().isThrownBy(() -> ExpiresAfter.of(Duration.ofSeconds(60).plusNanos(1)))
                .withMessage("expires_after.seconds must be whole seconds (was PT1M0.000000001S)");
    }

    @Test
    void ofRejectsALifetimeBeyondAnInt() {
        long tooMany = Integer.MAX_VALUE + 1L;

        assertThatIllegalArgumentException().isThrownBy(() -> ExpiresAfter.of(Duration.ofSeconds(tooMany)))
                .withMessage("expires_after.seconds must be between 10 and 7200 (was 2147483648)");
        assertThatIllegalArgumentException().isThrownBy(() -> ExpiresAfter.of(Duration.ofDays(36_500_000)))
                .withMessageStartingWith("expires_after.seconds must be between 10 and 7200 (was ");
        assertThat(ExpiresAfter.of(Duration.ofSeconds(Integer.MAX_VALUE)).seconds()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void ofRejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> ExpiresAfter.of(null)).withMessage("expires_after must not be null");
    }
}
