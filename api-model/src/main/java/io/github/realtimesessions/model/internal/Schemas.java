package io.github.realtimesessions.model.internal;

import io.github.realtimesessions.model.Audio;
import io.github.realtimesessions.model.AudioFormat;
import io.github.realtimesessions.model.AudioFormatType;
import io.github.realtimesessions.model.AudioInput;
import io.github.realtimesessions.model.AudioOutput;
import io.github.realtimesessions.model.AudioTranscription;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.ContentDetail;
import io.github.realtimesessions.model.Eagerness;
import io.github.realtimesessions.model.ExpiresAfter;
import io.github.realtimesessions.model.ExpiryAnchor;
import io.github.realtimesessions.model.FunctionTool;
import io.github.realtimesessions.model.IncludeOption;
import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.JsonValue;
import io.github.realtimesessions.model.MaxOutputTokens;
import io.github.realtimesessions.model.McpAllowedTools;
import io.github.realtimesessions.model.McpApproval;
import io.github.realtimesessions.model.McpApprovalPolicy;
import io.github.realtimesessions.model.McpConnector;
import io.github.realtimesessions.model.McpTool;
import io.github.realtimesessions.model.McpToolFilter;
import io.github.realtimesessions.model.Modality;
import io.github.realtimesessions.model.NoiseReduction;
import io.github.realtimesessions.model.NoiseReductionType;
import io.github.realtimesessions.model.Prompt;
import io.github.realtimesessions.model.PromptVariable;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSession;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.Reasoning;
import io.github.realtimesessions.model.ReasoningEffort;
import io.github.realtimesessions.model.Session;
import io.github.realtimesessions.model.SessionConfig;
import io.github.realtimesessions.model.TokenLimits;
import io.github.realtimesessions.model.Tool;
import io.github.realtimesessions.model.ToolCaller;
import io.github.realtimesessions.model.ToolChoice;
import io.github.realtimesessions.model.Tracing;
import io.github.realtimesessions.model.TranscriptionDelay;
import io.github.realtimesessions.model.TranscriptionModel;
import io.github.realtimesessions.model.TranscriptionSession;
import io.github.realtimesessions.model.TranscriptionSessionConfig;
import io.github.realtimesessions.model.TranslationAudio;
import io.github.realtimesessions.model.TranslationAudioInput;
import io.github.realtimesessions.model.TranslationAudioOutput;
import io.github.realtimesessions.model.TranslationClientSecretRequest;
import io.github.realtimesessions.model.TranslationClientSecretResponse;
import io.github.realtimesessions.model.TranslationSession;
import io.github.realtimesessions.model.TranslationSessionConfig;
import io.github.realtimesessions.model.Truncation;
import io.github.realtimesessions.model.TurnDetection;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.model.internal.WireKind.Alternative;
import io.github.realtimesessions.model.internal.WireKind.Variant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The wire description of every GA type, each field written once: name, kind, accessor, builder setter and rules.
 * The codec in {@code transport-core} encodes and decodes by walking these descriptions, the model types validate and
 * implement {@code equals}/{@code hashCode}/{@code toString} with them. Declared in dependency order (a description
 * refers only to those above it). Not API.
 *
 * <p>Validation follows the spec: ranges the schema states as keywords ({@code expires_after.seconds},
 * {@code audio.output.speed}, {@code idle_timeout_ms}, {@code retention_ratio}), the rules the API states in prose that
 * a request cannot work without (one output modality, max output tokens 1 to 4096 or {@code inf}, a tool choice naming
 * a tool of the session, an MCP tool with a server), and the shapes the schema fixes (PCM at 24 kHz only).
 */
public final class Schemas {

    /** The pattern of a function name: 1 to 64 letters, digits, {@code _} or {@code -}. */
    public static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** The pattern of a Secure MCP Tunnel id. */
    public static final Pattern TUNNEL_ID = Pattern.compile("tunnel_[a-z0-9]{32}");

    private Schemas() {}

    // ------------------------------------------------------------------------------------------------- records

    /** {@code expires_after}, shared with the beta {@code client_secret.expires_after}. */
    public static final WireType<ExpiresAfter, Object[]> EXPIRES_AFTER = WireType.<ExpiresAfter, Object[]>of(
                    "ExpiresAfter", () -> new Object[2], parts -> new ExpiresAfter((ExpiryAnchor) parts[0], (Integer) parts[1]))
            .field("anchor", WireKind.enumerated(ExpiryAnchor::of), ExpiresAfter::anchor, (parts, v) -> parts[0] = v)
            .field("seconds", WireKind.INT32, ExpiresAfter::seconds, (parts, v) -> parts[1] = v,
                    FieldOption.between(ExpiresAfter.MIN_SECONDS, ExpiresAfter.MAX_SECONDS))
            .build();

    /** {@code tracing} as an object. */
    public static final WireType<Tracing.Configuration, Object[]> TRACING_CONFIGURATION =
            WireType.<Tracing.Configuration, Object[]>of("Tracing.Configuration", () -> new Object[3],
                            parts -> new Tracing.Configuration((String) parts[0], (String) parts[1], (JsonObject) parts[2]))
                    .field("workflow_name", WireKind.TEXT, Tracing.Configuration::workflowName, (parts, v) -> parts[0] = v)
                    .field("group_id", WireKind.TEXT, Tracing.Configuration::groupId, (parts, v) -> parts[1] = v)
                    .field("metadata", WireKind.JSON_OBJECT, Tracing.Configuration::metadata, (parts, v) -> parts[2] = v)
                    .build();

    /** {@code tracing}: {@code "auto"} or a configuration. */
    public static final WireKind<Tracing> TRACING = WireKind.OneOf.of(
            Alternative.of(Tracing.Mode.class, WireKind.mapped(WireKind.TEXT,
                    text -> "auto".equals(text) ? Tracing.AUTO : new Tracing.Mode(text), Tracing.Mode::value)),
            Alternative.of(Tracing.Configuration.class, WireKind.struct(TRACING_CONFIGURATION)));

    /** {@code max_output_tokens} (and the beta {@code max_response_output_tokens}): a number or {@code "inf"}. */
    public static final WireKind<MaxOutputTokens> MAX_OUTPUT_TOKENS = WireKind.OneOf.of(
            Alternative.of(MaxOutputTokens.Limit.class,
                    WireKind.mapped(WireKind.INT32, MaxOutputTokens.Limit::new, MaxOutputTokens.Limit::tokens)),
            Alternative.of(MaxOutputTokens.Keyword.class, WireKind.mapped(WireKind.TEXT,
                    text -> "inf".equals(text) ? MaxOutputTokens.INF : new MaxOutputTokens.Keyword(text),
                    MaxOutputTokens.Keyword::value)));

    /** {@code tool_choice} naming a function. */
    public static final WireType<ToolChoice.Function, Object[]> TOOL_CHOICE_FUNCTION =
            WireType.<ToolChoice.Function, Object[]>of("ToolChoice.Function", () -> new Object[1],
                            parts -> new ToolChoice.Function((String) parts[0]))
                    .constant("type", "function")
                    .field("name", WireKind.TEXT, ToolChoice.Function::name, (parts, v) -> parts[0] = v)
                    .build();

