package io.github.realtimesessions.spring;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link PrincipalRateLimiter} that counts in this JVM: at most {@code maxRequests} per principal in any window of
 * {@code window} (a sliding log, so that a burst at a window's edge cannot double the rate). A denied request is told
 * to retry when its oldest counted request leaves the window. Denied requests do not count.
 *
 * <p>Memory is bounded by the principals active within one window: principals idle for a whole window are dropped.
 * With several instances of the application each counts on its own; plug a shared limiter in for a global limit.
 * Thread-safe.
 */
public final class InMemoryPrincipalRateLimiter implements PrincipalRateLimiter {

    private static final int SWEEP_EVERY = 1024;

    private final int maxRequests;
    private final long windowNanos;
    private final Clock clock;
    private final Map<String, ArrayDeque<Long>> logs = new ConcurrentHashMap<>();
    private final AtomicInteger untilSweep = new AtomicInteger(SWEEP_EVERY);

    /**
     * Creates a limiter.
     *
     * @param maxRequests requests allowed per principal and window, at least 1
     * @param window the window, positive
     * @param clock the clock windows are measured on
     * @throws IllegalArgumentException if {@code maxRequests} or {@code window} is out of range
     */
    public InMemoryPrincipalRateLimiter(int maxRequests, Duration window, Clock clock) {
        if (maxRequests < 1) {
            throw new IllegalArgumentException("maxRequests must be at least 1 (was " + maxRequests + ")");
        }
        Objects.requireNonNull(window, "window");
        if (window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("window must be positive (was " + window + ")");
        }
        this.maxRequests = maxRequests;
        this.windowNanos = window.toNanos();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Decision tryAcquire(String key) {
        Objects.requireNonNull(key, "key");
        long now = nanos();
        Decision[] decision = new Decision[1];
        logs.compute(key, (k, log) -> {
            ArrayDeque<Long> times = log == null ? new ArrayDeque<>(Math.min(maxRequests, 16)) : log;
            while (!times.isEmpty() && now - times.peekFirst() >= windowNanos) {
                times.pollFirst();
            }
            if (times.size() < maxRequests) {
                times.addLast(now);
                decision[0] = Decision.allow();
            } else {
                long wait = times.peekFirst() + windowNanos - now;
                decision[0] = Decision.deny(Duration.ofNanos(Math.max(wait, 0)));
            }
            return times;
        });
        if (untilSweep.decrementAndGet() <= 0) {
            untilSweep.set(SWEEP_EVERY);
            sweep(now);
        }
        return decision[0];
    }

    /**
     * Returns how many principals are being counted now.
     *
     * @return the number of principals with a request in the current window (or not yet swept)
     */
    public int trackedPrincipals() {
        return logs.size();
    }

    /** Names the limit. */
    @Override
    public String toString() {
        return "InMemoryPrincipalRateLimiter[" + maxRequests + " per " + Duration.ofNanos(windowNanos) + "]";
    }

    private void sweep(long now) {
        for (String key : logs.keySet()) {
            logs.computeIfPresent(key, (k, times) -> {
                Long newest = times.peekLast();
                return newest == null || now - newest >= windowNanos ? null : times;
            });
        }
    }

    private long nanos() {
        java.time.Instant instant = clock.instant();
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }
}
