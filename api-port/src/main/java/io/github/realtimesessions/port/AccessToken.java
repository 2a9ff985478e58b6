package io.github.realtimesessions.port;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A bearer token and when it expires, as a {@link TokenSource} returns it. {@link #toString()} never shows the token.
 *
 * @param token the token, sent as {@code Authorization: Bearer <token>}
 * @param expiresAt when the token expires, or {@code null} when unknown (then it is used until the server refuses it)
 */
public record AccessToken(String token, Instant expiresAt) {

    /**
     * Creates a token.
     *
     * @throws NullPointerException if {@code token} is {@code null}
     */
    public AccessToken {
        Objects.requireNonNull(token, "token must not be null");
    }

    /**
     * Tells whether the token is still good for a while at the clock's time.
     *
     * @param clock the clock
     * @param margin how long it must stay valid
     * @return {@code true} when it does not expire within the margin (or its expiry is unknown)
     */
    public boolean isValidFor(Clock clock, Duration margin) {
        return expiresAt == null || clock.instant().plus(margin).isBefore(expiresAt);
    }

    /** Never shows the token. */
    @Override
    public String toString() {
        return "AccessToken[<redacted>, expiresAt=" + expiresAt + "]";
    }
}
