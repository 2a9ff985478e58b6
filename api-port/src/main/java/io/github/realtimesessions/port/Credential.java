package io.github.realtimesessions.port;

import io.github.realtimesessions.port.internal.HeaderRules;
import java.time.Duration;
import java.util.Objects;

/**
 * How requests are authorized; one of three kinds, used by every transport alike:
 * <ul>
 *   <li>{@link #apiKey(String)}: an OpenAI API key, sent as {@code Authorization: Bearer <key>};</li>
 *   <li>{@link #azureApiKey(String)}: an Azure OpenAI key, sent as {@code api-key: <key>};</li>
 *   <li>{@link #bearerTokens(TokenSource)}: short-lived tokens from a {@link TokenSource} (Microsoft Entra ID, or a
 *       gateway that issues its own), sent as {@code Authorization: Bearer <token>}. The library asks the source for a
 *       token when it needs one, keeps it until {@linkplain BearerTokens#refreshMargin() shortly before} it expires,
 *       asks one thread at a time, and asks once more when the server answers 401 to a cached token: if the fresh
 *       token is refused too, the call fails with {@link AuthenticationException}.</li>
 * </ul>
 * Keys must be visible ASCII (they go into a header); anything else is refused here, before anything is sent. A
 * credential's {@code toString()} never shows the secret, and the library redacts it, by its exact value, from every
 * message and log line.
 */
public sealed interface Credential permits Credential.ApiKey, Credential.AzureApiKey, Credential.BearerTokens {

    /** How long before a token's expiry the library asks for a new one, unless told otherwise: 2 minutes. */
    Duration DEFAULT_REFRESH_MARGIN = Duration.ofMinutes(2);

    /**
     * Returns an OpenAI API key credential.
     *
     * @param key the key, e.g. {@code sk-...}
     * @return the credential
     * @throws NullPointerException if {@code key} is {@code null}
     * @throws IllegalArgumentException if the key is blank or has a character that cannot go into an HTTP header
     */
    static ApiKey apiKey(String key) {
        return new ApiKey(key);
    }

    /**
     * Returns an Azure OpenAI API key credential, sent as the {@code api-key} header.
     *
     * @param key the resource's key
     * @return the credential
     * @throws NullPointerException if {@code key} is {@code null}
     * @throws IllegalArgumentException if the key is blank or has a character that cannot go into an HTTP header
     */
    static AzureApiKey azureApiKey(String key) {
        return new AzureApiKey(key);
    }

    /**
     * Returns a credential that sends short-lived bearer tokens from a source.
     *
     * @param source supplies tokens; called from any thread, one call at a time
     * @return the credential
     */
    static BearerTokens bearerTokens(TokenSource source) {
        return new BearerTokens(source, DEFAULT_REFRESH_MARGIN);
    }

    /**
     * Returns the header the credential is sent in.
     *
     * @return {@code Authorization} or {@code api-key}
     */
    String headerName();

    /**
     * An OpenAI API key.
     *
     * @param key the key
     */
    record ApiKey(String key) implements Credential {

        /**
         * Creates the credential.
         *
         * @throws NullPointerException if {@code key} is {@code null}
         * @throws IllegalArgumentException if the key is blank or cannot go into a header
         */
        public ApiKey {
            checkKey(key, "API key");
        }

        @Override
        public String headerName() {
            return "Authorization";
        }

        /** Never shows the key. */
        @Override
        public String toString() {
            return "ApiKey[<redacted>]";
        }
    }

    /**
     * An Azure OpenAI API key, sent as {@code api-key}.
     *
     * @param key the key
     */
    record AzureApiKey(String key) implements Credential {

        /**
         * Creates the credential.
         *
         * @throws NullPointerException if {@code key} is {@code null}
         * @throws IllegalArgumentException if the key is blank or cannot go into a header
         */
        public AzureApiKey {
            checkKey(key, "Azure API key");
        }

        @Override
        public String headerName() {
            return "api-key";
        }

        /** Never shows the key. */
        @Override
        public String toString() {
            return "AzureApiKey[<redacted>]";
        }
    }

    /**
     * Short-lived bearer tokens from a {@link TokenSource}.
     *
     * @param source supplies the tokens
     * @param refreshMargin how long before a token's expiry a new one is fetched
     */
    record BearerTokens(TokenSource source, Duration refreshMargin) implements Credential {

        /**
         * Creates the credential.
         *
         * @throws NullPointerException if a component is {@code null}
         * @throws IllegalArgumentException if the margin is negative
         */
        public BearerTokens {
            Objects.requireNonNull(source, "token source must not be null");
            Objects.requireNonNull(refreshMargin, "refreshMargin must not be null");
            if (refreshMargin.isNegative()) {
                throw new IllegalArgumentException("refreshMargin must not be negative (was " + refreshMargin + ")");
            }
        }

        /**
         * Returns a copy with another refresh margin.
         *
         * @param margin how long before a token's expiry a new one is fetched
         * @return the changed credential
         */
        public BearerTokens withRefreshMargin(Duration margin) {
            return new BearerTokens(source, margin);
        }

        @Override
        public String headerName() {
            return "Authorization";
        }

        /** Names the source's type, never a token. */
        @Override
        public String toString() {
            return "BearerTokens[source=" + source.getClass().getName() + ", refreshMargin=" + refreshMargin + "]";
        }
    }

    /**
     * Checks a key; the messages never quote it.
     *
     * @param key the key
     * @param what names the key in the message
     */
    private static void checkKey(String key, String what) {
        Objects.requireNonNull(key, what + " must not be null");
        if (key.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        String problem = HeaderRules.secretProblem(key);
        if (problem != null) {
            throw new IllegalArgumentException(what + " " + problem);
        }
    }
}
