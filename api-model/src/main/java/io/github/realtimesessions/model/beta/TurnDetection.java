package io.github.realtimesessions.model.beta;

import io.github.realtimesessions.model.Eagerness;
import io.github.realtimesessions.model.beta.internal.BetaSchemas;

/**
 * Turn detection of the retired beta interface (JSON {@code turn_detection}): one flat object whose {@code type} is
 * {@code server_vad} (the API's default) or {@code semantic_vad}. Build one with {@link #serverVad()} or
 * {@link #semanticVad()}; the GA interface uses {@link io.github.realtimesessions.model.TurnDetection} instead.
 */
public final class TurnDetection {

    private final TurnDetectionType type;
    private final Eagerness eagerness;
    private final Double threshold;
    private final Integer prefixPaddingMs;
    private final Integer silenceDurationMs;
    private final Boolean createResponse;
    private final Boolean interruptResponse;

    private TurnDetection(Builder builder) {
        this.type = builder.type;
        this.eagerness = builder.eagerness;
        this.threshold = builder.threshold;
        this.prefixPaddingMs = builder.prefixPaddingMs;
        this.silenceDurationMs = builder.silenceDurationMs;
        this.createResponse = builder.createResponse;
        this.interruptResponse = builder.interruptResponse;
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
        builder.eagerness = eagerness;
        builder.threshold = threshold;
        builder.prefixPaddingMs = prefixPaddingMs;
        builder.silenceDurationMs = silenceDurationMs;
        builder.createResponse = createResponse;
        builder.interruptResponse = interruptResponse;
        return builder;
    }

    /**
     * Returns the kind of turn detection; the API's default is {@code server_vad} (JSON {@code type}).
     *
     * @return the value, or {@code null} when not set
     */
    public TurnDetectionType type() {
        return type;
    }

    /**
     * Returns how eagerly semantic VAD answers, for {@code semantic_vad} only (JSON {@code eagerness}).
     *
     * @return the value, or {@code null} when not set
     */
    public Eagerness eagerness() {
        return eagerness;
    }

    /**
     * Returns the activation threshold, 0.0 to 1.0, for {@code server_vad} only (JSON {@code threshold}).
     *
     * @return the value, or {@code null} when not set
     */
    public Double threshold() {
        return threshold;
    }

    /**
     * Returns how much audio before detected speech is kept, in milliseconds, for {@code server_vad} only (JSON {@code prefix_padding_ms}).
     *
     * @return the value, or {@code null} when not set
     */
    public Integer prefixPaddingMs() {
        return prefixPaddingMs;
    }

    /**
     * Returns how long a silence ends speech, in milliseconds, for {@code server_vad} only (JSON {@code silence_duration_ms}).
     *
     * @return the value, or {@code null} when not set
     */
    public Integer silenceDurationMs() {
        return silenceDurationMs;
    }

    /**
     * Returns whether a response is created when speech stops (JSON {@code create_response}).
     *
     * @return the value, or {@code null} when not set
     */
    public Boolean createResponse() {
        return createResponse;
    }

    /**
     * Returns whether a running response is cancelled when speech starts (JSON {@code interrupt_response}).
     *
     * @return the value, or {@code null} when not set
     */
    public Boolean interruptResponse() {
        return interruptResponse;
    }

    /**
     * Returns a builder with the type set to {@code server_vad}.
     *
     * @return a new builder
     */
    public static Builder serverVad() {
        return builder().type(TurnDetectionType.SERVER_VAD);
    }

    /**
     * Returns a builder with the type set to {@code semantic_vad}.
     *
     * @return a new builder
     */
    public static Builder semanticVad() {
        return builder().type(TurnDetectionType.SEMANTIC_VAD);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TurnDetection that && BetaSchemas.TURN_DETECTION.equal(this, that);
    }

    @Override
    public int hashCode() {
        return BetaSchemas.TURN_DETECTION.hash(this);
    }

    /** Returns the set fields; secrets are redacted and extra fields named only. */
    @Override
    public String toString() {
        return BetaSchemas.TURN_DETECTION.describe(this);
    }

    /** Builds a {@link TurnDetection}. Not thread-safe; the value it builds is immutable. */
    public static final class Builder {

        private TurnDetectionType type;
        private Eagerness eagerness;
        private Double threshold;
        private Integer prefixPaddingMs;
        private Integer silenceDurationMs;
        private Boolean createResponse;
        private Boolean interruptResponse;

        private Builder() {}

        /**
         * Sets the kind of turn detection; the API's default is {@code server_vad} (JSON {@code type}).
         *
         * @param type the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder type(TurnDetectionType type) {
            this.type = type;
            return this;
        }

        /**
         * Sets how eagerly semantic VAD answers, for {@code semantic_vad} only (JSON {@code eagerness}).
         *
         * @param eagerness the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder eagerness(Eagerness eagerness) {
            this.eagerness = eagerness;
            return this;
        }

        /**
         * Sets the activation threshold, 0.0 to 1.0, for {@code server_vad} only (JSON {@code threshold}).
         *
         * @param threshold the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder threshold(Double threshold) {
            this.threshold = threshold;
            return this;
        }

        /**
         * Sets how much audio before detected speech is kept, in milliseconds, for {@code server_vad} only (JSON {@code prefix_padding_ms}).
         *
         * @param prefixPaddingMs the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder prefixPaddingMs(Integer prefixPaddingMs) {
            this.prefixPaddingMs = prefixPaddingMs;
            return this;
        }

        /**
         * Sets how long a silence ends speech, in milliseconds, for {@code server_vad} only (JSON {@code silence_duration_ms}).
         *
         * @param silenceDurationMs the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder silenceDurationMs(Integer silenceDurationMs) {
            this.silenceDurationMs = silenceDurationMs;
            return this;
        }

        /**
         * Sets whether a response is created when speech stops (JSON {@code create_response}).
         *
         * @param createResponse the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder createResponse(Boolean createResponse) {
            this.createResponse = createResponse;
            return this;
        }

        /**
         * Sets whether a running response is cancelled when speech starts (JSON {@code interrupt_response}).
         *
         * @param interruptResponse the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder interruptResponse(Boolean interruptResponse) {
            this.interruptResponse = interruptResponse;
            return this;
        }

        /**
         * Builds the value.
         *
         * @return the value
         */
        public TurnDetection build() {
            return new TurnDetection(this);
        }
    }
}
