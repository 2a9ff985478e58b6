package io.github.realtimesessions.model.beta.internal;

import io.github.realtimesessions.model.ClientSecret;
import io.github.realtimesessions.model.Eagerness;
import io.github.realtimesessions.model.ExpiresAfter;
import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.MaxOutputTokens;
import io.github.realtimesessions.model.Modality;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.Tracing;
import io.github.realtimesessions.model.TranscriptionModel;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.model.beta.AudioFormat;
import io.github.realtimesessions.model.beta.ClientSecretConfig;
import io.github.realtimesessions.model.beta.InputAudioTranscription;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateResponse;
import io.github.realtimesessions.model.beta.Tool;
import io.github.realtimesessions.model.beta.ToolChoice;
import io.github.realtimesessions.model.beta.ToolType;
import io.github.realtimesessions.model.beta.TurnDetection;
import io.github.realtimesessions.model.beta.TurnDetectionType;
import io.github.realtimesessions.model.internal.FieldOption;
import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.model.internal.Violations;
import io.github.realtimesessions.model.internal.WireKind;
import io.github.realtimesessions.model.internal.WireType;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The wire description of the retired beta {@code POST /v1/realtime/sessions} types, on the same mechanism as the GA
 * types ({@link Schemas}, which holds the shapes both share). Not API.
 */
@SuppressWarnings("deprecation")
public final class BetaSchemas {

    private BetaSchemas() {}

    /** {@code input_audio_transcription}. */
    public static final WireType<InputAudioTranscription, Object[]> INPUT_AUDIO_TRANSCRIPTION =
            WireType.<InputAudioTranscription, Object[]>of("InputAudioTranscription", () -> new Object[3],
                            parts -> new InputAudioTranscription(
                                    (TranscriptionModel) parts[0], (String) parts[1], (String) parts[2]))
                    .field("model", WireKind.enumerated(TranscriptionModel::of), InputAudioTranscription::model,
                            (parts, v) -> parts[0] = v)
                    .field("language", WireKind.TEXT, InputAudioTranscription::language, (parts, v) -> parts[1] = v,
                            new FieldOption.Check<String>(v -> !v.isBlank(), "must be an ISO-639-1 code when set",
                                    v -> "a blank string"))
                    .field("prompt", WireKind.TEXT, InputAudioTranscription::prompt, (parts, v) -> parts[2] = v)
                    .build();

    /** {@code client_secret} of a request. */
    public static final WireType<ClientSecretConfig, Object[]> CLIENT_SECRET_CONFIG =
            WireType.<ClientSecretConfig, Object[]>of("ClientSecretConfig", () -> new Object[1],
                            parts -> new ClientSecretConfig((ExpiresAfter) parts[0]))
                    .field("expires_after", WireKind.struct(Schemas.EXPIRES_AFTER), ClientSecretConfig::expiresAfter,
                            (parts, v) -> parts[0] = v)
                    .rule((config, at) -> {
                        if (config.expiresAfter() != null && config.expiresAfter().anchor() == null) {
                            at.add("expires_after.anchor", "is required", null);
                        }
                    })
                    .build();

    /** {@code client_secret} of an answer: both parts are essential. */
    public static final WireType<ClientSecret, Object[]> CLIENT_SECRET =
            WireType.<ClientSecret, Object[]>of("ClientSecret", () -> new Object[2],
                            parts -> new ClientSecret((String) parts[0], (Instant) parts[1]))
                    .field("value", WireKind.TEXT, ClientSecret::value, (parts, v) -> parts[0] = v,
                            FieldOption.secret(), FieldOption.essential())
                    .field("expires_at", WireKind.EPOCH_SECONDS, ClientSecret::expiresAt, (parts, v) -> parts[1] = v,
                            FieldOption.essential())
                    .build();

