package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.Checks;
import io.github.realtimesessions.model.internal.Schemas;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A remote MCP server or a service connector whose tools the model may call (JSON {@code tools[]} with
 * {@code "type":"mcp"}). Give exactly the server's label and one of {@code server_url}, {@code connector_id} or
 * {@code tunnel_id}.
 *
 * <p>{@code authorization} and the {@code headers} values may be credentials: {@link #toString()} never prints them.
 */
public final class McpTool implements Tool {

    private final String serverLabel;
    private final String serverUrl;
    private final McpConnector connectorId;
    private final String tunnelId;
    private final String authorization;
    private final String serverDescription;
    private final Setting<Map<String, String>> headers;
    private final Setting<McpAllowedTools> allowedTools;
    private final Setting<List<ToolCaller>> allowedCallers;
    private final Setting<McpApproval> requireApproval;
    private final Boolean deferLoading;
    private final Map<String, JsonValue> extraFields;

    private McpTool(Builder builder) {
        this.serverLabel = builder.serverLabel;
        this.serverUrl = builder.serverUrl;
        this.connectorId = builder.connectorId;
        this.tunnelId = builder.tunnelId;
        this.authorization = builder.authorization;
        this.serverDescription = builder.serverDescription;
        // headersSetting/allowedCallersSetting take the caller's Setting as it is: freeze what it holds.
        this.headers = builder.headers == null || !builder.headers.isEnabled() ? builder.headers
                : Setting.enabled(Checks.mapOrNull(builder.headers.valueOrNull(), "headers"));
        this.allowedTools = builder.allowedTools;
        this.allowedCallers = builder.allowedCallers == null || !builder.allowedCallers.isEnabled()
                ? builder.allowedCallers
                : Setting.enabled(Checks.listOrNull(builder.allowedCallers.valueOrNull(), "allowed_callers"));
        this.requireApproval = builder.requireApproval;
        this.deferLoading = builder.deferLoading;
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
        builder.serverLabel = serverLabel;
        builder.serverUrl = serverUrl;
        builder.connectorId = connectorId;
        builder.tunnelId = tunnelId;
        builder.authorization = authorization;
        builder.serverDescription = serverDescription;
        builder.headers = headers;
        builder.allowedTools = allowedTools;
        builder.allowedCallers = allowedCallers;
        builder.requireApproval = requireApproval;
        builder.deferLoading = deferLoading;
        builder.extraFields = extraFields.isEmpty() ? null : new LinkedHashMap<>(extraFields);
        return builder;
    }

    /**
     * Returns the label that names this server in tool calls (JSON {@code server_label}).
     *
     * @return the value, or {@code null} when not set
     */
    public String serverLabel() {
        return serverLabel;
    }

    /**
     * Returns the URL of the MCP server (JSON {@code server_url}).
     *
     * @return the value, or {@code null} when not set
     */
    public String serverUrl() {
        return serverUrl;
    }

    /**
     * Returns the service connector to use instead of a server URL (JSON {@code connector_id}).
     *
     * @return the value, or {@code null} when not set
     */
    public McpConnector connectorId() {
        return connectorId;
    }

    /**
     * Returns the Secure MCP Tunnel to reach the server through (JSON {@code tunnel_id}).
     *
     * @return the value, or {@code null} when not set
     */
    public String tunnelId() {
        return tunnelId;
    }

    /**
     * Returns an OAuth access token for the server or connector (JSON {@code authorization}).
     *
     * @return the value, or {@code null} when not set
     */
    public String authorization() {
        return authorization;
    }

    /**
     * Returns what the server is for (JSON {@code server_description}).
     *
     * @return the value, or {@code null} when not set
     */
    public String serverDescription() {
        return serverDescription;
    }

    /**
     * Returns HTTP headers sent to the MCP server (JSON {@code headers}).
     *
     * @return the value, or {@code null} when not set or switched off; see {@link #headersSetting()}
     */
    public Map<String, String> headers() {
        return headers == null ? null : headers.valueOrNull();
    }

    /**
     * Returns HTTP headers sent to the MCP server with its three states (JSON {@code headers}).
     *
     * @return {@code null} when not set, {@link Setting#disabled()} when switched off (JSON {@code null}),
     *     else the enabled value
     */
    public Setting<Map<String, String>> headersSetting() {
        return headers;
    }

    /**
     * Returns which of the server's tools the model may call (JSON {@code allowed_tools}).
     *
     * @return the value, or {@code null} when not set or switched off; see {@link #allowedToolsSetting()}
     */
    public McpAllowedTools allowedTools() {
        return allowedTools == null ? null : allowedTools.valueOrNull();
    }

    /**
     * Returns which of the server's tools the model may call with its three states (JSON {@code allowed_tools}).
     *
     * @return {@code null} when not set, {@link Setting#disabled()} when switched off (JSON {@code null}),
     *     else the enabled value
     */
    public Setting<McpAllowedTools> allowedToolsSetting() {
        return allowedTools;
    }

    /**
     * Returns the contexts the tools may be invoked from (JSON {@code allowed_callers}).
     *
     * @return the value, or {@code null} when not set or switched off; see {@link #allowedCallersSetting()}
     */
    public List<ToolCaller> allowedCallers() {
        return allowedCallers == null ? null : allowedCallers.valueOrNull();
    }

    /**
     * Returns the contexts the tools may be invoked from with its three states (JSON {@code allowed_callers}).
     *
     * @return {@code null} when not set, {@link Setting#disabled()} when switched off (JSON {@code null}),
     *     else the enabled value
     */
    public Setting<List<ToolCaller>> allowedCallersSetting() {
        return allowedCallers;
    }

    /**
     * Returns which tool calls need approval; the API's default is {@code always} (JSON {@code require_approval}).
     *
     * @return the value, or {@code null} when not set or switched off; see {@link #requireApprovalSetting()}
     */
    public McpApproval requireApproval() {
        return requireApproval == null ? null : requireApproval.valueOrNull();
    }

    /**
     * Returns which tool calls need approval; the API's default is {@code always} with its three states (JSON {@code require_approval}).
     *
     * @return {@code null} when not set, {@link Setting#disabled()} when switched off (JSON {@code null}),
     *     else the enabled value
     */
    public Setting<McpApproval> requireApprovalSetting() {
        return requireApproval;
    }

    /**
     * Returns whether the tools are deferred and found through tool search (JSON {@code defer_loading}).
     *
     * @return the value, or {@code null} when not set
     */
    public Boolean deferLoading() {
        return deferLoading;
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
        return other instanceof McpTool that && Schemas.MCP_TOOL.equal(this, that);
    }

    @Override
    public int hashCode() {
        return Schemas.MCP_TOOL.hash(this);
    }

    /** Returns the set fields; secrets are redacted and extra fields named only. */
    @Override
    public String toString() {
        return Schemas.MCP_TOOL.describe(this);
    }

    /** Builds a {@link McpTool}. Not thread-safe; the value it builds is immutable. */
    public static final class Builder {

        private String serverLabel;
        private String serverUrl;
        private McpConnector connectorId;
        private String tunnelId;
        private String authorization;
        private String serverDescription;
        private Setting<Map<String, String>> headers;
        private Setting<McpAllowedTools> allowedTools;
        private Setting<List<ToolCaller>> allowedCallers;
        private Setting<McpApproval> requireApproval;
        private Boolean deferLoading;
        private Map<String, JsonValue> extraFields;

        private Builder() {}

        /**
         * Sets the label that names this server in tool calls (JSON {@code server_label}).
         *
         * @param serverLabel the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder serverLabel(String serverLabel) {
            this.serverLabel = serverLabel;
            return this;
        }

        /**
         * Sets the URL of the MCP server (JSON {@code server_url}).
         *
         * @param serverUrl the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder serverUrl(String serverUrl) {
            this.serverUrl = serverUrl;
            return this;
        }

        /**
         * Sets the service connector to use instead of a server URL (JSON {@code connector_id}).
         *
         * @param connectorId the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder connectorId(McpConnector connectorId) {
            this.connectorId = connectorId;
            return this;
        }

        /**
         * Sets the Secure MCP Tunnel to reach the server through (JSON {@code tunnel_id}).
         *
         * @param tunnelId the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder tunnelId(String tunnelId) {
            this.tunnelId = tunnelId;
            return this;
        }

        /**
         * Sets an OAuth access token for the server or connector (JSON {@code authorization}).
         *
         * @param authorization the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder authorization(String authorization) {
            this.authorization = authorization;
            return this;
        }

        /**
         * Sets what the server is for (JSON {@code server_description}).
         *
         * @param serverDescription the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder serverDescription(String serverDescription) {
            this.serverDescription = serverDescription;
            return this;
        }

        /**
         * Sets HTTP headers sent to the MCP server (JSON {@code headers}).
         *
         * @param headers the value, or {@code null} to leave the field out; {@link #disableHeaders()} sends
         *     JSON {@code null}
         * @return this builder
         */
        public Builder headers(Map<String, String> headers) {
            this.headers = headers == null ? null : Setting.enabled(Checks.mapOrNull(headers, "headers"));
            return this;
        }

        /**
         * Switches HTTP headers sent to the MCP server off: sends JSON {@code null} (JSON {@code headers}).
         *
         * @return this builder
         */
        public Builder disableHeaders() {
            this.headers = Setting.disabled();
            return this;
        }

        /**
         * Sets HTTP headers sent to the MCP server with its three states (JSON {@code headers}).
         *
         * @param headers {@code null} to leave the field out, {@link Setting#disabled()} for JSON {@code null}, or an
         *     enabled value
         * @return this builder
         */
        public Builder headersSetting(Setting<Map<String, String>> headers) {
            this.headers = headers;
            return this;
        }

        /**
         * Sets which of the server's tools the model may call (JSON {@code allowed_tools}).
         *
         * @param allowedTools the value, or {@code null} to leave the field out; {@link #disableAllowedTools()} sends
         *     JSON {@code null}
         * @return this builder
         */
        public Builder allowedTools(McpAllowedTools allowedTools) {
            this.allowedTools = allowedTools == null ? null : Setting.enabled(allowedTools);
            return this;
        }

        /**
         * Switches which of the server's tools the model may call off: sends JSON {@code null} (JSON {@code allowed_tools}).
         *
         * @return this builder
         */
        public Builder disableAllowedTools() {
            this.allowedTools = Setting.disabled();
            return this;
        }

        /**
         * Sets which of the server's tools the model may call with its three states (JSON {@code allowed_tools}).
         *
         * @param allowedTools {@code null} to leave the field out, {@link Setting#disabled()} for JSON {@code null}, or an
         *     enabled value
         * @return this builder
         */
        public Builder allowedToolsSetting(Setting<McpAllowedTools> allowedTools) {
            this.allowedTools = allowedTools;
            return this;
        }

        /**
         * Sets the contexts the tools may be invoked from (JSON {@code allowed_callers}).
         *
         * @param allowedCallers the value, or {@code null} to leave the field out; {@link #disableAllowedCallers()} sends
         *     JSON {@code null}
         * @return this builder
         */
        public Builder allowedCallers(List<ToolCaller> allowedCallers) {
            this.allowedCallers = allowedCallers == null ? null : Setting.enabled(Checks.listOrNull(allowedCallers, "allowed_callers"));
            return this;
        }

        /**
         * Switches the contexts the tools may be invoked from off: sends JSON {@code null} (JSON {@code allowed_callers}).
         *
         * @return this builder
         */
        public Builder disableAllowedCallers() {
            this.allowedCallers = Setting.disabled();
            return this;
        }

        /**
         * Sets the contexts the tools may be invoked from with its three states (JSON {@code allowed_callers}).
         *
         * @param allowedCallers {@code null} to leave the field out, {@link Setting#disabled()} for JSON {@code null}, or an
         *     enabled value
         * @return this builder
         */
        public Builder allowedCallersSetting(Setting<List<ToolCaller>> allowedCallers) {
            this.allowedCallers = allowedCallers;
            return this;
        }

        /**
         * Sets which tool calls need approval; the API's default is {@code always} (JSON {@code require_approval}).
         *
         * @param requireApproval the value, or {@code null} to leave the field out; {@link #disableRequireApproval()} sends
         *     JSON {@code null}
         * @return this builder
         */
        public Builder requireApproval(McpApproval requireApproval) {
            this.requireApproval = requireApproval == null ? null : Setting.enabled(requireApproval);
            return this;
        }

        /**
         * Switches which tool calls need approval; the API's default is {@code always} off: sends JSON {@code null} (JSON {@code require_approval}).
         *
         * @return this builder
         */
        public Builder disableRequireApproval() {
            this.requireApproval = Setting.disabled();
            return this;
        }

        /**
         * Sets which tool calls need approval; the API's default is {@code always} with its three states (JSON {@code require_approval}).
         *
         * @param requireApproval {@code null} to leave the field out, {@link Setting#disabled()} for JSON {@code null}, or an
         *     enabled value
         * @return this builder
         */
        public Builder requireApprovalSetting(Setting<McpApproval> requireApproval) {
            this.requireApproval = requireApproval;
            return this;
        }

        /**
         * Sets whether the tools are deferred and found through tool search (JSON {@code defer_loading}).
         *
         * @param deferLoading the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder deferLoading(Boolean deferLoading) {
            this.deferLoading = deferLoading;
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
        public McpTool build() {
            return new McpTool(this);
        }
    }
}
