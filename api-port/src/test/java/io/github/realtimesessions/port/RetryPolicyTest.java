package io.github.realtimesessions.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Duration ONE = Duration.ofSeconds(1);

    @Test
    void defaultsAreTwoRetriesHalfASecondEightSecondsAndAMinute() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(policy.maxRetries()).isEqualTo(2).isEqualTo(RetryPolicy.DEFAULT_MAX_RETRIES);
        assertThat(policy.baseDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.maxBackoff()).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.maxServerDelay()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void noneIsTheDefaultsWithoutRetries() {
        RetryPolicy none = RetryPolicy.none();

        assertThat(none.maxRetries()).isZero();
        assertThat(none).isEqualTo(new RetryPolicy(
                0, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60)));
    }

    @Test
    void withMaxRetriesChangesOnlyTheCount() {
        RetryPolicy policy = new RetryPolicy(1, Duration.ofMillis(3), Duration.ofMillis(30), Duration.ofMillis(300));
        RetryPolicy changed = policy.withMaxRetries(9);

        assertThat(changed).isEqualTo(new RetryPolicy(9, Duration.ofMillis(3), Duration.ofMillis(30), Duration.ofMillis(300)));
        assertThat(policy.maxRetries()).isEqualTo(1);
        assertThatIllegalArgumentException().isThrownBy(() -> policy.withMaxRetries(-1));
    }

    @Test
    void negativeRetriesAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RetryPolicy(-1, ONE, ONE, ONE))
                .withMessageContaining("maxRetries")
                .withMessageContaining("-1");
    }

    @Test
    void negativeDurationsAreRejectedNamingTheField() {
        Duration negative = Duration.ofMillis(-1);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RetryPolicy(1, negative, ONE, ONE))
                .withMessageContaining("baseDelay");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RetryPolicy(1, Duration.ZERO, negative, ONE))
                .withMessageContaining("maxBackoff");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RetryPolicy(1, ONE, ONE, negative))
                .withMessageContaining("maxServerDelay");
    }

    @Test
    void nullDurationsAreRejectedNamingTheField() {
        assertThatNullPointerException()
                .isThrownBy(() -> new RetryPolicy(1, null, ONE, ONE))
                .withMessageContaining("baseDelay");
        assertThatNullPointerException()
                .isThrownBy(() -> new RetryPolicy(1, ONE, null, ONE))
                .withMessageContaining("maxBackoff");
        assertThatNullPointerException()
                .isThrownBy(() -> new RetryPolicy(1, ONE, ONE, null))
                .withMessageContaining("maxServerDelay");
    }

    @Test
    void theBaseDelayMayNotExceedTheMaximumBackoff() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RetryPolicy(1, Duration.ofSeconds(2), ONE, ONE))
                .withMessageContaining("baseDelay must not exceed maxBackoff");
        assertThatCode(() -> new RetryPolicy(1, ONE, ONE, ONE)).doesNotThrowAnyException();
    }

    @Test
    void zeroEverywhereIsAllowed() {
        RetryPolicy instant = new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);
        assertThat(instant.maxRetries()).isZero();
    }
}