    /** The wire description of {@link TurnDetection}. */
    public static final WireType<TurnDetection, TurnDetection.Builder> TURN_DETECTION = WireType.<TurnDetection, TurnDetection.Builder>of(
                    "TurnDetection", TurnDetection::builder, TurnDetection.Builder::build)
            .field("type", WireKind.enumerated(TurnDetectionType::of), TurnDetection::type, TurnDetection.Builder::type)
            .field("eagerness", WireKind.enumerated(Eagerness::of), TurnDetection::eagerness, TurnDetection.Builder::eagerness)
            .field("threshold", WireKind.DECIMAL, TurnDetection::threshold, TurnDetection.Builder::threshold, FieldOption.between(0.0, 1.0))
            .field("prefix_padding_ms", WireKind.INT32, TurnDetection::prefixPaddingMs, TurnDetection.Builder::prefixPaddingMs, FieldOption.atLeast(0))
            .field("silence_duration_ms", WireKind.INT32, TurnDetection::silenceDurationMs, TurnDetection.Builder::silenceDurationMs, FieldOption.atLeast(0))
            .field("create_response", WireKind.BOOLEAN, TurnDetection::createResponse, TurnDetection.Builder::createResponse)
            .field("interrupt_response", WireKind.BOOLEAN, TurnDetection::interruptResponse, TurnDetection.Builder::interruptResponse)
            .rule(BetaSchemas::checkTurnDetection)
            .build();

    /** The wire description of {@link Tool}. */
    public static final WireType<Tool, Tool.Builder> TOOL = WireType.<Tool, Tool.Builder>of(
                    "Tool", Tool::builder, Tool.Builder::build)
            .field("type", WireKind.enumerated(ToolType::of), Tool::type, Tool.Builder::type)
            .field("name", WireKind.TEXT, Tool::name, Tool.Builder::name)
            .field("description", WireKind.TEXT, Tool::description, Tool.Builder::description)
            .field("parameters", WireKind.JSON_OBJECT, Tool::parameters, Tool.Builder::parameters)
            .build();

    /** {@code tool_choice}: a keyword or a function's name, as a string. */
    public static final WireKind<ToolChoice> TOOL_CHOICE =
            WireKind.mapped(WireKind.TEXT, ToolChoice::of, ToolChoice::wireValue);

    /** The wire description of {@link RealtimeSessionCreateRequest}. */
    public static final WireType<RealtimeSessionCreateRequest, RealtimeSessionCreateRequest.Builder> SESSION_REQUEST = WireType.<RealtimeSessionCreateRequest, RealtimeSessionCreateRequest.Builder>of(
                    "RealtimeSessionCreateRequest", RealtimeSessionCreateRequest::builder, RealtimeSessionCreateRequest.Builder::build)
            .field("model", WireKind.enumerated(RealtimeModel::of), RealtimeSessionCreateRequest::model, RealtimeSessionCreateRequest.Builder::model)
            .field("modalities", WireKind.listOf(WireKind.enumerated(Modality::of)), RealtimeSessionCreateRequest::modalities, RealtimeSessionCreateRequest.Builder::modalities, FieldOption.minItems(1), FieldOption.distinct())
            .field("instructions", WireKind.TEXT, RealtimeSessionCreateRequest::instructions, RealtimeSessionCreateRequest.Builder::instructions)
            .field("voice", WireKind.enumerated(Voice::of), RealtimeSessionCreateRequest::voice, RealtimeSessionCreateRequest.Builder::voice)
            .field("input_audio_format", WireKind.enumerated(AudioFormat::of), RealtimeSessionCreateRequest::inputAudioFormat, RealtimeSessionCreateRequest.Builder::inputAudioFormat)
            .field("output_audio_format", WireKind.enumerated(AudioFormat::of), RealtimeSessionCreateRequest::outputAudioFormat, RealtimeSessionCreateRequest.Builder::outputAudioFormat)
            .field("input_audio_transcription", WireKind.nullable(WireKind.struct(BetaSchemas.INPUT_AUDIO_TRANSCRIPTION)), RealtimeSessionCreateRequest::inputAudioTranscriptionSetting, RealtimeSessionCreateRequest.Builder::inputAudioTranscriptionSetting)
            .field("input_audio_noise_reduction", WireKind.nullable(WireKind.struct(Schemas.NOISE_REDUCTION)), RealtimeSessionCreateRequest::inputAudioNoiseReductionSetting, RealtimeSessionCreateRequest.Builder::inputAudioNoiseReductionSetting)
            .field("turn_detection", WireKind.nullable(WireKind.struct(BetaSchemas.TURN_DETECTION)), RealtimeSessionCreateRequest::turnDetectionSetting, RealtimeSessionCreateRequest.Builder::turnDetectionSetting)
            .field("tools", WireKind.listOf(WireKind.struct(BetaSchemas.TOOL)), RealtimeSessionCreateRequest::tools, RealtimeSessionCreateRequest.Builder::tools)
            .field("tool_choice", BetaSchemas.TOOL_CHOICE, RealtimeSessionCreateRequest::toolChoice, RealtimeSessionCreateRequest.Builder::toolChoice)
            .field("temperature", WireKind.DECIMAL, RealtimeSessionCreateRequest::temperature, RealtimeSessionCreateRequest.Builder::temperature, FieldOption.between(0.6, 1.2))
            .field("max_response_output_tokens", Schemas.MAX_OUTPUT_TOKENS, RealtimeSessionCreateRequest::maxResponseOutputTokens, RealtimeSessionCreateRequest.Builder::maxResponseOutputTokens)
            .field("speed", WireKind.DECIMAL, RealtimeSessionCreateRequest::speed, RealtimeSessionCreateRequest.Builder::speed, FieldOption.between(0.25, 1.5))
            .field("tracing", WireKind.nullable(Schemas.TRACING), RealtimeSessionCreateRequest::tracingSetting, RealtimeSessionCreateRequest.Builder::tracingSetting)
            .field("client_secret", WireKind.struct(BetaSchemas.CLIENT_SECRET_CONFIG), RealtimeSessionCreateRequest::clientSecret, RealtimeSessionCreateRequest.Builder::clientSecret)
            .rule(BetaSchemas::checkRequest)
            .build();

