package io.github.realtimesessions.testkit;

import io.github.realtimesessions.model.Audio;
import io.github.realtimesessions.model.AudioFormat;
import io.github.realtimesessions.model.AudioInput;
import io.github.realtimesessions.model.AudioOutput;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.Eagerness;
import io.github.realtimesessions.model.ExpiresAfter;
import io.github.realtimesessions.model.IncludeOption;
import io.github.realtimesessions.model.JsonValue;
import io.github.realtimesessions.model.MaxOutputTokens;
import io.github.realtimesessions.model.Modality;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSession;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.Session;
import io.github.realtimesessions.model.SessionConfig;
import io.github.realtimesessions.model.Setting;
import io.github.realtimesessions.model.ToolChoice;
import io.github.realtimesessions.model.TranscriptionSession;
import io.github.realtimesessions.model.TranscriptionSessionConfig;
import io.github.realtimesessions.model.TranslationAudio;
import io.github.realtimesessions.model.TranslationAudioInput;
import io.github.realtimesessions.model.TranslationClientSecretRequest;
import io.github.realtimesessions.model.TranslationClientSecretResponse;
import io.github.realtimesessions.model.TranslationSession;
import io.github.realtimesessions.model.TranslationSessionConfig;
import io.github.realtimesessions.model.Truncation;
import io.github.realtimesessions.model.TurnDetection;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.model.ResponseMetadata;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How the GA API answers a client secret request, as the recorded answer in the spec's captures shows it: every
 * setting of the request echoed, the server's defaults for the rest ({@code output_modalities [audio]}, no tools,
 * {@code tool_choice auto}, {@code max_output_tokens "inf"}, {@code truncation auto}, PCM 24 kHz both ways, server VAD
 * with threshold 0.5, prefix padding 300 ms, silence 200 ms, voice {@code alloy}, speed 1.0) and explicit JSON
 * {@code null} for every feature that is off ({@code tracing}, {@code prompt}, {@code include}, {@code transcription},
 * {@code noise_reduction}, {@code idle_timeout_ms}). The realtime session's own {@code expires_at} is 0 (none); the
 * secret's is the clock's time plus {@code expires_after.seconds} (default 600).
 */
final class GaDefaults {

    static final String REALTIME_OBJECT = "realtime.session";
    static final String TRANSCRIPTION_OBJECT = "realtime.transcription_session";
    static final RealtimeModel MODEL = RealtimeModel.GPT_REALTIME;
    static final List<Modality> OUTPUT_MODALITIES = List.of(Modality.AUDIO);
    static final AudioFormat FORMAT = AudioFormat.PCM_24KHZ;
    static final Voice VOICE = Voice.ALLOY;
    static final double SPEED = 1.0;
    static final double VAD_THRESHOLD = 0.5;
    static final int VAD_PREFIX_PADDING_MS = 300;
    /** What the API really answers; the spec's prose says 500 ms, its examples and the capture show 200. */
    static final int VAD_SILENCE_DURATION_MS = 200;

    private GaDefaults() {}

    /** The lifetime of a secret the request asks for, in seconds. */
    static int lifetimeSeconds(ExpiresAfter expiresAfter) {
        return expiresAfter == null || expiresAfter.seconds() == null
                ? ExpiresAfter.DEFAULT_SECONDS
                : expiresAfter.seconds();
    }

    static ClientSecretResponse clientSecret(
            ClientSecretRequest request, String sessionId, String secret, Instant now, ResponseMetadata metadata) {
        Instant expiresAt = now.plusSeconds(lifetimeSeconds(request.expiresAfter()));
        return ClientSecretResponse.builder()
                .value(secret)
                .expiresAt(expiresAt)
                .session(session(request.session(), sessionId, expiresAt))
                .metadata(metadata)
                .build();
    }

    static TranslationClientSecretResponse translation(TranslationClientSecretRequest request, String sessionId,
            String secret, Instant now, ResponseMetadata metadata) {
        Instant expiresAt = now.plusSeconds(lifetimeSeconds(request.expiresAfter()));
        TranslationSessionConfig config = request.session();
        TranslationAudio audio = config.audio();
        TranslationAudioInput input = audio == null ? null : audio.input();
        TranslationAudio answeredAudio = TranslationAudio.builder()
                .input(TranslationAudioInput.builder()
                        .transcriptionSetting(offUnlessSet(input == null ? null : input.transcriptionSetting()))
                        .noiseReductionSetting(offUnlessSet(input == null ? null : input.noiseReductionSetting()))
                        .build())
                .output(audio == null ? null : audio.output())
                .build();
        return TranslationClientSecretResponse.builder()
                .value(secret)
                .expiresAt(expiresAt)
                .session(TranslationSession.builder()
                        .id(sessionId)
                        // The spec's examples give the translation session the secret's expiry, not 0.
                        .expiresAt(expiresAt)
                        .model(config.model())
                        .audio(answeredAudio)
                        .build())
                .metadata(metadata)
                .build();
    }

    private static Session session(SessionConfig config, String id, Instant secretExpiry) {
        if (config instanceof TranscriptionSessionConfig transcription) {
            return transcriptionSession(transcription, id, secretExpiry);
        }
        RealtimeSessionConfig realtime = config instanceof RealtimeSessionConfig given
                ? given
                : RealtimeSessionConfig.builder().build();
        return realtimeSession(realtime, id);
    }

