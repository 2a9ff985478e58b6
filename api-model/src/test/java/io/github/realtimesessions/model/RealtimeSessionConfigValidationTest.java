package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.github.realtimesessions.model.InvalidRequestException.Violation;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every rule a {@link RealtimeSessionConfig} checks when it is built, its nested types' rules included: values just
 * inside a bound build, values just outside are rejected naming the JSON path, the rule and the rejected value.
 */
class RealtimeSessionConfigValidationTest {

    static final String PREFIX = "Invalid realtime session configuration: ";
    static final String SPEED = "must be between 0.25 and 1.5";
    static final String UNIT = "must be between 0.0 and 1.0";
    static final String IDLE = "must be between 5000 and 30000";
    static final String AT_LEAST_0 = "must be at least 0";
    static final String TOKENS = "must be between 1 and 4096, or \"inf\"";
    static final String NAME = "must be 1 to 64 characters of a-z, A-Z, 0-9, _ or -";
    static final String ONE_MODALITY =
            "must name exactly one modality, [audio] (audio with a transcript) or [text]: the API cannot answer with both";

    // ------------------------------------------------------------------------------------------------ edits

    private static Consumer<RealtimeSessionConfig.Builder> edit(Consumer<RealtimeSessionConfig.Builder> edit) {
        return edit;
    }

    private static Consumer<RealtimeSessionConfig.Builder> output(UnaryOperator<AudioOutput.Builder> edit) {
        return b -> b.audio(Audio.builder().output(edit.apply(AudioOutput.builder()).build()).build());
    }

    private static Consumer<RealtimeSessionConfig.Builder> input(UnaryOperator<AudioInput.Builder> edit) {
        return b -> b.audio(Audio.builder().input(edit.apply(AudioInput.builder()).build()).build());
    }

    private static Consumer<RealtimeSessionConfig.Builder> serverVad(
            UnaryOperator<TurnDetection.ServerVad.Builder> edit) {
        return input(i -> i.turnDetection(edit.apply(TurnDetection.serverVad()).build()));
    }

    private static Consumer<RealtimeSessionConfig.Builder> transcription(UnaryOperator<AudioTranscription.Builder> edit) {
        return input(i -> i.transcription(edit.apply(AudioTranscription.builder()).build()));
    }

    private static Consumer<RealtimeSessionConfig.Builder> retention(
            UnaryOperator<Truncation.RetentionRatio.Builder> edit) {
        return b -> b.truncation(edit.apply(Truncation.RetentionRatio.builder()).build());
    }

    private static McpTool.Builder mcp(String label) {
        return McpTool.builder().serverLabel(label).serverUrl("https://mcp.example.com");
    }

    private static FunctionTool function(String name) {
        return FunctionTool.builder().name(name).build();
    }

    // ------------------------------------------------------------------------------------------------ accepted

