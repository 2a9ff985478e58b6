package io.github.realtimesessions.transport.apache;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/**
 * Waits for a state that no event announces (a connection the server sees closed, a connection handed back to a pool
 * on an I/O thread): polls every 10 ms up to a generous limit, and fails saying what it waited for. Where an event
 * exists, the tests wait on it instead (latches, futures, {@code takeRequest(timeout)}).
 */
final class Await {

    /** The default limit: far longer than any of the awaited states takes, so that only a real failure trips it. */
    static final Duration LIMIT = Duration.ofSeconds(10);

    private Await() {}

    /** Waits until the condition holds. */
    static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not within " + LIMIT + ": " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }

    /** Waits until the count is the expected one. */
    static void untilEquals(String what, int expected, IntSupplier count) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        int actual;
        while ((actual = count.getAsInt()) != expected) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(what + ": expected " + expected + " within " + LIMIT + " but was " + actual);
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }
}
