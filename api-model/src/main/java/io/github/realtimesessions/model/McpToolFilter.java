package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.Checks;
import io.github.realtimesessions.model.internal.Schemas;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which tools of an MCP server a rule covers (JSON {@code allowed_tools} object, {@code require_approval.always},
 * {@code require_approval.never}): tools by name, read-only tools (annotated {@code readOnlyHint}), or both.
 */
public final class McpToolFilter implements McpAllowedTools {

    private final List<String> toolNames;
    private final Boolean readOnly;
    private final Map<String, JsonValue> extraFields;

    private McpToolFilter(Builder builder) {
        this.toolNames = Checks.listOrNull(builder.toolNames, "tool_names");
        this.readOnly = builder.readOnly;
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
        builder.toolNames = Checks.mutableCopy(toolNames);
        builder.readOnly = readOnly;
        builder.extraFields = extraFields.isEmpty() ? null : new LinkedHashMap<>(extraFields);
        return builder;
    }

    /**
     * Returns the names of the tools (JSON {@code tool_names}).
     *
     * @return an unmodifiable list, or {@code null} when not set
     */
    public List<String> toolNames() {
        return toolNames;
    }

    /**
     * Returns whether the filter matches read-only tools (JSON {@code read_only}).
     *
     * @return the value, or {@code null} when not set
     */
    public Boolean readOnly() {
        return readOnly;
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
        return other instanceof McpToolFilter that && Schemas.MCP_TOOL_FILTER.equal(this, that);
    }

    @Override
    public int hashCode() {
        return Schemas.MCP_TOOL_FILTER.hash(this);
    }

    /** Returns the set fields; secrets are redacted and extra fields named only. */
    @Override
    public String toString() {
        return Schemas.MCP_TOOL_FILTER.describe(this);
    }

    /** Builds a {@link McpToolFilter}. Not thread-safe; the value it builds is immutable. */
    public static final class Builder {

        private List<String> toolNames;
        private Boolean readOnly;
        private Map<String, JsonValue> extraFields;

        private Builder() {}

        /**
         * Sets the names of the tools (JSON {@code tool_names}).
         *
         * @param toolNames the values, copied, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder toolNames(List<? extends String> toolNames) {
            this.toolNames = Checks.mutableCopy(toolNames);
            return this;
        }

        /**
         * Sets the names of the tools (JSON {@code tool_names}).
         *
         * @param toolNames the values
         * @return this builder
         */
        public Builder toolNames(String... toolNames) {
            return toolNames(Arrays.asList(toolNames));
        }

        /**
         * Sets whether the filter matches read-only tools (JSON {@code read_only}).
         *
         * @param readOnly the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder readOnly(Boolean readOnly) {
            this.readOnly = readOnly;
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
        public McpToolFilter build() {
            return new McpToolFilter(this);
        }
    }
}
