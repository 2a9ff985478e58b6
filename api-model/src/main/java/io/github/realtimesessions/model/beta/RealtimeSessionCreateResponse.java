package io.github.realtimesessions.model.beta;

import io.github.realtimesessions.model.ClientSecret;
import io.github.realtimesessions.model.JsonValue;
import io.github.realtimesessions.model.MaxOutputTokens;
import io.github.realtimesessions.model.Modality;
import io.github.realtimesessions.model.NoiseReduction;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.ResponseMetadata;
import io.github.realtimesessions.model.Setting;
import io.github.realtimesessions.model.Tracing;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.model.beta.internal.BetaSchemas;
import io.github.realtimesessions.model.internal.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answer of the retired beta {@code POST /v1/realtime/sessions}: the created session, with every field the
 * server returns, and its {@link ClientSecret}. Responses are lenient: any field may be absent or {@code null}, unknown
 * enum values are kept, unknown fields land in {@link #extraFields()}; only the client secret is required.
 *
 * @deprecated OpenAI removed {@code POST /v1/realtime/sessions} on 2026-05-12 (deprecated since 2025-09-15); it remains
 *     here for servers that still emulate it. Mint production secrets with
 *     {@link io.github.realtimesessions.model.ClientSecretRequest} and {@code SessionCreator.createClientSecret}.
 */
@Deprecated(since = "0.1.0")
public final class RealtimeSessionCreateResponse {

    private final String id;
    private final String object;
    private final RealtimeModel model;
    private final Instant expiresAt;
    private final List<Modality> modalities;
    private final String instructions;
    private final Voice voice;
    private final AudioFormat inputAudioFormat;
    private final AudioFormat outputAudioFormat;
    private final Setting<InputAudioTranscription> inputAudioTranscription;
    private final Setting<NoiseReduction> inputAudioNoiseReduction;
    private final Setting<TurnDetection> turnDetection;
    private final List<Tool> tools;
    private final ToolChoice toolChoice;
    private final Double temperature;
    private final MaxOutputTokens maxResponseOutputTokens;
    private final Double speed;
    private final Setting<Tracing> tracing;
    private final ClientSecret clientSecret;
    private final Map<String, JsonValue> extraFields;

    private RealtimeSessionCreateResponse(Builder builder) {
        this.id = builder.id;
        this.object = builder.object;
        this.model = builder.model;
        this.expiresAt = builder.expiresAt;
        this.modalities = Checks.listOrNull(builder.modalities, "modalities");
        this.instructions = builder.instructions;
        this.voice = builder.voice;
        this.inputAudioFormat = builder.inputAudioFormat;
        this.outputAudioFormat = builder.outputAudioFormat;
        this.inputAudioTranscription = builder.inputAudioTranscription;
        this.inputAudioNoiseReduction = builder.inputAudioNoiseReduction;
        this.turnDetection = builder.turnDetection;
        this.tools = Checks.listOrNull(builder.tools, "tools");
        this.toolChoice = builder.toolChoice;
        this.temperature = builder.temperature;
        this.maxResponseOutputTokens = builder.maxResponseOutputTokens;
        this.speed = builder.speed;
        this.tracing = builder.tracing;
        this.clientSecret = builder.clientSecret;
        this.extraFields = Checks.extras(builder.extraFields);
        this.metadata = builder.metadata;
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
        builder.object = object;
        builder.model = model;
        builder.expiresAt = expiresAt;
        builder.modalities = Checks.mutableCopy(modalities);
        builder.instructions = instructions;
        builder.voice = voice;
        builder.inputAudioFormat = inputAudioFormat;
        builder.outputAudioFormat = outputAudioFormat;
        builder.inputAudioTranscription = inputAudioTranscription;
        builder.inputAudioNoiseReduction = inputAudioNoiseReduction;
        builder.turnDetection = turnDetection;
        builder.tools = Checks.mutableCopy(tools);
        builder.toolChoice = toolChoice;
        builder.temperature = temperature;
        builder.maxResponseOutputTokens = maxResponseOutputTokens;
        builder.speed = speed;
        builder.tracing = tracing;
        builder.clientSecret = clientSecret;
        builder.extraFields = extraFields.isEmpty() ? null : new LinkedHashMap<>(extraFields);
        builder.metadata = metadata;
        return builder;
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
     * Returns the object type, {@code realtime.session} (JSON {@code object}).
     *
     * @return the value, or {@code null} when not set
     */
    public String object() {
        return object;
    }

    /**
     * Returns the Realtime model of the session (JSON {@code model}).
     *
     * @return the value, or {@code null} when not set
     */
    public RealtimeModel model() {
        return model;
    }

    /**
     * Returns When the session expires; {@code 0} reads as {@code null} (JSON {@code expires_at}).
     *
     * @return the value, or {@code null} when not set
     */
    public Instant expiresAt() {
        return expiresAt;
    }

    /**
     * Returns the modalities the model can respond with; {@code [text]} disables audio (JSON {@code modalities}).
     *
     * @return an unmodifiable list, or {@code null} when not set
     */
    public List<Modality> modalities() {
        return modalities;
    }

    /**
     * Returns the system instructions prepended to model calls (JSON {@code instructions}).
     *
     * @return the value, or {@code null} when not set
     */
    public String instructions() {
        return instructions;
    }

    /**
     * Returns the voice the model answers with; cannot change after the first audio response (JSON {@code voice}).
     *
     * @return the value, or {@code null} when not set
     */
    public Voice voice() {
        return voice;
    }

    /**
     * Returns the format of input audio; the API's default is {@code pcm16} (JSON {@code input_audio_format}).
     *
     * @return the value, or {@code null} when not set
     */
    public AudioFormat inputAudioFormat() {
        return inputAudioFormat;
    }

    /**
     * Returns the format of output audio; the API's default is {@code pcm16} (JSON {@code output_audio_format}).
     *
     * @return the value, or {@code null} when not set
     */
    public AudioFormat outputAudioFormat() {
        return outputAudioFormat;
    }

    /**
     * Returns Transcription of input audio; off by default (JSON {@code input_audio_transcription}).
     *
     * @return the value, or {@code null} when not set or switched off; see {@link #inputAudioTranscriptionSetting()}
     */
    public InputAudioTranscription inputAudioTranscription() {
        return inputAudioTranscription == null ? null : inputAudioTranscription.valueOrNull();
    }

    /**
     * Returns Transcription of input audio; off by default with its three states (JSON {@code input_audio_transcription}).
     *
     * @return {@code null} when not set, {@link Setting#disabled()} when switched off (JSON {@code null}),
     *     else the enabled value
     */
    public Setting<InputAudioTranscription> inputAudioTranscriptionSetting() {
        return inputAudioTranscription;
    }

    /**
     * Returns Noise reduction of input audio (JSON {@code input_audio_noise_reduction}).
     *
     * @return the value, or {@code null} when not set or switched off; see {@link #inputAudioNoiseReductionSetting()}
     */
    public NoiseReduction inputAudioNoiseReduction() {
        return inputAudioNoiseReduction == null ? null : inputAudioNoiseReduction.valueOrNull();
    }

    /**
     * Returns Noise reduction of input audio with its three states (JSON {@code input_audio_noise_reduction}).
     *
     * @return {@code null} when not set, {@link Setting#disabled()} when switched off (JSON {@code null}),
     *     else the enabled value
     */
    public Setting<NoiseReduction> inputAudioNoiseReductionSetting() {
        return inputAudioNoiseReduction;
    }

    /**
     * Returns Turn detection; the API's default is server VAD (JSON {@code turn_detection}).
     *
     * @return the value, or {@code null} when not set or switched off; see {@link #turnDetectionSetting()}
     */
    public TurnDetection turnDetection() {
        return turnDetection == null ? null : turnDetection.valueOrNull();
    }

    /**
     * Returns Turn detection; the API's default is server VAD with its three states (JSON {@code turn_detection}).
     *
     * @return {@code null} when not set, {@link Setting#disabled()} when switched off (JSON {@code null}),
     *     else the enabled value
     */
    public Setting<TurnDetection> turnDetectionSetting() {
        return turnDetection;
    }

    /**
     * Returns the functions the model may call (JSON {@code tools}).
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
     * Returns the sampling temperature, 0.6 to 1.2; the API's default is 0.8 (JSON {@code temperature}).
     *
     * @return the value, or {@code null} when not set
     */
    public Double temperature() {
        return temperature;
    }

    /**
     * Returns the output-token limit of one response, 1 to 4096 or {@code inf} (the default) (JSON {@code max_response_output_tokens}).
     *
     * @return the value, or {@code null} when not set
     */
    public MaxOutputTokens maxResponseOutputTokens() {
        return maxResponseOutputTokens;
    }

    /**
     * Returns the speed of spoken responses, 0.25 to 1.5; the API's default is 1.0 (JSON {@code speed}).
     *
     * @return the value, or {@code null} when not set
     */
    public Double speed() {
        return speed;
    }

    /**
     * Returns Tracing of the session in the traces dashboard (JSON {@code tracing}).
     *
     * @return the value, or {@code null} when not set or switched off; see {@link #tracingSetting()}
     */
    public Tracing tracing() {
        return tracing == null ? null : tracing.valueOrNull();
    }

    /**
     * Returns Tracing of the session in the traces dashboard with its three states (JSON {@code tracing}).
     *
     * @return {@code null} when not set, {@link Setting#disabled()} when switched off (JSON {@code null}),
     *     else the enabled value
     */
    public Setting<Tracing> tracingSetting() {
        return tracing;
    }

    /**
     * Returns the ephemeral key for the client (JSON {@code client_secret}).
     *
     * @return the value, or {@code null} when not set
     */
    public ClientSecret clientSecret() {
        return clientSecret;
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

    private final ResponseMetadata metadata;

    /**
     * Returns what the HTTP answer said besides its body: status, {@code x-request-id}, headers. Not part of
     * {@link #equals(Object)}.
     *
     * @return the metadata, {@link ResponseMetadata#NONE} for an answer built in code
     */
    public ResponseMetadata metadata() {
        return metadata;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RealtimeSessionCreateResponse that && BetaSchemas.SESSION_RESPONSE.equal(this, that);
    }

    @Override
    public int hashCode() {
        return BetaSchemas.SESSION_RESPONSE.hash(this);
    }

    /** Returns the set fields; secrets are redacted and extra fields named only. */
    @Override
    public String toString() {
        return BetaSchemas.SESSION_RESPONSE.describe(this);
    }

    /** Builds a {@link RealtimeSessionCreateResponse}. Not thread-safe; the value it builds is immutable. */
    public static final class Builder {

        private String id;
        private String object;
        private RealtimeModel model;
        private Instant expiresAt;
        private List<Modality> modalities;
        private String instructions;
        private Voice voice;
        private AudioFormat inputAudioFormat;
        private AudioFormat outputAudioFormat;
        private Setting<InputAudioTranscription> inputAudioTranscription;
        private Setting<NoiseReduction> inputAudioNoiseReduction;
        private Setting<TurnDetection> turnDetection;
        private List<Tool> tools;
        private ToolChoice toolChoice;
        private Double temperature;
        private MaxOutputTokens maxResponseOutputTokens;
        private Double speed;
        private Setting<Tracing> tracing;
        private ClientSecret clientSecret;
        private Map<String, JsonValue> extraFields;

        private Builder() {}

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
         * Sets the Realtime model of the session (JSON {@code model}).
         *
         * @param model the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder model(RealtimeModel model) {
            this.model = model;
            return this;
        }

        /**
         * Sets When the session expires; {@code 0} reads as {@code null} (JSON {@code expires_at}).
         *
         * @param expiresAt the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /**
         * Sets the modalities the model can respond with; {@code [text]} disables audio (JSON {@code modalities}).
         *
         * @param modalities the values, copied, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder modalities(List<? extends Modality> modalities) {
            this.modalities = Checks.mutableCopy(modalities);
            return this;
        }

        /**
         * Sets the modalities the model can respond with; {@code [text]} disables audio (JSON {@code modalities}).
         *
         * @param modalities the values
         * @return this builder
         */
        public Builder modalities(Modality... modalities) {
            return modalities(Arrays.asList(modalities));
        }

        /**
         * Sets the system instructions prepended to model calls (JSON {@code instructions}).
         *
         * @param instructions the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder instructions(String instructions) {
            this.instructions = instructions;
            return this;
        }

        /**
         * Sets the voice the model answers with; cannot change after the first audio response (JSON {@code voice}).
         *
         * @param voice the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder voice(Voice voice) {
            this.voice = voice;
            return this;
        }

        /**
         * Sets the format of input audio; the API's default is {@code pcm16} (JSON {@code input_audio_format}).
         *
         * @param inputAudioFormat the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder inputAudioFormat(AudioFormat inputAudioFormat) {
            this.inputAudioFormat = inputAudioFormat;
            return this;
        }

        /**
         * Sets the format of output audio; the API's default is {@code pcm16} (JSON {@code output_audio_format}).
         *
         * @param outputAudioFormat the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder outputAudioFormat(AudioFormat outputAudioFormat) {
            this.outputAudioFormat = outputAudioFormat;
            return this;
        }

        /**
         * Sets Transcription of input audio; off by default (JSON {@code input_audio_transcription}).
         *
         * @param inputAudioTranscription the value, or {@code null} to leave the field out; {@link #disableInputAudioTranscription()} sends
         *     JSON {@code null}
         * @return this builder
         */
        public Builder inputAudioTranscription(InputAudioTranscription inputAudioTranscription) {
            this.inputAudioTranscription = inputAudioTranscription == null ? null : Setting.enabled(inputAudioTranscription);
            return this;
        }

        /**
         * Switches Transcription of input audio; off by default off: sends JSON {@code null} (JSON {@code input_audio_transcription}).
         *
         * @return this builder
         */
        public Builder disableInputAudioTranscription() {
            this.inputAudioTranscription = Setting.disabled();
            return this;
        }

        /**
         * Sets Transcription of input audio; off by default with its three states (JSON {@code input_audio_transcription}).
         *
         * @param inputAudioTranscription {@code null} to leave the field out, {@link Setting#disabled()} for JSON {@code null}, or an
         *     enabled value
         * @return this builder
         */
        public Builder inputAudioTranscriptionSetting(Setting<InputAudioTranscription> inputAudioTranscription) {
            this.inputAudioTranscription = inputAudioTranscription;
            return this;
        }

        /**
         * Sets Noise reduction of input audio (JSON {@code input_audio_noise_reduction}).
         *
         * @param inputAudioNoiseReduction the value, or {@code null} to leave the field out; {@link #disableInputAudioNoiseReduction()} sends
         *     JSON {@code null}
         * @return this builder
         */
        public Builder inputAudioNoiseReduction(NoiseReduction inputAudioNoiseReduction) {
            this.inputAudioNoiseReduction = inputAudioNoiseReduction == null ? null : Setting.enabled(inputAudioNoiseReduction);
            return this;
        }

        /**
         * Switches Noise reduction of input audio off: sends JSON {@code null} (JSON {@code input_audio_noise_reduction}).
         *
         * @return this builder
         */
        public Builder disableInputAudioNoiseReduction() {
            this.inputAudioNoiseReduction = Setting.disabled();
            return this;
        }

        /**
         * Sets Noise reduction of input audio with its three states (JSON {@code input_audio_noise_reduction}).
         *
         * @param inputAudioNoiseReduction {@code null} to leave the field out, {@link Setting#disabled()} for JSON {@code null}, or an
         *     enabled value
         * @return this builder
         */
        public Builder inputAudioNoiseReductionSetting(Setting<NoiseReduction> inputAudioNoiseReduction) {
            this.inputAudioNoiseReduction = inputAudioNoiseReduction;
            return this;
        }

        /**
         * Sets Turn detection; the API's default is server VAD (JSON {@code turn_detection}).
         *
         * @param turnDetection the value, or {@code null} to leave the field out; {@link #disableTurnDetection()} sends
         *     JSON {@code null}
         * @return this builder
         */
        public Builder turnDetection(TurnDetection turnDetection) {
            this.turnDetection = turnDetection == null ? null : Setting.enabled(turnDetection);
            return this;
        }

        /**
         * Switches Turn detection; the API's default is server VAD off: sends JSON {@code null} (JSON {@code turn_detection}).
         *
         * @return this builder
         */
        public Builder disableTurnDetection() {
            this.turnDetection = Setting.disabled();
            return this;
        }

        /**
         * Sets Turn detection; the API's default is server VAD with its three states (JSON {@code turn_detection}).
         *
         * @param turnDetection {@code null} to leave the field out, {@link Setting#disabled()} for JSON {@code null}, or an
         *     enabled value
         * @return this builder
         */
        public Builder turnDetectionSetting(Setting<TurnDetection> turnDetection) {
            this.turnDetection = turnDetection;
            return this;
        }

        /**
         * Sets the functions the model may call (JSON {@code tools}).
         *
         * @param tools the values, copied, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder tools(List<? extends Tool> tools) {
            this.tools = Checks.mutableCopy(tools);
            return this;
        }

        /**
         * Sets the functions the model may call (JSON {@code tools}).
         *
         * @param tools the values
         * @return this builder
         */
        public Builder tools(Tool... tools) {
            return tools(Arrays.asList(tools));
        }

        /**
         * Adds one to the functions the model may call (JSON {@code tools}).
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
         * Sets the sampling temperature, 0.6 to 1.2; the API's default is 0.8 (JSON {@code temperature}).
         *
         * @param temperature the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder temperature(Double temperature) {
            this.temperature = temperature;
            return this;
        }

        /**
         * Sets the output-token limit of one response, 1 to 4096 or {@code inf} (the default) (JSON {@code max_response_output_tokens}).
         *
         * @param maxResponseOutputTokens the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder maxResponseOutputTokens(MaxOutputTokens maxResponseOutputTokens) {
            this.maxResponseOutputTokens = maxResponseOutputTokens;
            return this;
        }

        /**
         * Sets the speed of spoken responses, 0.25 to 1.5; the API's default is 1.0 (JSON {@code speed}).
         *
         * @param speed the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder speed(Double speed) {
            this.speed = speed;
            return this;
        }

        /**
         * Sets Tracing of the session in the traces dashboard (JSON {@code tracing}).
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
         * Switches Tracing of the session in the traces dashboard off: sends JSON {@code null} (JSON {@code tracing}).
         *
         * @return this builder
         */
        public Builder disableTracing() {
            this.tracing = Setting.disabled();
            return this;
        }

        /**
         * Sets Tracing of the session in the traces dashboard with its three states (JSON {@code tracing}).
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
         * Sets the ephemeral key for the client (JSON {@code client_secret}).
         *
         * @param clientSecret the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder clientSecret(ClientSecret clientSecret) {
            this.clientSecret = clientSecret;
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

        private ResponseMetadata metadata = ResponseMetadata.NONE;

        /**
         * Sets what the HTTP answer said besides its body.
         *
         * @param metadata the metadata
         * @return this builder
         */
        public Builder metadata(ResponseMetadata metadata) {
            this.metadata = Objects.requireNonNull(metadata, "metadata must not be null");
            return this;
        }

        /**
         * Builds the value.
         *
         * @return the value
         */
        public RealtimeSessionCreateResponse build() {
            return new RealtimeSessionCreateResponse(this);
        }
    }
}
