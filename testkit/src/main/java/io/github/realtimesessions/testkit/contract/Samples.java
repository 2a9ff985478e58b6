package io.github.realtimesessions.testkit.contract;

import io.github.realtimesessions.model.Audio;
import io.github.realtimesessions.model.AudioFormat;
import io.github.realtimesessions.model.AudioInput;
import io.github.realtimesessions.model.AudioOutput;
import io.github.realtimesessions.model.AudioTranscription;
import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.Eagerness;
import io.github.realtimesessions.model.ExpiresAfter;
import io.github.realtimesessions.model.FunctionTool;
import io.github.realtimesessions.model.IncludeOption;
import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.MaxOutputTokens;
import io.github.realtimesessions.model.McpApproval;
import io.github.realtimesessions.model.McpTool;
import io.github.realtimesessions.model.McpToolFilter;
import io.github.realtimesessions.model.Modality;
import io.github.realtimesessions.model.NoiseReduction;
import io.github.realtimesessions.model.Prompt;
import io.github.realtimesessions.model.PromptVariable;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.Reasoning;
import io.github.realtimesessions.model.ReasoningEffort;
import io.github.realtimesessions.model.TokenLimits;
import io.github.realtimesessions.model.ToolChoice;
import io.github.realtimesessions.model.Tracing;
import io.github.realtimesessions.model.TranscriptionModel;
import io.github.realtimesessions.model.TranscriptionSessionConfig;
import io.github.realtimesessions.model.TranslationAudio;
import io.github.realtimesessions.model.TranslationAudioInput;
import io.github.realtimesessions.model.TranslationAudioOutput;
import io.github.realtimesessions.model.TranslationClientSecretRequest;
import io.github.realtimesessions.model.TranslationSessionConfig;
import io.github.realtimesessions.model.Truncation;
import io.github.realtimesessions.model.TurnDetection;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateRequest;
import io.github.realtimesessions.testkit.SdpSamples;
import java.util.LinkedHashMap;
import java.util.Map;

/** The requests the contract sends: minimal ones, and full ones that set every field to a value other than its default. */
@SuppressWarnings("deprecation")
final class Samples {

    /** A client secret the hostile answers echo; no exception or log line may repeat it. */
    static final String ECHOED_SECRET = "ek_contract0echoed0secret0123456789abcdef";

    /** The full realtime request of the GA digest (ga-fields §3.12), as JSON: the wire oracle of the full request. */
    static final String FULL_REALTIME_JSON = "{\"expires_after\":{\"anchor\":\"created_at\",\"seconds\":120},"
            + "\"session\":{\"type\":\"realtime\",\"model\":\"gpt-realtime-mini\",\"output_modalities\":[\"text\"],"
            + "\"instructions\":\"Answer in one sentence. \\\"Quotes\\\", back\\\\slash, new\\nline, \\u00dcn\\u00efc\\u00f6d\\u00e9 \\u2713\","
            + "\"audio\":{\"input\":{\"format\":{\"type\":\"audio/pcmu\"},"
            + "\"transcription\":{\"model\":\"gpt-4o-transcribe\",\"language\":\"en\",\"prompt\":\"expect technical words\"},"
            + "\"noise_reduction\":{\"type\":\"far_field\"},"
            + "\"turn_detection\":{\"type\":\"server_vad\",\"threshold\":0.7,\"prefix_padding_ms\":250,"
            + "\"silence_duration_ms\":650,\"idle_timeout_ms\":10000,\"create_response\":false,\"interrupt_response\":false}},"
            + "\"output\":{\"format\":{\"type\":\"audio/pcma\"},\"voice\":\"marin\",\"speed\":1.25}},"
            + "\"include\":[\"item.input_audio_transcription.logprobs\"],"
            + "\"tracing\":{\"workflow_name\":\"support\",\"group_id\":\"g1\",\"metadata\":{\"tenant\":\"acme\",\"attempt\":2}},"
            + "\"tools\":[{\"type\":\"function\",\"name\":\"get_weather\",\"description\":\"Look up the weather.\","
            + "\"parameters\":{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}},"
            + "{\"type\":\"mcp\",\"server_label\":\"docs\",\"server_url\":\"https://mcp.example.com/sse\","
            + "\"headers\":{\"X-Team\":\"a\"},\"allowed_tools\":{\"tool_names\":[\"search\"],\"read_only\":true},"
            + "\"require_approval\":\"never\"}],"
            + "\"tool_choice\":{\"type\":\"function\",\"name\":\"get_weather\"},"
            + "\"parallel_tool_calls\":true,\"reasoning\":{\"effort\":\"high\"},"
            + "\"max_output_tokens\":1024,"
            + "\"truncation\":{\"type\":\"retention_ratio\",\"retention_ratio\":0.8,\"token_limits\":{\"post_instructions\":8000}},"
            + "\"prompt\":{\"id\":\"pmpt_123\",\"version\":\"2\",\"variables\":{\"city\":\"Paris\","
            + "\"note\":{\"type\":\"input_text\",\"text\":\"be brief\"}}}}}";

