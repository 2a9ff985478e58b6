package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.Checks;
import io.github.realtimesessions.model.internal.Schemas;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The encoding of input or output audio (JSON {@code audio.input.format}, {@code audio.output.format}): 16-bit PCM at
 * 24 kHz ({@link #PCM_24KHZ}, the API's default), G.711 &mu;-law ({@link #PCMU}) or A-law ({@link #PCMA}).
 *
 * <p>The API describes a format as an object ({@code {"type":"audio/pcm","rate":24000}}). When a server answers with a
 * beta-style string instead ({@code "pcm16"}, {@code "g711_ulaw"}, {@code "g711_alaw"}, as one spec example does), it
 * reads as the matching format.
 */
public final class AudioFormat {

    private final AudioFormatType type;
    private final Integer rate;
    private final Map<String, JsonValue> extraFields;

    private AudioFormat(Builder builder) {
        this.type = builder.type;
        this.rate = builder.rate;
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
        builder.rate = rate;
        builder.extraFields = extraFields.isEmpty() ? null : new LinkedHashMap<>(extraFields);
        return builder;
    }

    /**
     * Returns the encoding (JSON {@code type}).
     *
     * @return the value, or {@code null} when not set
     */
    public AudioFormatType type() {
        return type;
    }

    /**
     * Returns the sample rate in Hz; the API accepts 24000 only, for {@code audio/pcm} (JSON {@code rate}).
     *
     * @return the value, or {@code null} when not set
     */
    public Integer rate() {
        return rate;
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

    /** 16-bit PCM at 24 kHz, {@code {"type":"audio/pcm","rate":24000}}: the API's default. */
    public static final AudioFormat PCM_24KHZ = builder().type(AudioFormatType.PCM).rate(24_000).build();

    /** G.711 &mu;-law, {@code {"type":"audio/pcmu"}}: 8 kHz telephony audio. */
    public static final AudioFormat PCMU = builder().type(AudioFormatType.PCMU).build();

    /** G.711 A-law, {@code {"type":"audio/pcma"}}: 8 kHz telephony audio. */
    public static final AudioFormat PCMA = builder().type(AudioFormatType.PCMA).build();

    @Override
    public boolean equals(Object other) {
        return other instanceof AudioFormat that && Schemas.AUDIO_FORMAT.equal(this, that);
    }

    @Override
    public int hashCode() {
        return Schemas.AUDIO_FORMAT.hash(this);
    }

    /** Returns the set fields; secrets are redacted and extra fields named only. */
    @Override
    public String toString() {
        return Schemas.AUDIO_FORMAT.describe(this);
    }

    /** Builds a {@link AudioFormat}. Not thread-safe; the value it builds is immutable. */
    public static final class Builder {

        private AudioFormatType type;
        private Integer rate;
        private Map<String, JsonValue> extraFields;

        private Builder() {}

        /**
         * Sets the encoding (JSON {@code type}).
         *
         * @param type the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder type(AudioFormatType type) {
            this.type = type;
            return this;
        }

        /**
         * Sets the sample rate in Hz; the API accepts 24000 only, for {@code audio/pcm} (JSON {@code rate}).
         *
         * @param rate the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder rate(Integer rate) {
            this.rate = rate;
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
        public AudioFormat build() {
            return new AudioFormat(this);
        }
    }
}
