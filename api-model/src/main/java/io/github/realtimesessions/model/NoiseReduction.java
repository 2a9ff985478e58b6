package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.Checks;
import io.github.realtimesessions.model.internal.Schemas;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Noise reduction of input audio (JSON {@code audio.input.noise_reduction}): filters the audio before VAD and the
 * model hear it. Off by default; JSON {@code null} switches it off, so a request holds it as a {@link Setting}.
 */
public final class NoiseReduction {

    private final NoiseReductionType type;
    private final Map<String, JsonValue> extraFields;

    private NoiseReduction(Builder builder) {
        this.type = builder.type;
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
        builder.type = type;
        builder.extraFields = extraFields.isEmpty() ? null : new LinkedHashMap<>(extraFields);
        return builder;
    }

    /**
     * Returns the kind of noise reduction (JSON {@code type}).
     *
     * @return the value, or {@code null} when not set
     */
    public NoiseReductionType type() {
        return type;
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

    /** Noise reduction for close-talking microphones such as headsets. */
    public static final NoiseReduction NEAR_FIELD = of(NoiseReductionType.NEAR_FIELD);

    /** Noise reduction for laptop and conference-room microphones. */
    public static final NoiseReduction FAR_FIELD = of(NoiseReductionType.FAR_FIELD);

    /**
     * Returns noise reduction of a kind.
     *
     * @param type the kind
     * @return the configuration
     */
    public static NoiseReduction of(NoiseReductionType type) {
        return builder().type(Objects.requireNonNull(type, "noise_reduction.type must not be null")).build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoiseReduction that && Schemas.NOISE_REDUCTION.equal(this, that);
    }

    @Override
    public int hashCode() {
        return Schemas.NOISE_REDUCTION.hash(this);
    }

    /** Returns the set fields; secrets are redacted and extra fields named only. */
    @Override
    public String toString() {
        return Schemas.NOISE_REDUCTION.describe(this);
    }

    /** Builds a {@link NoiseReduction}. Not thread-safe; the value it builds is immutable. */
    public static final class Builder {

        private NoiseReductionType type;
        private Map<String, JsonValue> extraFields;

        private Builder() {}

        /**
         * Sets the kind of noise reduction (JSON {@code type}).
         *
         * @param type the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder type(NoiseReductionType type) {
            this.type = type;
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
        public NoiseReduction build() {
            return new NoiseReduction(this);
        }
    }
}
