package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.Checks;
import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.model.internal.Violations;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The configuration of a translation session (JSON {@code session} of
 * {@code POST /v1/realtime/translations/client_secrets}): speech in one language, translated speech and transcript out
 * in the target language. The model is set at creation and cannot change.
 */
public final class TranslationSessionConfig {

    private final String model;
    private final TranslationAudio audio;
    private final Map<String, JsonValue> extraFields;

    private TranslationSessionConfig(Builder builder) {
        this.model = builder.model;
        this.audio = builder.audio;
        this.extraFields = Checks.extras(builder.extraFields);
        Violations violations = new Violations();
        Schemas.TRANSLATION_SESSION_CONFIG.validate(this, violations);
        violations.throwIfAny("translation session configuration");
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
        builder.model = model;
        builder.audio = audio;
        builder.extraFields = extraFields.isEmpty() ? null : new LinkedHashMap<>(extraFields);
        return builder;
    }

    /**
     * Returns the translation model, e.g. {@code gpt-realtime-translate}; on Azure OpenAI, the deployment name (JSON {@code model}).
     *
     * @return the value, or {@code null} when not set
     */
    public String model() {
        return model;
    }

    /**
     * Returns the audio configuration; the target language goes in {@code audio.output.language} (JSON {@code audio}).
     *
     * @return the value, or {@code null} when not set
     */
    public TranslationAudio audio() {
        return audio;
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
        return other instanceof TranslationSessionConfig that && Schemas.TRANSLATION_SESSION_CONFIG.equal(this, that);
    }

    @Override
    public int hashCode() {
        return Schemas.TRANSLATION_SESSION_CONFIG.hash(this);
    }

    /** Returns the set fields; secrets are redacted and extra fields named only. */
    @Override
    public String toString() {
        return Schemas.TRANSLATION_SESSION_CONFIG.describe(this);
    }

    /** Builds a {@link TranslationSessionConfig}. Not thread-safe; the value it builds is immutable. */
    public static final class Builder {

        private String model;
        private TranslationAudio audio;
        private Map<String, JsonValue> extraFields;

        private Builder() {}

        /**
         * Sets the translation model, e.g. {@code gpt-realtime-translate}; on Azure OpenAI, the deployment name (JSON {@code model}).
         *
         * @param model the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /**
         * Sets the audio configuration; the target language goes in {@code audio.output.language} (JSON {@code audio}).
         *
         * @param audio the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder audio(TranslationAudio audio) {
            this.audio = audio;
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
         * Sets the target language, keeping the rest of the audio configuration (JSON {@code audio.output.language}).
         *
         * @param language the language, e.g. {@code es}
         * @return this builder
         */
        public Builder targetLanguage(String language) {
            TranslationAudio current = audio == null ? TranslationAudio.builder().build() : audio;
            return audio(current.toBuilder().output(TranslationAudioOutput.of(language)).build());
        }

        /**
         * Builds the value.
         *
         * @return the value
         * @throws io.github.realtimesessions.model.InvalidRequestException if a field breaks a rule of the API,
         *     naming every broken rule by its JSON path
         */
        public TranslationSessionConfig build() {
            return new TranslationSessionConfig(this);
        }
    }
}