    /** {@code tool_choice} naming an MCP server's tool. */
    public static final WireType<ToolChoice.Mcp, Object[]> TOOL_CHOICE_MCP =
            WireType.<ToolChoice.Mcp, Object[]>of("ToolChoice.Mcp", () -> new Object[2],
                            parts -> new ToolChoice.Mcp((String) parts[0], (String) parts[1]))
                    .constant("type", "mcp")
                    .field("server_label", WireKind.TEXT, ToolChoice.Mcp::serverLabel, (parts, v) -> parts[0] = v)
                    .field("name", WireKind.TEXT, ToolChoice.Mcp::name, (parts, v) -> parts[1] = v)
                    .build();

    /** {@code tool_choice}: a keyword, a function, or an MCP tool. */
    public static final WireKind<ToolChoice> TOOL_CHOICE = WireKind.OneOf.of(
            Alternative.of(ToolChoice.Mode.class, WireKind.mapped(WireKind.TEXT, Schemas::toolChoiceMode, ToolChoice.Mode::value)),
            Alternative.when(choice -> !(choice instanceof ToolChoice.Mode), new WireKind.Discriminated<ToolChoice>("type",
                    List.of(Variant.of("function", ToolChoice.Function.class, TOOL_CHOICE_FUNCTION),
                            Variant.of("mcp", ToolChoice.Mcp.class, TOOL_CHOICE_MCP)),
                    null, null)));

    // ------------------------------------------------------------------------------------------------- audio

    /** The wire description of {@link AudioFormat}. */
    public static final WireType<AudioFormat, AudioFormat.Builder> AUDIO_FORMAT = WireType.<AudioFormat, AudioFormat.Builder>of(
                    "AudioFormat", AudioFormat::builder, AudioFormat.Builder::build)
            .field("type", WireKind.enumerated(AudioFormatType::of), AudioFormat::type, AudioFormat.Builder::type)
            .field("rate", WireKind.INT32, AudioFormat::rate, AudioFormat.Builder::rate)
            .extraFields(AudioFormat::extraFields, AudioFormat.Builder::extraField)
            .rule(Schemas::checkAudioFormat)
            .build();

    /**
     * {@code format}: an object; a beta-style string ({@code pcm16}, {@code g711_ulaw}, {@code g711_alaw}) is read
     * from responses too, as one spec example sends it, but never written and never accepted in a request.
     */
    public static final WireKind<AudioFormat> AUDIO_FORMAT_KIND = WireKind.OneOf.of(
            Alternative.of(AudioFormat.class, WireKind.struct(AUDIO_FORMAT)),
            Alternative.lenient(WireKind.mapped(WireKind.TEXT, Schemas::legacyAudioFormat, AudioFormat::toString)));

    /** The wire description of {@link NoiseReduction}. */
    public static final WireType<NoiseReduction, NoiseReduction.Builder> NOISE_REDUCTION = WireType.<NoiseReduction, NoiseReduction.Builder>of(
                    "NoiseReduction", NoiseReduction::builder, NoiseReduction.Builder::build)
            .field("type", WireKind.enumerated(NoiseReductionType::of), NoiseReduction::type, NoiseReduction.Builder::type)
            .extraFields(NoiseReduction::extraFields, NoiseReduction.Builder::extraField)
            .build();

    /** The wire description of {@link AudioTranscription}. */
    public static final WireType<AudioTranscription, AudioTranscription.Builder> AUDIO_TRANSCRIPTION = WireType.<AudioTranscription, AudioTranscription.Builder>of(
                    "AudioTranscription", AudioTranscription::builder, AudioTranscription.Builder::build)
            .field("model", WireKind.enumerated(TranscriptionModel::of), AudioTranscription::model, AudioTranscription.Builder::model)
            .field("language", WireKind.TEXT, AudioTranscription::language, AudioTranscription.Builder::language, FieldOption.notBlank())
            .field("languages", WireKind.listOf(WireKind.TEXT), AudioTranscription::languages, AudioTranscription.Builder::languages, FieldOption.minItems(1))
            .field("keywords", WireKind.listOf(WireKind.TEXT), AudioTranscription::keywords, AudioTranscription.Builder::keywords)
            .field("prompt", WireKind.TEXT, AudioTranscription::prompt, AudioTranscription.Builder::prompt)
            .field("delay", WireKind.enumerated(TranscriptionDelay::of), AudioTranscription::delay, AudioTranscription.Builder::delay)
            .extraFields(AudioTranscription::extraFields, AudioTranscription.Builder::extraField)
            .build();

    /** The wire description of {@link TurnDetection.ServerVad}. */
    public static final WireType<TurnDetection.ServerVad, TurnDetection.ServerVad.Builder> SERVER_VAD = WireType.<TurnDetection.ServerVad, TurnDetection.ServerVad.Builder>of(
                    "TurnDetection.ServerVad", TurnDetection.ServerVad::builder, TurnDetection.ServerVad.Builder::build)
            .constant("type", "server_vad")
            .field("threshold", WireKind.DECIMAL, TurnDetection.ServerVad::threshold, TurnDetection.ServerVad.Builder::threshold, FieldOption.between(0.0, 1.0))
            .field("prefix_padding_ms", WireKind.INT32, TurnDetection.ServerVad::prefixPaddingMs, TurnDetection.ServerVad.Builder::prefixPaddingMs, FieldOption.atLeast(0))
            .field("silence_duration_ms", WireKind.INT32, TurnDetection.ServerVad::silenceDurationMs, TurnDetection.ServerVad.Builder::silenceDurationMs, FieldOption.atLeast(0))
            .field("idle_timeout_ms", WireKind.nullable(WireKind.INT32), TurnDetection.ServerVad::idleTimeoutMsSetting, TurnDetection.ServerVad.Builder::idleTimeoutMsSetting, FieldOption.between(5_000, 30_000))
            .field("create_response", WireKind.BOOLEAN, TurnDetection.ServerVad::createResponse, TurnDetection.ServerVad.Builder::createResponse)
            .field("interrupt_response", WireKind.BOOLEAN, TurnDetection.ServerVad::interruptResponse, TurnDetection.ServerVad.Builder::interruptResponse)
            .extraFields(TurnDetection.ServerVad::extraFields, TurnDetection.ServerVad.Builder::extraField)
            .build();

