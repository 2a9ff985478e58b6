package io.github.realtimesessions.model.beta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.github.realtimesessions.model.Eagerness;
import io.github.realtimesessions.model.ExpiresAfter;
import io.github.realtimesessions.model.ExpiryAnchor;
import io.github.realtimesessions.model.InvalidRequestException;
import io.github.realtimesessions.model.InvalidRequestException.Violation;
import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.MaxOutputTokens;
import io.github.realtimesessions.model.Modality;
import io.github.realtimesessions.model.Setting;
import io.github.realtimesessions.model.Tracing;
import io.github.realtimesessions.model.TranscriptionModel;
import io.github.realtimesessions.model.Voice;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the beta request: values just inside a boundary build, values just outside are rejected with an
 * {@link InvalidRequestException} naming the JSON field, the rule and the rejected value.
 */
@SuppressWarnings("deprecation")
class RealtimeSessionCreateRequestRulesTest {

    private static final String PREFIX = "Invalid realtime session request: ";
    private static final String TEMPERATURE_RULE = "must be between 0.6 and 1.2";
    private static final String SPEED_RULE = "must be between 0.25 and 1.5";
    private static final String TOKENS_RULE = "must be between 1 and 4096, or \"inf\"";
    private static final String SECONDS_RULE = "must be between 10 and 7200";
    private static final String THRESHOLD_RULE = "must be between 0.0 and 1.0";
    private static final String NOT_NEGATIVE = "must be at least 0";
    private static final String SEMANTIC_ONLY = "applies to semantic_vad only, not server_vad";
    private static final String SERVER_ONLY = "applies to server_vad only, not semantic_vad";
    private static final String NAME_RULE = "must be 1 to 64 characters of a-z, A-Z, 0-9, _ or -";
    private static final String LANGUAGE_RULE = "must be an ISO-639-1 code when set";
    private static final String EMPTY_RULE = "must have at least 1 element";
    private static final String REPEAT_RULE = "must not repeat an element";

    private static final Tool WEATHER = Tool.function("get_weather", "Current weather", null);

    // ---------------------------------------------------------------------------------------------------------------
    // Accepted values (just inside each boundary)
    // ---------------------------------------------------------------------------------------------------------------

