package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.Checks;
import io.github.realtimesessions.model.internal.Schemas;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The value of one variable of a {@link Prompt} template (JSON {@code prompt.variables.*}): plain {@link Text}, or
 * typed content ({@link InputText}, {@link InputImage}, {@link InputFile}). A content type this library does not know
 * arrives as {@link Unknown} and round-trips unchanged.
 */
public sealed interface PromptVariable
        permits PromptVariable.Text,
                PromptVariable.InputText,
                PromptVariable.InputImage,
                PromptVariable.InputFile,
                PromptVariable.Unknown {

    /** The only prompt cache breakpoint the API knows: {@code {"mode":"explicit"}}. */
    JsonObject EXPLICIT_CACHE_BREAKPOINT = JsonObject.builder().put("mode", "explicit").build();

    /**
     * Returns a plain text value.
     *
     * @param text the text
     * @return the value
     */
    static Text text(String text) {
        return new Text(text);
    }

    /**
     * A plain string value.
     *
     * @param value the text
     */
    record Text(String value) implements PromptVariable {
        /**
         * Creates the value.
         *
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Text {
            Objects.requireNonNull(value, "a prompt variable needs a value");
        }

        /** Returns the text. */
        @Override
        public String toString() {
            return value;
        }
    }

    /**
     * A text prompt variable (JSON {@code {"type":"input_text","text":...}}).
     */
    final class InputText implements PromptVariable {

        private final String text;
        private final JsonObject promptCacheBreakpoint;
        private final Map<String, JsonValue> extraFields;

        private InputText(Builder builder) {
            this.text = builder.text;
            this.promptCacheBreakpoint = builder.promptCacheBreakpoint;
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
            builder.text = text;
            builder.promptCacheBreakpoint = promptCacheBreakpoint;
            builder.extraFields = extraFields.isEmpty() ? null : new LinkedHashMap<>(extraFields);
            return builder;
        }

        /**
         * Returns the text (JSON {@code text}).
         *
         * @return the value, or {@code null} when not set
         */
        public String text() {
            return text;
        }

        /**
         * Returns the prompt cache breakpoint; see {@link PromptVariable#EXPLICIT_CACHE_BREAKPOINT} (JSON {@code prompt_cache_breakpoint}).
         *
         * @return the value, or {@code null} when not set
         */
        public JsonObject promptCacheBreakpoint() {
            return promptCacheBreakpoint;
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
            return other instanceof InputText that && Schemas.INPUT_TEXT.equal(this, that);
        }

        @Override
        public int hashCode() {
            return Schemas.INPUT_TEXT.hash(this);
        }

        /** Returns the set fields; secrets are redacted and extra fields named only. */
        @Override
        public String toString() {
            return Schemas.INPUT_TEXT.describe(this);
        }

        /** Builds a {@link InputText}. Not thread-safe; the value it builds is immutable. */
        public static final class Builder {

            private String text;
            private JsonObject promptCacheBreakpoint;
            private Map<String, JsonValue> extraFields;

            private Builder() {}

            /**
             * Sets the text (JSON {@code text}).
             *
             * @param text the value, or {@code null} to leave the field out
             * @return this builder
             */
            public Builder text(String text) {
                this.text = text;
                return this;
            }

            /**
             * Sets the prompt cache breakpoint; see {@link PromptVariable#EXPLICIT_CACHE_BREAKPOINT} (JSON {@code prompt_cache_breakpoint}).
             *
             * @param promptCacheBreakpoint the value, or {@code null} to leave the field out
             * @return this builder
             */
            public Builder promptCacheBreakpoint(JsonObject promptCacheBreakpoint) {
                this.promptCacheBreakpoint = promptCacheBreakpoint;
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
            public InputText build() {
                return new InputText(this);
            }
        }
    }

    /**
     * An image prompt variable (JSON {@code {"type":"input_image",...}}), by URL or file id.
     */
    final class InputImage implements PromptVariable {

        private final Setting<String> imageUrl;
        private final Setting<String> fileId;
        private final ContentDetail detail;
        private final JsonObject promptCacheBreakpoint;
        private final Map<String, JsonValue> extraFields;

        private InputImage(Builder builder) {
            this.imageUrl = builder.imageUrl;
            this.fileId = builder.fileId;
            this.detail = builder.detail;
            this.promptCacheBreakpoint = builder.promptCacheBreakpoint;
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
            builder.imageUrl = imageUrl;
            builder.fileId = fileId;
            builder.detail = detail;
            builder.promptCacheBreakpoint = promptCacheBreakpoint;
            builder.extraFields = extraFields.isEmpty() ? null : new LinkedHashMap<>(extraFields);
            return builder;
        }

        /**
         * Returns the image's URL or a data URL (JSON {@code image_url}).
         *
         * @return the value, or {@code null} when not set or switched off; see {@link #imageUrlSetting()}
         */
        public String imageUrl() {
            return imageUrl == null ? null : imageUrl.valueOrNull();
        }

        /**
         * Returns the image's URL or a data URL with its three states (JSON {@code image_url}).
         *
         * @return {@code null} when not set, {@link Setting#disabled()} when switched off (JSON {@code null}),
         *     else the enabled value
         */
        public Setting<String> imageUrlSetting() {
            return imageUrl;
        }

        /**
         * Returns the id of an uploaded file (JSON {@code file_id}).
         *
         * @return the value, or {@code null} when not set or switched off; see {@link #fileIdSetting()}
         */
        public String fileId() {
            return fileId == null ? null : fileId.valueOrNull();
        }

        /**
         * Returns the id of an uploaded file with its three states (JSON {@code file_id}).
         *
         * @return {@code null} when not set, {@link Setting#disabled()} when switched off (JSON {@code null}),
         *     else the enabled value
         */
        public Setting<String> fileIdSetting() {
            return fileId;
        }

        /**
         * Returns the level of detail; the API's default is {@code auto} (JSON {@code detail}).
         *
         * @return the value, or {@code null} when not set
         */
        public ContentDetail detail() {
            return detail;
        }

        /**
         * Returns the prompt cache breakpoint; see {@link PromptVariable#EXPLICIT_CACHE_BREAKPOINT} (JSON {@code prompt_cache_breakpoint}).
         *
         * @return the value, or {@code null} when not set
         */
        public JsonObject promptCacheBreakpoint() {
            return promptCacheBreakpoint;
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
            return other instanceof InputImage that && Schemas.INPUT_IMAGE.equal(this, that);
        }

        @Override
        public int hashCode() {
            return Schemas.INPUT_IMAGE.hash(this);
        }

        /** Returns the set fields; secrets are redacted and extra fields named only. */
        @Override
        public String toString() {
            return Schemas.INPUT_IMAGE.describe(this);
        }

        /** Builds a {@link InputImage}. Not thread-safe; the value it builds is immutable. */
        public static final class Builder {

            private Setting<String> imageUrl;
            private Setting<String> fileId;
            private ContentDetail detail;
            private JsonObject promptCacheBreakpoint;
            private Map<String, JsonValue> extraFields;

            private Builder() {}

            /**
             * Sets the image's URL or a data URL (JSON {@code image_url}).
             *
             * @param imageUrl the value, or {@code null} to leave the field out; {@link #disableImageUrl()} sends
             *     JSON {@code null}
             * @return this builder
             */
            public Builder imageUrl(String imageUrl) {
                this.imageUrl = imageUrl == null ? null : Setting.enabled(imageUrl);
                return this;
            }

            /**
             * Switches the image's URL or a data URL off: sends JSON {@code null} (JSON {@code image_url}).
             *
             * @return this builder
             */
            public Builder disableImageUrl() {
                this.imageUrl = Setting.disabled();
                return this;
            }

            /**
             * Sets the image's URL or a data URL with its three states (JSON {@code image_url}).
             *
             * @param imageUrl {@code null} to leave the field out, {@link Setting#disabled()} for JSON {@code null}, or an
             *     enabled value
             * @return this builder
             */
            public Builder imageUrlSetting(Setting<String> imageUrl) {
                this.imageUrl = imageUrl;
                return this;
            }

            /**
             * Sets the id of an uploaded file (JSON {@code file_id}).
             *
             * @param fileId the value, or {@code null} to leave the field out; {@link #disableFileId()} sends
             *     JSON {@code null}
             * @return this builder
             */
            public Builder fileId(String fileId) {
                this.fileId = fileId == null ? null : Setting.enabled(fileId);
                return this;
            }

            /**
             * Switches the id of an uploaded file off: sends JSON {@code null} (JSON {@code file_id}).
             *
             * @return this builder
             */
            public Builder disableFileId() {
                this.fileId = Setting.disabled();
                return this;
            }

            /**
             * Sets the id of an uploaded file with its three states (JSON {@code file_id}).
             *
             * @param fileId {@code null} to leave the field out, {@link Setting#disabled()} for JSON {@code null}, or an
             *     enabled value
             * @return this builder
             */
            public Builder fileIdSetting(Setting<String> fileId) {
                this.fileId = fileId;
                return this;
            }

            /**
             * Sets the level of detail; the API's default is {@code auto} (JSON {@code detail}).
             *
             * @param detail the value, or {@code null} to leave the field out
             * @return this builder
             */
            public Builder detail(ContentDetail detail) {
                this.detail = detail;
                return this;
            }

            /**
             * Sets the prompt cache breakpoint; see {@link PromptVariable#EXPLICIT_CACHE_BREAKPOINT} (JSON {@code prompt_cache_breakpoint}).
             *
             * @param promptCacheBreakpoint the value, or {@code null} to leave the field out
             * @return this builder
             */
            public Builder promptCacheBreakpoint(JsonObject promptCacheBreakpoint) {
                this.promptCacheBreakpoint = promptCacheBreakpoint;
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
            public InputImage build() {
                return new InputImage(this);
            }
        }
    }

    /**
     * A file prompt variable (JSON {@code {"type":"input_file",...}}), by file id, URL or inline data.
     */
    final class InputFile implements PromptVariable {

        private final Setting<String> fileId;
        private final String filename;
        private final String fileData;
        private final String fileUrl;
        private final ContentDetail detail;
        private final JsonObject promptCacheBreakpoint;
        private final Map<String, JsonValue> extraFields;

        private InputFile(Builder builder) {
            this.fileId = builder.fileId;
            this.filename = builder.filename;
            this.fileData = builder.fileData;
            this.fileUrl = builder.fileUrl;
            this.detail = builder.detail;
            this.promptCacheBreakpoint = builder.promptCacheBreakpoint;
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
            builder.fileId = fileId;
            builder.filename = filename;
            builder.fileData = fileData;
            builder.fileUrl = fileUrl;
            builder.detail = detail;
            builder.promptCacheBreakpoint = promptCacheBreakpoint;
            builder.extraFields = extraFields.isEmpty() ? null : new LinkedHashMap<>(extraFields);
            return builder;
        }

        /**
         * Returns the id of an uploaded file (JSON {@code file_id}).
         *
         * @return the value, or {@code null} when not set or switched off; see {@link #fileIdSetting()}
         */
        public String fileId() {
            return fileId == null ? null : fileId.valueOrNull();
        }

        /**
         * Returns the id of an uploaded file with its three states (JSON {@code file_id}).
         *
         * @return {@code null} when not set, {@link Setting#disabled()} when switched off (JSON {@code null}),
         *     else the enabled value
         */
        public Setting<String> fileIdSetting() {
            return fileId;
        }

        /**
         * Returns the file's name (JSON {@code filename}).
         *
         * @return the value, or {@code null} when not set
         */
        public String filename() {
            return filename;
        }

        /**
         * Returns the file's content, inline (JSON {@code file_data}).
         *
         * @return the value, or {@code null} when not set
         */
        public String fileData() {
            return fileData;
        }

        /**
         * Returns the file's URL (JSON {@code file_url}).
         *
         * @return the value, or {@code null} when not set
         */
        public String fileUrl() {
            return fileUrl;
        }

        /**
         * Returns the level of detail: {@code auto}, {@code low} or {@code high} (JSON {@code detail}).
         *
         * @return the value, or {@code null} when not set
         */
        public ContentDetail detail() {
            return detail;
        }

        /**
         * Returns the prompt cache breakpoint; see {@link PromptVariable#EXPLICIT_CACHE_BREAKPOINT} (JSON {@code prompt_cache_breakpoint}).
         *
         * @return the value, or {@code null} when not set
         */
        public JsonObject promptCacheBreakpoint() {
            return promptCacheBreakpoint;
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
            return other instanceof InputFile that && Schemas.INPUT_FILE.equal(this, that);
        }

        @Override
        public int hashCode() {
            return Schemas.INPUT_FILE.hash(this);
        }

        /** Returns the set fields; secrets are redacted and extra fields named only. */
        @Override
        public String toString() {
            return Schemas.INPUT_FILE.describe(this);
        }

        /** Builds a {@link InputFile}. Not thread-safe; the value it builds is immutable. */
        public static final class Builder {

            private Setting<String> fileId;
            private String filename;
            private String fileData;
            private String fileUrl;
            private ContentDetail detail;
            private JsonObject promptCacheBreakpoint;
            private Map<String, JsonValue> extraFields;

            private Builder() {}

            /**
             * Sets the id of an uploaded file (JSON {@code file_id}).
             *
             * @param fileId the value, or {@code null} to leave the field out; {@link #disableFileId()} sends
             *     JSON {@code null}
             * @return this builder
             */
            public Builder fileId(String fileId) {
                this.fileId = fileId == null ? null : Setting.enabled(fileId);
                return this;
            }

            /**
             * Switches the id of an uploaded file off: sends JSON {@code null} (JSON {@code file_id}).
             *
             * @return this builder
             */
            public Builder disableFileId() {
                this.fileId = Setting.disabled();
                return this;
            }

            /**
             * Sets the id of an uploaded file with its three states (JSON {@code file_id}).
             *
             * @param fileId {@code null} to leave the field out, {@link Setting#disabled()} for JSON {@code null}, or an
             *     enabled value
             * @return this builder
             */
            public Builder fileIdSetting(Setting<String> fileId) {
                this.fileId = fileId;
                return this;
            }

            /**
             * Sets the file's name (JSON {@code filename}).
             *
             * @param filename the value, or {@code null} to leave the field out
             * @return this builder
             */
            public Builder filename(String filename) {
                this.filename = filename;
                return this;
            }

            /**
             * Sets the file's content, inline (JSON {@code file_data}).
             *
             * @param fileData the value, or {@code null} to leave the field out
             * @return this builder
             */
            public Builder fileData(String fileData) {
                this.fileData = fileData;
                return this;
            }

            /**
             * Sets the file's URL (JSON {@code file_url}).
             *
             * @param fileUrl the value, or {@code null} to leave the field out
             * @return this builder
             */
            public Builder fileUrl(String fileUrl) {
                this.fileUrl = fileUrl;
                return this;
            }

            /**
             * Sets the level of detail: {@code auto}, {@code low} or {@code high} (JSON {@code detail}).
             *
             * @param detail the value, or {@code null} to leave the field out
             * @return this builder
             */
            public Builder detail(ContentDetail detail) {
                this.detail = detail;
                return this;
            }

            /**
             * Sets the prompt cache breakpoint; see {@link PromptVariable#EXPLICIT_CACHE_BREAKPOINT} (JSON {@code prompt_cache_breakpoint}).
             *
             * @param promptCacheBreakpoint the value, or {@code null} to leave the field out
             * @return this builder
             */
            public Builder promptCacheBreakpoint(JsonObject promptCacheBreakpoint) {
                this.promptCacheBreakpoint = promptCacheBreakpoint;
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
            public InputFile build() {
                return new InputFile(this);
            }
        }
    }

    /**
     * Content of a type this library does not know, kept whole.
     *
     * @param json the object as the server sent it, with its {@code type}
     */
    record Unknown(JsonObject json) implements PromptVariable {
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
            return "PromptVariable.Unknown[type=" + (json.get("type") == null ? null : json.get("type").asString()) + ", members="
                    + json.names() + "]";
        }
    }
}
