package io.github.realtimesessions.transport.core.internal;

import static io.github.realtimesessions.transport.core.internal.WireFixtures.json;
import static io.github.realtimesessions.transport.core.internal.WireFixtures.text;
import static io.github.realtimesessions.transport.core.internal.WireFixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

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
import io.github.realtimesessions.model.FunctionTool;
import io.github.realtimesessions.model.IncludeOption;
import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.JsonValue;
import io.github.realtimesessions.model.MaxOutputTokens;
import io.github.realtimesessions.model.McpAllowedTools;
import io.github.realtimesessions.model.McpApproval;
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
import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.model.internal.WireType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the codec writes for every GA type, byte for byte: the spec's member names, the order of the field
 * descriptions (the schema's), unset fields left out, JSON {@code null} for a feature switched off, constants such as
 * {@code "type":"realtime"} always present, and extra fields last, replacing a modelled field of the same name.
 */
class WireCodecEncodingTest {

    private static final WireCodec CODEC = WireCodec.instance();

    private static <T> String encode(WireType<T, ?> type, T value) {
        return text(CODEC.encode(type, value));
    }

    private static String session(RealtimeSessionConfig session) {
        return encode(Schemas.REALTIME_SESSION_CONFIG, session);
    }

    private static <T> Arguments wire(String name, WireType<T, ?> type, T value, String expected) {
        return arguments(Named.of(name, (Runnable) () -> assertThat(encode(type, value)).isEqualTo(expected)), expected);
    }

    // --------------------------------------------------------------------------------------------- every type

    static Stream<Arguments> everyType() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Team", "a");
        headers.put("Authorization", "Bearer mcp-token");
        return Stream.of(
                wire("ExpiresAfter", Schemas.EXPIRES_AFTER, ExpiresAfter.seconds(600),
                        "{\"anchor\":\"created_at\",\"seconds\":600}"),
                wire("ExpiresAfter without anchor", Schemas.EXPIRES_AFTER, new ExpiresAfter(null, 10), "{\"seconds\":10}"),
                wire("ExpiresAfter empty", Schemas.EXPIRES_AFTER, new ExpiresAfter(null, null), "{}"),
                wire("Tracing.Configuration", Schemas.TRACING_CONFIGURATION,
                        Tracing.of("wf", "g", JsonObject.parse("{\"b\":[1,2.5,true,null],\"a\":{\"c\":\"d\"}}")),
                        "{\"workflow_name\":\"wf\",\"group_id\":\"g\",\"metadata\":{\"b\":[1,2.5,true,null],"
                                + "\"a\":{\"c\":\"d\"}}}"),
                wire("ToolChoice.Function", Schemas.TOOL_CHOICE_FUNCTION, ToolChoice.function("f"),
                        "{\"type\":\"function\",\"name\":\"f\"}"),
                wire("ToolChoice.Mcp", Schemas.TOOL_CHOICE_MCP, ToolChoice.mcp("docs", "search"),
                        "{\"type\":\"mcp\",\"server_label\":\"docs\",\"name\":\"search\"}"),
                wire("ToolChoice.Mcp without a tool", Schemas.TOOL_CHOICE_MCP, ToolChoice.mcp("docs", null),
                        "{\"type\":\"mcp\",\"server_label\":\"docs\"}"),
                wire("AudioFormat PCM", Schemas.AUDIO_FORMAT, AudioFormat.PCM_24KHZ,
                        "{\"type\":\"audio/pcm\",\"rate\":24000}"),
                wire("AudioFormat PCMU", Schemas.AUDIO_FORMAT, AudioFormat.PCMU, "{\"type\":\"audio/pcmu\"}"),
                wire("AudioFormat PCMA", Schemas.AUDIO_FORMAT, AudioFormat.PCMA, "{\"type\":\"audio/pcma\"}"),
                wire("AudioFormat of another type", Schemas.AUDIO_FORMAT,
                        AudioFormat.builder().type(AudioFormatType.of("audio/opus")).rate(48000).build(),
                        "{\"type\":\"audio/opus\",\"rate\":48000}"),
                wire("NoiseReduction", Schemas.NOISE_REDUCTION, NoiseReduction.of(NoiseReductionType.FAR_FIELD),
                        "{\"type\":\"far_field\"}"),
                wire("AudioTranscription, every field", Schemas.AUDIO_TRANSCRIPTION, AudioTranscription.builder()
                                .model(TranscriptionModel.GPT_REALTIME_WHISPER)
                                .language("de")
                                .languages(List.of("de", "en"))
                                .keywords(List.of("k8s"))
                                .prompt("p")
                                .delay(TranscriptionDelay.XHIGH)
                                .build(),
                        "{\"model\":\"gpt-realtime-whisper\",\"language\":\"de\",\"languages\":[\"de\",\"en\"],"
                                + "\"keywords\":[\"k8s\"],\"prompt\":\"p\",\"delay\":\"xhigh\"}"),
                wire("ServerVad, every field", Schemas.SERVER_VAD, TurnDetection.serverVad()
                                .threshold(0.6).prefixPaddingMs(250).silenceDurationMs(700).idleTimeoutMs(6000)
                                .createResponse(false).interruptResponse(true).build(),
                        "{\"type\":\"server_vad\",\"threshold\":0.6,\"prefix_padding_ms\":250,"
                                + "\"silence_duration_ms\":700,\"idle_timeout_ms\":6000,\"create_response\":false,"
                                + "\"interrupt_response\":true}"),
                wire("ServerVad, idle timeout off", Schemas.SERVER_VAD,
                        TurnDetection.serverVad().disableIdleTimeout().build(),
                        "{\"type\":\"server_vad\",\"idle_timeout_ms\":null}"),
                wire("ServerVad, nothing set", Schemas.SERVER_VAD, TurnDetection.serverVad().build(),
                        "{\"type\":\"server_vad\"}"),
                wire("SemanticVad, every field", Schemas.SEMANTIC_VAD, TurnDetection.semanticVad()
                                .eagerness(Eagerness.AUTO).createResponse(true).interruptResponse(false).build(),
                        "{\"type\":\"semantic_vad\",\"eagerness\":\"auto\",\"create_response\":true,"
                                + "\"interrupt_response\":false}"),
                wire("AudioInput, every feature off", Schemas.AUDIO_INPUT, AudioInput.builder()
                                .format(AudioFormat.PCMA).disableTranscription().disableNoiseReduction()
                                .disableTurnDetection().build(),
                        "{\"format\":{\"type\":\"audio/pcma\"},\"transcription\":null,\"noise_reduction\":null,"
                                + "\"turn_detection\":null}"),
                wire("AudioInput with semantic VAD", Schemas.AUDIO_INPUT, AudioInput.builder()
                                .turnDetection(TurnDetection.semanticVad().eagerness(Eagerness.LOW).build()).build(),
                        "{\"turn_detection\":{\"type\":\"semantic_vad\",\"eagerness\":\"low\"}}"),
                wire("AudioOutput, every field", Schemas.AUDIO_OUTPUT,
                        AudioOutput.builder().format(AudioFormat.PCM_24KHZ).voice(Voice.CEDAR).speed(1.5).build(),
                        "{\"format\":{\"type\":\"audio/pcm\",\"rate\":24000},\"voice\":\"cedar\",\"speed\":1.5}"),
                wire("AudioOutput with a custom voice", Schemas.AUDIO_OUTPUT,
                        AudioOutput.of(Voice.custom("voice_1234")), "{\"voice\":{\"id\":\"voice_1234\"}}"),
                wire("AudioOutput with a voice outside the list", Schemas.AUDIO_OUTPUT,
                        AudioOutput.of(Voice.of("nova-2")), "{\"voice\":\"nova-2\"}"),
                wire("Audio", Schemas.AUDIO, Audio.builder()
                                .input(AudioInput.builder().format(AudioFormat.PCMU).build())
                                .output(AudioOutput.of(Voice.MARIN)).build(),
                        "{\"input\":{\"format\":{\"type\":\"audio/pcmu\"}},\"output\":{\"voice\":\"marin\"}}"),
                wire("FunctionTool", Schemas.FUNCTION_TOOL,
                        FunctionTool.of("get_weather", "d", JsonObject.parse("{\"type\":\"object\"}")),
                        "{\"type\":\"function\",\"name\":\"get_weather\",\"description\":\"d\","
                                + "\"parameters\":{\"type\":\"object\"}}"),
                wire("McpToolFilter", Schemas.MCP_TOOL_FILTER,
                        McpToolFilter.builder().toolNames(List.of("a", "b")).readOnly(false).build(),
                        "{\"tool_names\":[\"a\",\"b\"],\"read_only\":false}"),
                wire("McpTool, every field", Schemas.MCP_TOOL, McpTool.builder()
                                .serverLabel("docs")
                                .serverUrl("https://mcp.example.com")
                                .connectorId(McpConnector.CONNECTOR_GMAIL)
                                .tunnelId("tunnel_0123456789abcdef0123456789abcdef")
                                .authorization("oauth-secret")
                                .serverDescription("desc")
                                .headers(headers)
                                .allowedTools(McpAllowedTools.names("search"))
                                .allowedCallers(List.of(ToolCaller.DIRECT))
                                .requireApproval(McpApproval.ALWAYS)
                                .deferLoading(false)
                                .build(),
                        "{\"type\":\"mcp\",\"server_label\":\"docs\",\"server_url\":\"https://mcp.example.com\","
                                + "\"connector_id\":\"connector_gmail\","
                                + "\"tunnel_id\":\"tunnel_0123456789abcdef0123456789abcdef\","
                                + "\"authorization\":\"oauth-secret\",\"server_description\":\"desc\","
                                + "\"headers\":{\"X-Team\":\"a\",\"Authorization\":\"Bearer mcp-token\"},"
                                + "\"allowed_tools\":[\"search\"],\"allowed_callers\":[\"direct\"],"
                                + "\"require_approval\":\"always\",\"defer_loading\":false}"),
                wire("McpTool, every switch off", Schemas.MCP_TOOL, McpTool.builder()
                                .serverLabel("docs").serverUrl("https://mcp.example.com").disableHeaders()
                                .disableAllowedTools().disableAllowedCallers().disableRequireApproval().build(),
                        "{\"type\":\"mcp\",\"server_label\":\"docs\",\"server_url\":\"https://mcp.example.com\","
                                + "\"headers\":null,\"allowed_tools\":null,\"allowed_callers\":null,"
                                + "\"require_approval\":null}"),
                wire("McpTool with an approval policy", Schemas.MCP_TOOL, McpTool.builder()
                                .serverLabel("docs").serverUrl("https://mcp.example.com")
                                .requireApproval(io.github.realtimesessions.model.McpApprovalPolicy.builder()
                                        .never(McpToolFilter.builder().readOnly(true).build()).build())
                                .build(),
                        "{\"type\":\"mcp\",\"server_label\":\"docs\",\"server_url\":\"https://mcp.example.com\","
                                + "\"require_approval\":{\"never\":{\"read_only\":true}}}"),
                wire("Reasoning", Schemas.REASONING, Reasoning.of(ReasoningEffort.MINIMAL), "{\"effort\":\"minimal\"}"),
                wire("TokenLimits", Schemas.TOKEN_LIMITS, TokenLimits.builder().postInstructions(0).build(),
                        "{\"post_instructions\":0}"),
                wire("Truncation.RetentionRatio", Schemas.RETENTION_RATIO,
                        Truncation.RetentionRatio.builder().retentionRatio(1.0).build(),
                        "{\"type\":\"retention_ratio\",\"retention_ratio\":1.0}"),
                wire("PromptVariable.InputText", Schemas.INPUT_TEXT, PromptVariable.InputText.builder().text("t")
                                .promptCacheBreakpoint(PromptVariable.EXPLICIT_CACHE_BREAKPOINT).build(),
                        "{\"type\":\"input_text\",\"text\":\"t\",\"prompt_cache_breakpoint\":{\"mode\":\"explicit\"}}"),
                wire("PromptVariable.InputImage", Schemas.INPUT_IMAGE, PromptVariable.InputImage.builder()
                                .disableImageUrl().fileId("file_1").detail(ContentDetail.ORIGINAL).build(),
                        "{\"type\":\"input_image\",\"image_url\":null,\"file_id\":\"file_1\",\"detail\":\"original\"}"),
                wire("PromptVariable.InputFile", Schemas.INPUT_FILE, PromptVariable.InputFile.builder()
                                .disableFileId().filename("a.pdf").fileData("ZGF0YQ==").fileUrl("https://x/a.pdf")
                                .detail(ContentDetail.LOW).build(),
                        "{\"type\":\"input_file\",\"file_id\":null,\"filename\":\"a.pdf\",\"file_data\":\"ZGF0YQ==\","
                                + "\"file_url\":\"https://x/a.pdf\",\"detail\":\"low\"}"),
                wire("Prompt with version and variables off", Schemas.PROMPT,
                        Prompt.builder().id("pmpt_1").disableVersion().disableVariables().build(),
                        "{\"id\":\"pmpt_1\",\"version\":null,\"variables\":null}"),
                wire("TranscriptionSessionConfig", Schemas.TRANSCRIPTION_SESSION_CONFIG,
                        WireFixtures.transcriptionSession(),
                        "{\"type\":\"transcription\",\"audio\":{\"input\":{\"format\":{\"type\":\"audio/pcm\","
                                + "\"rate\":24000},\"transcription\":{\"model\":\"gpt-4o-transcribe\",\"language\":\"en\","
                                + "\"prompt\":\"expect technical words\"},\"noise_reduction\":{\"type\":\"far_field\"},"
                                + "\"turn_detection\":{\"type\":\"semantic_vad\",\"eagerness\":\"low\"}}},"
                                + "\"include\":[\"item.input_audio_transcription.logprobs\"]}"),
                wire("TranscriptionSessionConfig, empty", Schemas.TRANSCRIPTION_SESSION_CONFIG,
                        TranscriptionSessionConfig.builder().build(), "{\"type\":\"transcription\"}"),
                wire("ClientSecretRequest, the digest's full realtime request", Schemas.CLIENT_SECRET_REQUEST,
                        WireFixtures.fullRealtimeRequest(), WireFixtures.FULL_REALTIME_WIRE),
                wire("ClientSecretRequest, the digest's transcription request", Schemas.CLIENT_SECRET_REQUEST,
                        WireFixtures.transcriptionRequest(), WireFixtures.DIGEST_TRANSCRIPTION_JSON),
                wire("ClientSecretRequest, the spec's example", Schemas.CLIENT_SECRET_REQUEST,
                        WireFixtures.specRealtimeRequest(),
                        "{\"expires_after\":{\"anchor\":\"created_at\",\"seconds\":600},\"session\":{\"type\":"
                                + "\"realtime\",\"model\":\"gpt-realtime\",\"instructions\":\"You are a friendly"
                                + " assistant.\"}}"),
                wire("ClientSecretRequest, the safety identifier stays out of the body", Schemas.CLIENT_SECRET_REQUEST,
                        ClientSecretRequest.builder().safetyIdentifier("user-1")
                                .session(RealtimeSessionConfig.builder().build()).build(),
                        "{\"session\":{\"type\":\"realtime\"}}"),
                wire("TranslationAudioInput", Schemas.TRANSLATION_AUDIO_INPUT, TranslationAudioInput.builder()
                                .disableTranscription().noiseReduction(NoiseReduction.NEAR_FIELD).build(),
                        "{\"transcription\":null,\"noise_reduction\":{\"type\":\"near_field\"}}"),
                wire("TranslationAudio", Schemas.TRANSLATION_AUDIO,
                        TranslationAudio.builder().output(TranslationAudioOutput.of("es")).build(),
                        "{\"output\":{\"language\":\"es\"}}"),
                wire("TranslationSessionConfig", Schemas.TRANSLATION_SESSION_CONFIG,
                        TranslationSessionConfig.builder().model("gpt-realtime-translate").targetLanguage("es").build(),
                        "{\"model\":\"gpt-realtime-translate\",\"audio\":{\"output\":{\"language\":\"es\"}}}"),
                wire("TranslationClientSecretRequest, the spec's example", Schemas.TRANSLATION_CLIENT_SECRET_REQUEST,
                        WireFixtures.specTranslationRequest(),
                        "{\"expires_after\":{\"anchor\":\"created_at\",\"seconds\":600},\"session\":{\"model\":"
                                + "\"gpt-realtime-translate\",\"audio\":{\"input\":{\"transcription\":{\"model\":"
                                + "\"gpt-realtime-whisper\"},\"noise_reduction\":null},\"output\":{\"language\":"
                                + "\"es\"}}}}"));
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void eachTypeEncodesExactlyAsTheSpecNamesAndOrdersIt(Runnable check, String expected) {
        check.run();
        // Whatever is written is JSON that an independent parser reads.
        assertThat(tree(expected)).isNotNull();
    }

    // --------------------------------------------------------------------------------------------- sessions

    @Nested
    class Sessions {

        @Test
        void anEmptySessionIsItsTypeOnly() {
            assertThat(session(RealtimeSessionConfig.builder().build())).isEqualTo("{\"type\":\"realtime\"}");
        }

        @Test
        void everyTopLevelFieldInTheSchemasOrder() {
            RealtimeSessionConfig session = RealtimeSessionConfig.builder()
                    .prompt(Prompt.of("pmpt_1"))
                    .truncation(Truncation.DISABLED)
                    .maxOutputTokens(MaxOutputTokens.of(4096))
                    .reasoning(Reasoning.of(ReasoningEffort.HIGH))
                    .parallelToolCalls(false)
                    .toolChoice(ToolChoice.REQUIRED)
                    .tools(FunctionTool.builder().name("f").build())
                    .tracing(Tracing.auto())
                    .include(IncludeOption.INPUT_AUDIO_TRANSCRIPTION_LOGPROBS)
                    .audio(Audio.of(AudioOutput.of(Voice.ASH)))
                    .instructions("i")
                    .outputModalities(Modality.TEXT)
                    .model(RealtimeModel.GPT_REALTIME_2)
                    .build();

            assertThat(session(session)).isEqualTo("{\"type\":\"realtime\",\"model\":\"gpt-realtime-2\","
                    + "\"output_modalities\":[\"text\"],\"instructions\":\"i\",\"audio\":{\"output\":{\"voice\":\"ash\"}},"
                    + "\"include\":[\"item.input_audio_transcription.logprobs\"],\"tracing\":\"auto\","
                    + "\"tools\":[{\"type\":\"function\",\"name\":\"f\"}],\"tool_choice\":\"required\","
                    + "\"parallel_tool_calls\":false,\"reasoning\":{\"effort\":\"high\"},\"max_output_tokens\":4096,"
                    + "\"truncation\":\"disabled\",\"prompt\":{\"id\":\"pmpt_1\"}}");
        }

        @Test
        void aFeatureSwitchedOffIsAnExplicitNullAndNotSetIsLeftOut() {
            assertThat(session(RealtimeSessionConfig.builder().disableTracing().disablePrompt().build()))
                    .isEqualTo("{\"type\":\"realtime\",\"tracing\":null,\"prompt\":null}");
            assertThat(session(RealtimeSessionConfig.builder().tracing(null).prompt(null).build()))
                    .isEqualTo("{\"type\":\"realtime\"}");
        }

        @Test
        void theUnionsWriteTheirOwnShapes() {
            assertThat(session(RealtimeSessionConfig.builder()
                            .tracing(Tracing.of(null, "g", null))
                            .toolChoice(ToolChoice.NONE)
                            .maxOutputTokens(MaxOutputTokens.inf())
                            .truncation(Truncation.AUTO)
                            .build()))
                    .isEqualTo("{\"type\":\"realtime\",\"tracing\":{\"group_id\":\"g\"},\"tool_choice\":\"none\","
                            + "\"max_output_tokens\":\"inf\",\"truncation\":\"auto\"}");
            assertThat(session(RealtimeSessionConfig.builder()
                            .tools(McpTool.builder().serverLabel("s").serverUrl("https://s").build())
                            .toolChoice(ToolChoice.mcp("s", "t"))
                            .build()))
                    .isEqualTo("{\"type\":\"realtime\",\"tools\":[{\"type\":\"mcp\",\"server_label\":\"s\","
                            + "\"server_url\":\"https://s\"}],\"tool_choice\":{\"type\":\"mcp\",\"server_label\":\"s\","
                            + "\"name\":\"t\"}}");
        }

        @Test
        void promptVariablesKeepTheirOrderAndShapes() {
            Map<String, PromptVariable> variables = new LinkedHashMap<>();
            variables.put("z", PromptVariable.text("last letter"));
            variables.put("a", PromptVariable.InputText.builder().text("t").build());

            assertThat(encode(Schemas.PROMPT, Prompt.builder().id("p").version("3").variables(variables).build()))
                    .isEqualTo("{\"id\":\"p\",\"version\":\"3\",\"variables\":{\"z\":\"last letter\","
                            + "\"a\":{\"type\":\"input_text\",\"text\":\"t\"}}}");
        }

        @Test
        void textIsEscapedAsJsonKeepingUnicodeOutsideTheBasicPlaneAsEscapedSurrogates() {
            String instructions = "You are a \"friendly\" assistant.\nAnswer in ≤ 2 sentences. \\ \u0001 😀";

            assertThat(session(RealtimeSessionConfig.builder().instructions(instructions).build()))
                    .isEqualTo("{\"type\":\"realtime\",\"instructions\":\"You are a \\\"friendly\\\" assistant.\\n"
                            + "Answer in ≤ 2 sentences. \\\\ \\u0001 \\uD83D\\uDE00\"}");
            assertThat(tree(CODEC.encode(Schemas.REALTIME_SESSION_CONFIG,
                            RealtimeSessionConfig.builder().instructions(instructions).build()))
                    .path("instructions").asText()).isEqualTo(instructions);
        }
    }

    // --------------------------------------------------------------------------------------------- extra fields

    @Nested
    class ExtraFields {

        @Test
        void extraFieldsGoLastInTheOrderTheyWereAdded() {
            RealtimeSessionConfig session = RealtimeSessionConfig.builder()
                    .extraField("zeta", JsonValue.of(1))
                    .model(RealtimeModel.GPT_REALTIME)
                    .extraField("alpha", json("{\"nested\":[true,null]}"))
                    .extraField("off", JsonValue.nullValue())
                    .build();

            assertThat(session(session)).isEqualTo("{\"type\":\"realtime\",\"model\":\"gpt-realtime\",\"zeta\":1,"
                    + "\"alpha\":{\"nested\":[true,null]},\"off\":null}");
        }

        @Test
        void anExtraFieldReplacesTheModelledFieldOfItsName() {
            RealtimeSessionConfig session = RealtimeSessionConfig.builder()
                    .model(RealtimeModel.GPT_REALTIME)
                    .instructions("typed")
                    .maxOutputTokens(MaxOutputTokens.of(100))
                    .extraField("instructions", JsonValue.of("raw"))
                    .build();

            assertThat(session(session)).isEqualTo("{\"type\":\"realtime\",\"model\":\"gpt-realtime\","
                    + "\"max_output_tokens\":100,\"instructions\":\"raw\"}");
        }

        @Test
        void anExtraFieldReplacesEvenAConstant() {
            // The escape hatch is literal: the caller asked for this member, so it is the only "type" sent.
            assertThat(session(RealtimeSessionConfig.builder().extraField("type", JsonValue.of("realtime-v2")).build()))
                    .isEqualTo("{\"type\":\"realtime-v2\"}");
        }

        @Test
        void nestedTypesKeepTheirOwnExtraFields() {
            RealtimeSessionConfig session = RealtimeSessionConfig.builder()
                    .audio(Audio.builder()
                            .output(AudioOutput.builder().voice(Voice.MARIN).speed(1.0)
                                    .extraField("speed", JsonValue.of("fast"))
                                    .extraField("style", JsonValue.of("calm")).build())
                            .extraField("video", JsonValue.of(false))
                            .build())
                    .build();

            assertThat(session(session)).isEqualTo("{\"type\":\"realtime\",\"audio\":{\"output\":{\"voice\":\"marin\","
                    + "\"speed\":\"fast\",\"style\":\"calm\"},\"video\":false}}");
        }

        @Test
        void extraFieldsOfTheRequestItselfAndNumbersAsTheyWereGiven() {
            ClientSecretRequest request = ClientSecretRequest.builder()
                    .session(RealtimeSessionConfig.builder().build())
                    .extraFieldJson("big", "123456789012345678901234567890")
                    .extraFieldJson("exact", "0.1000")
                    .extraFieldJson("negative", "-7")
                    .build();

            assertThat(encode(Schemas.CLIENT_SECRET_REQUEST, request)).isEqualTo("{\"session\":{\"type\":\"realtime\"},"
                    + "\"big\":123456789012345678901234567890,\"exact\":0.1000,\"negative\":-7}");
        }
    }

    // --------------------------------------------------------------------------------------------- responses

    @Nested
    class Responses {

        @Test
        void aSessionWithoutExpiryIsWrittenWithZeroAsTheApiSendsIt() {
            RealtimeSession session = RealtimeSession.builder().id("sess_1").object("realtime.session").build();

            assertThat(encode(Schemas.REALTIME_SESSION, session))
                    .isEqualTo("{\"type\":\"realtime\",\"object\":\"realtime.session\",\"id\":\"sess_1\","
                            + "\"expires_at\":0}");
            assertThat(encode(Schemas.TRANSLATION_SESSION, TranslationSession.builder().id("sess_2").build()))
                    .isEqualTo("{\"type\":\"translation\",\"id\":\"sess_2\",\"expires_at\":0}");
        }

        @Test
        void aClientSecretAnswerWritesTheSecretAndItsExpiryFirst() {
            ClientSecretResponse response = ClientSecretResponse.builder()
                    .value("ek_1")
                    .expiresAt(Instant.ofEpochSecond(1769808455))
                    .session(TranscriptionSession.builder().id("sess_t").object("realtime.transcription_session")
                            .expiresAt(Instant.ofEpochSecond(1769808455)).build())
                    .build();

            assertThat(encode(Schemas.CLIENT_SECRET_RESPONSE, response)).isEqualTo("{\"value\":\"ek_1\","
                    + "\"expires_at\":1769808455,\"session\":{\"type\":\"transcription\",\"object\":"
                    + "\"realtime.transcription_session\",\"id\":\"sess_t\",\"expires_at\":1769808455}}");
        }

        @Test
        void aTranslationAnswer() {
            TranslationClientSecretResponse response = TranslationClientSecretResponse.builder()
                    .value("ek_2")
                    .expiresAt(Instant.ofEpochSecond(1756310470))
                    .session(TranslationSession.builder().id("sess_3").model("gpt-realtime-translate")
                            .expiresAt(Instant.ofEpochSecond(1756310470))
                            .audio(TranslationAudio.builder().output(TranslationAudioOutput.of("es")).build())
                            .build())
                    .build();

            assertThat(encode(Schemas.TRANSLATION_CLIENT_SECRET_RESPONSE, response)).isEqualTo("{\"value\":\"ek_2\","
                    + "\"expires_at\":1756310470,\"session\":{\"type\":\"translation\",\"id\":\"sess_3\","
                    + "\"expires_at\":1756310470,\"model\":\"gpt-realtime-translate\",\"audio\":{\"output\":"
                    + "{\"language\":\"es\"}}}}");
        }

        @Test
        void unknownVariantsAreWrittenAsTheyWereRead() {
            JsonObject future = JsonObject.parse("{\"type\":\"translation_v2\",\"id\":\"sess_9\",\"x\":[1]}");
            ClientSecretResponse response = ClientSecretResponse.builder()
                    .value("ek_3").expiresAt(Instant.ofEpochSecond(1)).session(new Session.Unknown(future)).build();
            RealtimeSession session = RealtimeSession.builder()
                    .tools(List.of(new Tool.Unknown(JsonObject.parse("{\"type\":\"web_search\",\"k\":true}"))))
                    .audio(Audio.builder().input(AudioInput.builder().turnDetection(new TurnDetection.Unknown(
                            JsonObject.parse("{\"type\":\"future_vad\",\"level\":2}"))).build()).build())
                    .build();

            assertThat(encode(Schemas.CLIENT_SECRET_RESPONSE, response)).isEqualTo("{\"value\":\"ek_3\","
                    + "\"expires_at\":1,\"session\":{\"type\":\"translation_v2\",\"id\":\"sess_9\",\"x\":[1]}}");
            assertThat(encode(Schemas.REALTIME_SESSION, session)).isEqualTo("{\"type\":\"realtime\","
                    + "\"tools\":[{\"type\":\"web_search\",\"k\":true}],\"expires_at\":0,\"audio\":{\"input\":"
                    + "{\"turn_detection\":{\"type\":\"future_vad\",\"level\":2}}}}");
        }
    }

    @Test
    void theCapturesRecordedRequestIsWhatTheBuildersWrite() {
        com.fasterxml.jackson.databind.JsonNode recorded = WireFixtures.CAPTURE_EXCHANGE.path("request");

        assertThat(recorded.path("method").asText()).isEqualTo("POST");
        assertThat(recorded.path("uri").asText()).isEqualTo("https://api.openai.com/v1/realtime/client_secrets");
        assertThat(tree(CODEC.encode(Schemas.CLIENT_SECRET_REQUEST, WireFixtures.specRealtimeRequest())))
                .isEqualTo(recorded.path("body"));
    }

    @Test
    void freeFormJsonIsWrittenAsGiven() {
        assertThat(text(CODEC.encode(json("[1,-2.50,\"s\",{\"a\":null},[],{}]"))))
                .isEqualTo("[1,-2.50,\"s\",{\"a\":null},[],{}]");
    }
}