    static Stream<Arguments> validRequests() {
        return Stream.of(
                argumentSet("empty request", edit(b -> {})),
                argumentSet("temperature 0.6 (lower bound)", edit(b -> b.temperature(0.6))),
                argumentSet("temperature 1.2 (upper bound)", edit(b -> b.temperature(1.2))),
                argumentSet("temperature 0.8 (default)", edit(b -> b.temperature(0.8))),
                argumentSet("speed 0.25 (lower bound)", edit(b -> b.speed(0.25))),
                argumentSet("speed 1.5 (upper bound)", edit(b -> b.speed(1.5))),
                argumentSet("max tokens 1 (lower bound)", edit(b -> b.maxResponseOutputTokens(1))),
                argumentSet("max tokens 4096 (upper bound)", edit(b -> b.maxResponseOutputTokens(4096))),
                argumentSet("max tokens inf", edit(b -> b.maxResponseOutputTokens(MaxOutputTokens.INF))),
                argumentSet("max tokens inf()", edit(b -> b.maxResponseOutputTokens(MaxOutputTokens.inf()))),
                argumentSet("expires_after 10 s (lower bound)", edit(b -> b.expiresAfterSeconds(10))),
                argumentSet("expires_after 7200 s (upper bound)", edit(b -> b.expiresAfterSeconds(7200))),
                argumentSet("expires_after without seconds",
                        edit(b -> b.clientSecret(new ClientSecretConfig(new ExpiresAfter(ExpiryAnchor.CREATED_AT, null))))),
                argumentSet("client_secret without expires_after", edit(b -> b.clientSecret(new ClientSecretConfig(null)))),
                argumentSet("threshold 0.0 (lower bound)", edit(b -> b.turnDetection(serverVad().threshold(0.0).build()))),
                argumentSet("threshold 1.0 (upper bound)", edit(b -> b.turnDetection(serverVad().threshold(1.0).build()))),
                argumentSet("prefix_padding_ms 0", edit(b -> b.turnDetection(serverVad().prefixPaddingMs(0).build()))),
                argumentSet("silence_duration_ms 0", edit(b -> b.turnDetection(serverVad().silenceDurationMs(0).build()))),
                argumentSet("server_vad with every server_vad option",
                        edit(b -> b.turnDetection(serverVad().threshold(0.5).prefixPaddingMs(300).silenceDurationMs(500)
                                .createResponse(true).interruptResponse(true).build()))),
                argumentSet("unset type with server_vad options (server_vad is the default)",
                        edit(b -> b.turnDetection(TurnDetection.builder().threshold(0.5).prefixPaddingMs(300)
                                .silenceDurationMs(500).build()))),
                argumentSet("semantic_vad with eagerness",
                        edit(b -> b.turnDetection(TurnDetection.semanticVad().eagerness(Eagerness.HIGH)
                                .createResponse(false).interruptResponse(false).build()))),
                argumentSet("unknown turn detection type is not constrained",
                        edit(b -> b.turnDetection(TurnDetection.builder().type(TurnDetectionType.of("future_vad"))
                                .eagerness(Eagerness.LOW).threshold(0.5).build()))),
                argumentSet("disabled turn detection", edit(b -> b.disableTurnDetection())),
                argumentSet("modalities [text]", edit(b -> b.modalities(Modality.TEXT))),
                argumentSet("modalities [audio, text]", edit(b -> b.modalities(Modality.AUDIO, Modality.TEXT))),
                argumentSet("tool name of 1 character", edit(b -> b.tools(Tool.function("a", null, null)))),
                argumentSet("tool name of 64 characters", edit(b -> b.tools(Tool.function("a".repeat(64), null, null)))),
                argumentSet("tool name with every allowed character class",
                        edit(b -> b.tools(Tool.function("Get_weather-2", null, null)))),
                argumentSet("several distinct tools", edit(b -> b.tools(WEATHER, Tool.function("lookup", null, null)))),
                argumentSet("tool_choice naming a declared tool",
                        edit(b -> b.tools(WEATHER).toolChoice(ToolChoice.function("get_weather")))),
                argumentSet("tool_choice auto without tools", edit(b -> b.toolChoice(ToolChoice.AUTO))),
                argumentSet("tool_choice none without tools", edit(b -> b.toolChoice(ToolChoice.NONE))),
                argumentSet("tool_choice required with tools", edit(b -> b.tools(WEATHER).toolChoice(ToolChoice.REQUIRED))),
                argumentSet("transcription language en", edit(b -> b.inputAudioTranscription(
                        new InputAudioTranscription(TranscriptionModel.WHISPER_1, "en", null)))),
                argumentSet("transcription without language",
                        edit(b -> b.inputAudioTranscription(InputAudioTranscription.of(TranscriptionModel.WHISPER_1)))),
                argumentSet("disabled transcription", edit(b -> b.disableInputAudioTranscription())),
                argumentSet("a voice the library does not know", edit(b -> b.voice(Voice.of("future-voice")))),
                argumentSet("tracing auto and configuration", edit(b -> b.tracing(Tracing.of("wf", null, null)))));
    }

