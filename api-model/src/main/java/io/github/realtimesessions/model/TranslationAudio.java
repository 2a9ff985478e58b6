package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.Checks;
import io.github.realtimesessions.model.internal.Schemas;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A translation session's audio configuration (JSON {@code session.audio}).
 */
public final class TranslationAudio {

    private final TranslationAudioInput input;
    private final TranslationAudioOutput output;
    private final Map<String, JsonValue> extraFields;

    private TranslationAudio(Builder builder) {
        this.input = builder.input;
        this.output = builder.output;
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
        builder.input = input;
        builder.output = output;
        builder.extraFields = extraFields.isEmpty() ? null : new LinkedHashMap<>(extraFields);
        return builder;
    }

    /**
     * Returns the input audio configuration (JSON {@code input}).
     *
     * @return the value, or {@code null} when not set
     */
    public TranslationAudioInput input() {
        return input;
    }

    /**
     * Returns the output audio configuration (JSON {@code output}).
     *
     * @return the value, or {@code null} when not set
     */
    public TranslationAudioOutput output() {
        return output;
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

    @Override
    public boolean equals(Object other) {
        return other instanceof TranslationAudio that && Schemas.TRANSLATION_AUDIO.equal(this, that);
    }

    @Override
    public int hashCode() {
        return Schemas.TRANSLATION_AUDIO.hash(this);
    }

    /** Returns the set fields; secrets are redacted and extra fields named only. */
    @Override
    public String toString() {
        return Schemas.TRANSLATION_AUDIO.describe(this);
    }

    /** Builds a {@link TranslationAudio}. Not thread-safe; the value it builds is immutable. */
    public static final class Builder {

        private TranslationAudioInput input;
        private TranslationAudioOutput output;
        private Map<String, JsonValue> extraFields;

        private Builder() {}

        /**
         * Sets the input audio configuration (JSON {@code input}).
         *
         * @param input the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder input(TranslationAudioInput input) {
            this.input = input;
            return this;
        }

        /**
         * Sets the output audio configuration (JSON {@code output}).
         *
         * @param output the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder output(TranslationAudioOutput output) {
            this.output = output;
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
        public TranslationAudio build() {
            return new TranslationAudio(this);
        }
    }
}
