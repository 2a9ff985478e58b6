package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.Checks;
import io.github.realtimesessions.model.internal.Schemas;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Realtime session as the API returns it (JSON {@code session} with {@code "type":"realtime"} in a client secret
 * answer): the configuration the server applied, defaults included, and the session's id. Every field may be absent or
 * {@code null}; values the library does not know are kept (open enumerations, {@link #extraFields()}).
 *
 * <p>{@link #expiresAt()} is the session's expiry; the API sends {@code 0} (read as {@code null}) and the secret's own
 * expiry is {@link ClientSecretResponse#clientSecret()}.
 */
public final class RealtimeSession implements Session {

    private final String object;
    private final String id;
    private final RealtimeModel model;
    private final List<Modality> outputModalities;
    private final String instructions;
    private final List<Tool> tools;
    private final ToolChoice toolChoice;
    private final MaxOutputTokens maxOutputTokens;
    private final Setting<Tracing> tracing;
    private final Truncation truncation;
    private final Setting<Prompt> prompt;
    private final Instant expiresAt;
    private final Audio audio;
    private final Setting<List<IncludeOption>> include;
    private final Reasoning reasoning;
    private final Map<String, JsonValue> extraFields;

    private RealtimeSession(Builder builder) {
        this.object = builder.object;
        this.id = builder.id;
        this.model = builder.model;
        this.outputModalities = Checks.listOrNull(builder.outputModalities, "output_modalities");
        this.instructions = builder.instructions;
        this.tools = Checks.listOrNull(builder.tools, "tools");
        this.toolChoice = builder.toolChoice;
        this.maxOutputTokens = builder.maxOutputTokens;
        this.tracing = builder.tracing;
        this.truncation = builder.truncation;
        this.prompt = builder.prompt;
        this.expiresAt = builder.expiresAt;
        this.audio = builder.audio;
        // includeSetting takes the caller's Setting as it is: freeze the list it holds.
        this.include = builder.include == null || !builder.include.isEnabled() ? builder.include
                : Setting.enabled(Checks.listOrNull(builder.include.valueOrNull(), "include"));
        this.reasoning = builder.reasoning;
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
        builder.model = model;
        builder.outputModalities = Checks.mutableCopy(outputModalities);
        builder.instructions = instructions;
        builder.tools = Checks.mutableCopy(tools);
        builder.toolChoice = toolChoice;
        builder.maxOutputTokens = maxOutputTokens;
        builder.tracing = tracing;
        builder.truncation = truncation;
        builder.prompt = prompt;
        builder.expiresAt = expiresAt;
        builder.audio = audio;
        builder.include = include;
        builder.reasoning = reasoning;
        builder.extraFields = extraFields.isEmpty() ? null : new LinkedHashMap<>(extraFields);
        return builder;
    }

    /**
     * Returns the object type, {@code realtime.session} (JSON {@code object}).
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
     * Returns the Realtime model; on Azure OpenAI, the name of your model deployment (JSON {@code model}).
     *
     * @return the value, or {@code null} when not set
     */
    public RealtimeModel model() {
        return model;
    }

    /**
     * Returns what the model answers with: {@code [audio]} (audio with a transcript, the default) or {@code [text]}, never both (JSON {@code output_modalities}).
     *
     * @return an unmodifiable list, or {@code null} when not set
     */
    public List<Modality> outputModalities() {
        return outputModalities;
    }

    /**
     * Returns the system instructions; the server's defaults apply when not set (JSON {@code instructions}).
     *
     * @return the value, or {@code null} when not set
     */
    public String instructions() {
        return instructions;
    }

    /**
     * Returns the tools the model may call (JSON {@code tools}).
     *
     * @return an unmodifiable list, or {@code null} when not set
     */
    public List<Tool> tools() {
        return tools;
    }

    /**
     * Returns how the model chooses tools; the API's default is {@code auto} (JSON {@code tool_choice}).
     *
     * @return the value, or {@code null} when not set
     */
    public ToolChoice toolChoice() {
        return toolChoice;
    }

    /**
     * Returns the output-token limit of one response, tool calls included: 1 to 4096, or {@code inf} (the default) (JSON {@code max_output_tokens}).
     *
     * @return the value, or {@code null} when not set
     */
    public MaxOutputTokens maxOutputTokens() {
        return maxOutputTokens;
    }

    /**
     * Returns Tracing in the traces dashboard; off by default, and it cannot change once on (JSON {@code tracing}).
     *
     * @return the value, or {@code null} when not set or switched off; see {@link #tracingSetting()}
     */
    public Tracing tracing() {
        return tracing == null ? null : tracing.valueOrNull();
    }

    /**
     * Returns Tracing in the traces dashboard; off by default, and it cannot change once on with its three states (JSON {@code tracing}).
     *
     * @return {@code null} when not set, {@link Setting#disabled()} when switched off (JSON {@code null}),
     *     else the enabled value
     */
    public Setting<Tracing> tracingSetting() {
        return tracing;
    }

    /**
     * Returns how the conversation is truncated when it exceeds the input token limit; the API's default is {@code auto} (JSON {@code truncation}).
     *
     * @return the value, or {@code null} when not set
     */
    public Truncation truncation() {
        return truncation;
    }

    /**
     * Returns a stored prompt template (JSON {@code prompt}).
     *
     * @return the value, or {@code null} when not set or switched off; see {@link #promptSetting()}
     */
    public Prompt prompt() {
        return prompt == null ? null : prompt.valueOrNull();
    }

    /**
     * Returns a stored prompt template with its three states (JSON {@code prompt}).
     *
     * @return {@code null} when not set, {@link Setting#disabled()} when switched off (JSON {@code null}),
     *     else the enabled value
     */
    public Setting<Prompt> promptSetting() {
        return prompt;
    }

    /**
     * Returns When the session expires; the API sends {@code 0} for "not given", which reads as {@code null} (JSON {@code expires_at}).
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
     * Returns Reasoning, for reasoning-capable models such as {@code gpt-realtime-2} (JSON {@code reasoning}).
     *
     * @return the value, or {@code null} when not set
     */
    public Reasoning reasoning() {
        return reasoning;
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
     * Returns the session type, always {@code realtime}.
     *
     * @return {@code "realtime"}
     */
    @Override
    public String type() {
        return "realtime";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RealtimeSession that && Schemas.REALTIME_SESSION.equal(this, that);
    }

    @Override
    public int hashCode() {
        return Schemas.REALTIME_SESSION.hash(this);
    }

    /** Returns the set fields; secrets are redacted and extra fields named only. */
    @Override
    public String toString() {
        return Schemas.REALTIME_SESSION.describe(this);
    }

    /** Builds a {@link RealtimeSession}. Not thread-safe; the value it builds is immutable. */
    public static final class Builder {

        private String object;
        private String id;
        private RealtimeModel model;
        private List<Modality> outputModalities;
        private String instructions;
        private List<Tool> tools;
        private ToolChoice toolChoice;
        private MaxOutputTokens maxOutputTokens;
        private Setting<Tracing> tracing;
        private Truncation truncation;
        private Setting<Prompt> prompt;
        private Instant expiresAt;
        private Audio audio;
        private Setting<List<IncludeOption>> include;
        private Reasoning reasoning;
        private Map<String, JsonValue> extraFields;

        private Builder() {}

        /**
         * Sets the object type, {@code realtime.session} (JSON {@code object}).
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
         * Sets the Realtime model; on Azure OpenAI, the name of your model deployment (JSON {@code model}).
         *
         * @param model the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder model(RealtimeModel model) {
            this.model = model;
            return this;
        }

        /**
         * Sets what the model answers with: {@code [audio]} (audio with a transcript, the default) or {@code [text]}, never both (JSON {@code output_modalities}).
         *
         * @param outputModalities the values, copied, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder outputModalities(List<? extends Modality> outputModalities) {
            this.outputModalities = Checks.mutableCopy(outputModalities);
            return this;
        }

        /**
         * Sets what the model answers with: {@code [audio]} (audio with a transcript, the default) or {@code [text]}, never both (JSON {@code output_modalities}).
         *
         * @param outputModalities the values
         * @return this builder
         */
        public Builder outputModalities(Modality... outputModalities) {
            return outputModalities(Arrays.asList(outputModalities));
        }

        /**
         * Sets the system instructions; the server's defaults apply when not set (JSON {@code instructions}).
         *
         * @param instructions the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder instructions(String instructions) {
            this.instructions = instructions;
            return this;
        }

        /**
         * Sets the tools the model may call (JSON {@code tools}).
         *
         * @param tools the values, copied, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder tools(List<? extends Tool> tools) {
            this.tools = Checks.mutableCopy(tools);
            return this;
        }

        /**
         * Sets the tools the model may call (JSON {@code tools}).
         *
         * @param tools the values
         * @return this builder
         */
        public Builder tools(Tool... tools) {
            return tools(Arrays.asList(tools));
        }

        /**
         * Adds one to the tools the model may call (JSON {@code tools}).
         *
         * @param value the value to append
         * @return this builder
         */
        public Builder addTool(Tool value) {
            if (this.tools == null) {
                this.tools = new ArrayList<>();
            }
            this.tools.add(Objects.requireNonNull(value, "tools[] must not be null"));
            return this;
        }

        /**
         * Sets how the model chooses tools; the API's default is {@code auto} (JSON {@code tool_choice}).
         *
         * @param toolChoice the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder toolChoice(ToolChoice toolChoice) {
            this.toolChoice = toolChoice;
            return this;
        }

        /**
         * Sets the output-token limit of one response, tool calls included: 1 to 4096, or {@code inf} (the default) (JSON {@code max_output_tokens}).
         *
         * @param maxOutputTokens the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder maxOutputTokens(MaxOutputTokens maxOutputTokens) {
            this.maxOutputTokens = maxOutputTokens;
            return this;
        }

        /**
         * Sets Tracing in the traces dashboard; off by default, and it cannot change once on (JSON {@code tracing}).
         *
         * @param tracing the value, or {@code null} to leave the field out; {@link #disableTracing()} sends
         *     JSON {@code null}
         * @return this builder
         */
        public Builder tracing(Tracing tracing) {
            this.tracing = tracing == null ? null : Setting.enabled(tracing);
            return this;
        }

        /**
         * Switches Tracing in the traces dashboard; off by default, and it cannot change once on off: sends JSON {@code null} (JSON {@code tracing}).
         *
         * @return this builder
         */
        public Builder disableTracing() {
            this.tracing = Setting.disabled();
            return this;
        }

        /**
         * Sets Tracing in the traces dashboard; off by default, and it cannot change once on with its three states (JSON {@code tracing}).
         *
         * @param tracing {@code null} to leave the field out, {@link Setting#disabled()} for JSON {@code null}, or an
         *     enabled value
         * @return this builder
         */
        public Builder tracingSetting(Setting<Tracing> tracing) {
            this.tracing = tracing;
            return this;
        }

        /**
         * Sets how the conversation is truncated when it exceeds the input token limit; the API's default is {@code auto} (JSON {@code truncation}).
         *
         * @param truncation the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder truncation(Truncation truncation) {
            this.truncation = truncation;
            return this;
        }

        /**
         * Sets a stored prompt template (JSON {@code prompt}).
         *
         * @param prompt the value, or {@code null} to leave the field out; {@link #disablePrompt()} sends
         *     JSON {@code null}
         * @return this builder
         */
        public Builder prompt(Prompt prompt) {
            this.prompt = prompt == null ? null : Setting.enabled(prompt);
            return this;
        }

        /**
         * Switches a stored prompt template off: sends JSON {@code null} (JSON {@code prompt}).
         *
         * @return this builder
         */
        public Builder disablePrompt() {
            this.prompt = Setting.disabled();
            return this;
        }

        /**
         * Sets a stored prompt template with its three states (JSON {@code prompt}).
         *
         * @param prompt {@code null} to leave the field out, {@link Setting#disabled()} for JSON {@code null}, or an
         *     enabled value
         * @return this builder
         */
        public Builder promptSetting(Setting<Prompt> prompt) {
            this.prompt = prompt;
            return this;
        }

        /**
         * Sets When the session expires; the API sends {@code 0} for "not given", which reads as {@code null} (JSON {@code expires_at}).
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
         * Sets Reasoning, for reasoning-capable models such as {@code gpt-realtime-2} (JSON {@code reasoning}).
         *
         * @param reasoning the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder reasoning(Reasoning reasoning) {
            this.reasoning = reasoning;
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
        public RealtimeSession build() {
            return new RealtimeSession(this);
        }
    }
}