    @ParameterizedTest
    @MethodSource("validRequests")
    void acceptsValuesInsideTheRules(Consumer<RealtimeSessionCreateRequest.Builder> edit) {
        RealtimeSessionCreateRequest.Builder builder = RealtimeSessionCreateRequest.builder();
        edit.accept(builder);
        assertThatCode(builder::build).doesNotThrowAnyException();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Rejected values (just outside each boundary), one violation each
    // ---------------------------------------------------------------------------------------------------------------

    static Stream<Arguments> invalidRequests() {
        return Stream.of(
                // temperature [0.6, 1.2]
                rejected("temperature just below 0.6", b -> b.temperature(Math.nextDown(0.6)),
                        "temperature", TEMPERATURE_RULE, Double.toString(Math.nextDown(0.6))),
                rejected("temperature 0.59", b -> b.temperature(0.59), "temperature", TEMPERATURE_RULE, "0.59"),
                rejected("temperature just above 1.2", b -> b.temperature(Math.nextUp(1.2)),
                        "temperature", TEMPERATURE_RULE, Double.toString(Math.nextUp(1.2))),
                rejected("temperature 1.21", b -> b.temperature(1.21), "temperature", TEMPERATURE_RULE, "1.21"),
                rejected("temperature NaN", b -> b.temperature(Double.NaN), "temperature", TEMPERATURE_RULE, "NaN"),
                rejected("temperature +infinity", b -> b.temperature(Double.POSITIVE_INFINITY),
                        "temperature", TEMPERATURE_RULE, "Infinity"),
                rejected("temperature -infinity", b -> b.temperature(Double.NEGATIVE_INFINITY),
                        "temperature", TEMPERATURE_RULE, "-Infinity"),
                // speed [0.25, 1.5]
                rejected("speed 0.24", b -> b.speed(0.24), "speed", SPEED_RULE, "0.24"),
                rejected("speed just below 0.25", b -> b.speed(Math.nextDown(0.25)),
                        "speed", SPEED_RULE, Double.toString(Math.nextDown(0.25))),
                rejected("speed 1.51", b -> b.speed(1.51), "speed", SPEED_RULE, "1.51"),
                rejected("speed just above 1.5", b -> b.speed(Math.nextUp(1.5)),
                        "speed", SPEED_RULE, Double.toString(Math.nextUp(1.5))),
                rejected("speed NaN", b -> b.speed(Double.NaN), "speed", SPEED_RULE, "NaN"),
                rejected("speed +infinity", b -> b.speed(Double.POSITIVE_INFINITY), "speed", SPEED_RULE, "Infinity"),
                // max_response_output_tokens 1..4096 or inf
                rejected("max tokens 0", b -> b.maxResponseOutputTokens(0), "max_response_output_tokens", TOKENS_RULE, "0"),
                rejected("max tokens 4097", b -> b.maxResponseOutputTokens(4097),
                        "max_response_output_tokens", TOKENS_RULE, "4097"),
                rejected("max tokens -1", b -> b.maxResponseOutputTokens(MaxOutputTokens.of(-1)),
                        "max_response_output_tokens", TOKENS_RULE, "-1"),
                rejected("max tokens Integer.MIN_VALUE", b -> b.maxResponseOutputTokens(Integer.MIN_VALUE),
                        "max_response_output_tokens", TOKENS_RULE, Integer.toString(Integer.MIN_VALUE)),
                rejected("max tokens keyword other than inf",
                        b -> b.maxResponseOutputTokens(new MaxOutputTokens.Keyword("unlimited")),
                        "max_response_output_tokens", TOKENS_RULE, "\"unlimited\""),
                // client_secret.expires_after
                rejected("expires_after 9 s", b -> b.expiresAfterSeconds(9),
                        "client_secret.expires_after.seconds", SECONDS_RULE, "9"),
                rejected("expires_after 7201 s", b -> b.expiresAfterSeconds(7201),
                        "client_secret.expires_after.seconds", SECONDS_RULE, "7201"),
                rejected("expires_after 0 s", b -> b.clientSecret(new ClientSecretConfig(ExpiresAfter.seconds(0))),
                        "client_secret.expires_after.seconds", SECONDS_RULE, "0"),
                rejected("expires_after -1 s", b -> b.expiresAfterSeconds(-1),
                        "client_secret.expires_after.seconds", SECONDS_RULE, "-1"),
                rejected("expires_after without anchor (the beta API requires it)",
                        b -> b.clientSecret(new ClientSecretConfig(new ExpiresAfter(null, 60))),
                        "client_secret.expires_after.anchor", "is required", null),
                // turn_detection.threshold [0, 1]
                rejected("threshold -0.01", b -> b.turnDetection(serverVad().threshold(-0.01).build()),
                        "turn_detection.threshold", THRESHOLD_RULE, "-0.01"),
                rejected("threshold just below 0", b -> b.turnDetection(serverVad().threshold(-Double.MIN_VALUE).build()),
                        "turn_detection.threshold", THRESHOLD_RULE, Double.toString(-Double.MIN_VALUE)),
                rejected("threshold 1.01", b -> b.turnDetection(serverVad().threshold(1.01).build()),
                        "turn_detection.threshold", THRESHOLD_RULE, "1.01"),
                rejected("threshold just above 1", b -> b.turnDetection(serverVad().threshold(Math.nextUp(1.0)).build()),
                        "turn_detection.threshold", THRESHOLD_RULE, Double.toString(Math.nextUp(1.0))),
                rejected("threshold NaN", b -> b.turnDetection(serverVad().threshold(Double.NaN).build()),
                        "turn_detection.threshold", THRESHOLD_RULE, "NaN"),
                rejected("threshold out of range with unset type",
                        b -> b.turnDetection(TurnDetection.builder().threshold(2.0).build()),
                        "turn_detection.threshold", THRESHOLD_RULE, "2.0"),
                // durations not negative
                rejected("prefix_padding_ms -1", b -> b.turnDetection(serverVad().prefixPaddingMs(-1).build()),
                        "turn_detection.prefix_padding_ms", NOT_NEGATIVE, "-1"),
                rejected("silence_duration_ms -1", b -> b.turnDetection(serverVad().silenceDurationMs(-1).build()),
                        "turn_detection.silence_duration_ms", NOT_NEGATIVE, "-1"),
                // options of the other VAD type
                rejected("eagerness with server_vad", b -> b.turnDetection(serverVad().eagerness(Eagerness.HIGH).build()),
                        "turn_detection.eagerness", SEMANTIC_ONLY, "high"),
                rejected("eagerness with unset type (server_vad is the default)",
                        b -> b.turnDetection(TurnDetection.builder().eagerness(Eagerness.LOW).build()),
                        "turn_detection.eagerness", SEMANTIC_ONLY, "low"),
                rejected("threshold with semantic_vad", b -> b.turnDetection(TurnDetection.semanticVad().threshold(0.5).build()),
                        "turn_detection.threshold", SERVER_ONLY, "0.5"),
                rejected("prefix_padding_ms with semantic_vad",
                        b -> b.turnDetection(TurnDetection.semanticVad().prefixPaddingMs(300).build()),
                        "turn_detection.prefix_padding_ms", SERVER_ONLY, "300"),
                rejected("silence_duration_ms with semantic_vad",
                        b -> b.turnDetection(TurnDetection.semanticVad().silenceDurationMs(500).build()),
                        "turn_detection.silence_duration_ms", SERVER_ONLY, "500"),
                // modalities
                rejected("modalities empty", b -> b.modalities(List.of()), "modalities", EMPTY_RULE, "0 elements"),
                rejected("modalities empty varargs", b -> b.modalities(), "modalities", EMPTY_RULE, "0 elements"),
                rejected("modalities duplicated", b -> b.modalities(Modality.TEXT, Modality.AUDIO, Modality.TEXT),
                        "modalities", REPEAT_RULE, "[text, audio, text]"),
                rejected("modalities duplicated via of()", b -> b.modalities(Modality.AUDIO, Modality.of("audio")),
                        "modalities", REPEAT_RULE, "[audio, audio]"),
                // voice
                rejected("a custom voice", b -> b.voice(Voice.custom("voice_1")),
                        "voice", "must be a voice name: the beta interface has no custom voices", "{id=voice_1}"),
                // tool names
                rejected("tool name null", b -> b.tools(Tool.builder().type(ToolType.FUNCTION).build()),
                        "tools[0].name", "is required", null),
                rejected("tool name empty", b -> b.tools(Tool.function("", null, null)), "tools[0].name", NAME_RULE, "\"\""),
                rejected("tool name of 65 characters", b -> b.tools(Tool.function("a".repeat(65), null, null)),
                        "tools[0].name", NAME_RULE, "\"" + "a".repeat(65) + "\""),
                rejected("tool name with a space (second tool)",
                        b -> b.tools(WEATHER, Tool.function("get weather", null, null)),
                        "tools[1].name", NAME_RULE, "\"get weather\""),
                rejected("tool name with a dot", b -> b.tools(Tool.function("get.weather", null, null)),
                        "tools[0].name", NAME_RULE, "\"get.weather\""),
                rejected("tool name with a non-ASCII letter", b -> b.tools(Tool.function("m\u00e9t\u00e9o", null, null)),
                        "tools[0].name", NAME_RULE, "\"m\u00e9t\u00e9o\""),
                rejected("tool name with a trailing newline", b -> b.tools(Tool.function("get_weather\n", null, null)),
                        "tools[0].name", NAME_RULE, "\"get_weather\n\""),
                rejected("duplicate tool names",
                        b -> b.tools(WEATHER, Tool.function("lookup", null, null), Tool.function("get_weather", "again", null)),
                        "tools[2].name", "must be unique among the tools", "\"get_weather\""),
                // tool_choice
                rejected("tool_choice naming an undeclared tool",
                        b -> b.tools(WEATHER).toolChoice(ToolChoice.function("lookup")),
                        "tool_choice", "must name one of the request's tools [get_weather]", "\"lookup\""),
                rejected("tool_choice naming a function without tools", b -> b.toolChoice(ToolChoice.of("get_weather")),
                        "tool_choice", "must name one of the request's tools []", "\"get_weather\""),
                rejected("tool_choice is case-sensitive", b -> b.tools(WEATHER).toolChoice(ToolChoice.function("GET_WEATHER")),
                        "tool_choice", "must name one of the request's tools [get_weather]", "\"GET_WEATHER\""),
                // tracing
                rejected("a tracing keyword other than auto", b -> b.tracing(new Tracing.Mode("verbose")),
                        "tracing", "must be \"auto\", a configuration object, or disabled", "\"verbose\""),
                // input_audio_transcription.language
                rejected("transcription language blank",
                        b -> b.inputAudioTranscription(new InputAudioTranscription(TranscriptionModel.WHISPER_1, "  ", null)),
                        "input_audio_transcription.language", LANGUAGE_RULE, "a blank string"),
                rejected("transcription language empty",
                        b -> b.inputAudioTranscription(new InputAudioTranscription(null, "", null)),
                        "input_audio_transcription.language", LANGUAGE_RULE, "a blank string"));
    }

    @ParameterizedTest
    @MethodSource("invalidRequests")
    void rejectsValuesOutsideTheRules(
            Consumer<RealtimeSessionCreateRequest.Builder> edit, String field, String rule, String actual) {
        RealtimeSessionCreateRequest.Builder builder = RealtimeSessionCreateRequest.builder();
        edit.accept(builder);

        InvalidRequestException e = buildFails(builder);

        assertThat(e.violations()).containsExactly(new Violation(field, rule, actual));
        String expected = actual == null ? field + " " + rule : field + " " + rule + " (was " + actual + ")";
        assertThat(e).hasMessage(PREFIX + expected);
    }

    @Test
    void temperatureMessageReadsNaturally() {
        InvalidRequestException e = buildFails(RealtimeSessionCreateRequest.builder().temperature(1.21));

        assertThat(e).hasMessageContaining("temperature must be between 0.6 and 1.2 (was 1.21)");
        Violation v = e.violations().get(0);
        assertThat(v.field()).isEqualTo("temperature");
        assertThat(v.rule()).isEqualTo("must be between 0.6 and 1.2");
        assertThat(v.actual()).isEqualTo("1.21");
    }

    @Test
    void theDisabledTranscriptionAndTurnDetectionAreNotChecked() {
        RealtimeSessionCreateRequest request = RealtimeSessionCreateRequest.builder()
                .disableInputAudioTranscription()
                .disableTurnDetection()
                .build();

        assertThat(request.inputAudioTranscriptionSetting()).isSameAs(Setting.disabled());
        assertThat(request.turnDetectionSetting()).isSameAs(Setting.disabled());
    }

    @Test
    void anInvalidToolNameIsNotCountedAsDeclaredForToolChoice() {
        InvalidRequestException e = buildFails(RealtimeSessionCreateRequest.builder()
                .tools(Tool.function("get weather", null, null))
                .toolChoice(ToolChoice.function("get weather")));

        assertThat(e.violations()).containsExactly(
                new Violation("tools[0].name", NAME_RULE, "\"get weather\""),
                new Violation("tool_choice", "must name one of the request's tools []", "\"get weather\""));
    }

    @Test
    void theToolChoiceMessageListsToolsInDeclarationOrder() {
        InvalidRequestException e = buildFails(RealtimeSessionCreateRequest.builder()
                .addTool(Tool.function("zeta", null, null))
                .addTool(Tool.function("alpha", null, null))
                .addTool(Tool.function("mu", null, null))
                .toolChoice(ToolChoice.function("omega")));

        assertThat(e).hasMessageContaining("tool_choice must name one of the request's tools [zeta, alpha, mu]");
    }

    @Test
    void aSemanticVadThresholdOutOfRangeBreaksBothRules() {
        InvalidRequestException e = buildFails(RealtimeSessionCreateRequest.builder()
                .turnDetection(TurnDetection.semanticVad().threshold(1.5).build()));

        assertThat(e.violations()).containsExactly(
                new Violation("turn_detection.threshold", THRESHOLD_RULE, "1.5"),
                new Violation("turn_detection.threshold", SERVER_ONLY, "1.5"));
    }

    /**
     * All violations are reported at once. The order is the wire order of the fields for the per-field rules, then
     * the request-wide rules (tool names, tool choice, token keyword, tracing keyword, voice), as the field
     * descriptions check them; the old hand-written validator interleaved the two.
     */
    @Test
    void reportsEveryViolationAtOnce() {
        RealtimeSessionCreateRequest.Builder builder = RealtimeSessionCreateRequest.builder()
                // set in an order different from the report order on purpose
                .expiresAfterSeconds(5)
                .speed(2.0)
                .maxResponseOutputTokens(0)
                .temperature(0.1)
                .toolChoice(ToolChoice.function("missing"))
                .tools(Tool.function("ok", null, null), Tool.function("bad name", null, null))
                .turnDetection(serverVad().threshold(-1.0).prefixPaddingMs(-5).silenceDurationMs(-6)
                        .eagerness(Eagerness.AUTO).build())
                .inputAudioTranscription(new InputAudioTranscription(null, " ", null))
                .modalities(Modality.TEXT, Modality.TEXT);

        InvalidRequestException e = buildFails(builder);

        List<Violation> expected = List.of(
                new Violation("modalities", REPEAT_RULE, "[text, text]"),
                new Violation("input_audio_transcription.language", LANGUAGE_RULE, "a blank string"),
                new Violation("turn_detection.threshold", THRESHOLD_RULE, "-1.0"),
                new Violation("turn_detection.prefix_padding_ms", NOT_NEGATIVE, "-5"),
                new Violation("turn_detection.silence_duration_ms", NOT_NEGATIVE, "-6"),
                new Violation("turn_detection.eagerness", SEMANTIC_ONLY, "auto"),
                new Violation("temperature", TEMPERATURE_RULE, "0.1"),
                new Violation("speed", SPEED_RULE, "2.0"),
                new Violation("client_secret.expires_after.seconds", SECONDS_RULE, "5"),
                new Violation("tools[1].name", NAME_RULE, "\"bad name\""),
                new Violation("tool_choice", "must name one of the request's tools [ok]", "\"missing\""),
                new Violation("max_response_output_tokens", TOKENS_RULE, "0"));
        assertThat(e.violations()).containsExactlyElementsOf(expected);
        assertThat(e).hasMessage(PREFIX
                + "modalities must not repeat an element (was [text, text]); "
                + "input_audio_transcription.language must be an ISO-639-1 code when set (was a blank string); "
                + "turn_detection.threshold must be between 0.0 and 1.0 (was -1.0); "
                + "turn_detection.prefix_padding_ms must be at least 0 (was -5); "
                + "turn_detection.silence_duration_ms must be at least 0 (was -6); "
                + "turn_detection.eagerness applies to semantic_vad only, not server_vad (was auto); "
                + "temperature must be between 0.6 and 1.2 (was 0.1); "
                + "speed must be between 0.25 and 1.5 (was 2.0); "
                + "client_secret.expires_after.seconds must be between 10 and 7200 (was 5); "
                + "tools[1].name must be 1 to 64 characters of a-z, A-Z, 0-9, _ or - (was \"bad name\"); "
                + "tool_choice must name one of the request's tools [ok] (was \"missing\"); "
                + "max_response_output_tokens must be between 1 and 4096, or \"inf\" (was 0)");
    }

    @Test
    void emptyModalitiesAndEverySemanticVadMisuseAreReportedTogether() {
        InvalidRequestException e = buildFails(RealtimeSessionCreateRequest.builder()
                .modalities(List.of())
                .turnDetection(TurnDetection.semanticVad().threshold(0.5).prefixPaddingMs(1).silenceDurationMs(2).build())
                .tools(Tool.function("a", null, null), Tool.function("a", null, null), Tool.builder().build()));

        assertThat(e.violations()).extracting(Violation::field).containsExactly(
                "modalities",
                "turn_detection.threshold",
                "turn_detection.prefix_padding_ms",
                "turn_detection.silence_duration_ms",
                "tools[1].name",
                "tools[2].name");
        assertThat(e.violations()).extracting(Violation::rule).containsExactly(
                EMPTY_RULE, SERVER_ONLY, SERVER_ONLY, SERVER_ONLY, "must be unique among the tools", "is required");
    }

    @Test
    void aValidFullRequestBuildsAfterFixingEveryViolation() {
        RealtimeSessionCreateRequest request = RealtimeSessionCreateRequest.builder()
                .modalities(Modality.TEXT)
                .tools(WEATHER)
                .toolChoice(ToolChoice.function("get_weather"))
                .temperature(1.2)
                .speed(0.25)
                .maxResponseOutputTokens(4096)
                .expiresAfterSeconds(7200)
                .tracing(Tracing.of("wf", null, JsonObject.builder().put("k", 1).build()))
                .build();

        assertThat(request.temperature()).isEqualTo(1.2);
        assertThat(request.speed()).isEqualTo(0.25);
        assertThat(request.maxResponseOutputTokens()).isEqualTo(MaxOutputTokens.of(4096));
        assertThat(request.clientSecret().expiresAfter().seconds()).isEqualTo(7200);
    }

    @Test
    void aRequestMaySendOnlyTheInfKeywordAndTheAutoTracingModeButAResponseKeepsAnyOther() {
        assertThat(RealtimeSessionCreateRequest.builder().maxResponseOutputTokens(MaxOutputTokens.inf()).build()
                .maxResponseOutputTokens()).isEqualTo(MaxOutputTokens.INF);
        assertThat(RealtimeSessionCreateRequest.builder().tracing(Tracing.auto()).build().tracing()).isEqualTo(Tracing.AUTO);
        RealtimeSessionCreateResponse response = RealtimeSessionCreateResponse.builder()
                .tracing(new Tracing.Mode("verbose"))
                .maxResponseOutputTokens(new MaxOutputTokens.Keyword("unlimited"))
                .build();
        assertThat(response.tracing()).isEqualTo(new Tracing.Mode("verbose"));
        assertThat(response.maxResponseOutputTokens()).isEqualTo(new MaxOutputTokens.Keyword("unlimited"));
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static TurnDetection.Builder serverVad() {
        return TurnDetection.serverVad();
    }

    private static Consumer<RealtimeSessionCreateRequest.Builder> edit(Consumer<RealtimeSessionCreateRequest.Builder> e) {
        return e;
    }

    private static Arguments rejected(String name, Consumer<RealtimeSessionCreateRequest.Builder> edit, String field,
            String rule, String actual) {
        return argumentSet(name, edit, field, rule, actual);
    }

    static InvalidRequestException buildFails(RealtimeSessionCreateRequest.Builder builder) {
        Throwable thrown = catchThrowable(builder::build);
        assertThat(thrown).isInstanceOf(InvalidRequestException.class);
        return (InvalidRequestException) thrown;
    }
}
