package io.github.realtimesessions.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a client secret stays valid (JSON {@code expires_after}): {@code seconds} after the {@code anchor}. The API
 * accepts 10 to 7200 seconds and defaults to 600; a request checks the range when it is built.
 *
 * <p>The secret's lifetime bounds when a session can be <em>started</em> with it; a session once started may run
 * longer.
 *
 * @param anchor what the lifetime counts from; {@code null} leaves it to the API ({@code created_at})
 * @param seconds the lifetime in seconds; {@code null} leaves it to the API (600)
 */
public record ExpiresAfter(ExpiryAnchor anchor, Integer seconds) {

    /** The API's default lifetime of a client secret, in seconds. */
    public static final int DEFAULT_SECONDS = 600;

    /** The shortest lifetime the API accepts, in seconds. */
    public static final int MIN_SECONDS = 10;

    /** The longest lifetime the API accepts, in seconds (two hours). */
    public static final int MAX_SECONDS = 7200;

    /**
     * Returns a lifetime counted from the secret's creation.
     *
     * @param seconds the lifetime in seconds, 10 to 7200 for a request
     * @return the lifetime
     */
    public static ExpiresAfter seconds(int seconds) {
        return new ExpiresAfter(ExpiryAnchor.CREATED_AT, seconds);
    }

    /**
     * Returns a lifetime counted from the secret's creation.
     *
     * @param lifetime the lifetime, whole seconds from 10 s to 2 h for a request
     * @return the lifetime
     * @throws IllegalArgumentException if the lifetime has a fraction of a second or exceeds {@link Integer#MAX_VALUE}
     *     seconds
     */
    public static ExpiresAfter of(Duration lifetime) {
        Objects.requireNonNull(lifetime, "expires_after must not be null");
        if (lifetime.getNano() != 0) {
            throw new IllegalArgumentException("expires_after.seconds must be whole seconds (was " + lifetime + ")");
        }
        long seconds = lifetime.getSeconds();
        if (seconds > Integer.MAX_VALUE || seconds < Integer.MIN_VALUE) {
            throw new IllegalArgumentException("expires_after.seconds must be between " + MIN_SECONDS + " and "
                    + MAX_SECONDS + " (was " + seconds + ")");
        }
        return seconds((int) seconds);
    }
}
