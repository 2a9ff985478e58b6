package io.github.realtimesessions.model;

/**
 * Options for the client secret the API mints (JSON {@code client_secret} of the request).
 *
 * @param expiresAfter the secret's lifetime, or {@code null} for the API's default
 */
public record ClientSecretConfig(ExpiresAfter expiresAfter) {

    /**
     * Returns options with a lifetime of the given number of seconds after creation.
     *
     * @param seconds the lifetime, 10 to 7200 (checked when the request is built)
     * @return the options
     */
    public static ClientSecretConfig expiresAfterSeconds(int seconds) {
        return new ClientSecretConfig(ExpiresAfter.seconds(seconds));
    }
}
