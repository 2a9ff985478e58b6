package io.github.realtimesessions.testkit;

import io.github.realtimesessions.model.ClientSecret;
import io.github.realtimesessions.model.Eagerness;
import io.github.realtimesessions.model.MaxOutputTokens;
import io.github.realtimesessions.model.Modality;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.ResponseMetadata;
import io.github.realtimesessions.model.Setting;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.model.beta.AudioFormat;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateResponse;
import io.github.realtimesessions.model.beta.ToolChoice;
import io.github.realtimesessions.model.beta.TurnDetection;
import io.github.realtimesessions.model.beta.TurnDetectionType;
import java.time.Instant;
import java.util.List;

/**
 * How the retired beta {@code POST /v1/realtime/sessions} answered (spec {@code fields.md} §2 and §4.1), for servers
 * that still emulate it: every setting echoed, an explicitly disabled nullable setting disabled, the beta defaults for
 * the rest, the client secret inside the session.
 */
@SuppressWarnings("deprecation")
final class BetaDefaults {

    static final String OBJECT = "realtime.session";
    static final RealtimeModel MODEL = RealtimeModel.GPT_4O_REALTIME_PREVIEW;
    static final List<Modality> MODALITIES = List.of(Modality.AUDIO, Modality.TEXT);
    static final double TEMPERATURE = 0.8;

    private BetaDefaults() {}

    static RealtimeSessionCreateResponse answer(RealtimeSessionCreateRequest request, String id, String secretValue,
            Instant now, ResponseMetadata metadata) {
        int lifetime = request.clientSecret() == null ? GaDefaults.lifetimeSeconds(null)
                : GaDefaults.lifetimeSeconds(request.clientSecret().expiresAfter());
        Setting<TurnDetection> detection = request.turnDetectionSetting();
        return RealtimeSessionCreateResponse.builder()
                .id(id)
                .object(OBJECT)
                .model(GaDefaults.orDefault(request.model(), MODEL))
                .modalities(GaDefaults.orDefault(request.modalities(), MODALITIES))
                .instructions(request.instructions())
                .voice(GaDefaults.orDefault(request.voice(), Voice.ALLOY))
                .inputAudioFormat(GaDefaults.orDefault(request.inputAudioFormat(), AudioFormat.PCM16))
                .outputAudioFormat(GaDefaults.orDefault(request.outputAudioFormat(), AudioFormat.PCM16))
                .inputAudioTranscriptionSetting(GaDefaults.offUnlessSet(request.inputAudioTranscriptionSetting()))
                .inputAudioNoiseReductionSetting(GaDefaults.offUnlessSet(request.inputAudioNoiseReductionSetting()))
                .turnDetectionSetting(detection == null
                        ? Setting.enabled(fill(TurnDetection.builder().build()))
                        : detection.isEnabled() ? Setting.enabled(fill(detection.valueOrNull())) : detection)
                .tools(GaDefaults.orDefault(request.tools(), List.of()))
                .toolChoice(GaDefaults.orDefault(request.toolChoice(), ToolChoice.AUTO))
                .temperature(GaDefaults.orDefault(request.temperature(), TEMPERATURE))
                .maxResponseOutputTokens(GaDefaults.orDefault(request.maxResponseOutputTokens(), MaxOutputTokens.INF))
                .speed(GaDefaults.orDefault(request.speed(), GaDefaults.SPEED))
                .tracingSetting(GaDefaults.offUnlessSet(request.tracingSetting()))
                .clientSecret(new ClientSecret(secretValue, now.plusSeconds(lifetime)))
                .metadata(metadata)
                .build();
    }

    private static TurnDetection fill(TurnDetection requested) {
        TurnDetectionType type = GaDefaults.orDefault(requested.type(), TurnDetectionType.SERVER_VAD);
        TurnDetection.Builder filled = requested.toBuilder()
                .type(type)
                .createResponse(GaDefaults.orDefault(requested.createResponse(), Boolean.TRUE))
                .interruptResponse(GaDefaults.orDefault(requested.interruptResponse(), Boolean.TRUE));
        if (type.equals(TurnDetectionType.SERVER_VAD)) {
            filled.threshold(GaDefaults.orDefault(requested.threshold(), GaDefaults.VAD_THRESHOLD))
                    .prefixPaddingMs(GaDefaults.orDefault(requested.prefixPaddingMs(), GaDefaults.VAD_PREFIX_PADDING_MS))
                    // The beta spec's default; the GA answer shows 200.
                    .silenceDurationMs(GaDefaults.orDefault(requested.silenceDurationMs(), 500));
        } else if (type.equals(TurnDetectionType.SEMANTIC_VAD)) {
            filled.eagerness(GaDefaults.orDefault(requested.eagerness(), Eagerness.AUTO));
        }
        return filled.build();
    }
}
