package io.github.realtimesessions.model;

import java.time.Instant;
import java.util.List;

/**
 * The answer to {@code POST /v1/realtime/sessions}: the session as the server configured it, with the
 * {@link ClientSecret} to hand to the client.
 *
 * <p>A response is immutable but not validated: it holds whatever the server sent, so a newer server never breaks
 * an older client. Any component may be {@code null} (absent on the wire). The transports make sure a
 * {@code client_secret} is present before they return a response. {@link #toString()} never shows the secret.
 *
 * @param id the session id, like {@code sess_...}
 * @param object the object type, {@code realtime.session}
 * @param model the Realtime model of the session
 * @param expiresAt when the session itself expires (Unix seconds on the wire), if the server says
 * @param modalities the modalities the model can respond with
 * @param instructions the system instructions
 * @param voice the voice the model answers with
 * @param inputAudioFormat the format of input audio
 * @param outputAudioFormat the format of output audio
 * @param inputAudioTranscription transcription of input audio; {@link Setting#disabled()} when the server sent JSON {@code null}
 * @param inputAudioNoiseReduction noise reduction of input audio; {@link Setting#disabled()} when the server sent JSON {@code null}
 * @param turnDetection turn detection; {@link Setting#disabled()} when the server sent JSON {@code null}
 * @param tools the functions the model may call
 * @param toolChoice how the model chooses tools
 * @param temperature the sampling temperature
 * @param maxResponseOutputTokens the output-token limit of one response
 * @param speed the speed of spoken responses
 * @param tracing tracing of the session; {@link Setting#disabled()} when the server sent JSON {@code null}
 * @param clientSecret the ephemeral key to hand to the client; {@code toString()} redacts it
 */
