package io.github.realtimesessions.model.beta;

import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.beta.internal.BetaSchemas;

/**
 * A function the model may call, in the retired beta interface (JSON {@code tools[]}).
 */
public final class Tool {

    private final ToolType type;
    private final String name;
    private final String description;
    private final JsonObject parameters;

    private Tool(Builder builder) {
        this.type = builder.type;
        this.name = builder.name;
        this.description = builder.description;
        this.parameters = builder.parameters;
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
        builder.name = name;
        builder.description = description;
        builder.parameters = parameters;
        return builder;
    }

    /**
     * Returns the tool type; {@code function} is the only one (JSON {@code type}).
     *
     * @return the value, or {@code null} when not set
     */
    public ToolType type() {
        return type;
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
     * Returns When and how to call the function (JSON {@code description}).
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
     * Returns a function tool.
     *
     * @param name the function's name
     * @param description when and how to call it, or {@code null}
     * @param parameters its parameters as a JSON Schema, or {@code null}
     * @return the tool
     */
    public static Tool function(String name, String description, JsonObject parameters) {
        return builder().type(ToolType.FUNCTION).name(name).description(description).parameters(parameters).build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tool that && BetaSchemas.TOOL.equal(this, that);
    }

    @Override
    public int hashCode() {
        return BetaSchemas.TOOL.hash(this);
    }

    /** Returns the set fields; secrets are redacted and extra fields named only. */
    @Override
    public String toString() {
        return BetaSchemas.TOOL.describe(this);
    }

    /** Builds a {@link Tool}. Not thread-safe; the value it builds is immutable. */
    public static final class Builder {

        private ToolType type;
        private String name;
        private String description;
        private JsonObject parameters;

        private Builder() {}

        /**
         * Sets the tool type; {@code function} is the only one (JSON {@code type}).
         *
         * @param type the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder type(ToolType type) {
            this.type = type;
            return this;
        }

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
         * Sets When and how to call the function (JSON {@code description}).
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
         * Builds the value.
         *
         * @return the value
         */
        public Tool build() {
            return new Tool(this);
        }
    }
}
