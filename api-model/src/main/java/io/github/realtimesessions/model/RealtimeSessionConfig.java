package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.Checks;
import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.model.internal.Violations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The configuration of a Realtime (speech-to-speech) session (JSON {@code session} with {@code "type":"realtime"}):
 * what a client secret is minted for, and the {@code session} part of a WebRTC call. Every field is optional; the API's
 * defaults apply to what is not set, and the client that connects may override them.
 *
 * <p>Valid by construction: {@link Builder#build()} checks the rules of the API (one output modality, speed 0.25 to 1.5,
 * idle timeout 5000 to 30000 ms, max output tokens 1 to 4096 or {@code inf}, retention ratio 0 to 1, tool names, a tool
 * choice that names a tool of the session...) and names each broken rule by its JSON path.
 */
public final class RealtimeSessionConfig implements SessionConfig {

    private final RealtimeModel model;
    private final List<Modality> outputModalities;
    private final String instructions;
    private final Audio audio;
    private final List<IncludeOption> include;
    private final Setting<Tracing> tracing;
    private final List<Tool> tools;
    private final ToolChoice toolChoice;
    private final Boolean parallelToolCalls;
    private final Reasoning reasoning;
    private final MaxOutputTokens maxOutputTokens;
    private final Truncation truncation;
    private final Setting<Prompt> prompt;
    private final Map<String, JsonValue> extraFields;

    private RealtimeSessionConfig(Builder builder) {
        this.model = builder.model;
        this.outputModalities = Checks.listOrNull(builder.outputModalities, "output_modalities");
        this.instructions = builder.instructions;
        this.audio = builder.audio;
        this.include = Checks.listOrNull(builder.include, "include");
        this.tracing = builder.tracing;
        this.tools = Checks.listOrNull(builder.tools, "tools");
        this.toolChoice = builder.toolChoice;
        this.parallelToolCalls = builder.parallelToolCalls;
        this.reasoning = builder.reasoning;
        this.maxOutputTokens = builder.maxOutputTokens;
        this.truncation = builder.truncation;
        this.prompt = builder.prompt;
        this.extraFields = Checks.extras(builder.extraFields);
        Violations violations = new Violations();
        Schemas.REALTIME_SESSION_CONFIG.validate(this, violations);
        violations.throwIfAny("realtime session configuration");
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
        builder.outputModalities = Checks.mutableCopy(outputModalities);
        builder.instructions = instructions;
        builder.audio = audio;
        builder.include = Checks.mutableCopy(include);
        builder.tracing = tracing;
        builder.tools = Checks.mutableCopy(tools);
        builder.toolChoice = toolChoice;
        builder.parallelToolCalls = parallelToolCalls;
        builder.reasoning = reasoning;
        builder.maxOutputTokens = maxOutputTokens;
        builder.truncation = truncation;
        builder.prompt = prompt;
        builder.extraFields = extraFields.isEmpty() ? null : new LinkedHashMap<>(extraFields);
        return builder;
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
     * @return an unmodifiable list, or {@code null} when not set
     */
    public List<IncludeOption> include() {
        return include;
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
     * Returns whether the model may call several tools at once, for reasoning Realtime models such as {@code gpt-realtime-2} (JSON {@code parallel_tool_calls}).
     *
     * @return the value, or {@code null} when not set
     */
    public Boolean parallelToolCalls() {
        return parallelToolCalls;
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
     * Returns the output-token limit of one response, tool calls included: 1 to 4096, or {@code inf} (the default) (JSON {@code max_output_tokens}).
     *
     * @return the value, or {@code null} when not set
     */
    public MaxOutputTokens maxOutputTokens() {
        return maxOutputTokens;
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
        return other instanceof RealtimeSessionConfig that && Schemas.REALTIME_SESSION_CONFIG.equal(this, that);
    }

    @Override
    public int hashCode() {
        return Schemas.REALTIME_SESSION_CONFIG.hash(this);
    }

    /** Returns the set fields; secrets are redacted and extra fields named only. */
    @Override
    public String toString() {
        return Schemas.REALTIME_SESSION_CONFIG.describe(this);
    }

    /** Builds a {@link RealtimeSessionConfig}. Not thread-safe; the value it builds is immutable. */
    public static final class Builder {

        private RealtimeModel model;
        private List<Modality> outputModalities;
        private String instructions;
        private Audio audio;
        private List<IncludeOption> include;
        private Setting<Tracing> tracing;
        private List<Tool> tools;
        private ToolChoice toolChoice;
        private Boolean parallelToolCalls;
        private Reasoning reasoning;
        private MaxOutputTokens maxOutputTokens;
        private Truncation truncation;
        private Setting<Prompt> prompt;
        private Map<String, JsonValue> extraFields;

        private Builder() {}

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
         * @param include the values, copied, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder include(List<? extends IncludeOption> include) {
            this.include = Checks.mutableCopy(include);
            return this;
        }

        /**
         * Sets Extra data the server includes in its events (JSON {@code include}).
         *
         * @param include the values
         * @return this builder
         */
        public Builder include(IncludeOption... include) {
            return include(Arrays.asList(include));
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
         * Sets whether the model may call several tools at once, for reasoning Realtime models such as {@code gpt-realtime-2} (JSON {@code parallel_tool_calls}).
         *
         * @param parallelToolCalls the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder parallelToolCalls(Boolean parallelToolCalls) {
            this.parallelToolCalls = parallelToolCalls;
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
         * Sets the voice, keeping the rest of the output audio configuration (JSON {@code audio.output.voice}).
         *
         * @param voice the voice
         * @return this builder
         */
        public Builder voice(Voice voice) {
            Audio current = audio == null ? Audio.builder().build() : audio;
            AudioOutput output = current.output() == null ? AudioOutput.builder().build() : current.output();
            return audio(current.toBuilder().output(output.toBuilder().voice(voice).build()).build());
        }

        /**
         * Builds the value.
         *
         * @return the value
         * @throws io.github.realtimesessions.model.InvalidRequestException if a field breaks a rule of the API,
         *     naming every broken rule by its JSON path
         */
        public RealtimeSessionConfig build() {
            return new RealtimeSessionConfig(this);
        }
    }
}