    /** The full transcription request of the GA digest, as JSON. */
    static final String FULL_TRANSCRIPTION_JSON = "{\"expires_after\":{\"anchor\":\"created_at\",\"seconds\":300},"
            + "\"session\":{\"type\":\"transcription\",\"audio\":{\"input\":{\"format\":{\"type\":\"audio/pcm\",\"rate\":24000},"
            + "\"transcription\":{\"model\":\"gpt-4o-transcribe\",\"language\":\"en\",\"prompt\":\"expect technical words\"},"
            + "\"noise_reduction\":{\"type\":\"far_field\"},\"turn_detection\":{\"type\":\"semantic_vad\",\"eagerness\":\"low\"}}},"
            + "\"include\":[\"item.input_audio_transcription.logprobs\"]}}";

    /** The full translation request, as JSON. */
    static final String FULL_TRANSLATION_JSON = "{\"expires_after\":{\"anchor\":\"created_at\",\"seconds\":900},"
            + "\"session\":{\"model\":\"gpt-realtime-translate\",\"audio\":{\"input\":{\"transcription\":"
            + "{\"model\":\"gpt-realtime-whisper\"},\"noise_reduction\":{\"type\":\"near_field\"}},"
            + "\"output\":{\"language\":\"es\"}}}}";

    private Samples() {}

    static ClientSecretRequest minimalRealtime() {
        return ClientSecretRequest.builder().session(RealtimeSessionConfig.builder().build()).build();
    }

    static ClientSecretRequest realtime(String instructions) {
        return ClientSecretRequest.builder()
                .session(RealtimeSessionConfig.builder().instructions(instructions).build())
                .build();
    }

