package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.Checks;
import io.github.realtimesessions.model.internal.Schemas;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A translation session as the API returns it (JSON {@code session} of a translation client secret answer).
 */
public final class TranslationSession {

    private final String id;
    private final Instant expiresAt;
    private final String model;
    private final TranslationAudio audio;
    private final Map<String, JsonValue> extraFields;

    private TranslationSession(Builder builder) {
        this.id = builder.id;
        this.expiresAt = builder.expiresAt;
        this.model = builder.model;
        this.audio = builder.audio;
        this.extraFields = Checks.extras(builder.extraFields);
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
        builder.id = id;
        builder.expiresAt = expiresAt;
        builder.model = model;
        builder.audio = audio;
        builder.extraFields = extraFields.isEmpty() ? null : new LinkedHashMap<>(extraFields);
        return builder;
    }

    /**
     * Returns the session id, e.g. {@code sess_...} (JSON {@code id}).
     *
     * @return the value, or {@code null} when not set
     */
    public String id() {
        return id;
    }

    /**
     * Returns When the session expires, {@code null} when the API sends {@code 0} (JSON {@code expires_at}).
     *
     * @return the value, or {@code null} when not set
     */
    public Instant expiresAt() {
        return expiresAt;
    }

    /**
     * Returns the translation model (JSON {@code model}).
     *
     * @return the value, or {@code null} when not set
     */
    public String model() {
        return model;
    }

    /**
     * Returns the audio configuration (JSON {@code audio}).
     *
     * @return the value, or {@code null} when not set
     */
    public TranslationAudio audio() {
        return audio;
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

    /**
     * Returns the session type, always {@code translation}.
     *
     * @return {@code "translation"}
     */
    public String type() {
        return "translation";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TranslationSession that && Schemas.TRANSLATION_SESSION.equal(this, that);
    }

    @Override
    public int hashCode() {
        return Schemas.TRANSLATION_SESSION.hash(this);
    }

    /** Returns the set fields; secrets are redacted and extra fields named only. */
    @Override
    public String toString() {
        return Schemas.TRANSLATION_SESSION.describe(this);
    }

    /** Builds a {@link TranslationSession}. Not thread-safe; the value it builds is immutable. */
    public static final class Builder {

        private String id;
        private Instant expiresAt;
        private String model;
        private TranslationAudio audio;
        private Map<String, JsonValue> extraFields;

        private Builder() {}

        /**
         * Sets the session id, e.g. {@code sess_...} (JSON {@code id}).
         *
         * @param id the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets When the session expires, {@code null} when the API sends {@code 0} (JSON {@code expires_at}).
         *
         * @param expiresAt the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /**
         * Sets the translation model (JSON {@code model}).
         *
         * @param model the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /**
         * Sets the audio configuration (JSON {@code audio}).
         *
         * @param audio the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder audio(TranslationAudio audio) {
            this.audio = audio;
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

        /**
         * Builds the value.
         *
         * @return the value
         */
        public TranslationSession build() {
            return new TranslationSession(this);
        }
    }
}
