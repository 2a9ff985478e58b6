package io.github.realtimesessions.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The ephemeral key the API mints for a session (JSON {@code client_secret}): hand {@link #value()} to the browser or
 * phone that connects to the Realtime API, never the API key.
 *
 * <p>{@link #toString()} never shows the value, so a secret cannot leak through logging or exception messages by
 * accident.
 *
 * @param value the ephemeral key, usually starting with {@code ek_}
 * @param expiresAt when the key stops working (JSON {@code expires_at}, Unix seconds)
 */
public record ClientSecret(String value, Instant expiresAt) {

    /**
     * Creates a client secret.
     *
     * @throws NullPointerException if a component is {@code null}
     */
    public ClientSecret {
        Objects.requireNonNull(value, "client_secret.value must not be null");
        Objects.requireNonNull(expiresAt, "client_secret.expires_at must not be null");
    }

    /**
     * Tells whether the key has expired at the clock's current time.
     *
     * @param clock the clock to read
     * @return {@code true} once the clock reaches {@link #expiresAt()}
     */
    public boolean isExpired(Clock clock) {
        return !clock.instant().isBefore(expiresAt);
    }

    /**
     * Returns how long the key stays valid at the clock's current time.
     *
     * @param clock the clock to read
     * @return the time left, {@link Duration#ZERO} once expired
     */
    public Duration remaining(Clock clock) {
        Duration left = Duration.between(clock.instant(), expiresAt);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Returns a description with the value redacted. */
    @Override
    public String toString() {
        return "ClientSecret[value=<redacted>, expiresAt=" + expiresAt + "]";
    }
}
