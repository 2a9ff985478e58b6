package io.github.realtimesessions.model;

/**
 * Voice-activity based turn detection (JSON {@code turn_detection}). Every component may be {@code null} (absent: the
 * API's default applies). To switch turn detection off, set the request's turn detection to
 * {@link Setting#disabled()}; the client must then trigger responses itself.
 *
 * <p>{@code threshold}, {@code prefixPaddingMs} and {@code silenceDurationMs} apply to {@code server_vad} only,
 * {@code eagerness} to {@code semantic_vad} only; a request that mixes them is rejected when built. Ranges are checked
 * when a request is built, so a response carrying any value still decodes.
 *
 * @param type the kind of turn detection; the API's default is {@code server_vad}
 * @param eagerness how eagerly semantic VAD answers; default {@code auto}
 * @param threshold the activation threshold of server VAD, 0.0 to 1.0; default 0.5
 * @param prefixPaddingMs audio kept before detected speech, in ms (not negative); default 300
 * @param silenceDurationMs silence that ends speech, in ms (not negative); default 500
 * @param createResponse whether a response is created when speech stops; default {@code true}
 * @param interruptResponse whether speech interrupts a response in progress; default {@code true}
 */
public record TurnDetection(
        TurnDetectionType type,
        Eagerness eagerness,
        Double threshold,
        Integer prefixPaddingMs,
        Integer silenceDurationMs,
        Boolean createResponse,
        Boolean interruptResponse) {

    /**
     * Returns a builder with {@code type} set to {@code server_vad}.
     *
     * @return a new builder
     */
    public static Builder serverVad() {
        return builder().type(TurnDetectionType.SERVER_VAD);
    }

    /**
     * Returns a builder with {@code type} set to {@code semantic_vad}.
     *
     * @return a new builder
     */
    public static Builder semanticVad() {
        return builder().type(TurnDetectionType.SEMANTIC_VAD);
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
     * Returns a builder holding this configuration.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .type(type)
                .eagerness(eagerness)
                .threshold(threshold)
                .prefixPaddingMs(prefixPaddingMs)
                .silenceDurationMs(silenceDurationMs)
                .createResponse(createResponse)
                .interruptResponse(interruptResponse);
    }

    /** Builds a {@link TurnDetection}; every property is optional ({@code null} leaves it absent). */
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
         * Sets the kind of turn detection.
         *
         * @param type the type, or {@code null}
         * @return this builder
         */
        public Builder type(TurnDetectionType type) {
            this.type = type;
            return this;
        }

        /**
         * Sets the eagerness of semantic VAD.
         *
         * @param eagerness the eagerness, or {@code null}
         * @return this builder
         */
        public Builder eagerness(Eagerness eagerness) {
            this.eagerness = eagerness;
            return this;
        }

        /**
         * Sets the activation threshold of server VAD.
         *
         * @param threshold 0.0 to 1.0, or {@code null}
         * @return this builder
         */
        public Builder threshold(Double threshold) {
            this.threshold = threshold;
            return this;
        }

        /**
         * Sets the audio kept before detected speech.
         *
         * @param prefixPaddingMs milliseconds, not negative, or {@code null}
         * @return this builder
         */
        public Builder prefixPaddingMs(Integer prefixPaddingMs) {
            this.prefixPaddingMs = prefixPaddingMs;
            return this;
        }

        /**
         * Sets the silence that ends speech.
         *
         * @param silenceDurationMs milliseconds, not negative, or {@code null}
         * @return this builder
         */
        public Builder silenceDurationMs(Integer silenceDurationMs) {
            this.silenceDurationMs = silenceDurationMs;
            return this;
        }

        /**
         * Sets whether a response is created when speech stops.
         *
         * @param createResponse the flag, or {@code null}
         * @return this builder
         */
        public Builder createResponse(Boolean createResponse) {
            this.createResponse = createResponse;
            return this;
        }

        /**
         * Sets whether speech interrupts a response in progress.
         *
         * @param interruptResponse the flag, or {@code null}
         * @return this builder
         */
        public Builder interruptResponse(Boolean interruptResponse) {
            this.interruptResponse = interruptResponse;
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return a new turn detection
         */
        public TurnDetection build() {
            return new TurnDetection(
                    type, eagerness, threshold, prefixPaddingMs, silenceDurationMs, createResponse, interruptResponse);
        }
    }
}