    /** The wire description of {@link RealtimeSessionCreateResponse}. */
    public static final WireType<RealtimeSessionCreateResponse, RealtimeSessionCreateResponse.Builder> SESSION_RESPONSE = WireType.<RealtimeSessionCreateResponse, RealtimeSessionCreateResponse.Builder>of(
                    "RealtimeSessionCreateResponse", RealtimeSessionCreateResponse::builder, RealtimeSessionCreateResponse.Builder::build)
            .field("id", WireKind.TEXT, RealtimeSessionCreateResponse::id, RealtimeSessionCreateResponse.Builder::id)
            .field("object", WireKind.TEXT, RealtimeSessionCreateResponse::object, RealtimeSessionCreateResponse.Builder::object)
            .field("model", WireKind.enumerated(RealtimeModel::of), RealtimeSessionCreateResponse::model, RealtimeSessionCreateResponse.Builder::model)
            .field("expires_at", WireKind.EPOCH_SECONDS_ZERO_ABSENT, RealtimeSessionCreateResponse::expiresAt, RealtimeSessionCreateResponse.Builder::expiresAt)
            .field("modalities", WireKind.listOf(WireKind.enumerated(Modality::of)), RealtimeSessionCreateResponse::modalities, RealtimeSessionCreateResponse.Builder::modalities)
            .field("instructions", WireKind.TEXT, RealtimeSessionCreateResponse::instructions, RealtimeSessionCreateResponse.Builder::instructions)
            .field("voice", WireKind.enumerated(Voice::of), RealtimeSessionCreateResponse::voice, RealtimeSessionCreateResponse.Builder::voice)
            .field("input_audio_format", WireKind.enumerated(AudioFormat::of), RealtimeSessionCreateResponse::inputAudioFormat, RealtimeSessionCreateResponse.Builder::inputAudioFormat)
            .field("output_audio_format", WireKind.enumerated(AudioFormat::of), RealtimeSessionCreateResponse::outputAudioFormat, RealtimeSessionCreateResponse.Builder::outputAudioFormat)
            .field("input_audio_transcription", WireKind.nullable(WireKind.struct(BetaSchemas.INPUT_AUDIO_TRANSCRIPTION)), RealtimeSessionCreateResponse::inputAudioTranscriptionSetting, RealtimeSessionCreateResponse.Builder::inputAudioTranscriptionSetting)
            .field("input_audio_noise_reduction", WireKind.nullable(WireKind.struct(Schemas.NOISE_REDUCTION)), RealtimeSessionCreateResponse::inputAudioNoiseReductionSetting, RealtimeSessionCreateResponse.Builder::inputAudioNoiseReductionSetting)
            .field("turn_detection", WireKind.nullable(WireKind.struct(BetaSchemas.TURN_DETECTION)), RealtimeSessionCreateResponse::turnDetectionSetting, RealtimeSessionCreateResponse.Builder::turnDetectionSetting)
            .field("tools", WireKind.listOf(WireKind.struct(BetaSchemas.TOOL)), RealtimeSessionCreateResponse::tools, RealtimeSessionCreateResponse.Builder::tools)
            .field("tool_choice", BetaSchemas.TOOL_CHOICE, RealtimeSessionCreateResponse::toolChoice, RealtimeSessionCreateResponse.Builder::toolChoice)
            .field("temperature", WireKind.DECIMAL, RealtimeSessionCreateResponse::temperature, RealtimeSessionCreateResponse.Builder::temperature)
            .field("max_response_output_tokens", Schemas.MAX_OUTPUT_TOKENS, RealtimeSessionCreateResponse::maxResponseOutputTokens, RealtimeSessionCreateResponse.Builder::maxResponseOutputTokens)
            .field("speed", WireKind.DECIMAL, RealtimeSessionCreateResponse::speed, RealtimeSessionCreateResponse.Builder::speed)
            .field("tracing", WireKind.nullable(Schemas.TRACING), RealtimeSessionCreateResponse::tracingSetting, RealtimeSessionCreateResponse.Builder::tracingSetting)
            .field("client_secret", WireKind.struct(BetaSchemas.CLIENT_SECRET), RealtimeSessionCreateResponse::clientSecret, RealtimeSessionCreateResponse.Builder::clientSecret, FieldOption.essential())
            .extraFields(RealtimeSessionCreateResponse::extraFields, RealtimeSessionCreateResponse.Builder::extraField)
            .build();