    /** The wire description of {@link TurnDetection.SemanticVad}. */
    public static final WireType<TurnDetection.SemanticVad, TurnDetection.SemanticVad.Builder> SEMANTIC_VAD = WireType.<TurnDetection.SemanticVad, TurnDetection.SemanticVad.Builder>of(
                    "TurnDetection.SemanticVad", TurnDetection.SemanticVad::builder, TurnDetection.SemanticVad.Builder::build)
            .constant("type", "semantic_vad")
            .field("eagerness", WireKind.enumerated(Eagerness::of), TurnDetection.SemanticVad::eagerness, TurnDetection.SemanticVad.Builder::eagerness)
            .field("create_response", WireKind.BOOLEAN, TurnDetection.SemanticVad::createResponse, TurnDetection.SemanticVad.Builder::createResponse)
            .field("interrupt_response", WireKind.BOOLEAN, TurnDetection.SemanticVad::interruptResponse, TurnDetection.SemanticVad.Builder::interruptResponse)
            .extraFields(TurnDetection.SemanticVad::extraFields, TurnDetection.SemanticVad.Builder::extraField)
            .build();

    /** {@code turn_detection}: server VAD or semantic VAD by {@code type}; another type is kept whole. */
    public static final WireKind<TurnDetection> TURN_DETECTION = new WireKind.Discriminated<>("type",
            List.of(Variant.of("server_vad", TurnDetection.ServerVad.class, SERVER_VAD),
                    Variant.of("semantic_vad", TurnDetection.SemanticVad.class, SEMANTIC_VAD)),
            TurnDetection.Unknown::new, detection -> ((TurnDetection.Unknown) detection).json());

    /** {@code voice}: a name, or a custom voice object {@code {"id": ...}}. */
    public static final WireKind<Voice> VOICE = WireKind.OneOf.of(
            Alternative.when(voice -> !voice.isCustom(), WireKind.enumerated(Voice::of)),
            Alternative.when(Voice::isCustom, WireKind.mapped(WireKind.JSON_OBJECT, Schemas::customVoice,
                    voice -> JsonObject.builder().put("id", voice.value()).build())));

    /** The wire description of {@link AudioInput}. */
    public static final WireType<AudioInput, AudioInput.Builder> AUDIO_INPUT = WireType.<AudioInput, AudioInput.Builder>of(
                    "AudioInput", AudioInput::builder, AudioInput.Builder::build)
            .field("format", Schemas.AUDIO_FORMAT_KIND, AudioInput::format, AudioInput.Builder::format)
            .field("transcription", WireKind.nullable(WireKind.struct(Schemas.AUDIO_TRANSCRIPTION)), AudioInput::transcriptionSetting, AudioInput.Builder::transcriptionSetting)
            .field("noise_reduction", WireKind.nullable(WireKind.struct(Schemas.NOISE_REDUCTION)), AudioInput::noiseReductionSetting, AudioInput.Builder::noiseReductionSetting)
            .field("turn_detection", WireKind.nullable(Schemas.TURN_DETECTION), AudioInput::turnDetectionSetting, AudioInput.Builder::turnDetectionSetting)
            .extraFields(AudioInput::extraFields, AudioInput.Builder::extraField)
            .build();

    /** The wire description of {@link AudioOutput}. */
    public static final WireType<AudioOutput, AudioOutput.Builder> AUDIO_OUTPUT = WireType.<AudioOutput, AudioOutput.Builder>of(
                    "AudioOutput", AudioOutput::builder, AudioOutput.Builder::build)
            .field("format", Schemas.AUDIO_FORMAT_KIND, AudioOutput::format, AudioOutput.Builder::format)
            .field("voice", Schemas.VOICE, AudioOutput::voice, AudioOutput.Builder::voice)
            .field("speed", WireKind.DECIMAL, AudioOutput::speed, AudioOutput.Builder::speed, FieldOption.between(0.25, 1.5))
            .extraFields(AudioOutput::extraFields, AudioOutput.Builder::extraField)
            .build();

    /** The wire description of {@link Audio}. */
    public static final WireType<Audio, Audio.Builder> AUDIO = WireType.<Audio, Audio.Builder>of(
                    "Audio", Audio::builder, Audio.Builder::build)
            .field("input", WireKind.struct(Schemas.AUDIO_INPUT), Audio::input, Audio.Builder::input)
            .field("output", WireKind.struct(Schemas.AUDIO_OUTPUT), Audio::output, Audio.Builder::output)
            .extraFields(Audio::extraFields, Audio.Builder::extraField)
            .build();

    // ------------------------------------------------------------------------------------------------- tools

    /** The wire description of {@link FunctionTool}. */
    public static final WireType<FunctionTool, FunctionTool.Builder> FUNCTION_TOOL = WireType.<FunctionTool, FunctionTool.Builder>of(
                    "FunctionTool", FunctionTool::builder, FunctionTool.Builder::build)
            .constant("type", "function")
            .field("name", WireKind.TEXT, FunctionTool::name, FunctionTool.Builder::name, FieldOption.required(), FieldOption.matches(Schemas.FUNCTION_NAME, "1 to 64 characters of a-z, A-Z, 0-9, _ or -"))
            .field("description", WireKind.TEXT, FunctionTool::description, FunctionTool.Builder::description)
            .field("parameters", WireKind.JSON_OBJECT, FunctionTool::parameters, FunctionTool.Builder::parameters)
            .extraFields(FunctionTool::extraFields, FunctionTool.Builder::extraField)
            .build();

    /** The wire description of {@link McpToolFilter}. */
    public static final WireType<McpToolFilter, McpToolFilter.Builder> MCP_TOOL_FILTER = WireType.<McpToolFilter, McpToolFilter.Builder>of(
                    "McpToolFilter", McpToolFilter::builder, McpToolFilter.Builder::build)
            .field("tool_names", WireKind.listOf(WireKind.TEXT), McpToolFilter::toolNames, McpToolFilter.Builder::toolNames)
            .field("read_only", WireKind.BOOLEAN, McpToolFilter::readOnly, McpToolFilter.Builder::readOnly)
            .extraFields(McpToolFilter::extraFields, McpToolFilter.Builder::extraField)
            .build();

    /** The wire description of {@link McpApprovalPolicy}. */
    public static final WireType<McpApprovalPolicy, McpApprovalPolicy.Builder> MCP_APPROVAL_POLICY = WireType.<McpApprovalPolicy, McpApprovalPolicy.Builder>of(
                    "McpApprovalPolicy", McpApprovalPolicy::builder, McpApprovalPolicy.Builder::build)
            .field("always", WireKind.struct(Schemas.MCP_TOOL_FILTER), McpApprovalPolicy::always, McpApprovalPolicy.Builder::always)
            .field("never", WireKind.struct(Schemas.MCP_TOOL_FILTER), McpApprovalPolicy::never, McpApprovalPolicy.Builder::never)
            .extraFields(McpApprovalPolicy::extraFields, McpApprovalPolicy.Builder::extraField)
            .build();

    /** {@code allowed_tools}: names, or a filter. */
    public static final WireKind<McpAllowedTools> MCP_ALLOWED_TOOLS = WireKind.OneOf.of(
            Alternative.of(McpAllowedTools.Names.class, WireKind.mapped(WireKind.listOf(WireKind.TEXT),
                    McpAllowedTools.Names::new, McpAllowedTools.Names::names)),
            Alternative.of(McpToolFilter.class, WireKind.struct(MCP_TOOL_FILTER)));

