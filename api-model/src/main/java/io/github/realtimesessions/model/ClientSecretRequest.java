package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.Checks;
import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.model.internal.Violations;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The request of {@code POST /v1/realtime/client_secrets}: mint an ephemeral client secret ({@code ek_...}) for a
 * Realtime or a transcription session, to hand to the browser or phone that connects.
 *
 * <pre>{@code
 * ClientSecretRequest request = ClientSecretRequest.builder()
 *         .expiresAfter(Duration.ofMinutes(10))
 *         .session(RealtimeSessionConfig.builder().model(RealtimeModel.GPT_REALTIME).voice(Voice.MARIN).build())
 *         .build();
 * }</pre>
 *
 * <p>{@code session} is required by this library (the API's behaviour without one is undocumented).
 */
public final class ClientSecretRequest {

    private final ExpiresAfter expiresAfter;
    private final SessionConfig session;
    private final Map<String, JsonValue> extraFields;

    private ClientSecretRequest(Builder builder) {
        this.expiresAfter = builder.expiresAfter;
        this.session = builder.session;
        this.extraFields = Checks.extras(builder.extraFields);
        this.safetyIdentifier = builder.safetyIdentifier;
        Violations violations = new Violations();
        Schemas.CLIENT_SECRET_REQUEST.validate(this, violations);
        violations.throwIfAny("client secret request");
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
        builder.expiresAfter = expiresAfter;
        builder.session = session;
        builder.extraFields = extraFields.isEmpty() ? null : new LinkedHashMap<>(extraFields);
        builder.safetyIdentifier = safetyIdentifier;
        return builder;
    }

    /**
     * Returns how long the secret stays valid (JSON {@code expires_after}).
     *
     * @return the value, or {@code null} when not set
     */
    public ExpiresAfter expiresAfter() {
        return expiresAfter;
    }

    /**
     * Returns the session the secret is for: a {@link RealtimeSessionConfig} or a {@link TranscriptionSessionConfig} (JSON {@code session}).
     *
     * @return the value, or {@code null} when not set
     */
    public SessionConfig session() {
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

    private final String safetyIdentifier;

    /**
     * Returns the {@code OpenAI-Safety-Identifier} header sent with this call (not part of the JSON body).
     *
     * @return the identifier, or {@code null} for none
     */
    public String safetyIdentifier() {
        return safetyIdentifier;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClientSecretRequest that && Schemas.CLIENT_SECRET_REQUEST.equal(this, that)
                && Objects.equals(safetyIdentifier, that.safetyIdentifier);
    }

    @Override
    public int hashCode() {
        return 31 * Schemas.CLIENT_SECRET_REQUEST.hash(this) + Objects.hashCode(safetyIdentifier);
    }

    /** Returns the set fields; secrets are redacted and extra fields named only. */
    @Override
    public String toString() {
        return Schemas.CLIENT_SECRET_REQUEST.describe(this);
    }

    /** Builds a {@link ClientSecretRequest}. Not thread-safe; the value it builds is immutable. */
    public static final class Builder {

        private ExpiresAfter expiresAfter;
        private SessionConfig session;
        private Map<String, JsonValue> extraFields;

        private Builder() {}

        /**
         * Sets how long the secret stays valid (JSON {@code expires_after}).
         *
         * @param expiresAfter the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder expiresAfter(ExpiresAfter expiresAfter) {
            this.expiresAfter = expiresAfter;
            return this;
        }

        /**
         * Sets the session the secret is for: a {@link RealtimeSessionConfig} or a {@link TranscriptionSessionConfig} (JSON {@code session}).
         *
         * @param session the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder session(SessionConfig session) {
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

        private String safetyIdentifier;

        /**
         * Sets the {@code OpenAI-Safety-Identifier} header of this call: a stable id of the end user the secret is minted
         * for, which binds it to the session so that OpenAI can act on abuse by one user without blocking your whole
         * organization. Send a hash of the user name or e-mail address, never the address itself. A per-call header, not
         * part of the JSON body.
         *
         * @param safetyIdentifier printable ASCII, not blank, at most 512 characters; {@code null} for none
         * @return this builder
         */
        public Builder safetyIdentifier(String safetyIdentifier) {
            this.safetyIdentifier = safetyIdentifier;
            return this;
        }

        /**
         * Sets how long the secret stays valid, counted from its creation (JSON {@code expires_after}).
         *
         * @param lifetime whole seconds from 10 s to 2 h; the API's default is 10 minutes
         * @return this builder
         */
        public Builder expiresAfter(java.time.Duration lifetime) {
            return expiresAfter(ExpiresAfter.of(lifetime));
        }

        /**
         * Builds the value.
         *
         * @return the value
         * @throws io.github.realtimesessions.model.InvalidRequestException if a field breaks a rule of the API,
         *     naming every broken rule by its JSON path
         */
        public ClientSecretRequest build() {
            return new ClientSecretRequest(this);
        }
    }
}
