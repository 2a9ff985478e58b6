package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.Checks;
import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.model.internal.Violations;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configuration of a transcription session (JSON {@code session} with {@code "type":"transcription"}): audio in,
 * transcripts out, no model answers. The transcription model goes in {@code audio.input.transcription.model}; a
 * transcription session has no top-level {@code model}, no output audio, instructions or tools.
 */
public final class TranscriptionSessionConfig implements SessionConfig {

    private final Audio audio;
    private final List<IncludeOption> include;
    private final Map<String, JsonValue> extraFields;

    private TranscriptionSessionConfig(Builder builder) {
        this.audio = builder.audio;
        this.include = Checks.listOrNull(builder.include, "include");
        this.extraFields = Checks.extras(builder.extraFields);
        Violations violations = new Violations();
        Schemas.TRANSCRIPTION_SESSION_CONFIG.validate(this, violations);
        violations.throwIfAny("transcription session configuration");
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
        builder.audio = audio;
        builder.include = Checks.mutableCopy(include);
        builder.extraFields = extraFields.isEmpty() ? null : new LinkedHashMap<>(extraFields);
        return builder;
    }

    /**
     * Returns the audio configuration; input only (JSON {@code audio}).
     *
     * @return the value, or {@code null} when not set
     */
    public Audio audio() {
        return audio;
    }

    /**
     * Returns Extra data the server includes in its events (JSON {@code include}).
     *
     * @return an unmodifiable list, or {@code null} when not set
     */
    public List<IncludeOption> include() {
        return include;
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
     * Returns the session type, always {@code transcription}.
     *
     * @return {@code "transcription"}
     */
    @Override
    public String type() {
        return "transcription";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TranscriptionSessionConfig that && Schemas.TRANSCRIPTION_SESSION_CONFIG.equal(this, that);
    }

    @Override
    public int hashCode() {
        return Schemas.TRANSCRIPTION_SESSION_CONFIG.hash(this);
    }

    /** Returns the set fields; secrets are redacted and extra fields named only. */
    @Override
    public String toString() {
        return Schemas.TRANSCRIPTION_SESSION_CONFIG.describe(this);
    }

    /** Builds a {@link TranscriptionSessionConfig}. Not thread-safe; the value it builds is immutable. */
    public static final class Builder {

        private Audio audio;
        private List<IncludeOption> include;
        private Map<String, JsonValue> extraFields;

        private Builder() {}

        /**
         * Sets the audio configuration; input only (JSON {@code audio}).
         *
         * @param audio the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder audio(Audio audio) {
            this.audio = audio;
            return this;
        }

        /**
         * Sets Extra data the server includes in its events (JSON {@code include}).
         *
         * @param include the values, copied, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder include(List<? extends IncludeOption> include) {
            this.include = Checks.mutableCopy(include);
            return this;
        }

        /**
         * Sets Extra data the server includes in its events (JSON {@code include}).
         *
         * @param include the values
         * @return this builder
         */
        public Builder include(IncludeOption... include) {
            return include(Arrays.asList(include));
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
         * @throws io.github.realtimesessions.model.InvalidRequestException if a field breaks a rule of the API,
         *     naming every broken rule by its JSON path
         */
        public TranscriptionSessionConfig build() {
            return new TranscriptionSessionConfig(this);
        }
    }
}