    /** {@code require_approval}: a keyword, or a policy. */
    public static final WireKind<McpApproval> MCP_APPROVAL = WireKind.OneOf.of(
            Alternative.of(McpApproval.Mode.class, WireKind.mapped(WireKind.TEXT, Schemas::approvalMode, McpApproval.Mode::value)),
            Alternative.of(McpApprovalPolicy.class, WireKind.struct(MCP_APPROVAL_POLICY)));

    /** The wire description of {@link McpTool}. */
    public static final WireType<McpTool, McpTool.Builder> MCP_TOOL = WireType.<McpTool, McpTool.Builder>of(
                    "McpTool", McpTool::builder, McpTool.Builder::build)
            .constant("type", "mcp")
            .field("server_label", WireKind.TEXT, McpTool::serverLabel, McpTool.Builder::serverLabel, FieldOption.required(), FieldOption.notBlank())
            .field("server_url", WireKind.TEXT, McpTool::serverUrl, McpTool.Builder::serverUrl)
            .field("connector_id", WireKind.enumerated(McpConnector::of), McpTool::connectorId, McpTool.Builder::connectorId)
            .field("tunnel_id", WireKind.TEXT, McpTool::tunnelId, McpTool.Builder::tunnelId, FieldOption.matches(Schemas.TUNNEL_ID, "tunnel_ followed by 32 lowercase letters or digits"))
            .field("authorization", WireKind.TEXT, McpTool::authorization, McpTool.Builder::authorization, FieldOption.secret())
            .field("server_description", WireKind.TEXT, McpTool::serverDescription, McpTool.Builder::serverDescription)
            .field("headers", WireKind.nullable(WireKind.mapOf(WireKind.TEXT)), McpTool::headersSetting, McpTool.Builder::headersSetting, FieldOption.secret())
            .field("allowed_tools", WireKind.nullable(Schemas.MCP_ALLOWED_TOOLS), McpTool::allowedToolsSetting, McpTool.Builder::allowedToolsSetting)
            .field("allowed_callers", WireKind.nullable(WireKind.listOf(WireKind.enumerated(ToolCaller::of))), McpTool::allowedCallersSetting, McpTool.Builder::allowedCallersSetting, FieldOption.minItems(1))
            .field("require_approval", WireKind.nullable(Schemas.MCP_APPROVAL), McpTool::requireApprovalSetting, McpTool.Builder::requireApprovalSetting)
            .field("defer_loading", WireKind.BOOLEAN, McpTool::deferLoading, McpTool.Builder::deferLoading)
            .extraFields(McpTool::extraFields, McpTool.Builder::extraField)
            .rule(Schemas::checkMcpTool)
            .build();

    /** {@code tools[]}: a function or an MCP server by {@code type}; another type is kept whole. */
    public static final WireKind<Tool> TOOL = new WireKind.Discriminated<>("type",
            List.of(Variant.of("function", FunctionTool.class, FUNCTION_TOOL), Variant.of("mcp", McpTool.class, MCP_TOOL)),
            Tool.Unknown::new, tool -> ((Tool.Unknown) tool).json());

    // ------------------------------------------------------------------------------------------------- session parts

    /** The wire description of {@link Reasoning}. */
    public static final WireType<Reasoning, Reasoning.Builder> REASONING = WireType.<Reasoning, Reasoning.Builder>of(
                    "Reasoning", Reasoning::builder, Reasoning.Builder::build)
            .field("effort", WireKind.enumerated(ReasoningEffort::of), Reasoning::effort, Reasoning.Builder::effort)
            .extraFields(Reasoning::extraFields, Reasoning.Builder::extraField)
            .build();

    /** The wire description of {@link TokenLimits}. */
    public static final WireType<TokenLimits, TokenLimits.Builder> TOKEN_LIMITS = WireType.<TokenLimits, TokenLimits.Builder>of(
                    "TokenLimits", TokenLimits::builder, TokenLimits.Builder::build)
            .field("post_instructions", WireKind.INT32, TokenLimits::postInstructions, TokenLimits.Builder::postInstructions, FieldOption.atLeast(0))
            .extraFields(TokenLimits::extraFields, TokenLimits.Builder::extraField)
            .build();

    /** The wire description of {@link Truncation.RetentionRatio}. */
    public static final WireType<Truncation.RetentionRatio, Truncation.RetentionRatio.Builder> RETENTION_RATIO = WireType.<Truncation.RetentionRatio, Truncation.RetentionRatio.Builder>of(
                    "Truncation.RetentionRatio", Truncation.RetentionRatio::builder, Truncation.RetentionRatio.Builder::build)
            .constant("type", "retention_ratio")
            .field("retention_ratio", WireKind.DECIMAL, Truncation.RetentionRatio::retentionRatio, Truncation.RetentionRatio.Builder::retentionRatio, FieldOption.required(), FieldOption.between(0.0, 1.0))
            .field("token_limits", WireKind.struct(Schemas.TOKEN_LIMITS), Truncation.RetentionRatio::tokenLimits, Truncation.RetentionRatio.Builder::tokenLimits)
            .extraFields(Truncation.RetentionRatio::extraFields, Truncation.RetentionRatio.Builder::extraField)
            .build();

    /** {@code truncation}: a keyword, or retention-ratio truncation. */
    public static final WireKind<Truncation> TRUNCATION = WireKind.OneOf.of(
            Alternative.of(Truncation.Mode.class, WireKind.mapped(WireKind.TEXT, Schemas::truncationMode, Truncation.Mode::value)),
            Alternative.of(Truncation.RetentionRatio.class, new WireKind.Discriminated<Truncation.RetentionRatio>("type",
                    List.of(Variant.of("retention_ratio", Truncation.RetentionRatio.class, RETENTION_RATIO)), null, null)));

    /** The wire description of {@link PromptVariable.InputText}. */
    public static final WireType<PromptVariable.InputText, PromptVariable.InputText.Builder> INPUT_TEXT = WireType.<PromptVariable.InputText, PromptVariable.InputText.Builder>of(
                    "PromptVariable.InputText", PromptVariable.InputText::builder, PromptVariable.InputText.Builder::build)
            .constant("type", "input_text")
            .field("text", WireKind.TEXT, PromptVariable.InputText::text, PromptVariable.InputText.Builder::text, FieldOption.required())
            .field("prompt_cache_breakpoint", WireKind.JSON_OBJECT, PromptVariable.InputText::promptCacheBreakpoint, PromptVariable.InputText.Builder::promptCacheBreakpoint)
            .extraFields(PromptVariable.InputText::extraFields, PromptVariable.InputText.Builder::extraField)
            .build();

