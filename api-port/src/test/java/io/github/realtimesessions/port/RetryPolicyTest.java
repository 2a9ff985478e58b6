package io.github.realtimesessions.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RetryPolicyTest {

    private static final Duration ONE = Duration.ofSeconds(1);

    private static RetryPolicy policy(int retries, Duration base, Duration maxBackoff, Duration maxServerDelay) {
        return RetryPolicy.builder()
                .maxRetries(retries)
                .baseDelay(base)
                .maxBackoff(maxBackoff)
                .maxServerDelay(maxServerDelay)
                .build();
    }

    @Test
    void defaultsAreTwoRetriesHalfASecondEightSecondsAndAMinute() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(policy.maxRetries()).isEqualTo(2).isEqualTo(RetryPolicy.DEFAULT_MAX_RETRIES);
        assertThat(policy.baseDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.maxBackoff()).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.maxServerDelay()).isEqualTo(Duration.ofSeconds(60));
        assertThat(RetryPolicy.builder().build()).isEqualTo(policy);
    }

    @Test
    void noneIsTheDefaultsWithoutRetries() {
        assertThat(RetryPolicy.none())
                .isEqualTo(policy(0, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60)));
    }

    @Test
    void withMaxRetriesChangesOnlyTheCount() {
        RetryPolicy policy = policy(1, Duration.ofMillis(3), Duration.ofMillis(30), Duration.ofMillis(300));
        RetryPolicy changed = policy.withMaxRetries(9);

        assertThat(changed).isEqualTo(policy(9, Duration.ofMillis(3), Duration.ofMillis(30), Duration.ofMillis(300)));
        assertThat(policy.maxRetries()).isEqualTo(1);
        assertThatIllegalArgumentException().isThrownBy(() -> policy.withMaxRetries(-1));
    }

    @Test
    void toBuilderRoundTrips() {
        RetryPolicy policy = policy(4, Duration.ofMillis(3), Duration.ofMillis(30), Duration.ofMillis(300));

        assertThat(policy.toBuilder().build()).isEqualTo(policy).hasSameHashCodeAs(policy).isNotSameAs(policy);
        assertThat(policy.toBuilder().maxBackoff(ONE).build().maxBackoff()).isEqualTo(ONE);
    }

    @Test
    void negativeRetriesAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RetryPolicy.builder().maxRetries(-1).build())
                .withMessage("maxRetries must not be negative (was -1)");
    }

    static Stream<Arguments> durationSettings() {
        return Stream.of(
                setting("baseDelay", RetryPolicy.Builder::baseDelay),
                setting("maxBackoff", RetryPolicy.Builder::maxBackoff),
                setting("maxServerDelay", RetryPolicy.Builder::maxServerDelay));
    }

    private static Arguments setting(String name, BiFunction<RetryPolicy.Builder, Duration, RetryPolicy.Builder> set) {
        return argumentSet(name, name, set);
    }

    @ParameterizedTest
    @MethodSource("durationSettings")
    void negativeDurationsAreRejectedNamingTheSetting(
            String name, BiFunction<RetryPolicy.Builder, Duration, RetryPolicy.Builder> set) {
        // baseDelay 0 so that no other rule fires first
        RetryPolicy.Builder builder = set.apply(RetryPolicy.builder().baseDelay(Duration.ZERO), Duration.ofMillis(-1));

        assertThatIllegalArgumentException()
                .isThrownBy(builder::build)
                .withMessage(name + " must not be negative (was PT-0.001S)");
    }

    @ParameterizedTest
    @MethodSource("durationSettings")
    void nullDurationsAreRejectedNamingTheSetting(
            String name, BiFunction<RetryPolicy.Builder, Duration, RetryPolicy.Builder> set) {
        RetryPolicy.Builder builder = set.apply(RetryPolicy.builder(), null);

        assertThatNullPointerException().isThrownBy(builder::build).withMessage(name + " must not be null");
    }

    @Test
    void theBaseDelayMayNotExceedTheMaximumBackoff() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> policy(1, Duration.ofSeconds(2), ONE, ONE))
                .withMessageContaining("baseDelay must not exceed maxBackoff");
        assertThatCode(() -> policy(1, ONE, ONE, ONE)).doesNotThrowAnyException();
    }

    @Test
    void zeroEverywhereIsAllowed() {
        RetryPolicy instant = policy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);

        assertThat(instant.maxRetries()).isZero();
        assertThat(instant.maxServerDelay()).isZero();
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                change("maxRetries", b -> b.maxRetries(3)),
                change("baseDelay", b -> b.baseDelay(Duration.ofMillis(400))),
                change("maxBackoff", b -> b.maxBackoff(Duration.ofSeconds(9))),
                change("maxServerDelay", b -> b.maxServerDelay(Duration.ofSeconds(61))));
    }

    private static Arguments change(String name, UnaryOperator<RetryPolicy.Builder> change) {
        return argumentSet(name, change);
    }

    @ParameterizedTest
    @MethodSource("changes")
    void anyDifferenceMakesPoliciesUnequal(UnaryOperator<RetryPolicy.Builder> change) {
        assertThat(change.apply(RetryPolicy.builder()).build()).isNotEqualTo(RetryPolicy.defaults());
    }

    @Test
    void equalPoliciesHaveEqualHashCodesAndADescription() {
        RetryPolicy policy = policy(2, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60));

        assertThat(policy).isEqualTo(RetryPolicy.defaults()).hasSameHashCodeAs(RetryPolicy.defaults());
        assertThat(policy).isNotEqualTo(null).isNotEqualTo("policy");
        assertThat(policy)
                .hasToString("RetryPolicy[maxRetries=2, baseDelay=PT0.5S, maxBackoff=PT8S, maxServerDelay=PT1M]");
    }
}
