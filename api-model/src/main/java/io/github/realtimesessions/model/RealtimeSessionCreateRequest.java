package io.github.realtimesessions.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The body of {@code POST /v1/realtime/sessions}: the configuration of the session to create. Every field is optional
 * ({@code null} leaves it out and the API's default applies); {@code {}} is a valid request.
 *
 * <p>A request is immutable and valid by construction: the canonical constructor (and so {@link Builder#build()})
 * checks every rule the API states and throws {@link InvalidRequestException} naming each broken one:
 * <ul>
 *   <li>{@code temperature} between 0.6 and 1.2, {@code speed} between 0.25 and 1.5 (inclusive, finite);</li>
 *   <li>{@code max_response_output_tokens} an integer from 1 to 4096, or {@code inf}; {@code tracing} {@code auto},
 *       a configuration or disabled;</li>
 *   <li>{@code client_secret.expires_after.seconds} from 10 to 7200;</li>
 *   <li>{@code turn_detection.threshold} between 0.0 and 1.0, its durations not negative; {@code eagerness} only with
 *       {@code semantic_vad}, {@code threshold}/{@code prefix_padding_ms}/{@code silence_duration_ms} only with
 *       {@code server_vad} (the API's default type);</li>
 *   <li>{@code modalities} not empty and without repeats;</li>
 *   <li>every tool has a name of 1 to 64 letters, digits, {@code _} or {@code -}, names are unique, and a
 *       {@code tool_choice} naming a function names one of the tools;</li>
 *   <li>{@code input_audio_transcription.language}, when set, is not blank.</li>
 * </ul>
 *
 * @param model the Realtime model of the session
 * @param modalities the modalities the model can respond with; {@code [TEXT]} disables audio
 * @param instructions the system instructions prepended to model calls
 * @param voice the voice the model answers with; cannot change after the first audio response
 * @param inputAudioFormat the format of input audio; the API's default is {@code pcm16}
 * @param outputAudioFormat the format of output audio; the API's default is {@code pcm16}
 * @param inputAudioTranscription transcription of input audio; off by default, as a {@link Setting}; {@code null} when not set
 * @param inputAudioNoiseReduction noise reduction of input audio, as a {@link Setting}; {@code null} when not set
 * @param turnDetection turn detection; the API's default is server VAD, as a {@link Setting}; {@code null} when not set
 * @param tools the functions the model may call
 * @param toolChoice how the model chooses tools; the API's default is {@code auto}
 * @param temperature the sampling temperature, 0.6 to 1.2; the API's default is 0.8
 * @param maxResponseOutputTokens the output-token limit of one response, 1 to 4096 or {@code inf} (the default)
 * @param speed the speed of spoken responses, 0.25 to 1.5; the API's default is 1.0
 * @param tracing tracing of the session in the traces dashboard, as a {@link Setting}; {@code null} when not set
 * @param clientSecret options for the minted client secret (its lifetime)
 */
public record RealtimeSessionCreateRequest(
        RealtimeModel model,
        List<Modality> modalities,
        String instructions,
        Voice voice,
        AudioFormat inputAudioFormat,
        AudioFormat outputAudioFormat,
        Setting<InputAudioTranscription> inputAudioTranscription,
        Setting<NoiseReduction> inputAudioNoiseReduction,
        Setting<TurnDetection> turnDetection,
        List<Tool> tools,
        ToolChoice toolChoice,
        Double temperature,
        MaxOutputTokens maxResponseOutputTokens,
        Double speed,
        Setting<Tracing> tracing,
        ClientSecretConfig clientSecret) {

    /**
     * Creates a request, copying lists and checking every rule.
     *
     * @throws NullPointerException if a list holds a {@code null} element
     * @throws InvalidRequestException if a field breaks a rule of the API
     */
    public RealtimeSessionCreateRequest {
        modalities = Checks.listOrNull(modalities, "modalities");
        tools = Checks.listOrNull(tools, "tools");
        RequestRules.check(
                modalities,
                inputAudioTranscription,
                turnDetection,
                tools,
                toolChoice,
                temperature,
                maxResponseOutputTokens,
                speed,
                tracing,
                clientSecret);
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
     * Returns a builder holding this request, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.model = model;
        builder.modalities = modalities == null ? null : new ArrayList<>(modalities);
        builder.instructions = instructions;
        builder.voice = voice;
        builder.inputAudioFormat = inputAudioFormat;
        builder.outputAudioFormat = outputAudioFormat;
        builder.inputAudioTranscription = inputAudioTranscription;
        builder.inputAudioNoiseReduction = inputAudioNoiseReduction;
        builder.turnDetection = turnDetection;
        builder.tools = tools == null ? null : new ArrayList<>(tools);
        builder.toolChoice = toolChoice;
        builder.temperature = temperature;
        builder.maxResponseOutputTokens = maxResponseOutputTokens;
        builder.speed = speed;
        builder.tracing = tracing;
        builder.clientSecret = clientSecret;
        return builder;
    }

    /** Builds a {@link RealtimeSessionCreateRequest}. Not thread-safe; the request it builds is. */
    public static final class Builder {
        private RealtimeModel model;
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
        private ClientSecretConfig clientSecret;

        private Builder() {}

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
         * Sets the modalities the model can respond with; {@code [TEXT]} disables audio (JSON {@code modalities}).
         *
         * @param modalities the values, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder modalities(List<Modality> modalities) {
            this.modalities = modalities == null ? null : new ArrayList<>(modalities);
            return this;
        }

        /**
         * Sets the modalities the model can respond with; {@code [TEXT]} disables audio (JSON {@code modalities}).
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
         * Turns on transcription of input audio; off by default with the given configuration (JSON {@code input_audio_transcription}).
         *
         * @param inputAudioTranscription the configuration, or {@code null} to leave the field out (server default)
         * @return this builder
         */
        public Builder inputAudioTranscription(InputAudioTranscription inputAudioTranscription) {
            this.inputAudioTranscription = inputAudioTranscription == null ? null : Setting.enabled(inputAudioTranscription);
            return this;
        }

        /**
         * Turns off transcription of input audio; off by default: sends JSON {@code "input_audio_transcription": null}.
         *
         * @return this builder
         */
        public Builder disableInputAudioTranscription() {
            this.inputAudioTranscription = Setting.disabled();
            return this;
        }

        /**
         * Sets transcription of input audio; off by default in any of its three states (JSON {@code input_audio_transcription}).
         *
         * @param inputAudioTranscription {@code null} (leave out), {@link Setting#disabled()} or {@link Setting#enabled(Object)}
         * @return this builder
         */
        public Builder inputAudioTranscriptionSetting(Setting<InputAudioTranscription> inputAudioTranscription) {
            this.inputAudioTranscription = inputAudioTranscription;
            return this;
        }

        /**
         * Turns on noise reduction of input audio with the given configuration (JSON {@code input_audio_noise_reduction}).
         *
         * @param inputAudioNoiseReduction the configuration, or {@code null} to leave the field out (server default)
         * @return this builder
         */
        public Builder inputAudioNoiseReduction(NoiseReduction inputAudioNoiseReduction) {
            this.inputAudioNoiseReduction = inputAudioNoiseReduction == null ? null : Setting.enabled(inputAudioNoiseReduction);
            return this;
        }

        /**
         * Turns off noise reduction of input audio: sends JSON {@code "input_audio_noise_reduction": null}.
         *
         * @return this builder
         */
        public Builder disableInputAudioNoiseReduction() {
            this.inputAudioNoiseReduction = Setting.disabled();
            return this;
        }

        /**
         * Sets noise reduction of input audio in any of its three states (JSON {@code input_audio_noise_reduction}).
         *
         * @param inputAudioNoiseReduction {@code null} (leave out), {@link Setting#disabled()} or {@link Setting#enabled(Object)}
         * @return this builder
         */
        public Builder inputAudioNoiseReductionSetting(Setting<NoiseReduction> inputAudioNoiseReduction) {
            this.inputAudioNoiseReduction = inputAudioNoiseReduction;
            return this;
        }

        /**
         * Turns on turn detection; the API's default is server VAD with the given configuration (JSON {@code turn_detection}).
         *
         * @param turnDetection the configuration, or {@code null} to leave the field out (server default)
         * @return this builder
         */
        public Builder turnDetection(TurnDetection turnDetection) {
            this.turnDetection = turnDetection == null ? null : Setting.enabled(turnDetection);
            return this;
        }

        /**
         * Turns off turn detection; the API's default is server VAD: sends JSON {@code "turn_detection": null}.
         *
         * @return this builder
         */
        public Builder disableTurnDetection() {
            this.turnDetection = Setting.disabled();
            return this;
        }

        /**
         * Sets turn detection; the API's default is server VAD in any of its three states (JSON {@code turn_detection}).
         *
         * @param turnDetection {@code null} (leave out), {@link Setting#disabled()} or {@link Setting#enabled(Object)}
         * @return this builder
         */
        public Builder turnDetectionSetting(Setting<TurnDetection> turnDetection) {
            this.turnDetection = turnDetection;
            return this;
        }

        /**
         * Sets the functions the model may call (JSON {@code tools}).
         *
         * @param tools the values, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder tools(List<Tool> tools) {
            this.tools = tools == null ? null : new ArrayList<>(tools);
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
         * Turns on tracing of the session in the traces dashboard with the given configuration (JSON {@code tracing}).
         *
         * @param tracing the configuration, or {@code null} to leave the field out (server default)
         * @return this builder
         */
        public Builder tracing(Tracing tracing) {
            this.tracing = tracing == null ? null : Setting.enabled(tracing);
            return this;
        }

        /**
         * Turns off tracing of the session in the traces dashboard: sends JSON {@code "tracing": null}.
         *
         * @return this builder
         */
        public Builder disableTracing() {
            this.tracing = Setting.disabled();
            return this;
        }

        /**
         * Sets tracing of the session in the traces dashboard in any of its three states (JSON {@code tracing}).
         *
         * @param tracing {@code null} (leave out), {@link Setting#disabled()} or {@link Setting#enabled(Object)}
         * @return this builder
         */
        public Builder tracingSetting(Setting<Tracing> tracing) {
            this.tracing = tracing;
            return this;
        }

        /**
         * Sets options for the minted client secret (its lifetime) (JSON {@code client_secret}).
         *
         * @param clientSecret the value, or {@code null} to leave the field out
         * @return this builder
         */
        public Builder clientSecret(ClientSecretConfig clientSecret) {
            this.clientSecret = clientSecret;
            return this;
        }

        /**
         * Adds a tool (JSON {@code tools}).
         *
         * @param tool the tool
         * @return this builder
         */
        public Builder addTool(Tool tool) {
            if (tools == null) {
                tools = new ArrayList<>();
            }
            tools.add(tool);
            return this;
        }

        /**
         * Sets an integer output-token limit (JSON {@code max_response_output_tokens}).
         *
         * @param tokens 1 to 4096
         * @return this builder
         */
        public Builder maxResponseOutputTokens(int tokens) {
            return maxResponseOutputTokens(MaxOutputTokens.of(tokens));
        }

        /**
         * Sets the lifetime of the minted client secret (JSON {@code client_secret.expires_after}, anchored at
         * creation).
         *
         * @param seconds 10 to 7200
         * @return this builder
         */
        public Builder expiresAfterSeconds(int seconds) {
            return clientSecret(ClientSecretConfig.expiresAfterSeconds(seconds));
        }

        /**
         * Builds the request.
         *
         * @return a new, valid request
         * @throws InvalidRequestException naming every field that breaks a rule of the API
         */
        public RealtimeSessionCreateRequest build() {
            return new RealtimeSessionCreateRequest(model, modalities, instructions, voice, inputAudioFormat, outputAudioFormat, inputAudioTranscription, inputAudioNoiseReduction, turnDetection, tools, toolChoice, temperature, maxResponseOutputTokens, speed, tracing, clientSecret);
        }
    }
}