public record RealtimeSessionCreateResponse(
        String id,
        String object,
        RealtimeModel model,
        Instant expiresAt,
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
        ClientSecret clientSecret) {

    /**
     * Creates a response, copying lists.
     *
     * @throws NullPointerException if a list holds a {@code null} element
     */
    public RealtimeSessionCreateResponse {
        modalities = Checks.listOrNull(modalities, "modalities");
        tools = Checks.listOrNull(tools, "tools");
    }

    /**
     * Returns an empty builder, for fakes and tests.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this response, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.object = object;
        builder.model = model;
        builder.expiresAt = expiresAt;
        builder.modalities = modalities;
        builder.instructions = instructions;
        builder.voice = voice;
        builder.inputAudioFormat = inputAudioFormat;
        builder.outputAudioFormat = outputAudioFormat;
        builder.inputAudioTranscription = inputAudioTranscription;
        builder.inputAudioNoiseReduction = inputAudioNoiseReduction;
        builder.turnDetection = turnDetection;
        builder.tools = tools;
        builder.toolChoice = toolChoice;
        builder.temperature = temperature;
        builder.maxResponseOutputTokens = maxResponseOutputTokens;
        builder.speed = speed;
        builder.tracing = tracing;
        builder.clientSecret = clientSecret;
        return builder;
    }

    /** Builds a {@link RealtimeSessionCreateResponse}. Not thread-safe; the response it builds is. */
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

        private Builder() {}

        /**
         * Sets the session id, like {@code sess_...} (JSON {@code id}).
         *
         * @param id the value, or {@code null} for absent
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the object type, {@code realtime.session} (JSON {@code object}).
         *
         * @param object the value, or {@code null} for absent
         * @return this builder
         */
        public Builder object(String object) {
            this.object = object;
            return this;
        }

        /**
         * Sets the Realtime model of the session (JSON {@code model}).
         *
         * @param model the value, or {@code null} for absent
         * @return this builder
         */
        public Builder model(RealtimeModel model) {
            this.model = model;
            return this;
        }

        /**
         * Sets when the session itself expires (Unix seconds on the wire), if the server says (JSON {@code expires_at}).
         *
         * @param expiresAt the value, or {@code null} for absent
         * @return this builder
         */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /**
         * Sets the modalities the model can respond with (JSON {@code modalities}).
         *
         * @param modalities the values, or {@code null} for absent
         * @return this builder
         */
        public Builder modalities(List<Modality> modalities) {
            this.modalities = modalities;
            return this;
        }

        /**
         * Sets the system instructions (JSON {@code instructions}).
         *
         * @param instructions the value, or {@code null} for absent
         * @return this builder
         */
        public Builder instructions(String instructions) {
            this.instructions = instructions;
            return this;
        }

        /**
         * Sets the voice the model answers with (JSON {@code voice}).
         *
         * @param voice the value, or {@code null} for absent
         * @return this builder
         */
        public Builder voice(Voice voice) {
            this.voice = voice;
            return this;
        }

        /**
         * Sets the format of input audio (JSON {@code input_audio_format}).
         *
         * @param inputAudioFormat the value, or {@code null} for absent
         * @return this builder
         */
        public Builder inputAudioFormat(AudioFormat inputAudioFormat) {
            this.inputAudioFormat = inputAudioFormat;
            return this;
        }

        /**
         * Sets the format of output audio (JSON {@code output_audio_format}).
         *
         * @param outputAudioFormat the value, or {@code null} for absent
         * @return this builder
         */
        public Builder outputAudioFormat(AudioFormat outputAudioFormat) {
            this.outputAudioFormat = outputAudioFormat;
            return this;
        }

        /**
         * Sets transcription of input audio to an enabled configuration (JSON {@code input_audio_transcription}).
         *
         * @param inputAudioTranscription the configuration, or {@code null} for absent
         * @return this builder
         */
        public Builder inputAudioTranscription(InputAudioTranscription inputAudioTranscription) {
            this.inputAudioTranscription = inputAudioTranscription == null ? null : Setting.enabled(inputAudioTranscription);
            return this;
        }

        /**
         * Sets transcription of input audio in any of its three states (JSON {@code input_audio_transcription}).
         *
         * @param inputAudioTranscription {@code null} (absent), {@link Setting#disabled()} (JSON {@code null}) or an enabled value
         * @return this builder
         */
        public Builder inputAudioTranscriptionSetting(Setting<InputAudioTranscription> inputAudioTranscription) {
            this.inputAudioTranscription = inputAudioTranscription;
            return this;
        }

        /**
         * Sets noise reduction of input audio to an enabled configuration (JSON {@code input_audio_noise_reduction}).
         *
         * @param inputAudioNoiseReduction the configuration, or {@code null} for absent
         * @return this builder
         */
        public Builder inputAudioNoiseReduction(NoiseReduction inputAudioNoiseReduction) {
            this.inputAudioNoiseReduction = inputAudioNoiseReduction == null ? null : Setting.enabled(inputAudioNoiseReduction);
            return this;
        }

        /**
         * Sets noise reduction of input audio in any of its three states (JSON {@code input_audio_noise_reduction}).
         *
         * @param inputAudioNoiseReduction {@code null} (absent), {@link Setting#disabled()} (JSON {@code null}) or an enabled value
         * @return this builder
         */
        public Builder inputAudioNoiseReductionSetting(Setting<NoiseReduction> inputAudioNoiseReduction) {
            this.inputAudioNoiseReduction = inputAudioNoiseReduction;
            return this;
        }

        /**
         * Sets turn detection to an enabled configuration (JSON {@code turn_detection}).
         *
         * @param turnDetection the configuration, or {@code null} for absent
         * @return this builder
         */
        public Builder turnDetection(TurnDetection turnDetection) {
            this.turnDetection = turnDetection == null ? null : Setting.enabled(turnDetection);
            return this;
        }

        /**
         * Sets turn detection in any of its three states (JSON {@code turn_detection}).
         *
         * @param turnDetection {@code null} (absent), {@link Setting#disabled()} (JSON {@code null}) or an enabled value
         * @return this builder
         */
        public Builder turnDetectionSetting(Setting<TurnDetection> turnDetection) {
            this.turnDetection = turnDetection;
            return this;
        }

        /**
         * Sets the functions the model may call (JSON {@code tools}).
         *
         * @param tools the values, or {@code null} for absent
         * @return this builder
         */
        public Builder tools(List<Tool> tools) {
            this.tools = tools;
            return this;
        }

        /**
         * Sets how the model chooses tools (JSON {@code tool_choice}).
         *
         * @param toolChoice the value, or {@code null} for absent
         * @return this builder
         */
        public Builder toolChoice(ToolChoice toolChoice) {
            this.toolChoice = toolChoice;
            return this;
        }

        /**
         * Sets the sampling temperature (JSON {@code temperature}).
         *
         * @param temperature the value, or {@code null} for absent
         * @return this builder
         */
        public Builder temperature(Double temperature) {
            this.temperature = temperature;
            return this;
        }

        /**
         * Sets the output-token limit of one response (JSON {@code max_response_output_tokens}).
         *
         * @param maxResponseOutputTokens the value, or {@code null} for absent
         * @return this builder
         */
        public Builder maxResponseOutputTokens(MaxOutputTokens maxResponseOutputTokens) {
            this.maxResponseOutputTokens = maxResponseOutputTokens;
            return this;
        }

        /**
         * Sets the speed of spoken responses (JSON {@code speed}).
         *
         * @param speed the value, or {@code null} for absent
         * @return this builder
         */
        public Builder speed(Double speed) {
            this.speed = speed;
            return this;
        }

        /**
         * Sets tracing of the session to an enabled configuration (JSON {@code tracing}).
         *
         * @param tracing the configuration, or {@code null} for absent
         * @return this builder
         */
        public Builder tracing(Tracing tracing) {
            this.tracing = tracing == null ? null : Setting.enabled(tracing);
            return this;
        }

        /**
         * Sets tracing of the session in any of its three states (JSON {@code tracing}).
         *
         * @param tracing {@code null} (absent), {@link Setting#disabled()} (JSON {@code null}) or an enabled value
         * @return this builder
         */
        public Builder tracingSetting(Setting<Tracing> tracing) {
            this.tracing = tracing;
            return this;
        }

        /**
         * Sets the ephemeral key to hand to the client; {@code toString()} redacts it (JSON {@code client_secret}).
         *
         * @param clientSecret the value, or {@code null} for absent
         * @return this builder
         */
        public Builder clientSecret(ClientSecret clientSecret) {
            this.clientSecret = clientSecret;
            return this;
        }

        /**
         * Builds the response.
         *
         * @return a new response
         */
        public RealtimeSessionCreateResponse build() {
            return new RealtimeSessionCreateResponse(id, object, model, expiresAt, modalities, instructions, voice, inputAudioFormat, outputAudioFormat, inputAudioTranscription, inputAudioNoiseReduction, turnDetection, tools, toolChoice, temperature, maxResponseOutputTokens, speed, tracing, clientSecret);
        }
    }
}
