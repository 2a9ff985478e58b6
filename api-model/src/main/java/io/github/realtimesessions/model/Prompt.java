package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.Checks;
import io.github.realtimesessions.model.internal.Schemas;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stored prompt template the session uses (JSON {@code prompt}). JSON {@code null} switches it off, so a request
 * holds it as a {@link Setting}.
 */
public final class Prompt {

    private final String id;
    private final Setting<String> version;
    private final Setting<Map<String, PromptVariable>> variables;
    private final Map<String, JsonValue> extraFields;

    private Prompt(Builder builder) {
        this.id = builder.id;
        this.version = builder.version;
        // variablesSetting takes the caller's Setting as it is: freeze the map it holds.
        this.variables = builder.variables == null || !builder.variables.isEnabled() ? builder.variables
                : Setting.enabled(Checks.mapOrNull(builder.variables.valueOrNull(), "variables"));
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
        builder.id = id;
        builder.version = version;
        builder.variables = variables;
        builder.extraFields = extraFields.isEmpty() ? null : new LinkedHashMap<>(extraFields);
        return builder;
    }

    /**
     * Returns the id of the prompt template (JSON {@code id}).
     *
     * @return the value, or {@code null} when not set
     */
    public String id() {
        return id;
    }

    /**
     * Returns the version of the template; the latest when not set (JSON {@code version}).
     *
     * @return the value, or {@code null} when not set or switched off; see {@link #versionSetting()}
     */
    public String version() {
        return version == null ? null : version.valueOrNull();
    }

    /**
     * Returns the version of the template; the latest when not set with its three states (JSON {@code version}).
     *
     * @return {@code null} when not set, {@link Setting#disabled()} when switched off (JSON {@code null}),
     *     else the enabled value
     */
    public Setting<String> versionSetting() {
        return version;
    }

    /**
     * Returns Values for the template's variables (JSON {@code variables}).
     *
     * @return the value, or {@code null} when not set or switched off; see {@link #variablesSetting()}
     */
    public Map<String, PromptVariable> variables() {
        return variables == null ? null : variables.valueOrNull();
    }

    /**
     * Returns Values for the template's variables with its three states (JSON {@code variables}).
     *
     * @return {@code null} when not set, {@link Setting#disabled()} when switched off (JSON {@code null}),
     *     else the enabled value
     */
    public Setting<Map<String, PromptVariable>> variablesSetting() {
        return variables;
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
     * Returns a prompt template by id.
     *
     * @param id the template's id
     * @return the prompt
     */
    public static Prompt of(String id) {
        return builder().id(id).build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Prompt that && Schemas.PROMPT.equal(this, that);
    }

    @Override
    public int hashCode() {
        return Schemas.PROMPT.hash(this);
    }

    /** Returns the set fields; secrets are redacted and extra fields named only. */
    @Override
    public String toString() {
        return Schemas.PROMPT.describe(this);
    }

    /** Builds a {@link Prompt}. Not thread-safe; the value it builds is immutable. */
    public static final class Builder {

        private String id;
        private Setting<String> version;
        private Setting<Map<String, PromptVariable>> variables;
        private Map<String, JsonValue> extraFields;

        private Builder() {}

        /**
         * Sets the id of the prompt template (JSON {@code id}).
         *
         * @param id the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the version of the template; the latest when not set (JSON {@code version}).
         *
         * @param version the value, or {@code null} to leave the field out; {@link #disableVersion()} sends
         *     JSON {@code null}
         * @return this builder
         */
        public Builder version(String version) {
            this.version = version == null ? null : Setting.enabled(version);
            return this;
        }

        /**
         * Switches the version of the template; the latest when not set off: sends JSON {@code null} (JSON {@code version}).
         *
         * @return this builder
         */
        public Builder disableVersion() {
            this.version = Setting.disabled();
            return this;
        }

        /**
         * Sets the version of the template; the latest when not set with its three states (JSON {@code version}).
         *
         * @param version {@code null} to leave the field out, {@link Setting#disabled()} for JSON {@code null}, or an
         *     enabled value
         * @return this builder
         */
        public Builder versionSetting(Setting<String> version) {
            this.version = version;
            return this;
        }

        /**
         * Sets Values for the template's variables (JSON {@code variables}).
         *
         * @param variables the value, or {@code null} to leave the field out; {@link #disableVariables()} sends
         *     JSON {@code null}
         * @return this builder
         */
        public Builder variables(Map<String, PromptVariable> variables) {
            this.variables = variables == null ? null : Setting.enabled(Checks.mapOrNull(variables, "variables"));
            return this;
        }

        /**
         * Switches Values for the template's variables off: sends JSON {@code null} (JSON {@code variables}).
         *
         * @return this builder
         */
        public Builder disableVariables() {
            this.variables = Setting.disabled();
            return this;
        }

        /**
         * Sets Values for the template's variables with its three states (JSON {@code variables}).
         *
         * @param variables {@code null} to leave the field out, {@link Setting#disabled()} for JSON {@code null}, or an
         *     enabled value
         * @return this builder
         */
        public Builder variablesSetting(Setting<Map<String, PromptVariable>> variables) {
            this.variables = variables;
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
        public Prompt build() {
            return new Prompt(this);
        }
    }
}
