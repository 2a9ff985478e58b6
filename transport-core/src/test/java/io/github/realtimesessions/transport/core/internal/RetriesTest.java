package io.github.realtimesessions.transport.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.realtimesessions.port.ApiCancelledException;
import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.CredentialException;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.ResponseFormatException;
import io.github.realtimesessions.port.RetryPolicy;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The retry decisions of the policy: what is retried, and how long to wait. */
class RetriesTest {

    private static final RetryPolicy POLICY = RetryPolicy.builder()
            .baseDelay(Duration.ofMillis(500))
            .maxBackoff(Duration.ofSeconds(8))
            .maxServerDelay(Duration.ofSeconds(60))
            .build();

    /** A random source that always returns {@code value} from {@code nextDouble()}. */
    static RandomGenerator fixed(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return Double.doubleToLongBits(value);
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }

    private static ApiStatusException status(int status) {
        return ApiStatusException.of(ApiError.ofStatus(status));
    }

    private static ApiStatusException status(int status, Boolean shouldRetry, Duration retryAfter) {
        return ApiStatusException.of(ApiError.builder(status).shouldRetry(shouldRetry).retryAfter(retryAfter).build());
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 409, 429, 500, 502, 503, 504, 599})
    void theseStatusesAreRetried(int code) {
        assertThat(Retries.isRetryable(status(code))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {300, 400, 401, 403, 404, 405, 410, 413, 418, 422})
    void theseStatusesAreNot(int code) {
        assertThat(Retries.isRetryable(status(code))).isFalse();
    }

    @Test
    void xShouldRetryOverridesTheStatus() {
        assertThat(Retries.isRetryable(status(400, true, null))).isTrue();
        assertThat(Retries.isRetryable(status(503, false, null))).isFalse();
        assertThat(Retries.isRetryable(status(503, null, null))).isTrue();
    }

    static Stream<Arguments> otherFailures() {
        return Stream.of(
                arguments(Named.of("a connection failure", new ApiConnectionException("reset", null)), true),
                arguments(Named.of("a timeout", new ApiTimeoutException("slow", null)), true),
                arguments(Named.of("a malformed answer", new ResponseFormatException("bad", null, 200, null)), false),
                arguments(Named.of("a cancelled call", new ApiCancelledException("cancelled", null)), false),
                arguments(Named.of("a credential failure", new CredentialException("no token", null)), false),
                arguments(Named.of("the root type", new RealtimeApiException("other", null)), false));
    }

    @ParameterizedTest
    @MethodSource("otherFailures")
    void otherFailures(RealtimeApiException failure, boolean retried) {
        assertThat(Retries.isRetryable(failure)).isEqualTo(retried);
    }

    @Test
    void withoutJitterTheBackoffDoublesUpToItsCap() {
        RandomGenerator none = fixed(0.0);

        assertThat(Stream.of(1, 2, 3, 4, 5, 6, 62, 63, 1_000, Integer.MAX_VALUE)
                        .map(retry -> Retries.delayBefore(retry, status(503), POLICY, none)))
                .containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
                        Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(8), Duration.ofSeconds(8),
                        Duration.ofSeconds(8), Duration.ofSeconds(8), Duration.ofSeconds(8));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.25, 0.5, 0.999999})
    void theJitterTakesAtMostAQuarterOff(double random) {
        for (int retry = 1; retry <= 8; retry++) {
            long full = Math.min(500L << (retry - 1), 8000L);
            Duration delay = Retries.delayBefore(retry, new ApiConnectionException("x", null), POLICY, fixed(random));

            assertThat(delay).isBetween(Duration.ofMillis(full).multipliedBy(3).dividedBy(4), Duration.ofMillis(full));
            assertThat(delay).isEqualTo(Duration.ofNanos((long) (full * 1_000_000L * (1.0 - 0.25 * random))));
        }
    }

    @Test
    void theServersDelayIsUsedWhenThePolicyWaitsThatLong() {
        assertThat(Retries.delayBefore(1, status(429, null, Duration.ofSeconds(3)), POLICY, fixed(0.5)))
                .isEqualTo(Duration.ofSeconds(3));
        assertThat(Retries.delayBefore(5, status(429, null, Duration.ofSeconds(60)), POLICY, fixed(0.5)))
                .as("exactly the limit").isEqualTo(Duration.ofSeconds(60));
        assertThat(Retries.delayBefore(1, status(503, null, Duration.ZERO), POLICY, fixed(0.5))).isZero();
    }

    @Test
    void aLongerServerDelayMeansGiveUpNow() {
        assertThat(Retries.delayBefore(1, status(429, null, Duration.ofSeconds(61)), POLICY, fixed(0.0))).isNull();
        assertThat(Retries.delayBefore(1, status(429, null, RetryAfter.TOO_LONG), POLICY, fixed(0.0))).isNull();
    }

    @Test
    void aZeroPolicyRetriesAtOnce() {
        RetryPolicy immediate = RetryPolicy.builder().baseDelay(Duration.ZERO).maxBackoff(Duration.ZERO).build();

        assertThat(Retries.delayBefore(3, status(500), immediate, fixed(0.7))).isZero();
    }

    @Test
    void durationsSaturateAtTheLargestNanos() {
        assertThat(Retries.saturatedNanos(ChronoUnit.FOREVER.getDuration())).isEqualTo(Long.MAX_VALUE);
        assertThat(Retries.saturatedNanos(Duration.ofNanos(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
        assertThat(Retries.saturatedNanos(Duration.ofMillis(3))).isEqualTo(3_000_000L);
    }
}