    /** The wire description of {@link PromptVariable.InputImage}. */
    public static final WireType<PromptVariable.InputImage, PromptVariable.InputImage.Builder> INPUT_IMAGE = WireType.<PromptVariable.InputImage, PromptVariable.InputImage.Builder>of(
                    "PromptVariable.InputImage", PromptVariable.InputImage::builder, PromptVariable.InputImage.Builder::build)
            .constant("type", "input_image")
            .field("image_url", WireKind.nullable(WireKind.TEXT), PromptVariable.InputImage::imageUrlSetting, PromptVariable.InputImage.Builder::imageUrlSetting)
            .field("file_id", WireKind.nullable(WireKind.TEXT), PromptVariable.InputImage::fileIdSetting, PromptVariable.InputImage.Builder::fileIdSetting)
            .field("detail", WireKind.enumerated(ContentDetail::of), PromptVariable.InputImage::detail, PromptVariable.InputImage.Builder::detail)
            .field("prompt_cache_breakpoint", WireKind.JSON_OBJECT, PromptVariable.InputImage::promptCacheBreakpoint, PromptVariable.InputImage.Builder::promptCacheBreakpoint)
            .extraFields(PromptVariable.InputImage::extraFields, PromptVariable.InputImage.Builder::extraField)
            .build();

    /** The wire description of {@link PromptVariable.InputFile}. */
    public static final WireType<PromptVariable.InputFile, PromptVariable.InputFile.Builder> INPUT_FILE = WireType.<PromptVariable.InputFile, PromptVariable.InputFile.Builder>of(
                    "PromptVariable.InputFile", PromptVariable.InputFile::builder, PromptVariable.InputFile.Builder::build)
            .constant("type", "input_file")
            .field("file_id", WireKind.nullable(WireKind.TEXT), PromptVariable.InputFile::fileIdSetting, PromptVariable.InputFile.Builder::fileIdSetting)
            .field("filename", WireKind.TEXT, PromptVariable.InputFile::filename, PromptVariable.InputFile.Builder::filename)
            .field("file_data", WireKind.TEXT, PromptVariable.InputFile::fileData, PromptVariable.InputFile.Builder::fileData)
            .field("file_url", WireKind.TEXT, PromptVariable.InputFile::fileUrl, PromptVariable.InputFile.Builder::fileUrl)
            .field("detail", WireKind.enumerated(ContentDetail::of), PromptVariable.InputFile::detail, PromptVariable.InputFile.Builder::detail)
            .field("prompt_cache_breakpoint", WireKind.JSON_OBJECT, PromptVariable.InputFile::promptCacheBreakpoint, PromptVariable.InputFile.Builder::promptCacheBreakpoint)
            .extraFields(PromptVariable.InputFile::extraFields, PromptVariable.InputFile.Builder::extraField)
            .build();

    /** A prompt variable: a string, or typed content by {@code type}; another type is kept whole. */
    public static final WireKind<PromptVariable> PROMPT_VARIABLE = WireKind.OneOf.of(
            Alternative.of(PromptVariable.Text.class,
                    WireKind.mapped(WireKind.TEXT, PromptVariable.Text::new, PromptVariable.Text::value)),
            Alternative.when(variable -> !(variable instanceof PromptVariable.Text), new WireKind.Discriminated<PromptVariable>("type",
                    List.of(Variant.of("input_text", PromptVariable.InputText.class, INPUT_TEXT),
                            Variant.of("input_image", PromptVariable.InputImage.class, INPUT_IMAGE),
                            Variant.of("input_file", PromptVariable.InputFile.class, INPUT_FILE)),
                    PromptVariable.Unknown::new, variable -> ((PromptVariable.Unknown) variable).json())));

    /** The wire description of {@link Prompt}. */
    public static final WireType<Prompt, Prompt.Builder> PROMPT = WireType.<Prompt, Prompt.Builder>of(
                    "Prompt", Prompt::builder, Prompt.Builder::build)
            .field("id", WireKind.TEXT, Prompt::id, Prompt.Builder::id, FieldOption.required(), FieldOption.notBlank())
            .field("version", WireKind.nullable(WireKind.TEXT), Prompt::versionSetting, Prompt.Builder::versionSetting)
            .field("variables", WireKind.nullable(WireKind.mapOf(Schemas.PROMPT_VARIABLE)), Prompt::variablesSetting, Prompt.Builder::variablesSetting)
            .extraFields(Prompt::extraFields, Prompt.Builder::extraField)
            .build();

    // ------------------------------------------------------------------------------------------------- sessions

    /** The wire description of {@link RealtimeSessionConfig}. */
    public static final WireType<RealtimeSessionConfig, RealtimeSessionConfig.Builder> REALTIME_SESSION_CONFIG = WireType.<RealtimeSessionConfig, RealtimeSessionConfig.Builder>of(
                    "RealtimeSessionConfig", RealtimeSessionConfig::builder, RealtimeSessionConfig.Builder::build)
            .constant("type", "realtime")
            .field("model", WireKind.enumerated(RealtimeModel::of), RealtimeSessionConfig::model, RealtimeSessionConfig.Builder::model)
            .field("output_modalities", WireKind.listOf(WireKind.enumerated(Modality::of)), RealtimeSessionConfig::outputModalities, RealtimeSessionConfig.Builder::outputModalities)
            .field("instructions", WireKind.TEXT, RealtimeSessionConfig::instructions, RealtimeSessionConfig.Builder::instructions)
            .field("audio", WireKind.struct(Schemas.AUDIO), RealtimeSessionConfig::audio, RealtimeSessionConfig.Builder::audio)
            .field("include", WireKind.listOf(WireKind.enumerated(IncludeOption::of)), RealtimeSessionConfig::include, RealtimeSessionConfig.Builder::include)
            .field("tracing", WireKind.nullable(Schemas.TRACING), RealtimeSessionConfig::tracingSetting, RealtimeSessionConfig.Builder::tracingSetting)
            .field("tools", WireKind.listOf(Schemas.TOOL), RealtimeSessionConfig::tools, RealtimeSessionConfig.Builder::tools)
            .field("tool_choice", Schemas.TOOL_CHOICE, RealtimeSessionConfig::toolChoice, RealtimeSessionConfig.Builder::toolChoice)
            .field("parallel_tool_calls", WireKind.BOOLEAN, RealtimeSessionConfig::parallelToolCalls, RealtimeSessionConfig.Builder::parallelToolCalls)
            .field("reasoning", WireKind.struct(Schemas.REASONING), RealtimeSessionConfig::reasoning, RealtimeSessionConfig.Builder::reasoning)
            .field("max_output_tokens", Schemas.MAX_OUTPUT_TOKENS, RealtimeSessionConfig::maxOutputTokens, RealtimeSessionConfig.Builder::maxOutputTokens)
            .field("truncation", Schemas.TRUNCATION, RealtimeSessionConfig::truncation, RealtimeSessionConfig.Builder::truncation)
            .field("prompt", WireKind.nullable(WireKind.struct(Schemas.PROMPT)), RealtimeSessionConfig::promptSetting, RealtimeSessionConfig.Builder::promptSetting)
            .extraFields(RealtimeSessionConfig::extraFields, RealtimeSessionConfig.Builder::extraField)
            .rule(Schemas::checkRealtimeSession)
            .build();

