package io.github.realtimesessions.transport.core.internal;

import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.RetryPolicy;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * The retry decisions of {@link RetryPolicy}, in one place for every endpoint and transport, blocking and
 * asynchronous alike. Not API.
 */
public final class Retries {

    private static final double MAX_JITTER = 0.25;

    private Retries() {}

    /**
     * Tells whether a failure is worth another attempt: an {@code x-should-retry} header decides when present;
     * otherwise connection failures, timeouts, HTTP 408, 409, 429 and 5xx are, anything else is not.
     *
     * @param failure the failure
     * @return {@code true} when the policy retries it
     */
    public static boolean isRetryable(RealtimeApiException failure) {
        if (failure instanceof ApiStatusException status) {
            Boolean override = status.shouldRetry();
            if (override != null) {
                return override;
            }
            int code = status.status();
            return code == 408 || code == 409 || code == 429 || code >= 500;
        }
        return failure instanceof ApiConnectionException;
    }

    /**
     * Returns the delay before retry number {@code retry}: the server's delay when it names one within
     * {@link RetryPolicy#maxServerDelay()}, else exponential backoff with jitter.
     *
     * @param retry the 1-based number of the retry about to happen
     * @param failure the failure being retried
     * @param policy the policy
     * @param random the source of jitter
     * @return the delay, or {@code null} when the server asked for longer than the policy waits (give up now)
     */
    public static Duration delayBefore(int retry, RealtimeApiException failure, RetryPolicy policy, RandomGenerator random) {
        Duration server = failure instanceof ApiStatusException status ? status.retryAfter() : null;
        if (server != null && !server.isNegative()) {
            return server.compareTo(policy.maxServerDelay()) <= 0 ? server : null;
        }
        long baseNanos = saturatedNanos(policy.baseDelay());
        long capNanos = saturatedNanos(policy.maxBackoff());
        // Shifting past 62 bits overflows; the cap applies long before that.
        long backoff = retry - 1 >= 62 || baseNanos > (capNanos >> (retry - 1)) ? capNanos : baseNanos << (retry - 1);
        double jitter = 1.0 - MAX_JITTER * random.nextDouble();
        return Duration.ofNanos(Math.min(capNanos, (long) (Math.min(backoff, capNanos) * jitter)));
    }

    /**
     * Returns a duration in nanoseconds, saturated at {@link Long#MAX_VALUE} (about 292 years).
     *
     * @param duration the duration
     * @return the nanoseconds
     */
    public static long saturatedNanos(Duration duration) {
        return duration.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : duration.toNanos();
    }
}
