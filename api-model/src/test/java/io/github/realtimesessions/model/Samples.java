package io.github.realtimesessions.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fully populated GA values, every field set, built through the public builders only. Shared by the test classes;
 * {@code ModelContractTest} checks that each sample really sets every field its description lists.
 */
public final class Samples {

    /** The secret value of the client secret samples; no test output may contain a fragment of it. */
    public static final String SECRET_VALUE = "ek_test_SECRET123";

    /** The MCP authorization token of {@link #mcpTool()}. */
    public static final String MCP_TOKEN = "tok-ZQX9-7731";

    /** The MCP header value of {@link #mcpTool()}. */
    public static final String MCP_HEADER_VALUE = "hdr-QWV8-5555";

    /** A well-formed Secure MCP Tunnel id. */
    public static final String TUNNEL_ID = "tunnel_" + "0123456789abcdefghijklmnopqrstuv";

    public static final Instant SECRET_EXPIRES_AT = Instant.parse("2026-08-27T12:10:00Z");
    public static final Instant SESSION_EXPIRES_AT = Instant.parse("2026-08-27T13:00:00Z");

    private Samples() {}

    public static JsonObject weatherParameters() {
        return JsonObject.parse("{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},"
                + "\"required\":[\"city\"]}");
    }

    public static AudioFormat audioFormat() {
        return AudioFormat.builder().type(AudioFormatType.PCM).rate(24_000).build();
    }

    public static NoiseReduction noiseReduction() {
        return NoiseReduction.builder().type(NoiseReductionType.NEAR_FIELD).build();
    }

    public static AudioTranscription audioTranscription() {
        return AudioTranscription.builder()
                .model(TranscriptionModel.GPT_4O_TRANSCRIBE)
                .language("en")
                .languages("en", "fr")
                .keywords("Realtime", "WebRTC")
                .prompt("expect technical words")
                .delay(TranscriptionDelay.LOW)
                .build();
    }

    public static TurnDetection.ServerVad serverVad() {
        return TurnDetection.serverVad()
                .threshold(0.5)
                .prefixPaddingMs(300)
                .silenceDurationMs(500)
                .idleTimeoutMs(10_000)
                .createResponse(true)
                .interruptResponse(false)
                .build();
    }

    public static TurnDetection.SemanticVad semanticVad() {
        return TurnDetection.semanticVad().eagerness(Eagerness.LOW).createResponse(false).interruptResponse(true).build();
    }

    public static AudioInput audioInput() {
        return AudioInput.builder()
                .format(AudioFormat.PCM_24KHZ)
                .transcription(audioTranscription())
                .noiseReduction(noiseReduction())
                .turnDetection(serverVad())
                .build();
    }

    public static AudioOutput audioOutput() {
        return AudioOutput.builder().format(AudioFormat.PCMU).voice(Voice.MARIN).speed(1.25).build();
    }

    public static Audio audio() {
        return Audio.builder().input(audioInput()).output(audioOutput()).build();
    }

    public static FunctionTool functionTool() {
        return FunctionTool.builder()
                .name("get_weather")
                .description("Look up the weather.")
                .parameters(weatherParameters())
                .build();
    }

    public static McpToolFilter mcpToolFilter() {
        return McpToolFilter.builder().toolNames("search", "fetch").readOnly(true).build();
    }

    public static McpApprovalPolicy mcpApprovalPolicy() {
        return McpApprovalPolicy.builder()
                .always(McpToolFilter.builder().toolNames("delete").build())
                .never(McpToolFilter.builder().readOnly(true).build())
                .build();
    }

