package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.Checks;
import io.github.realtimesessions.model.internal.Schemas;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A transcription session as the API returns it (JSON {@code session} with {@code "type":"transcription"}).
 */
public final class TranscriptionSession implements Session {

    private final String object;
    private final String id;
    private final Instant expiresAt;
    private final Audio audio;
    private final Setting<List<IncludeOption>> include;
    private final Map<String, JsonValue> extraFields;

    private TranscriptionSession(Builder builder) {
        this.object = builder.object;
        this.id = builder.id;
        this.expiresAt = builder.expiresAt;
        this.audio = builder.audio;
        // includeSetting takes the caller's Setting as it is: freeze the list it holds.
        this.include = builder.include == null || !builder.include.isEnabled() ? builder.include
                : Setting.enabled(Checks.listOrNull(builder.include.valueOrNull(), "include"));
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
        builder.object = object;
        builder.id = id;
        builder.expiresAt = expiresAt;
        builder.audio = audio;
        builder.include = include;
        builder.extraFields = extraFields.isEmpty() ? null : new LinkedHashMap<>(extraFields);
        return builder;
    }

    /**
     * Returns the object type, {@code realtime.transcription_session} (JSON {@code object}).
     *
     * @return the value, or {@code null} when not set
     */
    public String object() {
        return object;
    }

    /**
     * Returns the session id, e.g. {@code sess_...} (JSON {@code id}).
     *
     * @return the value, or {@code null} when not set
     */
    public String id() {
        return id;
    }

    /**
     * Returns When the session expires, {@code null} when the API sends {@code 0} (JSON {@code expires_at}).
     *
     * @return the value, or {@code null} when not set
     */
    public Instant expiresAt() {
        return expiresAt;
    }

    /**
     * Returns the audio configuration (JSON {@code audio}).
     *
     * @return the value, or {@code null} when not set
     */
    public Audio audio() {
        return audio;
    }

    /**
     * Returns Extra data the server includes in its events (JSON {@code include}).
     *
     * @return the value, or {@code null} when not set or switched off; see {@link #includeSetting()}
     */
    public List<IncludeOption> include() {
        return include == null ? null : include.valueOrNull();
    }

    /**
     * Returns Extra data the server includes in its events with its three states (JSON {@code include}).
     *
     * @return {@code null} when not set, {@link Setting#disabled()} when switched off (JSON {@code null}),
     *     else the enabled value
     */
    public Setting<List<IncludeOption>> includeSetting() {
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
        return other instanceof TranscriptionSession that && Schemas.TRANSCRIPTION_SESSION.equal(this, that);
    }

    @Override
    public int hashCode() {
        return Schemas.TRANSCRIPTION_SESSION.hash(this);
    }

    /** Returns the set fields; secrets are redacted and extra fields named only. */
    @Override
    public String toString() {
        return Schemas.TRANSCRIPTION_SESSION.describe(this);
    }

    /** Builds a {@link TranscriptionSession}. Not thread-safe; the value it builds is immutable. */
    public static final class Builder {

        private String object;
        private String id;
        private Instant expiresAt;
        private Audio audio;
        private Setting<List<IncludeOption>> include;
        private Map<String, JsonValue> extraFields;

        private Builder() {}

        /**
         * Sets the object type, {@code realtime.transcription_session} (JSON {@code object}).
         *
         * @param object the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder object(String object) {
            this.object = object;
            return this;
        }

        /**
         * Sets the session id, e.g. {@code sess_...} (JSON {@code id}).
         *
         * @param id the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets When the session expires, {@code null} when the API sends {@code 0} (JSON {@code expires_at}).
         *
         * @param expiresAt the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /**
         * Sets the audio configuration (JSON {@code audio}).
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
         * @param include the value, or {@code null} to leave the field out; {@link #disableInclude()} sends
         *     JSON {@code null}
         * @return this builder
         */
        public Builder include(List<IncludeOption> include) {
            this.include = include == null ? null : Setting.enabled(Checks.listOrNull(include, "include"));
            return this;
        }

        /**
         * Switches Extra data the server includes in its events off: sends JSON {@code null} (JSON {@code include}).
         *
         * @return this builder
         */
        public Builder disableInclude() {
            this.include = Setting.disabled();
            return this;
        }

        /**
         * Sets Extra data the server includes in its events with its three states (JSON {@code include}).
         *
         * @param include {@code null} to leave the field out, {@link Setting#disabled()} for JSON {@code null}, or an
         *     enabled value
         * @return this builder
         */
        public Builder includeSetting(Setting<List<IncludeOption>> include) {
            this.include = include;
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
        public TranscriptionSession build() {
            return new TranscriptionSession(this);
        }
    }
}
