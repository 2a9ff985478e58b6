package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.Checks;
import io.github.realtimesessions.model.internal.Schemas;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Transcription of input audio (JSON {@code audio.input.transcription}). It runs asynchronously beside the session and
 * should be treated as guidance of what the model heard. Off by default; JSON {@code null} switches it off once on, so a
 * request holds it as a {@link Setting}.
 */
public final class AudioTranscription {

    private final TranscriptionModel model;
    private final String language;
    private final List<String> languages;
    private final List<String> keywords;
    private final String prompt;
    private final TranscriptionDelay delay;
    private final Map<String, JsonValue> extraFields;

    private AudioTranscription(Builder builder) {
        this.model = builder.model;
        this.language = builder.language;
        this.languages = Checks.listOrNull(builder.languages, "languages");
        this.keywords = Checks.listOrNull(builder.keywords, "keywords");
        this.prompt = builder.prompt;
        this.delay = builder.delay;
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
        builder.model = model;
        builder.language = language;
        builder.languages = Checks.mutableCopy(languages);
        builder.keywords = Checks.mutableCopy(keywords);
        builder.prompt = prompt;
        builder.delay = delay;
        builder.extraFields = extraFields.isEmpty() ? null : new LinkedHashMap<>(extraFields);
        return builder;
    }

    /**
     * Returns the transcription model (JSON {@code model}).
     *
     * @return the value, or {@code null} when not set
     */
    public TranscriptionModel model() {
        return model;
    }

    /**
     * Returns the language of the input audio as an ISO-639-1 code such as {@code en}, which improves accuracy and latency (JSON {@code language}).
     *
     * @return the value, or {@code null} when not set
     */
    public String language() {
        return language;
    }

    /**
     * Returns the languages of the input audio as ISO-639-1 codes, for {@code gpt-transcribe} and {@code gpt-live-transcribe} (JSON {@code languages}).
     *
     * @return an unmodifiable list, or {@code null} when not set
     */
    public List<String> languages() {
        return languages;
    }

    /**
     * Returns Words or phrases that guide transcription, for {@code gpt-transcribe} and {@code gpt-live-transcribe} (JSON {@code keywords}).
     *
     * @return an unmodifiable list, or {@code null} when not set
     */
    public List<String> keywords() {
        return keywords;
    }

    /**
     * Returns Text that guides transcription: keywords for {@code whisper-1}, free text for the {@code gpt-4o-transcribe} models (JSON {@code prompt}).
     *
     * @return the value, or {@code null} when not set
     */
    public String prompt() {
        return prompt;
    }

    /**
     * Returns how long the model waits for context, for {@code gpt-realtime-whisper} only (JSON {@code delay}).
     *
     * @return the value, or {@code null} when not set
     */
    public TranscriptionDelay delay() {
        return delay;
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
     * Returns transcription with a model.
     *
     * @param model the model
     * @return the configuration
     */
    public static AudioTranscription of(TranscriptionModel model) {
        return builder().model(Objects.requireNonNull(model, "transcription.model must not be null")).build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AudioTranscription that && Schemas.AUDIO_TRANSCRIPTION.equal(this, that);
    }

    @Override
    public int hashCode() {
        return Schemas.AUDIO_TRANSCRIPTION.hash(this);
    }

    /** Returns the set fields; secrets are redacted and extra fields named only. */
    @Override
    public String toString() {
        return Schemas.AUDIO_TRANSCRIPTION.describe(this);
    }

    /** Builds a {@link AudioTranscription}. Not thread-safe; the value it builds is immutable. */
    public static final class Builder {

        private TranscriptionModel model;
        private String language;
        private List<String> languages;
        private List<String> keywords;
        private String prompt;
        private TranscriptionDelay delay;
        private Map<String, JsonValue> extraFields;

        private Builder() {}

        /**
         * Sets the transcription model (JSON {@code model}).
         *
         * @param model the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder model(TranscriptionModel model) {
            this.model = model;
            return this;
        }

        /**
         * Sets the language of the input audio as an ISO-639-1 code such as {@code en}, which improves accuracy and latency (JSON {@code language}).
         *
         * @param language the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /**
         * Sets the languages of the input audio as ISO-639-1 codes, for {@code gpt-transcribe} and {@code gpt-live-transcribe} (JSON {@code languages}).
         *
         * @param languages the values, copied, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder languages(List<? extends String> languages) {
            this.languages = Checks.mutableCopy(languages);
            return this;
        }

        /**
         * Sets the languages of the input audio as ISO-639-1 codes, for {@code gpt-transcribe} and {@code gpt-live-transcribe} (JSON {@code languages}).
         *
         * @param languages the values
         * @return this builder
         */
        public Builder languages(String... languages) {
            return languages(Arrays.asList(languages));
        }

        /**
         * Sets Words or phrases that guide transcription, for {@code gpt-transcribe} and {@code gpt-live-transcribe} (JSON {@code keywords}).
         *
         * @param keywords the values, copied, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder keywords(List<? extends String> keywords) {
            this.keywords = Checks.mutableCopy(keywords);
            return this;
        }

        /**
         * Sets Words or phrases that guide transcription, for {@code gpt-transcribe} and {@code gpt-live-transcribe} (JSON {@code keywords}).
         *
         * @param keywords the values
         * @return this builder
         */
        public Builder keywords(String... keywords) {
            return keywords(Arrays.asList(keywords));
        }

        /**
         * Sets Text that guides transcription: keywords for {@code whisper-1}, free text for the {@code gpt-4o-transcribe} models (JSON {@code prompt}).
         *
         * @param prompt the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder prompt(String prompt) {
            this.prompt = prompt;
            return this;
        }

        /**
         * Sets how long the model waits for context, for {@code gpt-realtime-whisper} only (JSON {@code delay}).
         *
         * @param delay the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder delay(TranscriptionDelay delay) {
            this.delay = delay;
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
        public AudioTranscription build() {
            return new AudioTranscription(this);
        }
    }
}