    /** The wire description of {@link TranscriptionSessionConfig}. */
    public static final WireType<TranscriptionSessionConfig, TranscriptionSessionConfig.Builder> TRANSCRIPTION_SESSION_CONFIG = WireType.<TranscriptionSessionConfig, TranscriptionSessionConfig.Builder>of(
                    "TranscriptionSessionConfig", TranscriptionSessionConfig::builder, TranscriptionSessionConfig.Builder::build)
            .constant("type", "transcription")
            .field("audio", WireKind.struct(Schemas.AUDIO), TranscriptionSessionConfig::audio, TranscriptionSessionConfig.Builder::audio)
            .field("include", WireKind.listOf(WireKind.enumerated(IncludeOption::of)), TranscriptionSessionConfig::include, TranscriptionSessionConfig.Builder::include)
            .extraFields(TranscriptionSessionConfig::extraFields, TranscriptionSessionConfig.Builder::extraField)
            .rule(Schemas::checkTranscriptionSession)
            .build();

    /** The {@code session} of a client secret request: realtime or transcription, by {@code type}. */
    public static final WireKind<SessionConfig> SESSION_CONFIG = new WireKind.Discriminated<>("type",
            List.of(Variant.of("realtime", RealtimeSessionConfig.class, REALTIME_SESSION_CONFIG),
                    Variant.of("transcription", TranscriptionSessionConfig.class, TRANSCRIPTION_SESSION_CONFIG)),
            null, null);

    /** The wire description of {@link ClientSecretRequest}. */
    public static final WireType<ClientSecretRequest, ClientSecretRequest.Builder> CLIENT_SECRET_REQUEST = WireType.<ClientSecretRequest, ClientSecretRequest.Builder>of(
                    "ClientSecretRequest", ClientSecretRequest::builder, ClientSecretRequest.Builder::build)
            .field("expires_after", WireKind.struct(Schemas.EXPIRES_AFTER), ClientSecretRequest::expiresAfter, ClientSecretRequest.Builder::expiresAfter)
            .field("session", Schemas.SESSION_CONFIG, ClientSecretRequest::session, ClientSecretRequest.Builder::session, FieldOption.required())
            .extraFields(ClientSecretRequest::extraFields, ClientSecretRequest.Builder::extraField)
            .rule((request, at) -> checkSafetyIdentifier(request.safetyIdentifier(), at))
            .build();

    /** The wire description of {@link TranslationAudioInput}. */
    public static final WireType<TranslationAudioInput, TranslationAudioInput.Builder> TRANSLATION_AUDIO_INPUT = WireType.<TranslationAudioInput, TranslationAudioInput.Builder>of(
                    "TranslationAudioInput", TranslationAudioInput::builder, TranslationAudioInput.Builder::build)
            .field("transcription", WireKind.nullable(WireKind.struct(Schemas.AUDIO_TRANSCRIPTION)), TranslationAudioInput::transcriptionSetting, TranslationAudioInput.Builder::transcriptionSetting)
            .field("noise_reduction", WireKind.nullable(WireKind.struct(Schemas.NOISE_REDUCTION)), TranslationAudioInput::noiseReductionSetting, TranslationAudioInput.Builder::noiseReductionSetting)
            .extraFields(TranslationAudioInput::extraFields, TranslationAudioInput.Builder::extraField)
            .rule(Schemas::checkTranslationInput)
            .build();

    /** The wire description of {@link TranslationAudioOutput}. */
    public static final WireType<TranslationAudioOutput, TranslationAudioOutput.Builder> TRANSLATION_AUDIO_OUTPUT = WireType.<TranslationAudioOutput, TranslationAudioOutput.Builder>of(
                    "TranslationAudioOutput", TranslationAudioOutput::builder, TranslationAudioOutput.Builder::build)
            .field("language", WireKind.TEXT, TranslationAudioOutput::language, TranslationAudioOutput.Builder::language, FieldOption.notBlank())
            .extraFields(TranslationAudioOutput::extraFields, TranslationAudioOutput.Builder::extraField)
            .build();

    /** The wire description of {@link TranslationAudio}. */
    public static final WireType<TranslationAudio, TranslationAudio.Builder> TRANSLATION_AUDIO = WireType.<TranslationAudio, TranslationAudio.Builder>of(
                    "TranslationAudio", TranslationAudio::builder, TranslationAudio.Builder::build)
            .field("input", WireKind.struct(Schemas.TRANSLATION_AUDIO_INPUT), TranslationAudio::input, TranslationAudio.Builder::input)
            .field("output", WireKind.struct(Schemas.TRANSLATION_AUDIO_OUTPUT), TranslationAudio::output, TranslationAudio.Builder::output)
            .extraFields(TranslationAudio::extraFields, TranslationAudio.Builder::extraField)
            .build();

    /** The wire description of {@link TranslationSessionConfig}. */
    public static final WireType<TranslationSessionConfig, TranslationSessionConfig.Builder> TRANSLATION_SESSION_CONFIG = WireType.<TranslationSessionConfig, TranslationSessionConfig.Builder>of(
                    "TranslationSessionConfig", TranslationSessionConfig::builder, TranslationSessionConfig.Builder::build)
            .field("model", WireKind.TEXT, TranslationSessionConfig::model, TranslationSessionConfig.Builder::model, FieldOption.required(), FieldOption.notBlank())
            .field("audio", WireKind.struct(Schemas.TRANSLATION_AUDIO), TranslationSessionConfig::audio, TranslationSessionConfig.Builder::audio, FieldOption.required())
            .extraFields(TranslationSessionConfig::extraFields, TranslationSessionConfig.Builder::extraField)
            .rule(Schemas::checkTranslationSession)
            .build();

    /** The wire description of {@link TranslationClientSecretRequest}. */
    public static final WireType<TranslationClientSecretRequest, TranslationClientSecretRequest.Builder> TRANSLATION_CLIENT_SECRET_REQUEST = WireType.<TranslationClientSecretRequest, TranslationClientSecretRequest.Builder>of(
                    "TranslationClientSecretRequest", TranslationClientSecretRequest::builder, TranslationClientSecretRequest.Builder::build)
            .field("expires_after", WireKind.struct(Schemas.EXPIRES_AFTER), TranslationClientSecretRequest::expiresAfter, TranslationClientSecretRequest.Builder::expiresAfter)
            .field("session", WireKind.struct(Schemas.TRANSLATION_SESSION_CONFIG), TranslationClientSecretRequest::session, TranslationClientSecretRequest.Builder::session, FieldOption.required())
            .extraFields(TranslationClientSecretRequest::extraFields, TranslationClientSecretRequest.Builder::extraField)
            .rule((request, at) -> checkSafetyIdentifier(request.safetyIdentifier(), at))
            .build();

    // ------------------------------------------------------------------------------------------------- responses

