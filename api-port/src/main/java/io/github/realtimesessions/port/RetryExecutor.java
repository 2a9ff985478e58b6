package io.github.realtimesessions.port;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Runs a call under a {@link RetryPolicy}: the single implementation of retries that every transport uses, so that
 * all of them behave exactly as the policy documents. Thread-safe and immutable.
 *
 * <p>The exception that finally surfaces is the last attempt's, with {@link RealtimeApiException#attempts()} set and
 * the earlier attempts' exceptions attached as suppressed. Interrupting the thread during a backoff stops the loop
 * at once: the last failure surfaces and the thread's interrupt flag stays set (a {@link Sleeper} reports an
 * interruption by returning with the flag set). Exceptions outside the
 * {@link RealtimeApiException} tree (programming errors) are never retried.
 */
public final class RetryExecutor {

    private static final double MAX_JITTER = 0.25;

    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private final RetryListener listener;

    private RetryExecutor(RetryPolicy policy, Sleeper sleeper, RandomGenerator random, RetryListener listener) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.random = Objects.requireNonNull(random, "random");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Returns an executor that sleeps for real and draws jitter from a thread-safe source.
     *
     * @param policy the policy
     * @return the executor
     */
    public static RetryExecutor of(RetryPolicy policy) {
        return builder(policy).build();
    }

    /**
     * Returns a builder, to inject a sleeper, a random source or a listener (tests, metrics, logging).
     *
     * @param policy the policy
     * @return a new builder
     */
    public static Builder builder(RetryPolicy policy) {
        return new Builder(policy);
    }

    /**
     * Returns the policy.
     *
     * @return the policy
     */
    public RetryPolicy policy() {
        return policy;
    }

    /**
     * Runs the call, retrying as the policy says.
     *
     * @param call one attempt; throws a {@link RealtimeApiException} on failure
     * @param <T> the result type
     * @return the first successful attempt's result
     * @throws RealtimeApiException the last failure, when no attempt succeeded
     */
    public <T> T execute(Supplier<T> call) {
        Objects.requireNonNull(call, "call");
        List<RealtimeApiException> earlier = null;
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (RealtimeApiException failure) {
                Duration delay = attempt > policy.maxRetries() || !isRetryable(failure) ? null : delayBefore(attempt, failure);
                if (delay == null) {
                    throw surface(failure, attempt, earlier);
                }
                listener.onRetry(attempt, delay, failure);
                sleeper.sleep(delay);
                if (Thread.currentThread().isInterrupted()) {
                    throw surface(failure, attempt, earlier);
                }
                if (earlier == null) {
                    // Not sized by maxRetries: a policy may allow Integer.MAX_VALUE retries.
                    earlier = new ArrayList<>();
                }
                earlier.add(failure);
            }
        }
    }

    /**
     * Tells whether a failure is worth another attempt: an {@code x-should-retry} header decides when present;
     * otherwise connection failures, timeouts, HTTP 408, 409, 429 and 5xx are, anything else is not.
     *
     * @param failure the failure
     * @return {@code true} when the policy retries it
     */
    public static boolean isRetryable(RealtimeApiException failure) {
        if (failure instanceof ApiStatusException status) {
            Boolean override = status.error().shouldRetry();
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
     * @return the delay, or {@code null} when the server asked for longer than the policy honours (give up now)
     * @throws IllegalArgumentException if {@code retry} is less than 1
     */
    public Duration delayBefore(int retry, RealtimeApiException failure) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry is 1-based (was " + retry + ")");
        }
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

    /** Returns the duration in nanoseconds, or {@link Long#MAX_VALUE} (about 292 years) for a longer one. */
    private static long saturatedNanos(Duration duration) {
        return duration.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : duration.toNanos();
    }

    private static RealtimeApiException surface(
            RealtimeApiException failure, int attempts, List<RealtimeApiException> earlier) {
        failure.attempts(attempts);
        if (earlier != null) {
            for (RealtimeApiException previous : earlier) {
                if (previous != failure) {
                    failure.addSuppressed(previous);
                }
            }
        }
        return failure;
    }

    /** Waits between attempts; replace it in tests to run retries in no time. */
    @FunctionalInterface
    public interface Sleeper {

        /**
         * Sleeps with {@link Thread#sleep(long, int)}; an interruption ends the sleep and sets the flag again.
         */
        Sleeper SYSTEM = duration -> {
            try {
                // toNanosPart, not toNanos: the latter overflows for a delay above 292 years.
                Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };

        /**
         * Waits for the given time. An implementation that is interrupted returns early with the thread's interrupt
         * flag set; the executor then stops retrying. No checked exception: the port's API has none.
         *
         * @param duration how long
         */
        void sleep(Duration duration);
    }

    /** Hears about each retry before its delay, e.g. to log or count it. */
    @FunctionalInterface
    public interface RetryListener {

        /** A listener that does nothing. */
        RetryListener NONE = (attempt, delay, failure) -> {};

        /**
         * Called when an attempt failed and another will follow after {@code delay}.
         *
         * @param failedAttempt the 1-based number of the attempt that failed
         * @param delay the wait before the next attempt
         * @param failure why the attempt failed
         */
        void onRetry(int failedAttempt, Duration delay, RealtimeApiException failure);
    }

    /** Builds a {@link RetryExecutor}. */
    public static final class Builder {
        private final RetryPolicy policy;
        private Sleeper sleeper = Sleeper.SYSTEM;
        private RandomGenerator random;
        private RetryListener listener = RetryListener.NONE;

        private Builder(RetryPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
        }

        /**
         * Sets how the executor waits (default {@link Sleeper#SYSTEM}).
         *
         * @param sleeper the sleeper
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /**
         * Sets the source of jitter (default: a thread-local random source). Must be thread-safe if the executor is
         * shared.
         *
         * @param random the source
         * @return this builder
         */
        public Builder random(RandomGenerator random) {
            this.random = random;
            return this;
        }

        /**
         * Sets the listener told about each retry (default: none).
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(RetryListener listener) {
            this.listener = listener;
            return this;
        }

        /**
         * Builds the executor.
         *
         * @return the executor
         */
        public RetryExecutor build() {
            return new RetryExecutor(policy, sleeper, random == null ? new ThreadLocalRandomSource() : random, listener);
        }
    }

    /** Delegates to the calling thread's {@link java.util.concurrent.ThreadLocalRandom}, which must not be shared. */
    private static final class ThreadLocalRandomSource implements RandomGenerator {
        @Override
        public long nextLong() {
            return java.util.concurrent.ThreadLocalRandom.current().nextLong();
        }

        @Override
        public double nextDouble() {
            return java.util.concurrent.ThreadLocalRandom.current().nextDouble();
        }
    }
}
