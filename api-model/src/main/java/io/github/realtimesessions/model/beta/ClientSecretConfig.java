package io.github.realtimesessions.model.beta;

import io.github.realtimesessions.model.ExpiresAfter;

/**
 * Options for the client secret of a beta session (JSON {@code client_secret} of the request): its lifetime.
 *
 * @param expiresAfter the secret's lifetime ({@code client_secret.expires_after}); the beta API requires its
 *     {@code anchor}; {@code null} leaves the lifetime to the API
 */
public record ClientSecretConfig(ExpiresAfter expiresAfter) {

    /**
     * Returns a lifetime counted from the secret's creation.
     *
     * @param seconds 10 to 7200, checked when the request is built
     * @return the options
     */
    public static ClientSecretConfig expiresAfterSeconds(int seconds) {
        return new ClientSecretConfig(ExpiresAfter.seconds(seconds));
    }
}
