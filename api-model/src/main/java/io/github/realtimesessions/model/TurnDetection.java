package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.Checks;
import io.github.realtimesessions.model.internal.Schemas;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the server detects that the user started or stopped speaking (JSON {@code audio.input.turn_detection}):
 * {@link ServerVad} (by volume; the API's default) or {@link SemanticVad} (by meaning). JSON {@code null} switches turn
 * detection off (the client then asks for each response itself), so a request holds it as a {@link Setting}. A type
 * this library does not know arrives as {@link Unknown} and round-trips unchanged.
 */
public sealed interface TurnDetection permits TurnDetection.ServerVad, TurnDetection.SemanticVad, TurnDetection.Unknown {

    /**
     * Returns a builder of server VAD.
     *
     * @return a new builder
     */
    static ServerVad.Builder serverVad() {
        return ServerVad.builder();
    }

    /**
     * Returns a builder of semantic VAD.
     *
     * @return a new builder
     */
    static SemanticVad.Builder semanticVad() {
        return SemanticVad.builder();
    }

    /**
     * Returns the turn detection type, as on the wire.
     *
     * @return e.g. {@code server_vad}
     */
    String type();

    /**
     * Server VAD (JSON {@code turn_detection} with {@code "type":"server_vad"}): detects the start and end of speech by
     * audio volume. The API's default when turn detection is not set. Build one with {@link TurnDetection#serverVad()}.
     */
    final class ServerVad implements TurnDetection {

        /** Returns {@code server_vad}. */
        @Override
        public String type() {
            return "server_vad";
        }

        private final Double threshold;
        private final Integer prefixPaddingMs;
        private final Integer silenceDurationMs;
        private final Setting<Integer> idleTimeoutMs;
        private final Boolean createResponse;
        private final Boolean interruptResponse;
        private final Map<String, JsonValue> extraFields;

        private ServerVad(Builder builder) {
            this.threshold = builder.threshold;
            this.prefixPaddingMs = builder.prefixPaddingMs;
            this.silenceDurationMs = builder.silenceDurationMs;
            this.idleTimeoutMs = builder.idleTimeoutMs;
            this.createResponse = builder.createResponse;
            this.interruptResponse = builder.interruptResponse;
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
            builder.threshold = threshold;
            builder.prefixPaddingMs = prefixPaddingMs;
            builder.silenceDurationMs = silenceDurationMs;
            builder.idleTimeoutMs = idleTimeoutMs;
            builder.createResponse = createResponse;
            builder.interruptResponse = interruptResponse;
            builder.extraFields = extraFields.isEmpty() ? null : new LinkedHashMap<>(extraFields);
            return builder;
        }

        /**
         * Returns the activation threshold, 0.0 to 1.0; higher needs louder audio, which suits noisy places (JSON {@code threshold}).
         *
         * @return the value, or {@code null} when not set
         */
        public Double threshold() {
            return threshold;
        }

        /**
         * Returns how much audio before detected speech is kept, in milliseconds (JSON {@code prefix_padding_ms}).
         *
         * @return the value, or {@code null} when not set
         */
        public Integer prefixPaddingMs() {
            return prefixPaddingMs;
        }

        /**
         * Returns how long a silence ends speech, in milliseconds; shorter answers sooner and interrupts more (JSON {@code silence_duration_ms}).
         *
         * @return the value, or {@code null} when not set
         */
        public Integer silenceDurationMs() {
            return silenceDurationMs;
        }

        /**
         * Returns After how much user silence the model is prompted to respond, 5000 to 30000 milliseconds (JSON {@code idle_timeout_ms}).
         *
         * @return the value, or {@code null} when not set or switched off; see {@link #idleTimeoutMsSetting()}
         */
        public Integer idleTimeoutMs() {
            return idleTimeoutMs == null ? null : idleTimeoutMs.valueOrNull();
        }

        /**
         * Returns After how much user silence the model is prompted to respond, 5000 to 30000 milliseconds with its three states (JSON {@code idle_timeout_ms}).
         *
         * @return {@code null} when not set, {@link Setting#disabled()} when switched off (JSON {@code null}),
         *     else the enabled value
         */
        public Setting<Integer> idleTimeoutMsSetting() {
            return idleTimeoutMs;
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
            return other instanceof ServerVad that && Schemas.SERVER_VAD.equal(this, that);
        }

        @Override
        public int hashCode() {
            return Schemas.SERVER_VAD.hash(this);
        }

        /** Returns the set fields; secrets are redacted and extra fields named only. */
        @Override
        public String toString() {
            return Schemas.SERVER_VAD.describe(this);
        }

        /** Builds a {@link ServerVad}. Not thread-safe; the value it builds is immutable. */
        public static final class Builder {

            private Double threshold;
            private Integer prefixPaddingMs;
            private Integer silenceDurationMs;
            private Setting<Integer> idleTimeoutMs;
            private Boolean createResponse;
            private Boolean interruptResponse;
            private Map<String, JsonValue> extraFields;

            private Builder() {}

            /**
             * Sets the activation threshold, 0.0 to 1.0; higher needs louder audio, which suits noisy places (JSON {@code threshold}).
             *
             * @param threshold the value, or {@code null} to leave the field out
             * @return this builder
             */
            public Builder threshold(Double threshold) {
                this.threshold = threshold;
                return this;
            }

            /**
             * Sets how much audio before detected speech is kept, in milliseconds (JSON {@code prefix_padding_ms}).
             *
             * @param prefixPaddingMs the value, or {@code null} to leave the field out
             * @return this builder
             */
            public Builder prefixPaddingMs(Integer prefixPaddingMs) {
                this.prefixPaddingMs = prefixPaddingMs;
                return this;
            }

            /**
             * Sets how long a silence ends speech, in milliseconds; shorter answers sooner and interrupts more (JSON {@code silence_duration_ms}).
             *
             * @param silenceDurationMs the value, or {@code null} to leave the field out
             * @return this builder
             */
            public Builder silenceDurationMs(Integer silenceDurationMs) {
                this.silenceDurationMs = silenceDurationMs;
                return this;
            }

            /**
             * Sets After how much user silence the model is prompted to respond, 5000 to 30000 milliseconds (JSON {@code idle_timeout_ms}).
             *
             * @param idleTimeoutMs the value, or {@code null} to leave the field out; {@link #disableIdleTimeout()} sends
             *     JSON {@code null}
             * @return this builder
             */
            public Builder idleTimeoutMs(Integer idleTimeoutMs) {
                this.idleTimeoutMs = idleTimeoutMs == null ? null : Setting.enabled(idleTimeoutMs);
                return this;
            }

            /**
             * Switches After how much user silence the model is prompted to respond, 5000 to 30000 milliseconds off: sends JSON {@code null} (JSON {@code idle_timeout_ms}).
             *
             * @return this builder
             */
            public Builder disableIdleTimeout() {
                this.idleTimeoutMs = Setting.disabled();
                return this;
            }

            /**
             * Sets After how much user silence the model is prompted to respond, 5000 to 30000 milliseconds with its three states (JSON {@code idle_timeout_ms}).
             *
             * @param idleTimeoutMs {@code null} to leave the field out, {@link Setting#disabled()} for JSON {@code null}, or an
             *     enabled value
             * @return this builder
             */
            public Builder idleTimeoutMsSetting(Setting<Integer> idleTimeoutMs) {
                this.idleTimeoutMs = idleTimeoutMs;
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
            public ServerVad build() {
                return new ServerVad(this);
            }
        }
    }

    /**
     * Semantic VAD (JSON {@code turn_detection} with {@code "type":"semantic_vad"}): a turn-detection model judges from
     * the words whether the user has finished. Build one with {@link TurnDetection#semanticVad()}.
     */
    final class SemanticVad implements TurnDetection {

        /** Returns {@code semantic_vad}. */
        @Override
        public String type() {
            return "semantic_vad";
        }

        private final Eagerness eagerness;
        private final Boolean createResponse;
        private final Boolean interruptResponse;
        private final Map<String, JsonValue> extraFields;

        private SemanticVad(Builder builder) {
            this.eagerness = builder.eagerness;
            this.createResponse = builder.createResponse;
            this.interruptResponse = builder.interruptResponse;
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
            builder.eagerness = eagerness;
            builder.createResponse = createResponse;
            builder.interruptResponse = interruptResponse;
            builder.extraFields = extraFields.isEmpty() ? null : new LinkedHashMap<>(extraFields);
            return builder;
        }

        /**
         * Returns how eagerly the model answers; {@code auto} is {@code medium} (JSON {@code eagerness}).
         *
         * @return the value, or {@code null} when not set
         */
        public Eagerness eagerness() {
            return eagerness;
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
            return other instanceof SemanticVad that && Schemas.SEMANTIC_VAD.equal(this, that);
        }

        @Override
        public int hashCode() {
            return Schemas.SEMANTIC_VAD.hash(this);
        }

        /** Returns the set fields; secrets are redacted and extra fields named only. */
        @Override
        public String toString() {
            return Schemas.SEMANTIC_VAD.describe(this);
        }

        /** Builds a {@link SemanticVad}. Not thread-safe; the value it builds is immutable. */
        public static final class Builder {

            private Eagerness eagerness;
            private Boolean createResponse;
            private Boolean interruptResponse;
            private Map<String, JsonValue> extraFields;

            private Builder() {}

            /**
             * Sets how eagerly the model answers; {@code auto} is {@code medium} (JSON {@code eagerness}).
             *
             * @param eagerness the value, or {@code null} to leave the field out
             * @return this builder
             */
            public Builder eagerness(Eagerness eagerness) {
                this.eagerness = eagerness;
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
            public SemanticVad build() {
                return new SemanticVad(this);
            }
        }
    }

    /**
     * Turn detection of a type this library does not know, kept whole.
     *
     * @param json the object as the server sent it, with its {@code type}
     */
    record Unknown(JsonObject json) implements TurnDetection {

        /**
         * Creates the value.
         *
         * @throws NullPointerException if {@code json} is {@code null}
         */
        public Unknown {
            Objects.requireNonNull(json, "json");
        }

        /** Names the type and the members, never their values (an unknown object may carry a credential). */
        @Override
        public String toString() {
            return "TurnDetection.Unknown[type=" + (json.get("type") == null ? null : json.get("type").asString()) + ", members="
                    + json.names() + "]";
        }

        /** Returns the {@code type} member, or {@code null}. */
        @Override
        public String type() {
            return json.get("type") == null ? null : json.get("type").asString();
        }
    }
}