    /** The session of {@link #FULL_REALTIME_JSON}. */
    static RealtimeSessionConfig fullRealtimeSession() {
        JsonObject parameters = JsonObject.parse(
                "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}");
        Map<String, PromptVariable> variables = new LinkedHashMap<>();
        variables.put("city", PromptVariable.text("Paris"));
        variables.put("note", PromptVariable.InputText.builder().text("be brief").build());
        return RealtimeSessionConfig.builder()
                .model(RealtimeModel.GPT_REALTIME_MINI)
                .outputModalities(Modality.TEXT)
                .instructions("Answer in one sentence. \"Quotes\", back\\slash, new\nline, \u00dcn\u00efc\u00f6d\u00e9 \u2713")
                .audio(Audio.builder()
                        .input(AudioInput.builder()
                                .format(AudioFormat.PCMU)
                                .transcription(AudioTranscription.builder()
                                        .model(TranscriptionModel.GPT_4O_TRANSCRIBE)
                                        .language("en")
                                        .prompt("expect technical words")
                                        .build())
                                .noiseReduction(NoiseReduction.FAR_FIELD)
                                .turnDetection(TurnDetection.serverVad()
                                        .threshold(0.7)
                                        .prefixPaddingMs(250)
                                        .silenceDurationMs(650)
                                        .idleTimeoutMs(10_000)
                                        .createResponse(false)
                                        .interruptResponse(false)
                                        .build())
                                .build())
                        .output(AudioOutput.builder().format(AudioFormat.PCMA).voice(Voice.MARIN).speed(1.25).build())
                        .build())
                .include(IncludeOption.INPUT_AUDIO_TRANSCRIPTION_LOGPROBS)
                .tracing(Tracing.of("support", "g1", JsonObject.parse("{\"tenant\":\"acme\",\"attempt\":2}")))
                .tools(FunctionTool.of("get_weather", "Look up the weather.", parameters),
                        McpTool.builder()
                                .serverLabel("docs")
                                .serverUrl("https://mcp.example.com/sse")
                                .headers(Map.of("X-Team", "a"))
                                .allowedTools(McpToolFilter.builder().toolNames("search").readOnly(true).build())
                                .requireApproval(McpApproval.NEVER)
                                .build())
                .toolChoice(ToolChoice.function("get_weather"))
                .parallelToolCalls(true)
                .reasoning(Reasoning.of(ReasoningEffort.HIGH))
                .maxOutputTokens(MaxOutputTokens.of(1024))
                .truncation(Truncation.RetentionRatio.builder()
                        .retentionRatio(0.8)
                        .tokenLimits(TokenLimits.builder().postInstructions(8000).build())
                        .build())
                .prompt(Prompt.builder().id("pmpt_123").version("2").variables(variables).build())
                .build();
    }

    static ClientSecretRequest fullRealtime() {
        return ClientSecretRequest.builder().expiresAfter(ExpiresAfter.seconds(120)).session(fullRealtimeSession())
                .build();
    }

    static ClientSecretRequest fullTranscription() {
        return ClientSecretRequest.builder()
                .expiresAfter(ExpiresAfter.seconds(300))
                .session(TranscriptionSessionConfig.builder()
                        .audio(Audio.builder()
                                .input(AudioInput.builder()
                                        .format(AudioFormat.PCM_24KHZ)
                                        .transcription(AudioTranscription.builder()
                                                .model(TranscriptionModel.GPT_4O_TRANSCRIBE)
                                                .language("en")
                                                .prompt("expect technical words")
                                                .build())
                                        .noiseReduction(NoiseReduction.FAR_FIELD)
                                        .turnDetection(TurnDetection.semanticVad().eagerness(Eagerness.LOW).build())
                                        .build())
                                .build())
                        .include(IncludeOption.INPUT_AUDIO_TRANSCRIPTION_LOGPROBS)
                        .build())
                .build();
    }

    static TranslationClientSecretRequest fullTranslation() {
        return TranslationClientSecretRequest.builder()
                .expiresAfter(ExpiresAfter.seconds(900))
                .session(TranslationSessionConfig.builder()
                        .model("gpt-realtime-translate")
                        .audio(TranslationAudio.builder()
                                .input(TranslationAudioInput.builder()
                                        .transcription(AudioTranscription.of(TranscriptionModel.GPT_REALTIME_WHISPER))
                                        .noiseReduction(NoiseReduction.NEAR_FIELD)
                                        .build())
                                .output(TranslationAudioOutput.of("es"))
                                .build())
                        .build())
                .build();
    }

    static TranslationClientSecretRequest translation(String language) {
        return TranslationClientSecretRequest.builder()
                .session(TranslationSessionConfig.builder().model("gpt-realtime-translate").targetLanguage(language)
                        .build())
                .build();
    }

    static CallRequest call() {
        return CallRequest.of(SdpSamples.browserOffer(), RealtimeSessionConfig.builder()
                .model(RealtimeModel.GPT_REALTIME).instructions("Be brief.").voice(Voice.MARIN).build());
    }

    static RealtimeSessionCreateRequest beta(String instructions) {
        return RealtimeSessionCreateRequest.builder().instructions(instructions).build();
    }
}