    static Stream<Arguments> validConfigurations() {
        return Stream.of(
                argumentSet("empty configuration", edit(b -> {})),
                argumentSet("the full sample", edit(b -> b.audio(Samples.audio()).tools(Samples.functionTool(),
                        Samples.mcpTool()).prompt(Samples.prompt()).truncation(Samples.retentionRatio()))),
                argumentSet("speed 0.25 (lower bound)", output(o -> o.speed(0.25))),
                argumentSet("speed 1.5 (upper bound)", output(o -> o.speed(1.5))),
                argumentSet("threshold 0.0", serverVad(v -> v.threshold(0.0))),
                argumentSet("threshold 1.0", serverVad(v -> v.threshold(1.0))),
                argumentSet("padding and silence 0", serverVad(v -> v.prefixPaddingMs(0).silenceDurationMs(0))),
                argumentSet("idle_timeout_ms 5000", serverVad(v -> v.idleTimeoutMs(5000))),
                argumentSet("idle_timeout_ms 30000", serverVad(v -> v.idleTimeoutMs(30_000))),
                argumentSet("idle_timeout_ms switched off", serverVad(v -> v.disableIdleTimeout())),
                argumentSet("semantic VAD", input(i -> i.turnDetection(Samples.semanticVad()))),
                argumentSet("an unknown turn detection is not checked", input(i -> i.turnDetection(
                        new TurnDetection.Unknown(JsonObject.parse("{\"type\":\"x\",\"threshold\":7}"))))),
                argumentSet("turn detection switched off", input(AudioInput.Builder::disableTurnDetection)),
                argumentSet("transcription switched off", input(AudioInput.Builder::disableTranscription)),
                argumentSet("one language", transcription(t -> t.languages("en"))),
                argumentSet("PCM at 24 kHz", input(i -> i.format(AudioFormat.PCM_24KHZ))),
                argumentSet("PCM without a rate", input(i -> i.format(AudioFormat.builder().type(AudioFormatType.PCM).build()))),
                argumentSet("PCMU and PCMA", edit(b -> b.audio(Audio.builder()
                        .input(AudioInput.builder().format(AudioFormat.PCMU).build())
                        .output(AudioOutput.builder().format(AudioFormat.PCMA).build()).build()))),
                argumentSet("another format's rate is not checked",
                        output(o -> o.format(AudioFormat.builder().type(AudioFormatType.of("audio/opus")).rate(48_000).build()))),
                argumentSet("a custom voice", output(o -> o.voice(Voice.custom("voice_1")))),
                argumentSet("retention ratio 0", retention(r -> r.retentionRatio(0.0))),
                argumentSet("retention ratio 1", retention(r -> r.retentionRatio(1.0)
                        .tokenLimits(TokenLimits.builder().postInstructions(0).build()))),
                argumentSet("truncation auto", edit(b -> b.truncation(Truncation.AUTO))),
                argumentSet("truncation disabled", edit(b -> b.truncation(Truncation.DISABLED))),
                argumentSet("max tokens 1", edit(b -> b.maxOutputTokens(MaxOutputTokens.of(1)))),
                argumentSet("max tokens 4096", edit(b -> b.maxOutputTokens(MaxOutputTokens.of(4096)))),
                argumentSet("max tokens inf", edit(b -> b.maxOutputTokens(MaxOutputTokens.inf()))),
                argumentSet("output [audio]", edit(b -> b.outputModalities(Modality.AUDIO))),
                argumentSet("output [text]", edit(b -> b.outputModalities(Modality.TEXT))),
                argumentSet("tracing auto", edit(b -> b.tracing(Tracing.auto()))),
                argumentSet("tracing configuration", edit(b -> b.tracing(Tracing.of(null, null, null)))),
                argumentSet("tracing switched off", edit(b -> b.disableTracing())),
                argumentSet("prompt switched off", edit(b -> b.disablePrompt())),
                argumentSet("tool choice modes without tools", edit(b -> b.toolChoice(ToolChoice.NONE))),
                argumentSet("tool choice required", edit(b -> b.toolChoice(ToolChoice.REQUIRED))),
                argumentSet("tool choice naming a function",
                        edit(b -> b.tools(Samples.functionTool()).toolChoice(ToolChoice.function("get_weather")))),
                argumentSet("tool choice naming an MCP server",
                        edit(b -> b.tools(mcp("docs").build()).toolChoice(ToolChoice.mcp("docs", "search")))),
                argumentSet("a function name of 64 characters", edit(b -> b.tools(function("a".repeat(64))))),
                argumentSet("an MCP tool with a connector only",
                        edit(b -> b.tools(McpTool.builder().serverLabel("mail").connectorId(McpConnector.CONNECTOR_GMAIL).build()))),
                argumentSet("an MCP tool with a tunnel only",
                        edit(b -> b.tools(McpTool.builder().serverLabel("t").tunnelId(Samples.TUNNEL_ID).build()))),
                argumentSet("allowed callers switched off", edit(b -> b.tools(mcp("d").disableAllowedCallers().build()))),
                argumentSet("a function and an MCP server of the same name",
                        edit(b -> b.tools(function("docs"), mcp("docs").build()))),
                argumentSet("an unknown tool is not checked",
                        edit(b -> b.tools(new Tool.Unknown(JsonObject.parse("{\"type\":\"web\"}")),
                                new Tool.Unknown(JsonObject.parse("{\"type\":\"web\"}"))))));
    }