    private static void checkTurnDetection(TurnDetection detection, Violations at) {
        // The API's default type is server_vad, so an unset type counts as server_vad.
        TurnDetectionType type = detection.type() == null ? TurnDetectionType.SERVER_VAD : detection.type();
        if (type.equals(TurnDetectionType.SERVER_VAD) && detection.eagerness() != null) {
            at.add("eagerness", "applies to semantic_vad only, not server_vad", detection.eagerness().value());
        }
        if (type.equals(TurnDetectionType.SEMANTIC_VAD)) {
            String rule = "applies to server_vad only, not semantic_vad";
            if (detection.threshold() != null) {
                at.add("threshold", rule, detection.threshold().toString());
            }
            if (detection.prefixPaddingMs() != null) {
                at.add("prefix_padding_ms", rule, detection.prefixPaddingMs().toString());
            }
            if (detection.silenceDurationMs() != null) {
                at.add("silence_duration_ms", rule, detection.silenceDurationMs().toString());
            }
        }
    }

    private static void checkRequest(RealtimeSessionCreateRequest request, Violations at) {
        if (request.voice() != null && request.voice().isCustom()) {
            at.add("voice", "must be a voice name: the beta interface has no custom voices", request.voice().toString());
        }
        Set<String> names = new LinkedHashSet<>();
        List<Tool> tools = request.tools();
        if (tools != null) {
            for (int i = 0; i < tools.size(); i++) {
                String name = tools.get(i).name();
                Violations tool = at.at("tools").at(i);
                if (name == null) {
                    tool.add("name", "is required", null);
                } else if (!Schemas.FUNCTION_NAME.matcher(name).matches()) {
                    tool.add("name", "must be 1 to 64 characters of a-z, A-Z, 0-9, _ or -", quote(name));
                } else if (!names.add(name)) {
                    tool.add("name", "must be unique among the tools", quote(name));
                }
            }
        }
        if (request.toolChoice() instanceof ToolChoice.Function function && !names.contains(function.name())) {
            at.add("tool_choice", "must name one of the request's tools " + names, quote(function.name()));
        }
        MaxOutputTokens tokens = request.maxResponseOutputTokens();
        if (tokens instanceof MaxOutputTokens.Limit limit && (limit.tokens() < 1 || limit.tokens() > 4096)) {
            at.add("max_response_output_tokens", "must be between 1 and 4096, or \"inf\"",
                    Integer.toString(limit.tokens()));
        }
        // Keywords and tracing modes stay open so that responses from a newer server decode, but a request may only
        // send what the API accepts.
        if (tokens instanceof MaxOutputTokens.Keyword keyword && !keyword.equals(MaxOutputTokens.INF)) {
            at.add("max_response_output_tokens", "must be between 1 and 4096, or \"inf\"", quote(keyword.value()));
        }
        if (request.tracing() instanceof Tracing.Mode mode && !mode.equals(Tracing.AUTO)) {
            at.add("tracing", "must be \"auto\", a configuration object, or disabled", quote(mode.value()));
        }
    }

    private static String quote(String text) {
        return '"' + text + '"';
    }
}
