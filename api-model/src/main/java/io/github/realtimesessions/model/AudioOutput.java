package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.Checks;
import io.github.realtimesessions.model.internal.Schemas;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The output side of a session's audio (JSON {@code audio.output}): format, voice and speed.
 */
public final class AudioOutput {

    private final AudioFormat format;
    private final Voice voice;
    private final Double speed;
    private final Map<String, JsonValue> extraFields;

    private AudioOutput(Builder builder) {
        this.format = builder.format;
        this.voice = builder.voice;
        this.speed = builder.speed;
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
        builder.format = format;
        builder.voice = voice;
        builder.speed = speed;
        builder.extraFields = extraFields.isEmpty() ? null : new LinkedHashMap<>(extraFields);
        return builder;
    }

    /**
     * Returns the format of output audio (JSON {@code format}).
     *
     * @return the value, or {@code null} when not set
     */
    public AudioFormat format() {
        return format;
    }

    /**
     * Returns the voice the model answers with; it cannot change once the model has answered with audio (JSON {@code voice}).
     *
     * @return the value, or {@code null} when not set
     */
    public Voice voice() {
        return voice;
    }

    /**
     * Returns the speed of spoken answers, 0.25 to 1.5 (the API's default is 1.0); it changes between turns only (JSON {@code speed}).
     *
     * @return the value, or {@code null} when not set
     */
    public Double speed() {
        return speed;
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
     * Returns output audio with a voice.
     *
     * @param voice the voice
     * @return the configuration
     */
    public static AudioOutput of(Voice voice) {
        return builder().voice(Objects.requireNonNull(voice, "voice must not be null")).build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AudioOutput that && Schemas.AUDIO_OUTPUT.equal(this, that);
    }

    @Override
    public int hashCode() {
        return Schemas.AUDIO_OUTPUT.hash(this);
    }

    /** Returns the set fields; secrets are redacted and extra fields named only. */
    @Override
    public String toString() {
        return Schemas.AUDIO_OUTPUT.describe(this);
    }

    /** Builds a {@link AudioOutput}. Not thread-safe; the value it builds is immutable. */
    public static final class Builder {

        private AudioFormat format;
        private Voice voice;
        private Double speed;
        private Map<String, JsonValue> extraFields;

        private Builder() {}

        /**
         * Sets the format of output audio (JSON {@code format}).
         *
         * @param format the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder format(AudioFormat format) {
            this.format = format;
            return this;
        }

        /**
         * Sets the voice the model answers with; it cannot change once the model has answered with audio (JSON {@code voice}).
         *
         * @param voice the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder voice(Voice voice) {
            this.voice = voice;
            return this;
        }

        /**
         * Sets the speed of spoken answers, 0.25 to 1.5 (the API's default is 1.0); it changes between turns only (JSON {@code speed}).
         *
         * @param speed the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder speed(Double speed) {
            this.speed = speed;
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
        public AudioOutput build() {
            return new AudioOutput(this);
        }
    }
}
