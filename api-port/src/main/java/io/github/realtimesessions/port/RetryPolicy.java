package io.github.realtimesessions.port;

import java.time.Duration;
import java.util.Objects;

/**
 * How a failed call is retried; one policy for every transport, configured on {@link ClientSettings}.
 *
 * <p>Retried: connection failures and timeouts ({@link ApiConnectionException}), HTTP 408, 409, 429 and every status of
 * 500 and above; never any other 4xx, nor a {@link ResponseFormatException}. A response header
 * {@code x-should-retry: true|false} overrides that decision. The delay before retry {@code n} (1-based) is the
 * server's ({@code retry-after-ms}, else {@code Retry-After} in seconds or as an HTTP-date) when it lies between 0 and
 * {@link #maxServerDelay()}; a longer server delay is not slept, and the call fails at once with the exception carrying
 * {@code retryAfter()}. Without a usable server delay the policy backs off exponentially:
 * {@code min(baseDelay * 2^(n-1), maxBackoff)}, minus a random jitter of up to 25%.
 *
 * @param maxRetries how many times a call is retried after its first attempt, 0 to switch retries off
 * @param baseDelay the first backoff delay
 * @param maxBackoff the cap on backoff delays
 * @param maxServerDelay the longest server-requested delay that is honoured by sleeping
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxBackoff, Duration maxServerDelay) {

    /** The default number of retries: 2, as in the official OpenAI SDKs. */
    public static final int DEFAULT_MAX_RETRIES = 2;

    private static final RetryPolicy DEFAULT =
            new RetryPolicy(DEFAULT_MAX_RETRIES, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60));

    /**
     * Creates a policy.
     *
     * @throws NullPointerException if a duration is {@code null}
     * @throws IllegalArgumentException if {@code maxRetries} or a duration is negative, or the base delay exceeds the
     *     maximum backoff
     */
    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative (was " + maxRetries + ")");
        }
        notNegative(baseDelay, "baseDelay");
        notNegative(maxBackoff, "maxBackoff");
        notNegative(maxServerDelay, "maxServerDelay");
        if (baseDelay.compareTo(maxBackoff) > 0) {
            throw new IllegalArgumentException(
                    "baseDelay must not exceed maxBackoff (was " + baseDelay + " > " + maxBackoff + ")");
        }
    }

    /**
     * Returns the default policy: 2 retries, 0.5 s base delay, 8 s maximum backoff, server delays up to 60 s honoured.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return DEFAULT;
    }

    /**
     * Returns a policy that never retries.
     *
     * @return the default policy with {@code maxRetries} 0
     */
    public static RetryPolicy none() {
        return DEFAULT.withMaxRetries(0);
    }

    /**
     * Returns a copy with another number of retries.
     *
     * @param maxRetries 0 or more
     * @return the changed policy
     */
    public RetryPolicy withMaxRetries(int maxRetries) {
        return new RetryPolicy(maxRetries, baseDelay, maxBackoff, maxServerDelay);
    }

    private static void notNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name + " must not be null");
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative (was " + duration + ")");
        }
    }
}
