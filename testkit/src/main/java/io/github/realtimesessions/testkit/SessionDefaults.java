package io.github.realtimesessions.testkit;

import io.github.realtimesessions.model.AudioFormat;
import io.github.realtimesessions.model.ClientSecret;
import io.github.realtimesessions.model.Eagerness;
import io.github.realtimesessions.model.ExpiresAfter;
import io.github.realtimesessions.model.MaxOutputTokens;
import io.github.realtimesessions.model.Modality;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.model.Setting;
import io.github.realtimesessions.model.ToolChoice;
import io.github.realtimesessions.model.TurnDetection;
import io.github.realtimesessions.model.TurnDetectionType;
import io.github.realtimesessions.model.Voice;
import java.time.Instant;
import java.util.List;

/**
 * The API's defaults (spec {@code fields.md} §2 and §4.1) and how a session answer is derived from a request: every
 * setting the request names is echoed unchanged, an explicitly disabled nullable setting comes back disabled (JSON
 * {@code null}), and everything the request leaves unset gets the API's default.
 */
final class SessionDefaults {

    static final String OBJECT = "realtime.session";
    static final RealtimeModel MODEL = RealtimeModel.GPT_4O_REALTIME_PREVIEW;
    static final List<Modality> MODALITIES = List.of(Modality.AUDIO, Modality.TEXT);
    static final Voice VOICE = Voice.ALLOY;
    static final AudioFormat AUDIO_FORMAT = AudioFormat.PCM16;
    static final double TEMPERATURE = 0.8;
    static final double SPEED = 1.0;
    static final double VAD_THRESHOLD = 0.5;
    static final int VAD_PREFIX_PADDING_MS = 300;
    // The spec's description says 500 ms; the live API has been seen answering 200. The spec wins here.
    static final int VAD_SILENCE_DURATION_MS = 500;

    private SessionDefaults() {}

    /** The turn detection the API applies when the request does not mention it. */
    static TurnDetection defaultTurnDetection() {
        return fill(TurnDetection.builder().build());
    }

    /** The lifetime of the client secret the request asks for, in seconds. */
    static int secretLifetimeSeconds(RealtimeSessionCreateRequest request) {
        if (request.clientSecret() == null) {
            return ExpiresAfter.DEFAULT_SECONDS;
        }
        ExpiresAfter expiresAfter = request.clientSecret().expiresAfter();
        return expiresAfter == null || expiresAfter.seconds() == null
                ? ExpiresAfter.DEFAULT_SECONDS
                : expiresAfter.seconds();
    }

    /**
     * Builds the answer the API gives to a request.
     *
     * @param request the request
     * @param id the session id to use
     * @param secretValue the client secret to hand out
     * @param now the time of creation, whole seconds
     */
    static RealtimeSessionCreateResponse answer(
            RealtimeSessionCreateRequest request, String id, String secretValue, Instant now) {
        Instant secretExpiry = now.plusSeconds(secretLifetimeSeconds(request));
        return RealtimeSessionCreateResponse.builder()
                .id(id)
                .object(OBJECT)
                .model(orDefault(request.model(), MODEL))
                .modalities(orDefault(request.modalities(), MODALITIES))
                .instructions(request.instructions())
                .voice(orDefault(request.voice(), VOICE))
                .inputAudioFormat(orDefault(request.inputAudioFormat(), AUDIO_FORMAT))
                .outputAudioFormat(orDefault(request.outputAudioFormat(), AUDIO_FORMAT))
                .inputAudioTranscriptionSetting(offUnlessSet(request.inputAudioTranscription()))
                .inputAudioNoiseReductionSetting(offUnlessSet(request.inputAudioNoiseReduction()))
                .turnDetectionSetting(turnDetection(request.turnDetection()))
                .tools(orDefault(request.tools(), List.of()))
                .toolChoice(orDefault(request.toolChoice(), ToolChoice.AUTO))
                .temperature(orDefault(request.temperature(), TEMPERATURE))
                .maxResponseOutputTokens(orDefault(request.maxResponseOutputTokens(), MaxOutputTokens.INF))
                .speed(orDefault(request.speed(), SPEED))
                .tracingSetting(offUnlessSet(request.tracing()))
                .clientSecret(new ClientSecret(secretValue, secretExpiry))
                .build();
    }

    private static Setting<TurnDetection> turnDetection(Setting<TurnDetection> requested) {
        if (requested == null) {
            return Setting.enabled(defaultTurnDetection());
        }
        if (!requested.isEnabled()) {
            return requested;
        }
        return Setting.enabled(fill(requested.valueOrNull()));
    }

    /** Fills the defaults that apply to the turn detection's type, keeping every value the caller chose. */
    private static TurnDetection fill(TurnDetection requested) {
        TurnDetectionType type = orDefault(requested.type(), TurnDetectionType.SERVER_VAD);
        TurnDetection.Builder filled = requested.toBuilder()
                .type(type)
                .createResponse(orDefault(requested.createResponse(), Boolean.TRUE))
                .interruptResponse(orDefault(requested.interruptResponse(), Boolean.TRUE));
        if (type.equals(TurnDetectionType.SERVER_VAD)) {
            filled.threshold(orDefault(requested.threshold(), VAD_THRESHOLD))
                    .prefixPaddingMs(orDefault(requested.prefixPaddingMs(), VAD_PREFIX_PADDING_MS))
                    .silenceDurationMs(orDefault(requested.silenceDurationMs(), VAD_SILENCE_DURATION_MS));
        } else if (type.equals(TurnDetectionType.SEMANTIC_VAD)) {
            filled.eagerness(orDefault(requested.eagerness(), Eagerness.AUTO));
        }
        return filled.build();
    }

    /** Nullable features the API leaves off unless asked: unset comes back as JSON {@code null}. */
    private static <T> Setting<T> offUnlessSet(Setting<T> requested) {
        return requested == null ? Setting.disabled() : requested;
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
