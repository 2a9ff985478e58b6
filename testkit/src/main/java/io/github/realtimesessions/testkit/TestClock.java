package io.github.realtimesessions.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it, to check expiry without waiting: hand it to
 * {@link InMemorySessionCreator.Builder#clock(Clock)} and to your own code, then {@link #advance(Duration)}.
 * Thread-safe; the zone is UTC.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;

    private TestClock(Instant start) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    }

    /**
     * Returns a clock standing at the given instant.
     *
     * @param start the time to show until moved
     * @return a new clock
     */
    public static TestClock at(Instant start) {
        return new TestClock(start);
    }

    /**
     * Returns a clock standing at the current system time, in whole seconds (as the API's timestamps are).
     *
     * @return a new clock
     */
    public static TestClock atSystemTime() {
        return new TestClock(Instant.ofEpochSecond(Instant.now().getEpochSecond()));
    }

    /**
     * Moves the clock forward.
     *
     * @param duration how far, not negative
     * @return this clock
     * @throws IllegalArgumentException if the duration is negative
     */
    public TestClock advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a clock only moves forward (was " + duration + ")");
        }
        now.updateAndGet(instant -> instant.plus(duration));
        return this;
    }

    /**
     * Sets the clock to an instant, forward or back.
     *
     * @param instant the new time
     * @return this clock
     */
    public TestClock set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
        return this;
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /**
     * Returns a view of this clock in another zone: it shows the same instant and moves with this clock.
     *
     * @param zone the zone
     * @return the view
     */
    @Override
    public Clock withZone(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        TestClock source = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }

            @Override
            public Instant instant() {
                return source.instant();
            }
        };
    }

    @Override
    public String toString() {
        return "TestClock[" + now.get() + "]";
    }
}