    public static McpTool mcpTool() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Api-Key", MCP_HEADER_VALUE);
        return McpTool.builder()
                .serverLabel("docs")
                .serverUrl("https://mcp.example.com/sse")
                .connectorId(McpConnector.CONNECTOR_GMAIL)
                .tunnelId(TUNNEL_ID)
                .authorization(MCP_TOKEN)
                .serverDescription("Internal documentation")
                .headers(headers)
                .allowedTools(McpAllowedTools.names("search"))
                .allowedCallers(List.of(ToolCaller.DIRECT))
                .requireApproval(McpApproval.NEVER)
                .deferLoading(true)
                .build();
    }

    public static Reasoning reasoning() {
        return Reasoning.builder().effort(ReasoningEffort.HIGH).build();
    }

    public static TokenLimits tokenLimits() {
        return TokenLimits.builder().postInstructions(8000).build();
    }

    public static Truncation.RetentionRatio retentionRatio() {
        return Truncation.RetentionRatio.builder().retentionRatio(0.8).tokenLimits(tokenLimits()).build();
    }

    public static PromptVariable.InputText inputText() {
        return PromptVariable.InputText.builder()
                .text("be brief")
                .promptCacheBreakpoint(PromptVariable.EXPLICIT_CACHE_BREAKPOINT)
                .build();
    }

    public static PromptVariable.InputImage inputImage() {
        return PromptVariable.InputImage.builder()
                .imageUrl("https://example.com/cat.png")
                .fileId("file_img")
                .detail(ContentDetail.HIGH)
                .promptCacheBreakpoint(PromptVariable.EXPLICIT_CACHE_BREAKPOINT)
                .build();
    }

    public static PromptVariable.InputFile inputFile() {
        return PromptVariable.InputFile.builder()
                .fileId("file_doc")
                .filename("doc.pdf")
                .fileData("JVBERi0=")
                .fileUrl("https://example.com/doc.pdf")
                .detail(ContentDetail.AUTO)
                .promptCacheBreakpoint(PromptVariable.EXPLICIT_CACHE_BREAKPOINT)
                .build();
    }

    public static Prompt prompt() {
        Map<String, PromptVariable> variables = new LinkedHashMap<>();
        variables.put("city", PromptVariable.text("Paris"));
        variables.put("note", inputText());
        return Prompt.builder().id("pmpt_123").version("2").variables(variables).build();
    }

    public static Tracing.Configuration tracingConfiguration() {
        return Tracing.of("support", "g1", JsonObject.builder().put("k", "v").build());
    }

    /**
     * A realtime session configuration with every field set. Its tool choice is {@code required}, not a function, so
     * that any one field can be dropped without breaking the rule that a chosen function must be declared.
     */
    public static RealtimeSessionConfig realtimeSessionConfig() {
        return RealtimeSessionConfig.builder()
                .model(RealtimeModel.GPT_REALTIME)
                .outputModalities(Modality.AUDIO)
                .instructions("You are a friendly assistant.")
                .audio(audio())
                .include(IncludeOption.INPUT_AUDIO_TRANSCRIPTION_LOGPROBS)
                .tracing(tracingConfiguration())
                .tools(functionTool(), mcpTool())
                .toolChoice(ToolChoice.REQUIRED)
                .parallelToolCalls(true)
                .reasoning(reasoning())
                .maxOutputTokens(MaxOutputTokens.INF)
                .truncation(retentionRatio())
                .prompt(prompt())
                .build();
    }

    public static TranscriptionSessionConfig transcriptionSessionConfig() {
        return TranscriptionSessionConfig.builder()
                .audio(Audio.builder()
                        .input(AudioInput.builder()
                                .format(AudioFormat.PCM_24KHZ)
                                .transcription(audioTranscription())
                                .noiseReduction(NoiseReduction.FAR_FIELD)
                                .turnDetection(semanticVad())
                                .build())
                        .build())
                .include(IncludeOption.INPUT_AUDIO_TRANSCRIPTION_LOGPROBS)
                .build();
    }

    public static ClientSecretRequest clientSecretRequest() {
        return ClientSecretRequest.builder()
                .expiresAfter(ExpiresAfter.seconds(600))
                .session(realtimeSessionConfig())
                .safetyIdentifier("user-hash-1")
                .build();
    }

    public static TranslationAudioInput translationAudioInput() {
        return TranslationAudioInput.builder()
                .transcription(AudioTranscription.of(TranscriptionModel.GPT_REALTIME_WHISPER))
                .noiseReduction(NoiseReduction.FAR_FIELD)
                .build();
    }

    public static TranslationAudioOutput translationAudioOutput() {
        return TranslationAudioOutput.of("es");
    }

    public static TranslationAudio translationAudio() {
        return TranslationAudio.builder().input(translationAudioInput()).output(translationAudioOutput()).build();
    }

    public static TranslationSessionConfig translationSessionConfig() {
        return TranslationSessionConfig.builder().model("gpt-realtime-translate").audio(translationAudio()).build();
    }

    public static TranslationClientSecretRequest translationClientSecretRequest() {
        return TranslationClientSecretRequest.builder()
                .expiresAfter(ExpiresAfter.seconds(120))
                .session(translationSessionConfig())
                .safetyIdentifier("user-hash-2")
                .build();
    }

    public static RealtimeSession realtimeSession() {
        return RealtimeSession.builder()
                .object("realtime.session")
                .id("sess_C9CiUVUzUzYIssh3ELY1d")
                .model(RealtimeModel.GPT_REALTIME)
                .outputModalities(Modality.AUDIO)
                .instructions("You are a friendly assistant.")
                .tools(functionTool())
                .toolChoice(ToolChoice.AUTO)
                .maxOutputTokens(MaxOutputTokens.INF)
                .tracing(Tracing.AUTO)
                .truncation(Truncation.AUTO)
                .prompt(prompt())
                .expiresAt(SESSION_EXPIRES_AT)
                .audio(audio())
                .include(List.of(IncludeOption.INPUT_AUDIO_TRANSCRIPTION_LOGPROBS))
                .reasoning(reasoning())
                .build();
    }

    public static TranscriptionSession transcriptionSession() {
        return TranscriptionSession.builder()
                .object("realtime.transcription_session")
                .id("sess_BBwZc7cFV3XizEyKGDCGL")
                .expiresAt(SESSION_EXPIRES_AT)
                .audio(transcriptionSessionConfig().audio())
                .include(List.of(IncludeOption.INPUT_AUDIO_TRANSCRIPTION_LOGPROBS))
                .build();
    }

    public static ClientSecretResponse clientSecretResponse() {
        return ClientSecretResponse.builder()
                .value(SECRET_VALUE)
                .expiresAt(SECRET_EXPIRES_AT)
                .session(realtimeSession())
                .build();
    }

    public static TranslationSession translationSession() {
        return TranslationSession.builder()
                .id("sess_tr_1")
                .expiresAt(SECRET_EXPIRES_AT)
                .model("gpt-realtime-translate")
                .audio(translationAudio())
                .build();
    }

    public static TranslationClientSecretResponse translationClientSecretResponse() {
        return TranslationClientSecretResponse.builder()
                .value(SECRET_VALUE)
                .expiresAt(SECRET_EXPIRES_AT)
                .session(translationSession())
                .build();
    }

    /** Fails unless {@code text} holds no fragment of {@code secret} longer than three characters. */
    public static void assertNoFragmentOf(String secret, String text) {
        for (int length = 4; length <= secret.length(); length++) {
            for (int start = 0; start + length <= secret.length(); start++) {
                String fragment = secret.substring(start, start + length);
                if (text.contains(fragment)) {
                    throw new AssertionError("fragment \"" + fragment + "\" of a secret appears in: " + text);
                }
            }
        }
    }
}
