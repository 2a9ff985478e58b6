package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.Checks;
import io.github.realtimesessions.model.internal.Schemas;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the conversation is truncated when it exceeds the model's input token limit (JSON {@code truncation}):
 * {@link #AUTO} (the API's default), {@link #DISABLED} (the server reports an error instead) or
 * {@link RetentionRatio}.
 */
public sealed interface Truncation permits Truncation.Mode, Truncation.RetentionRatio {

    /** The default truncation strategy. */
    Mode AUTO = new Mode("auto");

    /** No truncation: the server emits errors when the conversation exceeds the input token limit. */
    Mode DISABLED = new Mode("disabled");

    /**
     * Returns retention-ratio truncation.
     *
     * @param retentionRatio the share of the allowed tokens kept, 0.0 to 1.0
     * @return the truncation
     */
    static RetentionRatio retentionRatio(double retentionRatio) {
        return RetentionRatio.builder().retentionRatio(retentionRatio).build();
    }

    /**
     * A keyword strategy. A keyword a newer server sends round-trips unchanged; a request accepts {@code auto} and
     * {@code disabled} only.
     *
     * @param value the keyword
     */
    record Mode(String value) implements Truncation {
        /**
         * Creates a keyword.
         *
         * @throws NullPointerException if {@code value} is {@code null}
         * @throws IllegalArgumentException if {@code value} is blank
         */
        public Mode {
            Checks.wireValue(value, "truncation");
        }

        /** Returns the keyword, as on the wire. */
        @Override
        public String toString() {
            return value;
        }
    }

    /**
     * Truncation that drops old messages until a share of the allowed tokens is used (JSON {@code truncation} with
     * {@code "type":"retention_ratio"}): fewer truncations and a better cache rate. Build one with
     * {@link Truncation#retentionRatio(double)}.
     */
    final class RetentionRatio implements Truncation {

        private final Double retentionRatio;
        private final TokenLimits tokenLimits;
        private final Map<String, JsonValue> extraFields;

        private RetentionRatio(Builder builder) {
            this.retentionRatio = builder.retentionRatio;
            this.tokenLimits = builder.tokenLimits;
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
            builder.retentionRatio = retentionRatio;
            builder.tokenLimits = tokenLimits;
            builder.extraFields = extraFields.isEmpty() ? null : new LinkedHashMap<>(extraFields);
            return builder;
        }

        /**
         * Returns the share of the allowed tokens kept after truncation, 0.0 to 1.0 (JSON {@code retention_ratio}).
         *
         * @return the value, or {@code null} when not set
         */
        public Double retentionRatio() {
            return retentionRatio;
        }

        /**
         * Returns the token limits (JSON {@code token_limits}).
         *
         * @return the value, or {@code null} when not set
         */
        public TokenLimits tokenLimits() {
            return tokenLimits;
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
            return other instanceof RetentionRatio that && Schemas.RETENTION_RATIO.equal(this, that);
        }

        @Override
        public int hashCode() {
            return Schemas.RETENTION_RATIO.hash(this);
        }

        /** Returns the set fields; secrets are redacted and extra fields named only. */
        @Override
        public String toString() {
            return Schemas.RETENTION_RATIO.describe(this);
        }

        /** Builds a {@link RetentionRatio}. Not thread-safe; the value it builds is immutable. */
        public static final class Builder {

            private Double retentionRatio;
            private TokenLimits tokenLimits;
            private Map<String, JsonValue> extraFields;

            private Builder() {}

            /**
             * Sets the share of the allowed tokens kept after truncation, 0.0 to 1.0 (JSON {@code retention_ratio}).
             *
             * @param retentionRatio the value, or {@code null} to leave the field out
             * @return this builder
             */
            public Builder retentionRatio(Double retentionRatio) {
                this.retentionRatio = retentionRatio;
                return this;
            }

            /**
             * Sets the token limits (JSON {@code token_limits}).
             *
             * @param tokenLimits the value, or {@code null} to leave the field out
             * @return this builder
             */
            public Builder tokenLimits(TokenLimits tokenLimits) {
                this.tokenLimits = tokenLimits;
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
            public RetentionRatio build() {
                return new RetentionRatio(this);
            }
        }
    }
}