    /** The wire description of {@link RealtimeSession}. */
    public static final WireType<RealtimeSession, RealtimeSession.Builder> REALTIME_SESSION = WireType.<RealtimeSession, RealtimeSession.Builder>of(
                    "RealtimeSession", RealtimeSession::builder, RealtimeSession.Builder::build)
            .constant("type", "realtime")
            .field("object", WireKind.TEXT, RealtimeSession::object, RealtimeSession.Builder::object)
            .field("id", WireKind.TEXT, RealtimeSession::id, RealtimeSession.Builder::id)
            .field("model", WireKind.enumerated(RealtimeModel::of), RealtimeSession::model, RealtimeSession.Builder::model)
            .field("output_modalities", WireKind.listOf(WireKind.enumerated(Modality::of)), RealtimeSession::outputModalities, RealtimeSession.Builder::outputModalities)
            .field("instructions", WireKind.TEXT, RealtimeSession::instructions, RealtimeSession.Builder::instructions)
            .field("tools", WireKind.listOf(Schemas.TOOL), RealtimeSession::tools, RealtimeSession.Builder::tools)
            .field("tool_choice", Schemas.TOOL_CHOICE, RealtimeSession::toolChoice, RealtimeSession.Builder::toolChoice)
            .field("max_output_tokens", Schemas.MAX_OUTPUT_TOKENS, RealtimeSession::maxOutputTokens, RealtimeSession.Builder::maxOutputTokens)
            .field("tracing", WireKind.nullable(Schemas.TRACING), RealtimeSession::tracingSetting, RealtimeSession.Builder::tracingSetting)
            .field("truncation", Schemas.TRUNCATION, RealtimeSession::truncation, RealtimeSession.Builder::truncation)
            .field("prompt", WireKind.nullable(WireKind.struct(Schemas.PROMPT)), RealtimeSession::promptSetting, RealtimeSession.Builder::promptSetting)
            .field("expires_at", WireKind.EPOCH_SECONDS_ZERO_ABSENT, RealtimeSession::expiresAt, RealtimeSession.Builder::expiresAt)
            .field("audio", WireKind.struct(Schemas.AUDIO), RealtimeSession::audio, RealtimeSession.Builder::audio)
            .field("include", WireKind.nullable(WireKind.listOf(WireKind.enumerated(IncludeOption::of))), RealtimeSession::includeSetting, RealtimeSession.Builder::includeSetting)
            .field("reasoning", WireKind.struct(Schemas.REASONING), RealtimeSession::reasoning, RealtimeSession.Builder::reasoning)
            .extraFields(RealtimeSession::extraFields, RealtimeSession.Builder::extraField)
            .build();

    /** The wire description of {@link TranscriptionSession}. */
    public static final WireType<TranscriptionSession, TranscriptionSession.Builder> TRANSCRIPTION_SESSION = WireType.<TranscriptionSession, TranscriptionSession.Builder>of(
                    "TranscriptionSession", TranscriptionSession::builder, TranscriptionSession.Builder::build)
            .constant("type", "transcription")
            .field("object", WireKind.TEXT, TranscriptionSession::object, TranscriptionSession.Builder::object)
            .field("id", WireKind.TEXT, TranscriptionSession::id, TranscriptionSession.Builder::id)
            .field("expires_at", WireKind.EPOCH_SECONDS_ZERO_ABSENT, TranscriptionSession::expiresAt, TranscriptionSession.Builder::expiresAt)
            .field("audio", WireKind.struct(Schemas.AUDIO), TranscriptionSession::audio, TranscriptionSession.Builder::audio)
            .field("include", WireKind.nullable(WireKind.listOf(WireKind.enumerated(IncludeOption::of))), TranscriptionSession::includeSetting, TranscriptionSession.Builder::includeSetting)
            .extraFields(TranscriptionSession::extraFields, TranscriptionSession.Builder::extraField)
            .build();

    /** The {@code session} of a client secret answer: realtime or transcription by {@code type}; another is kept whole. */
    public static final WireKind<Session> SESSION = new WireKind.Discriminated<>("type",
            List.of(Variant.of("realtime", RealtimeSession.class, REALTIME_SESSION),
                    Variant.of("transcription", TranscriptionSession.class, TRANSCRIPTION_SESSION)),
            Session.Unknown::new, session -> ((Session.Unknown) session).json());

    /** The wire description of {@link ClientSecretResponse}. */
    public static final WireType<ClientSecretResponse, ClientSecretResponse.Builder> CLIENT_SECRET_RESPONSE = WireType.<ClientSecretResponse, ClientSecretResponse.Builder>of(
                    "ClientSecretResponse", ClientSecretResponse::builder, ClientSecretResponse.Builder::build)
            .field("value", WireKind.TEXT, ClientSecretResponse::value, ClientSecretResponse.Builder::value, FieldOption.secret(), FieldOption.essential())
            .field("expires_at", WireKind.EPOCH_SECONDS, ClientSecretResponse::expiresAt, ClientSecretResponse.Builder::expiresAt, FieldOption.essential())
            .field("session", Schemas.SESSION, ClientSecretResponse::session, ClientSecretResponse.Builder::session)
            .extraFields(ClientSecretResponse::extraFields, ClientSecretResponse.Builder::extraField)
            .build();

    /** The wire description of {@link TranslationSession}. */
    public static final WireType<TranslationSession, TranslationSession.Builder> TRANSLATION_SESSION = WireType.<TranslationSession, TranslationSession.Builder>of(
                    "TranslationSession", TranslationSession::builder, TranslationSession.Builder::build)
            .constant("type", "translation")
            .field("id", WireKind.TEXT, TranslationSession::id, TranslationSession.Builder::id)
            .field("expires_at", WireKind.EPOCH_SECONDS_ZERO_ABSENT, TranslationSession::expiresAt, TranslationSession.Builder::expiresAt)
            .field("model", WireKind.TEXT, TranslationSession::model, TranslationSession.Builder::model)
            .field("audio", WireKind.struct(Schemas.TRANSLATION_AUDIO), TranslationSession::audio, TranslationSession.Builder::audio)
            .extraFields(TranslationSession::extraFields, TranslationSession.Builder::extraField)
            .build();

    /** The wire description of {@link TranslationClientSecretResponse}. */
    public static final WireType<TranslationClientSecretResponse, TranslationClientSecretResponse.Builder> TRANSLATION_CLIENT_SECRET_RESPONSE = WireType.<TranslationClientSecretResponse, TranslationClientSecretResponse.Builder>of(
                    "TranslationClientSecretResponse", TranslationClientSecretResponse::builder, TranslationClientSecretResponse.Builder::build)
            .field("value", WireKind.TEXT, TranslationClientSecretResponse::value, TranslationClientSecretResponse.Builder::value, FieldOption.secret(), FieldOption.essential())
            .field("expires_at", WireKind.EPOCH_SECONDS, TranslationClientSecretResponse::expiresAt, TranslationClientSecretResponse.Builder::expiresAt, FieldOption.essential())
            .field("session", WireKind.struct(Schemas.TRANSLATION_SESSION), TranslationClientSecretResponse::session, TranslationClientSecretResponse.Builder::session)
            .extraFields(TranslationClientSecretResponse::extraFields, TranslationClientSecretResponse.Builder::extraField)
            .build();

    // ------------------------------------------------------------------------------------------------- keywords