    static RealtimeSession realtimeSession(RealtimeSessionConfig config, String id) {
        Audio audio = config.audio();
        AudioInput input = audio == null ? null : audio.input();
        AudioOutput output = audio == null ? null : audio.output();
        RealtimeSession.Builder session = RealtimeSession.builder()
                .object(REALTIME_OBJECT)
                .id(id)
                .model(orDefault(config.model(), MODEL))
                .outputModalities(orDefault(config.outputModalities(), OUTPUT_MODALITIES))
                .instructions(config.instructions())
                .tools(orDefault(config.tools(), List.of()))
                .toolChoice(orDefault(config.toolChoice(), ToolChoice.AUTO))
                .maxOutputTokens(orDefault(config.maxOutputTokens(), MaxOutputTokens.INF))
                .tracingSetting(offUnlessSet(config.tracingSetting()))
                .truncation(orDefault(config.truncation(), Truncation.AUTO))
                .promptSetting(offUnlessSet(config.promptSetting()))
                // expires_at 0 on the realtime session: "none", as every real answer has it.
                .expiresAt(null)
                .audio(Audio.builder()
                        .input(realtimeInput(input))
                        .output(AudioOutput.builder()
                                .format(orDefault(output == null ? null : output.format(), FORMAT))
                                .voice(orDefault(output == null ? null : output.voice(), VOICE))
                                .speed(orDefault(output == null ? null : output.speed(), SPEED))
                                .build())
                        .build())
                .includeSetting(listOrOff(config.include()))
                .reasoning(config.reasoning());
        for (Map.Entry<String, JsonValue> extra : config.extraFields().entrySet()) {
            session.extraField(extra.getKey(), extra.getValue());
        }
        return session.build();
    }

    private static AudioInput realtimeInput(AudioInput input) {
        return AudioInput.builder()
                .format(orDefault(input == null ? null : input.format(), FORMAT))
                .transcriptionSetting(offUnlessSet(input == null ? null : input.transcriptionSetting()))
                .noiseReductionSetting(offUnlessSet(input == null ? null : input.noiseReductionSetting()))
                .turnDetectionSetting(realtimeTurnDetection(input == null ? null : input.turnDetectionSetting()))
                .build();
    }

    private static TranscriptionSession transcriptionSession(
            TranscriptionSessionConfig config, String id, Instant secretExpiry) {
        Audio audio = config.audio();
        AudioInput input = audio == null ? null : audio.input();
        Setting<TurnDetection> requested = input == null ? null : input.turnDetectionSetting();
        Setting<TurnDetection> detection = requested == null
                // A transcription session's server VAD has no idle timeout and no response flags.
                ? Setting.enabled(TurnDetection.serverVad()
                        .threshold(VAD_THRESHOLD)
                        .prefixPaddingMs(VAD_PREFIX_PADDING_MS)
                        .silenceDurationMs(VAD_SILENCE_DURATION_MS)
                        .build())
                : requested;
        TranscriptionSession.Builder session = TranscriptionSession.builder()
                .object(TRANSCRIPTION_OBJECT)
                .id(id)
                .expiresAt(secretExpiry)
                .audio(Audio.builder()
                        .input(AudioInput.builder()
                                .format(orDefault(input == null ? null : input.format(), FORMAT))
                                .transcriptionSetting(offUnlessSet(input == null ? null : input.transcriptionSetting()))
                                .noiseReductionSetting(offUnlessSet(input == null ? null : input.noiseReductionSetting()))
                                .turnDetectionSetting(detection)
                                .build())
                        .build())
                .includeSetting(listOrOff(config.include()));
        for (Map.Entry<String, JsonValue> extra : config.extraFields().entrySet()) {
            session.extraField(extra.getKey(), extra.getValue());
        }
        return session.build();
    }

    private static Setting<TurnDetection> realtimeTurnDetection(Setting<TurnDetection> requested) {
        if (requested == null) {
            return Setting.enabled(fill(TurnDetection.serverVad().build()));
        }
        if (!requested.isEnabled()) {
            return requested;
        }
        return Setting.enabled(fill(requested.valueOrNull()));
    }

    /** Fills the defaults of the turn detection's type, keeping every value the caller chose. */
    private static TurnDetection fill(TurnDetection requested) {
        if (requested instanceof TurnDetection.ServerVad vad) {
            return vad.toBuilder()
                    .threshold(orDefault(vad.threshold(), VAD_THRESHOLD))
                    .prefixPaddingMs(orDefault(vad.prefixPaddingMs(), VAD_PREFIX_PADDING_MS))
                    .silenceDurationMs(orDefault(vad.silenceDurationMs(), VAD_SILENCE_DURATION_MS))
                    .idleTimeoutMsSetting(offUnlessSet(vad.idleTimeoutMsSetting()))
                    .createResponse(orDefault(vad.createResponse(), Boolean.TRUE))
                    .interruptResponse(orDefault(vad.interruptResponse(), Boolean.TRUE))
                    .build();
        }
        if (requested instanceof TurnDetection.SemanticVad vad) {
            return vad.toBuilder()
                    .eagerness(orDefault(vad.eagerness(), Eagerness.AUTO))
                    .createResponse(orDefault(vad.createResponse(), Boolean.TRUE))
                    .interruptResponse(orDefault(vad.interruptResponse(), Boolean.TRUE))
                    .build();
        }
        return requested;
    }

    private static Setting<List<IncludeOption>> listOrOff(List<IncludeOption> include) {
        return include == null ? Setting.disabled() : Setting.enabled(include);
    }

    /** Nullable features the API leaves off unless asked: unset comes back as JSON {@code null}. */
    static <T> Setting<T> offUnlessSet(Setting<T> requested) {
        return requested == null ? Setting.disabled() : requested;
    }

    static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
