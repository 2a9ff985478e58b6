package io.github.realtimesessions.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.github.realtimesessions.model.AudioFormat;
import io.github.realtimesessions.model.AudioFormatType;
import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.MaxOutputTokens;
import io.github.realtimesessions.model.McpAllowedTools;
import io.github.realtimesessions.model.McpApproval;
import io.github.realtimesessions.model.McpApprovalPolicy;
import io.github.realtimesessions.model.McpToolFilter;
import io.github.realtimesessions.model.PromptVariable;
import io.github.realtimesessions.model.Samples;
import io.github.realtimesessions.model.Tool;
import io.github.realtimesessions.model.ToolChoice;
import io.github.realtimesessions.model.Tracing;
import io.github.realtimesessions.model.Truncation;
import io.github.realtimesessions.model.TurnDetection;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.model.internal.WireKind.Alternative;
import io.github.realtimesessions.model.internal.WireKind.Shape;
import io.github.realtimesessions.model.internal.WireKind.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The kinds of {@link WireKind}: shapes, unions and the alternatives {@link Schemas} picks for a value. */
class WireKindTest {

    @Test
    void theScalarConstantsNameTheirTypes() {
        assertThat(WireKind.TEXT.type()).isEqualTo(WireKind.ScalarType.TEXT);
        assertThat(WireKind.BOOLEAN.type()).isEqualTo(WireKind.ScalarType.BOOLEAN);
        assertThat(WireKind.INT32.type()).isEqualTo(WireKind.ScalarType.INT32);
        assertThat(WireKind.INT64.type()).isEqualTo(WireKind.ScalarType.INT64);
        assertThat(WireKind.DECIMAL.type()).isEqualTo(WireKind.ScalarType.DECIMAL);
        assertThat(WireKind.EPOCH_SECONDS.zeroIsAbsent()).isFalse();
        assertThat(WireKind.EPOCH_SECONDS_ZERO_ABSENT.zeroIsAbsent()).isTrue();
        assertThat(WireKind.ANY_JSON.objectOnly()).isFalse();
        assertThat(WireKind.JSON_OBJECT.objectOnly()).isTrue();
    }

    @Test
    void theFactoriesWrapTheirParts() {
        WireKind.Struct<?> struct = WireKind.struct(Schemas.AUDIO);
        WireKind.ListOf<String> list = WireKind.listOf(WireKind.TEXT);
        WireKind.MapOf<Integer> map = WireKind.mapOf(WireKind.INT32);
        WireKind.Nullable<Boolean> nullable = WireKind.nullable(WireKind.BOOLEAN);

        assertThat(struct.type()).isSameAs(Schemas.AUDIO);
        assertThat(list.element()).isSameAs(WireKind.TEXT);
        assertThat(map.value()).isSameAs(WireKind.INT32);
        assertThat(nullable.value()).isSameAs(WireKind.BOOLEAN);
        assertThat(WireKind.enumerated(Voice::of).of().apply("cedar")).isSameAs(Voice.CEDAR);
    }

