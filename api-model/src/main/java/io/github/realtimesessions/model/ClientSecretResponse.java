package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.Checks;
import io.github.realtimesessions.model.internal.Schemas;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The answer of {@code POST /v1/realtime/client_secrets}: the ephemeral secret ({@link #clientSecret()}: hand its
 * value to the client, never your API key), and the session the server configured ({@link #session()}, a
 * {@link RealtimeSession} or a {@link TranscriptionSession}).
 *
 * <p>{@link #toString()} never shows the secret's value.
 */
public final class ClientSecretResponse {

    private final String value;
    private final Instant expiresAt;
    private final Session session;
    private final Map<String, JsonValue> extraFields;

    private ClientSecretResponse(Builder builder) {
        this.value = builder.value;
        this.expiresAt = builder.expiresAt;
        this.session = builder.session;
        this.extraFields = Checks.extras(builder.extraFields);
        this.metadata = builder.metadata;
        if (value == null || expiresAt == null) {
            throw new IllegalStateException("a client secret answer needs value and expires_at");
        }
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this value, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.value = value;
        builder.expiresAt = expiresAt;
        builder.session = session;
        builder.extraFields = extraFields.isEmpty() ? null : new LinkedHashMap<>(extraFields);
        builder.metadata = metadata;
        return builder;
    }

    /**
     * Returns the secret's value, e.g. {@code ek_...}; prefer {@link #clientSecret()} (JSON {@code value}).
     *
     * @return the value, or {@code null} when not set
     */
    public String value() {
        return value;
    }

    /**
     * Returns When the secret expires; prefer {@link #clientSecret()} (JSON {@code expires_at}).
     *
     * @return the value, or {@code null} when not set
     */
    public Instant expiresAt() {
        return expiresAt;
    }

    /**
     * Returns the session the secret is for (JSON {@code session}).
     *
     * @return the value, or {@code null} when not set
     */
    public Session session() {
        return session;
    }

    /**
     * Returns the JSON members the library does not model: on a request, fields sent as they are (the escape
     * hatch for parameters newer than this library); on a response, fields the server sent that this version
     * does not know, or known fields whose value had an unexpected type.
     *
     * @return an unmodifiable, order-keeping map, empty when there are none
     */
    public Map<String, JsonValue> extraFields() {
        return extraFields;
    }

    private final ResponseMetadata metadata;

    /**
     * Returns the ephemeral secret to hand to the client, with its expiry. {@link ClientSecret#toString()} never shows
     * the value.
     *
     * @return the secret
     */
    public ClientSecret clientSecret() {
        return new ClientSecret(value, expiresAt);
    }

    /**
     * Returns what the HTTP answer said besides its body: status, {@code x-request-id}, headers. Not part of
     * {@link #equals(Object)}.
     *
     * @return the metadata, {@link ResponseMetadata#NONE} for an answer built in code
     */
    public ResponseMetadata metadata() {
        return metadata;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClientSecretResponse that && Schemas.CLIENT_SECRET_RESPONSE.equal(this, that);
    }

    @Override
    public int hashCode() {
        return Schemas.CLIENT_SECRET_RESPONSE.hash(this);
    }

    /** Returns the set fields; secrets are redacted and extra fields named only. */
    @Override
    public String toString() {
        return Schemas.CLIENT_SECRET_RESPONSE.describe(this);
    }

    /** Builds a {@link ClientSecretResponse}. Not thread-safe; the value it builds is immutable. */
    public static final class Builder {

        private String value;
        private Instant expiresAt;
        private Session session;
        private Map<String, JsonValue> extraFields;

        private Builder() {}

        /**
         * Sets the secret's value, e.g. {@code ek_...}; prefer {@link #clientSecret()} (JSON {@code value}).
         *
         * @param value the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder value(String value) {
            this.value = value;
            return this;
        }

        /**
         * Sets When the secret expires; prefer {@link #clientSecret()} (JSON {@code expires_at}).
         *
         * @param expiresAt the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /**
         * Sets the session the secret is for (JSON {@code session}).
         *
         * @param session the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder session(Session session) {
            this.session = session;
            return this;
        }

        /**
         * Adds a JSON member the library does not model, sent as it is: the escape hatch for a parameter newer
         * than this library. A member of the same name replaces an earlier one, and replaces a modelled field of
         * that name on the wire (prefer the typed setter where there is one: only it is validated).
         *
         * @param name the member name, not blank
         * @param value the value; {@link JsonValue#nullValue()} sends JSON {@code null}
         * @return this builder
         */
        public Builder extraField(String name, JsonValue value) {
            this.extraFields = Checks.putExtra(extraFields, name, value);
            return this;
        }

        /**
         * Adds a JSON member the library does not model, given as JSON text, which is checked here.
         *
         * @param name the member name, not blank
         * @param json the value as JSON text, e.g. {@code "{\"mode\":\"fast\"}"} or {@code "42"}
         * @return this builder
         * @throws IllegalArgumentException if {@code json} is not valid JSON, naming line and column
         */
        public Builder extraFieldJson(String name, String json) {
            return extraField(name, JsonValue.parse(json));
        }

        private ResponseMetadata metadata = ResponseMetadata.NONE;

        /**
         * Sets the secret, value and expiry together.
         *
         * @param clientSecret the secret
         * @return this builder
         */
        public Builder clientSecret(ClientSecret clientSecret) {
            Objects.requireNonNull(clientSecret, "clientSecret must not be null");
            return value(clientSecret.value()).expiresAt(clientSecret.expiresAt());
        }

        /**
         * Sets what the HTTP answer said besides its body.
         *
         * @param metadata the metadata
         * @return this builder
         */
        public Builder metadata(ResponseMetadata metadata) {
            this.metadata = Objects.requireNonNull(metadata, "metadata must not be null");
            return this;
        }

        /**
         * Builds the value.
         *
         * @return the value
         */
        public ClientSecretResponse build() {
            return new ClientSecretResponse(this);
        }
    }
}