    @ParameterizedTest
    @MethodSource("validConfigurations")
    void acceptsValuesInsideTheRules(Consumer<RealtimeSessionConfig.Builder> edit) {
        RealtimeSessionConfig.Builder builder = RealtimeSessionConfig.builder();
        edit.accept(builder);

        assertThatCode(builder::build).doesNotThrowAnyException();
    }

    // ------------------------------------------------------------------------------------------------ rejected

    private static Arguments rejected(String name, Consumer<RealtimeSessionConfig.Builder> edit, String field,
            String rule, String actual) {
        return argumentSet(name, edit, new Violation(field, rule, actual));
    }

    static Stream<Arguments> invalidConfigurations() {
        return Stream.of(
                // audio.output.speed 0.25..1.5
                rejected("speed 0.24", output(o -> o.speed(0.24)), "audio.output.speed", SPEED, "0.24"),
                rejected("speed just above 1.5", output(o -> o.speed(Math.nextUp(1.5))), "audio.output.speed", SPEED,
                        Double.toString(Math.nextUp(1.5))),
                rejected("speed NaN", output(o -> o.speed(Double.NaN)), "audio.output.speed", SPEED, "NaN"),
                // server VAD
                rejected("threshold -0.01", serverVad(v -> v.threshold(-0.01)),
                        "audio.input.turn_detection.threshold", UNIT, "-0.01"),
                rejected("threshold just above 1", serverVad(v -> v.threshold(Math.nextUp(1.0))),
                        "audio.input.turn_detection.threshold", UNIT, Double.toString(Math.nextUp(1.0))),
                rejected("threshold NaN", serverVad(v -> v.threshold(Double.NaN)),
                        "audio.input.turn_detection.threshold", UNIT, "NaN"),
                rejected("prefix_padding_ms -1", serverVad(v -> v.prefixPaddingMs(-1)),
                        "audio.input.turn_detection.prefix_padding_ms", AT_LEAST_0, "-1"),
                rejected("silence_duration_ms -1", serverVad(v -> v.silenceDurationMs(-1)),
                        "audio.input.turn_detection.silence_duration_ms", AT_LEAST_0, "-1"),
                rejected("idle_timeout_ms 4999", serverVad(v -> v.idleTimeoutMs(4999)),
                        "audio.input.turn_detection.idle_timeout_ms", IDLE, "4999"),
                rejected("idle_timeout_ms 30001", serverVad(v -> v.idleTimeoutMs(30_001)),
                        "audio.input.turn_detection.idle_timeout_ms", IDLE, "30001"),
                // transcription
                rejected("blank language", transcription(t -> t.language(" ")),
                        "audio.input.transcription.language", "must not be blank", "\" \""),
                rejected("no languages", transcription(t -> t.languages(List.of())),
                        "audio.input.transcription.languages", "must have at least 1 element", "0 elements"),
                // formats
                rejected("PCM at 16 kHz", input(i -> i.format(AudioFormat.builder().type(AudioFormatType.PCM).rate(16_000).build())),
                        "audio.input.format.rate", "must be 24000: the API supports audio/pcm at 24 kHz only", "16000"),
                rejected("a format without a type", output(o -> o.format(AudioFormat.builder().rate(24_000).build())),
                        "audio.output.format.type", "is required", null),
                // truncation
                rejected("retention ratio 1.1", retention(r -> r.retentionRatio(1.1)), "truncation.retention_ratio", UNIT, "1.1"),
                rejected("retention ratio -0.1", retention(r -> r.retentionRatio(-0.1)), "truncation.retention_ratio", UNIT, "-0.1"),
                rejected("retention ratio missing", retention(r -> r.tokenLimits(Samples.tokenLimits())),
                        "truncation.retention_ratio", "is required", null),
                rejected("post_instructions -1", retention(r -> r.retentionRatio(0.5)
                                .tokenLimits(TokenLimits.builder().postInstructions(-1).build())),
                        "truncation.token_limits.post_instructions", AT_LEAST_0, "-1"),
                rejected("truncation keyword", edit(b -> b.truncation(new Truncation.Mode("sometimes"))),
                        "truncation", "must be \"auto\", \"disabled\" or a retention ratio", "\"sometimes\""),
                // function tools
                rejected("function without a name", edit(b -> b.tools(FunctionTool.builder().description("d").build())),
                        "tools[0].name", "is required", null),
                rejected("function name with a space", edit(b -> b.tools(function("ok"), function("get weather"))),
                        "tools[1].name", NAME, "\"get weather\""),
                rejected("function name of 65 characters", edit(b -> b.tools(function("a".repeat(65)))),
                        "tools[0].name", NAME, "\"" + "a".repeat(65) + "\""),
                rejected("empty function name", edit(b -> b.tools(function(""))), "tools[0].name", NAME, "\"\""),
                rejected("duplicate function names", edit(b -> b.tools(function("a"), mcp("a").build(), function("a"))),
                        "tools[2].name", "must be unique among the function tools", "\"a\""),
                // MCP tools
                rejected("MCP tool without a label",
                        edit(b -> b.tools(McpTool.builder().serverUrl("https://x").build())),
                        "tools[0].server_label", "is required", null),
                rejected("MCP tool with a blank label", edit(b -> b.tools(mcp(" ").build())),
                        "tools[0].server_label", "must not be blank", "\" \""),
                rejected("MCP tool without a server", edit(b -> b.tools(McpTool.builder().serverLabel("docs").build())),
                        "tools[0]", "needs one of server_url, connector_id or tunnel_id", null),
                rejected("malformed tunnel id", edit(b -> b.tools(McpTool.builder().serverLabel("t").tunnelId("tunnel_ABC").build())),
                        "tools[0].tunnel_id", "must be tunnel_ followed by 32 lowercase letters or digits", "\"tunnel_ABC\""),
                rejected("no allowed callers", edit(b -> b.tools(mcp("d").allowedCallers(List.of()).build())),
                        "tools[0].allowed_callers", "must have at least 1 element", "0 elements"),
                rejected("duplicate MCP labels", edit(b -> b.tools(mcp("docs").build(), mcp("docs").build())),
                        "tools[1].server_label", "must be unique among the MCP tools", "\"docs\""),
                // prompt
                rejected("prompt without an id", edit(b -> b.prompt(Prompt.builder().version("1").build())),
                        "prompt.id", "is required", null),
                rejected("prompt with a blank id", edit(b -> b.prompt(Prompt.of(" "))), "prompt.id", "must not be blank", "\" \""),
                rejected("input_text variable without text", edit(b -> b.prompt(Prompt.builder().id("p")
                                .variables(Map.of("city", PromptVariable.InputText.builder().build())).build())),
                        "prompt.variables.city.text", "is required", null),
                // session rules
                rejected("audio and text", edit(b -> b.outputModalities(Modality.AUDIO, Modality.TEXT)),
                        "output_modalities", ONE_MODALITY, "[audio, text]"),
                rejected("no modality", edit(b -> b.outputModalities(List.of())), "output_modalities", ONE_MODALITY, "[]"),
                rejected("tracing keyword", edit(b -> b.tracing(new Tracing.Mode("verbose"))),
                        "tracing", "must be \"auto\", a configuration, or switched off", "\"verbose\""),
                rejected("max tokens 0", edit(b -> b.maxOutputTokens(MaxOutputTokens.of(0))), "max_output_tokens", TOKENS, "0"),
                rejected("max tokens 4097", edit(b -> b.maxOutputTokens(MaxOutputTokens.of(4097))),
                        "max_output_tokens", TOKENS, "4097"),
                rejected("max tokens -1", edit(b -> b.maxOutputTokens(MaxOutputTokens.of(-1))), "max_output_tokens", TOKENS, "-1"),
                rejected("max tokens keyword", edit(b -> b.maxOutputTokens(new MaxOutputTokens.Keyword("unlimited"))),
                        "max_output_tokens", TOKENS, "\"unlimited\""),
                rejected("tool choice keyword", edit(b -> b.toolChoice(new ToolChoice.Mode("sometimes"))),
                        "tool_choice", "must be \"none\", \"auto\", \"required\", a function or an MCP tool", "\"sometimes\""),
                rejected("tool choice naming an undeclared function",
                        edit(b -> b.tools(function("lookup"), function("get_weather"), mcp("docs").build())
                                .toolChoice(ToolChoice.function("missing"))),
                        "tool_choice.name", "must name one of the session's function tools [get_weather, lookup]",
                        "\"missing\""),
                rejected("tool choice naming a function without tools", edit(b -> b.toolChoice(ToolChoice.function("f"))),
                        "tool_choice.name", "must name one of the session's function tools []", "\"f\""),
                rejected("tool choice naming an MCP server as a function",
                        edit(b -> b.tools(mcp("docs").build()).toolChoice(ToolChoice.function("docs"))),
                        "tool_choice.name", "must name one of the session's function tools []", "\"docs\""),
                rejected("tool choice naming an undeclared MCP server",
                        edit(b -> b.tools(mcp("docs").build(), mcp("code").build()).toolChoice(ToolChoice.mcp("other", null))),
                        "tool_choice.server_label", "must name one of the session's MCP tools [code, docs]", "\"other\""),
                rejected("tool choice is case-sensitive",
                        edit(b -> b.tools(Samples.functionTool()).toolChoice(ToolChoice.function("GET_WEATHER"))),
                        "tool_choice.name", "must name one of the session's function tools [get_weather]",
                        "\"GET_WEATHER\""));
    }

