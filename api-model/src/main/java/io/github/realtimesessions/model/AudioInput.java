package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.Checks;
import io.github.realtimesessions.model.internal.Schemas;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The input side of a session's audio (JSON {@code audio.input}): format, transcription, noise reduction and turn
 * detection.
 */
public final class AudioInput {

    private final AudioFormat format;
    private final Setting<AudioTranscription> transcription;
    private final Setting<NoiseReduction> noiseReduction;
    private final Setting<TurnDetection> turnDetection;
    private final Map<String, JsonValue> extraFields;

    private AudioInput(Builder builder) {
        this.format = builder.format;
        this.transcription = builder.transcription;
        this.noiseReduction = builder.noiseReduction;
        this.turnDetection = builder.turnDetection;
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
        builder.transcription = transcription;
        builder.noiseReduction = noiseReduction;
        builder.turnDetection = turnDetection;
        builder.extraFields = extraFields.isEmpty() ? null : new LinkedHashMap<>(extraFields);
        return builder;
    }

    /**
     * Returns the format of input audio (JSON {@code format}).
     *
     * @return the value, or {@code null} when not set
     */
    public AudioFormat format() {
        return format;
    }

    /**
     * Returns Transcription of input audio (JSON {@code transcription}).
     *
     * @return the value, or {@code null} when not set or switched off; see {@link #transcriptionSetting()}
     */
    public AudioTranscription transcription() {
        return transcription == null ? null : transcription.valueOrNull();
    }

    /**
     * Returns Transcription of input audio with its three states (JSON {@code transcription}).
     *
     * @return {@code null} when not set, {@link Setting#disabled()} when switched off (JSON {@code null}),
     *     else the enabled value
     */
    public Setting<AudioTranscription> transcriptionSetting() {
        return transcription;
    }

    /**
     * Returns Noise reduction of input audio (JSON {@code noise_reduction}).
     *
     * @return the value, or {@code null} when not set or switched off; see {@link #noiseReductionSetting()}
     */
    public NoiseReduction noiseReduction() {
        return noiseReduction == null ? null : noiseReduction.valueOrNull();
    }

    /**
     * Returns Noise reduction of input audio with its three states (JSON {@code noise_reduction}).
     *
     * @return {@code null} when not set, {@link Setting#disabled()} when switched off (JSON {@code null}),
     *     else the enabled value
     */
    public Setting<NoiseReduction> noiseReductionSetting() {
        return noiseReduction;
    }

    /**
     * Returns Turn detection; switched off, the client must ask for each response itself (JSON {@code turn_detection}).
     *
     * @return the value, or {@code null} when not set or switched off; see {@link #turnDetectionSetting()}
     */
    public TurnDetection turnDetection() {
        return turnDetection == null ? null : turnDetection.valueOrNull();
    }

    /**
     * Returns Turn detection; switched off, the client must ask for each response itself with its three states (JSON {@code turn_detection}).
     *
     * @return {@code null} when not set, {@link Setting#disabled()} when switched off (JSON {@code null}),
     *     else the enabled value
     */
    public Setting<TurnDetection> turnDetectionSetting() {
        return turnDetection;
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
        return other instanceof AudioInput that && Schemas.AUDIO_INPUT.equal(this, that);
    }

    @Override
    public int hashCode() {
        return Schemas.AUDIO_INPUT.hash(this);
    }

    /** Returns the set fields; secrets are redacted and extra fields named only. */
    @Override
    public String toString() {
        return Schemas.AUDIO_INPUT.describe(this);
    }

    /** Builds a {@link AudioInput}. Not thread-safe; the value it builds is immutable. */
    public static final class Builder {

        private AudioFormat format;
        private Setting<AudioTranscription> transcription;
        private Setting<NoiseReduction> noiseReduction;
        private Setting<TurnDetection> turnDetection;
        private Map<String, JsonValue> extraFields;

        private Builder() {}

        /**
         * Sets the format of input audio (JSON {@code format}).
         *
         * @param format the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder format(AudioFormat format) {
            this.format = format;
            return this;
        }

        /**
         * Sets Transcription of input audio (JSON {@code transcription}).
         *
         * @param transcription the value, or {@code null} to leave the field out; {@link #disableTranscription()} sends
         *     JSON {@code null}
         * @return this builder
         */
        public Builder transcription(AudioTranscription transcription) {
            this.transcription = transcription == null ? null : Setting.enabled(transcription);
            return this;
        }

        /**
         * Switches Transcription of input audio off: sends JSON {@code null} (JSON {@code transcription}).
         *
         * @return this builder
         */
        public Builder disableTranscription() {
            this.transcription = Setting.disabled();
            return this;
        }

        /**
         * Sets Transcription of input audio with its three states (JSON {@code transcription}).
         *
         * @param transcription {@code null} to leave the field out, {@link Setting#disabled()} for JSON {@code null}, or an
         *     enabled value
         * @return this builder
         */
        public Builder transcriptionSetting(Setting<AudioTranscription> transcription) {
            this.transcription = transcription;
            return this;
        }

        /**
         * Sets Noise reduction of input audio (JSON {@code noise_reduction}).
         *
         * @param noiseReduction the value, or {@code null} to leave the field out; {@link #disableNoiseReduction()} sends
         *     JSON {@code null}
         * @return this builder
         */
        public Builder noiseReduction(NoiseReduction noiseReduction) {
            this.noiseReduction = noiseReduction == null ? null : Setting.enabled(noiseReduction);
            return this;
        }

        /**
         * Switches Noise reduction of input audio off: sends JSON {@code null} (JSON {@code noise_reduction}).
         *
         * @return this builder
         */
        public Builder disableNoiseReduction() {
            this.noiseReduction = Setting.disabled();
            return this;
        }

        /**
         * Sets Noise reduction of input audio with its three states (JSON {@code noise_reduction}).
         *
         * @param noiseReduction {@code null} to leave the field out, {@link Setting#disabled()} for JSON {@code null}, or an
         *     enabled value
         * @return this builder
         */
        public Builder noiseReductionSetting(Setting<NoiseReduction> noiseReduction) {
            this.noiseReduction = noiseReduction;
            return this;
        }

        /**
         * Sets Turn detection; switched off, the client must ask for each response itself (JSON {@code turn_detection}).
         *
         * @param turnDetection the value, or {@code null} to leave the field out; {@link #disableTurnDetection()} sends
         *     JSON {@code null}
         * @return this builder
         */
        public Builder turnDetection(TurnDetection turnDetection) {
            this.turnDetection = turnDetection == null ? null : Setting.enabled(turnDetection);
            return this;
        }

        /**
         * Switches Turn detection; switched off, the client must ask for each response itself off: sends JSON {@code null} (JSON {@code turn_detection}).
         *
         * @return this builder
         */
        public Builder disableTurnDetection() {
            this.turnDetection = Setting.disabled();
            return this;
        }

        /**
         * Sets Turn detection; switched off, the client must ask for each response itself with its three states (JSON {@code turn_detection}).
         *
         * @param turnDetection {@code null} to leave the field out, {@link Setting#disabled()} for JSON {@code null}, or an
         *     enabled value
         * @return this builder
         */
        public Builder turnDetectionSetting(Setting<TurnDetection> turnDetection) {
            this.turnDetection = turnDetection;
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
        public AudioInput build() {
            return new AudioInput(this);
        }
    }
}
