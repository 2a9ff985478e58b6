package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.Checks;
import io.github.realtimesessions.model.internal.Schemas;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which tools of an MCP server need approval before a call (JSON {@code require_approval} object): those matching
 * {@code always} do, those matching {@code never} do not.
 */
public final class McpApprovalPolicy implements McpApproval {

    private final McpToolFilter always;
    private final McpToolFilter never;
    private final Map<String, JsonValue> extraFields;

    private McpApprovalPolicy(Builder builder) {
        this.always = builder.always;
        this.never = builder.never;
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
        builder.always = always;
        builder.never = never;
        builder.extraFields = extraFields.isEmpty() ? null : new LinkedHashMap<>(extraFields);
        return builder;
    }

    /**
     * Returns the tools that always need approval (JSON {@code always}).
     *
     * @return the value, or {@code null} when not set
     */
    public McpToolFilter always() {
        return always;
    }

    /**
     * Returns the tools that never need approval (JSON {@code never}).
     *
     * @return the value, or {@code null} when not set
     */
    public McpToolFilter never() {
        return never;
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
        return other instanceof McpApprovalPolicy that && Schemas.MCP_APPROVAL_POLICY.equal(this, that);
    }

    @Override
    public int hashCode() {
        return Schemas.MCP_APPROVAL_POLICY.hash(this);
    }

    /** Returns the set fields; secrets are redacted and extra fields named only. */
    @Override
    public String toString() {
        return Schemas.MCP_APPROVAL_POLICY.describe(this);
    }

    /** Builds a {@link McpApprovalPolicy}. Not thread-safe; the value it builds is immutable. */
    public static final class Builder {

        private McpToolFilter always;
        private McpToolFilter never;
        private Map<String, JsonValue> extraFields;

        private Builder() {}

        /**
         * Sets the tools that always need approval (JSON {@code always}).
         *
         * @param always the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder always(McpToolFilter always) {
            this.always = always;
            return this;
        }

        /**
         * Sets the tools that never need approval (JSON {@code never}).
         *
         * @param never the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder never(McpToolFilter never) {
            this.never = never;
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
        public McpApprovalPolicy build() {
            return new McpApprovalPolicy(this);
        }
    }
}