    @ParameterizedTest
    @MethodSource("invalidConfigurations")
    void rejectsValuesOutsideTheRules(Consumer<RealtimeSessionConfig.Builder> edit, Violation expected) {
        RealtimeSessionConfig.Builder builder = RealtimeSessionConfig.builder();
        edit.accept(builder);

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, builder::build);

        assertThat(e).as("build() throws").isNotNull();
        assertThat(e.violations()).containsExactly(expected);
        assertThat(e).hasMessage(PREFIX + expected);
    }

    @Test
    void everyViolationIsReportedTogether() {
        RealtimeSessionConfig.Builder builder = RealtimeSessionConfig.builder()
                .outputModalities(Modality.AUDIO, Modality.TEXT)
                .audio(Audio.builder()
                        .input(AudioInput.builder()
                                .format(AudioFormat.builder().type(AudioFormatType.PCM).rate(8000).build())
                                .transcription(AudioTranscription.builder().language("").languages(List.of()).build())
                                .turnDetection(TurnDetection.serverVad().threshold(2.0).idleTimeoutMs(1).build())
                                .build())
                        .output(AudioOutput.builder().speed(3.0).build())
                        .build())
                .tracing(new Tracing.Mode("verbose"))
                .tools(function("bad name"), McpTool.builder().serverLabel("docs").build(), function("bad name"))
                .toolChoice(ToolChoice.function("missing"))
                .maxOutputTokens(MaxOutputTokens.of(5000))
                .truncation(Truncation.retentionRatio(2.0))
                .prompt(Prompt.builder().build());

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, builder::build);

        assertThat(e.violations()).extracting(Violation::field).containsExactly(
                "audio.input.format.rate",
                "audio.input.transcription.language",
                "audio.input.transcription.languages",
                "audio.input.turn_detection.threshold",
                "audio.input.turn_detection.idle_timeout_ms",
                "audio.output.speed",
                "tools[0].name",
                "tools[1]",
                "tools[2].name",
                "truncation.retention_ratio",
                "prompt.id",
                "output_modalities",
                "tracing",
                "max_output_tokens",
                "tools[2].name",
                "tool_choice.name");
        assertThat(e.getMessage()).startsWith(PREFIX + "audio.input.format.rate must be 24000")
                .contains("; tools[2].name must be unique among the function tools (was \"bad name\"); ")
                .endsWith("tool_choice.name must name one of the session's function tools [bad name] (was \"missing\")");
    }

    @Test
    void aSecretIsNeverPartOfAViolation() {
        RealtimeSessionConfig.Builder builder = RealtimeSessionConfig.builder()
                .tools(Samples.mcpTool().toBuilder().serverLabel(" ").build())
                .maxOutputTokens(MaxOutputTokens.of(0));

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, builder::build);

        assertThat(e.violations()).hasSize(2);
        Samples.assertNoFragmentOf(Samples.MCP_TOKEN, e.getMessage());
        Samples.assertNoFragmentOf(Samples.MCP_HEADER_VALUE, e.getMessage());
    }
}
