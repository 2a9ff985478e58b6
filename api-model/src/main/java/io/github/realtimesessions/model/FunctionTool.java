package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.Checks;
import io.github.realtimesessions.model.internal.Schemas;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A function the model may call (JSON {@code tools[]} with {@code "type":"function"}).
 */
public final class FunctionTool implements Tool {

    private final String name;
    private final String description;
    private final JsonObject parameters;
    private final Map<String, JsonValue> extraFields;

    private FunctionTool(Builder builder) {
        this.name = builder.name;
        this.description = builder.description;
        this.parameters = builder.parameters;
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
        builder.name = name;
        builder.description = description;
        builder.parameters = parameters;
        builder.extraFields = extraFields.isEmpty() ? null : new LinkedHashMap<>(extraFields);
        return builder;
    }

    /**
     * Returns the function's name: 1 to 64 letters, digits, {@code _} or {@code -} (JSON {@code name}).
     *
     * @return the value, or {@code null} when not set
     */
    public String name() {
        return name;
    }

    /**
     * Returns When and how to call the function, and what to tell the user when calling it (JSON {@code description}).
     *
     * @return the value, or {@code null} when not set
     */
    public String description() {
        return description;
    }

    /**
     * Returns the function's parameters as a JSON Schema (JSON {@code parameters}).
     *
     * @return the value, or {@code null} when not set
     */
    public JsonObject parameters() {
        return parameters;
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
     * Returns a function tool.
     *
     * @param name the function's name
     * @param description when and how to call it, or {@code null}
     * @param parameters its parameters as a JSON Schema, or {@code null}
     * @return the tool
     */
    public static FunctionTool of(String name, String description, JsonObject parameters) {
        return builder().name(name).description(description).parameters(parameters).build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FunctionTool that && Schemas.FUNCTION_TOOL.equal(this, that);
    }

    @Override
    public int hashCode() {
        return Schemas.FUNCTION_TOOL.hash(this);
    }

    /** Returns the set fields; secrets are redacted and extra fields named only. */
    @Override
    public String toString() {
        return Schemas.FUNCTION_TOOL.describe(this);
    }

    /** Builds a {@link FunctionTool}. Not thread-safe; the value it builds is immutable. */
    public static final class Builder {

        private String name;
        private String description;
        private JsonObject parameters;
        private Map<String, JsonValue> extraFields;

        private Builder() {}

        /**
         * Sets the function's name: 1 to 64 letters, digits, {@code _} or {@code -} (JSON {@code name}).
         *
         * @param name the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets When and how to call the function, and what to tell the user when calling it (JSON {@code description}).
         *
         * @param description the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets the function's parameters as a JSON Schema (JSON {@code parameters}).
         *
         * @param parameters the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder parameters(JsonObject parameters) {
            this.parameters = parameters;
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
        public FunctionTool build() {
            return new FunctionTool(this);
        }
    }
}
