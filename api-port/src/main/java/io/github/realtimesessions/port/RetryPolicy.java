package io.github.realtimesessions.port;

import java.time.Duration;
import java.util.Objects;

/**
 * How a failed call is retried; one policy for every transport and endpoint, configured on {@link ClientSettings}
 * (and per call through {@link RequestOptions.Builder#maxRetries(int)}).
 *
 * <p>Retried: connection failures and timeouts ({@link ApiConnectionException}), HTTP 408, 409, 429 and every status of
 * 500 and above; never any other 4xx, a {@link ResponseFormatException}, an {@link ApiCancelledException} or a
 * {@link CredentialException}. A response header {@code x-should-retry: true|false} overrides that decision. The delay
 * before retry {@code n} (1-based) is the server's ({@code retry-after-ms}, else {@code Retry-After} in seconds or as an
 * HTTP-date) when it lies between 0 and {@link #maxServerDelay()}; a longer server delay, including one too large to
 * represent, is not waited for: the call fails at once, the exception carrying {@code retryAfter()}. Without a server
 * delay the policy backs off exponentially: {@code min(baseDelay * 2^(n-1), maxBackoff)}, minus a random jitter of up
 * to 25%. No wait reaches past the call's deadline ({@link ClientSettings#callTimeout()}): a wait that would is not
 * started, and the failure surfaces.
 */
public final class RetryPolicy {

    /** The default number of retries: 2, as in the official OpenAI SDKs. */
    public static final int DEFAULT_MAX_RETRIES = 2;

    private static final RetryPolicy DEFAULT = builder().build();

    private final int maxRetries;
    private final Duration baseDelay;
    private final Duration maxBackoff;
    private final Duration maxServerDelay;

    private RetryPolicy(Builder builder) {
        if (builder.maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative (was " + builder.maxRetries + ")");
        }
        this.maxRetries = builder.maxRetries;
        this.baseDelay = notNegative(builder.baseDelay, "baseDelay");
        this.maxBackoff = notNegative(builder.maxBackoff, "maxBackoff");
        this.maxServerDelay = notNegative(builder.maxServerDelay, "maxServerDelay");
        if (baseDelay.compareTo(maxBackoff) > 0) {
            throw new IllegalArgumentException(
                    "baseDelay must not exceed maxBackoff (was " + baseDelay + " > " + maxBackoff + ")");
        }
    }

    /**
     * Returns a builder with the defaults: 2 retries, 0.5 s base delay, 8 s maximum backoff, server delays up to 60 s
     * honoured.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the default policy.
     *
     * @return 2 retries, 0.5 s base delay, 8 s maximum backoff, server delays up to 60 s honoured
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
     * Returns a builder holding this policy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return builder().maxRetries(maxRetries).baseDelay(baseDelay).maxBackoff(maxBackoff).maxServerDelay(maxServerDelay);
    }

    /**
     * Returns a copy with another number of retries.
     *
     * @param maxRetries 0 or more
     * @return the changed policy
     */
    public RetryPolicy withMaxRetries(int maxRetries) {
        return toBuilder().maxRetries(maxRetries).build();
    }

    /**
     * Returns how many times a call is retried after its first attempt.
     *
     * @return 0 when retries are off
     */
    public int maxRetries() {
        return maxRetries;
    }

    /**
     * Returns the first backoff delay.
     *
     * @return the delay
     */
    public Duration baseDelay() {
        return baseDelay;
    }

    /**
     * Returns the cap on backoff delays.
     *
     * @return the cap
     */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /**
     * Returns the longest server-requested delay that is waited for.
     *
     * @return the limit
     */
    public Duration maxServerDelay() {
        return maxServerDelay;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RetryPolicy that
                && maxRetries == that.maxRetries
                && baseDelay.equals(that.baseDelay)
                && maxBackoff.equals(that.maxBackoff)
                && maxServerDelay.equals(that.maxServerDelay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxRetries, baseDelay, maxBackoff, maxServerDelay);
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxRetries=" + maxRetries + ", baseDelay=" + baseDelay + ", maxBackoff=" + maxBackoff
                + ", maxServerDelay=" + maxServerDelay + "]";
    }

    private static Duration notNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name + " must not be null");
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative (was " + duration + ")");
        }
        return duration;
    }

    /** Builds a {@link RetryPolicy}. */
    public static final class Builder {
        private int maxRetries = DEFAULT_MAX_RETRIES;
        private Duration baseDelay = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(8);
        private Duration maxServerDelay = Duration.ofSeconds(60);

        private Builder() {}

        /**
         * Sets how many times a call is retried after its first attempt (default 2).
         *
         * @param maxRetries 0 or more; 0 switches retries off
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * Sets the first backoff delay (default 0.5 s).
         *
         * @param baseDelay not negative, at most the maximum backoff
         * @return this builder
         */
        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = baseDelay;
            return this;
        }

        /**
         * Sets the cap on backoff delays (default 8 s).
         *
         * @param maxBackoff not negative
         * @return this builder
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
            return this;
        }

        /**
         * Sets the longest server-requested delay that is waited for (default 60 s).
         *
         * @param maxServerDelay not negative
         * @return this builder
         */
        public Builder maxServerDelay(Duration maxServerDelay) {
            this.maxServerDelay = maxServerDelay;
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws NullPointerException if a duration is {@code null}
         * @throws IllegalArgumentException if a value is negative, or the base delay exceeds the maximum backoff
         */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }
    }
}
