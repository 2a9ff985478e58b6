package io.github.realtimesessions.model;

import java.util.Objects;

/**
 * How long the minted client secret lives (JSON {@code client_secret.expires_after}).
 *
 * @param anchor the point the lifetime counts from; required by the API, only {@link ExpiryAnchor#CREATED_AT} exists
 * @param seconds the lifetime in seconds, 10 to 7200; {@code null} keeps the API's default of 600
 */
public record ExpiresAfter(ExpiryAnchor anchor, Integer seconds) {

    /** The API's default lifetime of a client secret, in seconds. */
    public static final int DEFAULT_SECONDS = 600;

    /**
     * Creates an expiry.
     *
     * @throws NullPointerException if {@code anchor} is {@code null}
     */
    public ExpiresAfter {
        Objects.requireNonNull(anchor, "client_secret.expires_after.anchor must not be null");
    }

    /**
     * Returns an expiry of the given number of seconds after creation.
     *
     * @param seconds the lifetime, 10 to 7200 (checked when the request is built)
     * @return the expiry
     */
    public static ExpiresAfter seconds(int seconds) {
        return new ExpiresAfter(ExpiryAnchor.CREATED_AT, seconds);
    }
}