    static Stream<Arguments> shapes() {
        return Stream.of(
                argumentSet("text", WireKind.TEXT, Shape.STRING),
                argumentSet("boolean", WireKind.BOOLEAN, Shape.BOOLEAN),
                argumentSet("int32", WireKind.INT32, Shape.NUMBER),
                argumentSet("int64", WireKind.INT64, Shape.NUMBER),
                argumentSet("decimal", WireKind.DECIMAL, Shape.NUMBER),
                argumentSet("epoch seconds", WireKind.EPOCH_SECONDS, Shape.NUMBER),
                argumentSet("open enum", WireKind.enumerated(Voice::of), Shape.STRING),
                argumentSet("struct", WireKind.struct(Schemas.AUDIO), Shape.OBJECT),
                argumentSet("map", WireKind.mapOf(WireKind.TEXT), Shape.OBJECT),
                argumentSet("discriminated union", Schemas.TURN_DETECTION, Shape.OBJECT),
                argumentSet("list", WireKind.listOf(WireKind.TEXT), Shape.ARRAY),
                argumentSet("JSON object", WireKind.JSON_OBJECT, Shape.OBJECT),
                argumentSet("any JSON", WireKind.ANY_JSON, Shape.ANY),
                argumentSet("mapped to text", WireKind.mapped(WireKind.TEXT, s -> s, s -> s), Shape.STRING),
                argumentSet("mapped to a list", WireKind.mapped(WireKind.listOf(WireKind.TEXT), l -> l, l -> l),
                        Shape.ARRAY),
                argumentSet("nullable number", WireKind.nullable(WireKind.INT32), Shape.NUMBER),
                argumentSet("nullable struct", WireKind.nullable(WireKind.struct(Schemas.PROMPT)), Shape.OBJECT),
                argumentSet("one of", Schemas.TRACING, Shape.ANY));
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void shapeOfTellsTheJsonShapeOfAKind(WireKind<?> kind, Shape shape) {
        assertThat(WireKind.shapeOf(kind)).isEqualTo(shape);
    }

    // ------------------------------------------------------------------------------------------ discriminated unions

    @Test
    void variantFindsAVariantByItsTag() {
        WireKind.Discriminated<TurnDetection> union = (WireKind.Discriminated<TurnDetection>) Schemas.TURN_DETECTION;

        assertThat(union.property()).isEqualTo("type");
        assertThat(union.variant("server_vad").type()).isSameAs(Schemas.SERVER_VAD);
        assertThat(union.variant("semantic_vad").javaType()).isEqualTo(TurnDetection.SemanticVad.class);
        assertThat(union.variant("future_vad")).isNull();
        assertThat(union.variant("SERVER_VAD")).isNull();
    }

    @Test
    void variantOfFindsTheVariantOfAJavaValue() {
        WireKind.Discriminated<TurnDetection> union = (WireKind.Discriminated<TurnDetection>) Schemas.TURN_DETECTION;

        assertThat(union.variantOf(Samples.serverVad()).tag()).isEqualTo("server_vad");
        assertThat(union.variantOf(Samples.semanticVad()).tag()).isEqualTo("semantic_vad");
        assertThat(union.variantOf(new TurnDetection.Unknown(JsonObject.parse("{\"type\":\"x\"}")))).isNull();
        assertThat(union.variantOf("not a turn detection")).isNull();
    }

    @Test
    void tagsListsTheKnownVariantsInOrder() {
        assertThat(((WireKind.Discriminated<?>) Schemas.TURN_DETECTION).tags()).isEqualTo("server_vad, semantic_vad");
        assertThat(((WireKind.Discriminated<?>) Schemas.SESSION).tags()).isEqualTo("realtime, transcription");
        assertThat(((WireKind.Discriminated<?>) Schemas.TOOL).tags()).isEqualTo("function, mcp");
        assertThat(new WireKind.Discriminated<Object>("type", List.of(), null, null).tags()).isEmpty();
    }

    @Test
    void unknownVariantsAreKeptWholeWhereTheUnionAllowsThem() {
        WireKind.Discriminated<Tool> tools = (WireKind.Discriminated<Tool>) Schemas.TOOL;
        JsonObject json = JsonObject.parse("{\"type\":\"web_search\",\"x\":1}");

        Tool unknown = tools.unknown().apply(json);

        assertThat(unknown).isEqualTo(new Tool.Unknown(json));
        assertThat(tools.unknownJson().apply(unknown)).isSameAs(json);
        assertThat(((WireKind.Discriminated<?>) Schemas.SESSION_CONFIG).unknown()).isNull();
    }

    @Test
    void aDiscriminatedUnionNeedsAPropertyAndCopiesItsVariants() {
        List<Variant<TurnDetection>> variants = new ArrayList<>();
        variants.add(Variant.of("server_vad", TurnDetection.ServerVad.class, Schemas.SERVER_VAD));
        WireKind.Discriminated<TurnDetection> union = new WireKind.Discriminated<>("type", variants, null, null);
        variants.clear();

        assertThat(union.variants()).hasSize(1).isUnmodifiable();
        assertThatNullPointerException()
                .isThrownBy(() -> new WireKind.Discriminated<TurnDetection>(null, List.of(), null, null))
                .withMessage("property");
        assertThatNullPointerException()
                .isThrownBy(() -> new WireKind.Discriminated<TurnDetection>("type", null, null, null));
    }

    // ------------------------------------------------------------------------------------------ one-of unions

    @Test
    void alternativesAcceptByJavaTypeByTestOrNever() {
        Alternative<Object> byType = Alternative.of(String.class, WireKind.TEXT);
        Alternative<Object> byTest = Alternative.when(value -> value instanceof Integer i && i > 0, WireKind.INT32);
        Alternative<Object> lenient = Alternative.lenient(WireKind.TEXT);

        assertThat(byType.accepts().test("x")).isTrue();
        assertThat(byType.accepts().test(1)).isFalse();
        assertThat(byType.lenientOnly()).isFalse();
        assertThat(byTest.accepts().test(5)).isTrue();
        assertThat(byTest.accepts().test(-5)).isFalse();
        assertThat(byTest.lenientOnly()).isFalse();
        assertThat(lenient.accepts().test("x")).isFalse();
        assertThat(lenient.lenientOnly()).isTrue();
    }

    @Test
    void oneOfCopiesItsAlternatives() {
        List<Alternative<Object>> alternatives = new ArrayList<>(List.of(Alternative.of(String.class, WireKind.TEXT)));
        WireKind.OneOf<Object> oneOf = new WireKind.OneOf<>(alternatives);
        alternatives.clear();

        assertThat(oneOf.alternatives()).hasSize(1).isUnmodifiable();
        assertThat(WireKind.OneOf.of(Alternative.of(String.class, WireKind.TEXT), Alternative.lenient(WireKind.INT32))
                .alternatives()).hasSize(2);
    }

    /** The first alternative of a union that accepts a value, as the encoder and validation pick it. */
    private static <V> Alternative<V> chosen(WireKind<V> kind, Object value) {
        for (Alternative<V> alternative : ((WireKind.OneOf<V>) kind).alternatives()) {
            if (alternative.accepts().test(value)) {
                return alternative;
            }
        }
        return null;
    }

    private static <V> int indexOfChosen(WireKind<V> kind, Object value) {
        return ((WireKind.OneOf<V>) kind).alternatives().indexOf(chosen(kind, value));
    }

    static Stream<Arguments> alternatives() {
        return Stream.of(
                argumentSet("tool_choice mode", Schemas.TOOL_CHOICE, ToolChoice.AUTO, 0),
                argumentSet("tool_choice function", Schemas.TOOL_CHOICE, ToolChoice.function("f"), 1),
                argumentSet("tool_choice mcp", Schemas.TOOL_CHOICE, ToolChoice.mcp("docs", null), 1),
                argumentSet("tracing auto", Schemas.TRACING, Tracing.AUTO, 0),
                argumentSet("tracing configuration", Schemas.TRACING, Samples.tracingConfiguration(), 1),
                argumentSet("max tokens limit", Schemas.MAX_OUTPUT_TOKENS, MaxOutputTokens.of(5), 0),
                argumentSet("max tokens inf", Schemas.MAX_OUTPUT_TOKENS, MaxOutputTokens.INF, 1),
                argumentSet("named voice", Schemas.VOICE, Voice.MARIN, 0),
                argumentSet("custom voice", Schemas.VOICE, Voice.custom("voice_1"), 1),
                argumentSet("audio format object", Schemas.AUDIO_FORMAT_KIND, AudioFormat.PCMU, 0),
                argumentSet("allowed tool names", Schemas.MCP_ALLOWED_TOOLS, McpAllowedTools.names("a"), 0),
                argumentSet("allowed tools filter", Schemas.MCP_ALLOWED_TOOLS, McpToolFilter.builder().build(), 1),
                argumentSet("approval mode", Schemas.MCP_APPROVAL, McpApproval.ALWAYS, 0),
                argumentSet("approval policy", Schemas.MCP_APPROVAL, McpApprovalPolicy.builder().build(), 1),
                argumentSet("truncation mode", Schemas.TRUNCATION, Truncation.DISABLED, 0),
                argumentSet("truncation ratio", Schemas.TRUNCATION, Truncation.retentionRatio(0.5), 1),
                argumentSet("prompt variable text", Schemas.PROMPT_VARIABLE, PromptVariable.text("x"), 0),
                argumentSet("prompt variable content", Schemas.PROMPT_VARIABLE, Samples.inputImage(), 1));
    }

    @ParameterizedTest
    @MethodSource("alternatives")
    void aUnionPicksTheAlternativeOfTheValuesShape(WireKind<?> kind, Object value, int expected) {
        assertThat(indexOfChosen(kind, value)).isEqualTo(expected);
    }

    @Test
    void theLegacyAudioFormatStringIsReadOnly() {
        List<Alternative<AudioFormat>> alternatives = ((WireKind.OneOf<AudioFormat>) Schemas.AUDIO_FORMAT_KIND).alternatives();
        Alternative<AudioFormat> legacy = alternatives.get(1);
        @SuppressWarnings("unchecked")
        WireKind.Mapped<String, AudioFormat> mapped = (WireKind.Mapped<String, AudioFormat>) legacy.kind();

        assertThat(legacy.lenientOnly()).isTrue();
        assertThat(alternatives.get(0).lenientOnly()).isFalse();
        assertThat(mapped.decode().apply("pcm16")).isSameAs(AudioFormat.PCM_24KHZ);
        assertThat(mapped.decode().apply("g711_ulaw")).isSameAs(AudioFormat.PCMU);
        assertThat(mapped.decode().apply("g711_alaw")).isSameAs(AudioFormat.PCMA);
        assertThat(mapped.decode().apply("audio/opus"))
                .isEqualTo(AudioFormat.builder().type(AudioFormatType.of("audio/opus")).build());
    }

    @Test
    void keywordsDecodeToTheirConstants() {
        assertThat(decode(Schemas.TRACING, 0, "auto")).isSameAs(Tracing.AUTO);
        assertThat(decode(Schemas.TRACING, 0, "verbose")).isEqualTo(new Tracing.Mode("verbose"));
        assertThat(decode(Schemas.MAX_OUTPUT_TOKENS, 1, "inf")).isSameAs(MaxOutputTokens.INF);
        assertThat(decode(Schemas.MAX_OUTPUT_TOKENS, 1, "unlimited")).isEqualTo(new MaxOutputTokens.Keyword("unlimited"));
        assertThat(decode(Schemas.MAX_OUTPUT_TOKENS, 0, 42)).isEqualTo(MaxOutputTokens.of(42));
        assertThat(decode(Schemas.TOOL_CHOICE, 0, "auto")).isSameAs(ToolChoice.AUTO);
        assertThat(decode(Schemas.TOOL_CHOICE, 0, "none")).isSameAs(ToolChoice.NONE);
        assertThat(decode(Schemas.TOOL_CHOICE, 0, "required")).isSameAs(ToolChoice.REQUIRED);
        assertThat(decode(Schemas.TOOL_CHOICE, 0, "sometimes")).isEqualTo(new ToolChoice.Mode("sometimes"));
        assertThat(decode(Schemas.TRUNCATION, 0, "auto")).isSameAs(Truncation.AUTO);
        assertThat(decode(Schemas.TRUNCATION, 0, "disabled")).isSameAs(Truncation.DISABLED);
        assertThat(decode(Schemas.TRUNCATION, 0, "other")).isEqualTo(new Truncation.Mode("other"));
        assertThat(decode(Schemas.MCP_APPROVAL, 0, "always")).isSameAs(McpApproval.ALWAYS);
        assertThat(decode(Schemas.MCP_APPROVAL, 0, "never")).isSameAs(McpApproval.NEVER);
        assertThat(decode(Schemas.MCP_APPROVAL, 0, "sometimes")).isEqualTo(new McpApproval.Mode("sometimes"));
        assertThat(decode(Schemas.PROMPT_VARIABLE, 0, "Paris")).isEqualTo(PromptVariable.text("Paris"));
    }

    @Test
    void aCustomVoiceIsTheObjectWithItsId() {
        @SuppressWarnings("unchecked")
        WireKind.Mapped<JsonObject, Voice> custom =
                (WireKind.Mapped<JsonObject, Voice>) ((WireKind.OneOf<Voice>) Schemas.VOICE).alternatives().get(1).kind();

        assertThat(custom.decode().apply(JsonObject.parse("{\"id\":\"voice_1\"}"))).isEqualTo(Voice.custom("voice_1"));
        assertThat(custom.encode().apply(Voice.custom("voice_1"))).isEqualTo(JsonObject.parse("{\"id\":\"voice_1\"}"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> custom.decode().apply(JsonObject.parse("{\"name\":\"x\"}")))
                .withMessage("a custom voice needs a string id");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> custom.decode().apply(JsonObject.parse("{\"id\":7}")))
                .withMessage("a custom voice needs a string id");
    }

    @SuppressWarnings("unchecked")
    private static Object decode(WireKind<?> kind, int alternative, Object wire) {
        WireKind<?> alternativeKind = ((WireKind.OneOf<?>) kind).alternatives().get(alternative).kind();
        return ((WireKind.Mapped<Object, Object>) alternativeKind).decode().apply(wire);
    }
}