    private static ToolChoice.Mode toolChoiceMode(String text) {
        return switch (text) {
            case "auto" -> ToolChoice.AUTO;
            case "none" -> ToolChoice.NONE;
            case "required" -> ToolChoice.REQUIRED;
            default -> new ToolChoice.Mode(text);
        };
    }

    private static Truncation.Mode truncationMode(String text) {
        return switch (text) {
            case "auto" -> Truncation.AUTO;
            case "disabled" -> Truncation.DISABLED;
            default -> new Truncation.Mode(text);
        };
    }

    private static McpApproval.Mode approvalMode(String text) {
        return switch (text) {
            case "always" -> McpApproval.ALWAYS;
            case "never" -> McpApproval.NEVER;
            default -> new McpApproval.Mode(text);
        };
    }

    private static AudioFormat legacyAudioFormat(String text) {
        return switch (text) {
            case "pcm16" -> AudioFormat.PCM_24KHZ;
            case "g711_ulaw" -> AudioFormat.PCMU;
            case "g711_alaw" -> AudioFormat.PCMA;
            default -> AudioFormat.builder().type(AudioFormatType.of(text)).build();
        };
    }

    private static Voice customVoice(JsonObject json) {
        JsonValue id = json.get("id");
        if (id == null || id.asString() == null) {
            throw new IllegalArgumentException("a custom voice needs a string id");
        }
        return Voice.custom(id.asString());
    }

    // ------------------------------------------------------------------------------------------------- rules

    private static void checkAudioFormat(AudioFormat format, Violations at) {
        if (AudioFormatType.PCM.equals(format.type()) && format.rate() != null && format.rate() != 24_000) {
            at.add("rate", "must be 24000: the API supports audio/pcm at 24 kHz only", format.rate().toString());
        }
        if (format.type() == null) {
            at.add("type", "is required", null);
        }
    }

    private static void checkMcpTool(McpTool tool, Violations at) {
        if (tool.serverUrl() == null && tool.connectorId() == null && tool.tunnelId() == null) {
            at.add("", "needs one of server_url, connector_id or tunnel_id", null);
        }
    }

    private static void checkRealtimeSession(RealtimeSessionConfig session, Violations at) {
        List<Modality> modalities = session.outputModalities();
        if (modalities != null && modalities.size() != 1) {
            at.add("output_modalities",
                    "must name exactly one modality, [audio] (audio with a transcript) or [text]: the API cannot answer"
                            + " with both",
                    modalities.toString());
        }
        if (session.tracing() instanceof Tracing.Mode mode && !mode.equals(Tracing.AUTO)) {
            at.add("tracing", "must be \"auto\", a configuration, or switched off", quote(mode.value()));
        }
        MaxOutputTokens tokens = session.maxOutputTokens();
        if (tokens instanceof MaxOutputTokens.Limit limit && (limit.tokens() < 1 || limit.tokens() > 4096)) {
            at.add("max_output_tokens", "must be between 1 and 4096, or \"inf\"", Integer.toString(limit.tokens()));
        }
        if (tokens instanceof MaxOutputTokens.Keyword keyword && !keyword.equals(MaxOutputTokens.INF)) {
            at.add("max_output_tokens", "must be between 1 and 4096, or \"inf\"", quote(keyword.value()));
        }
        if (session.truncation() instanceof Truncation.Mode mode
                && !mode.equals(Truncation.AUTO) && !mode.equals(Truncation.DISABLED)) {
            at.add("truncation", "must be \"auto\", \"disabled\" or a retention ratio", quote(mode.value()));
        }
        checkTools(session.tools(), session.toolChoice(), at);
    }

    private static void checkTools(List<Tool> tools, ToolChoice choice, Violations at) {
        Set<String> functions = new HashSet<>();
        Set<String> servers = new HashSet<>();
        if (tools != null) {
            for (int i = 0; i < tools.size(); i++) {
                if (tools.get(i) instanceof FunctionTool function && function.name() != null
                        && !functions.add(function.name())) {
                    at.at("tools").at(i).add("name", "must be unique among the function tools", quote(function.name()));
                }
                if (tools.get(i) instanceof McpTool mcp && mcp.serverLabel() != null && !servers.add(mcp.serverLabel())) {
                    at.at("tools").at(i).add("server_label", "must be unique among the MCP tools", quote(mcp.serverLabel()));
                }
            }
        }
        if (choice instanceof ToolChoice.Mode mode && !mode.equals(ToolChoice.AUTO) && !mode.equals(ToolChoice.NONE)
                && !mode.equals(ToolChoice.REQUIRED)) {
            at.add("tool_choice", "must be \"none\", \"auto\", \"required\", a function or an MCP tool", quote(mode.value()));
        }
        if (choice instanceof ToolChoice.Function function && !functions.contains(function.name())) {
            at.add("tool_choice.name", "must name one of the session's function tools " + sorted(functions),
                    quote(function.name()));
        }
        if (choice instanceof ToolChoice.Mcp mcp && !servers.contains(mcp.serverLabel())) {
            at.add("tool_choice.server_label", "must name one of the session's MCP tools " + sorted(servers),
                    quote(mcp.serverLabel()));
        }
    }

    private static void checkTranscriptionSession(TranscriptionSessionConfig session, Violations at) {
        if (session.audio() != null && session.audio().output() != null) {
            at.add("audio.output", "must not be set: a transcription session has no audio output", null);
        }
    }

    private static void checkTranslationInput(TranslationAudioInput input, Violations at) {
        AudioTranscription transcription = input.transcription();
        if (transcription != null) {
            if (transcription.model() == null) {
                at.add("transcription.model", "is required", null);
            }
            if (transcription.language() != null || transcription.languages() != null || transcription.keywords() != null
                    || transcription.prompt() != null || transcription.delay() != null
                    || !transcription.extraFields().isEmpty()) {
                at.add("transcription", "takes a model only in a translation session", null);
            }
        }
        if (input.noiseReduction() != null && input.noiseReduction().type() == null) {
            at.add("noise_reduction.type", "is required", null);
        }
    }

    private static void checkTranslationSession(TranslationSessionConfig session, Violations at) {
        if (session.audio() != null && (session.audio().output() == null || session.audio().output().language() == null)) {
            at.add("audio.output.language", "is required: it names the language to translate into", null);
        }
    }

    /**
     * Checks an {@code OpenAI-Safety-Identifier} header value.
     *
     * @param identifier the value, or {@code null}
     * @param at where to report
     */
    public static void checkSafetyIdentifier(String identifier, Violations at) {
        if (identifier == null) {
            return;
        }
        if (identifier.isBlank()) {
            at.add("OpenAI-Safety-Identifier", "must not be blank", null);
        } else if (identifier.length() > 512) {
            at.add("OpenAI-Safety-Identifier", "must be at most 512 characters", identifier.length() + " characters");
        } else if (!identifier.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            at.add("OpenAI-Safety-Identifier",
                    "must be printable ASCII without control characters (send a hash of the user's id)", null);
        }
    }

    private static String quote(String text) {
        return '"' + text + '"';
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
