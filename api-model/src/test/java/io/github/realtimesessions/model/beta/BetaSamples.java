package io.github.realtimesessions.model.beta;

import io.github.realtimesessions.model.ClientSecret;
import io.github.realtimesessions.model.Eagerness;
import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.MaxOutputTokens;
import io.github.realtimesessions.model.Modality;
import io.github.realtimesessions.model.NoiseReduction;
import io.github.realtimesessions.model.NoiseReductionType;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.Setting;
import io.github.realtimesessions.model.Tracing;
import io.github.realtimesessions.model.TranscriptionModel;
import io.github.realtimesessions.model.Voice;
import java.time.Instant;
import java.util.List;

/** Fully populated beta values, shared by the beta tests. */
@SuppressWarnings("deprecation")
final class BetaSamples {

    static final String SECRET_VALUE = "ek_test_SECRET123";
    static final Instant SECRET_EXPIRES_AT = Instant.parse("2025-08-27T12:01:00Z");
    static final Instant SESSION_EXPIRES = Instant.parse("2025-08-27T13:00:00Z");
    static final ClientSecret SECRET = new ClientSecret(SECRET_VALUE, SECRET_EXPIRES_AT);

    static final JsonObject WEATHER_PARAMETERS =
            JsonObject.parse("{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}");
    static final Tool WEATHER = Tool.function("get_weather", "Returns the current weather", WEATHER_PARAMETERS);
    static final Tool LOOKUP = Tool.function("lookup", null, null);

    private BetaSamples() {}

    static TurnDetection fullTurnDetection() {
        return TurnDetection.builder()
                .type(TurnDetectionType.SERVER_VAD)
                .eagerness(Eagerness.MEDIUM)
                .threshold(0.5)
                .prefixPaddingMs(300)
                .silenceDurationMs(500)
                .createResponse(true)
                .interruptResponse(false)
                .build();
    }

    /** A request with every one of its 16 fields set. */
    static RealtimeSessionCreateRequest fullRequest() {
        return RealtimeSessionCreateRequest.builder()
                .model(RealtimeModel.GPT_4O_REALTIME_PREVIEW)
                .modalities(Modality.AUDIO, Modality.TEXT)
                .instructions("You are a friendly assistant.")
                .voice(Voice.VERSE)
                .inputAudioFormat(AudioFormat.PCM16)
                .outputAudioFormat(AudioFormat.G711_ULAW)
                .inputAudioTranscription(new InputAudioTranscription(TranscriptionModel.WHISPER_1, "en", "Realtime"))
                .inputAudioNoiseReduction(NoiseReduction.of(NoiseReductionType.NEAR_FIELD))
                .turnDetection(TurnDetection.semanticVad()
                        .eagerness(Eagerness.LOW)
                        .createResponse(true)
                        .interruptResponse(false)
                        .build())
                .tools(WEATHER)
                .toolChoice(ToolChoice.function("get_weather"))
                .temperature(0.8)
                .maxResponseOutputTokens(MaxOutputTokens.INF)
                .speed(1.0)
                .tracing(Tracing.of("support", "g1", JsonObject.builder().put("k", "v").build()))
                .clientSecret(ClientSecretConfig.expiresAfterSeconds(600))
                .build();
    }

    /** A response with every one of its 19 fields set. */
    static RealtimeSessionCreateResponse fullResponse() {
        return RealtimeSessionCreateResponse.builder()
                .id("sess_001")
                .object("realtime.session")
                .model(RealtimeModel.GPT_4O_REALTIME_PREVIEW)
                .expiresAt(SESSION_EXPIRES)
                .modalities(List.of(Modality.AUDIO, Modality.TEXT))
                .instructions("You are a friendly assistant.")
                .voice(Voice.ALLOY)
                .inputAudioFormat(AudioFormat.PCM16)
                .outputAudioFormat(AudioFormat.PCM16)
                .inputAudioTranscription(InputAudioTranscription.of(TranscriptionModel.WHISPER_1))
                .inputAudioNoiseReduction(NoiseReduction.of(NoiseReductionType.FAR_FIELD))
                .turnDetectionSetting(Setting.disabled())
                .tools(List.of(Tool.function("get_weather", "Weather", JsonObject.parse("{\"type\":\"object\"}"))))
                .toolChoice(ToolChoice.NONE)
                .temperature(0.7)
                .maxResponseOutputTokens(MaxOutputTokens.of(200))
                .speed(1.1)
                .tracing(Tracing.auto())
                .clientSecret(SECRET)
                .build();
    }
}
