package io.github.realtimesessions.spring;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits how often one principal may mint a client secret or start a call. The default,
 * {@link InMemoryPrincipalRateLimiter}, counts in this JVM; a deployment of several instances plugs a shared one in
 * by declaring a bean of this type (see the package documentation for a Bucket4j-over-Redis example).
 *
 * <p>Called once per request, before anything is sent to the API, from any thread: implementations must be
 * thread-safe and quick. An exception thrown here fails the request with a {@code 500}, which is the safe side.
 */
@FunctionalInterface
public interface PrincipalRateLimiter {

    /**
     * Takes one request from a principal's budget, if there is one left.
     *
     * @param key who is asking: {@code principal:<name>} for an authenticated principal, {@code address:<ip>} for an
     *     anonymous request (when allowed)
     * @return whether the request may go ahead, and otherwise when to retry
     */
    Decision tryAcquire(String key);

    /**
     * A rate limiter's answer.
     *
     * @param allowed whether the request may go ahead
     * @param retryAfter when a denied request may be retried; {@link Duration#ZERO} when allowed
     */
    record Decision(boolean allowed, Duration retryAfter) {

        private static final Decision ALLOWED = new Decision(true, Duration.ZERO);

        /**
         * Creates a decision.
         *
         * @throws NullPointerException if {@code retryAfter} is {@code null}
         * @throws IllegalArgumentException if {@code retryAfter} is negative
         */
        public Decision {
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.isNegative()) {
                throw new IllegalArgumentException("retryAfter must not be negative (was " + retryAfter + ")");
            }
        }

        /**
         * Returns the decision that lets a request go ahead.
         *
         * @return the decision
         */
        public static Decision allow() {
            return ALLOWED;
        }

        /**
         * Returns the decision that refuses a request.
         *
         * @param retryAfter when the principal may try again
         * @return the decision
         */
        public static Decision deny(Duration retryAfter) {
            return new Decision(false, retryAfter);
        }
    }
}
