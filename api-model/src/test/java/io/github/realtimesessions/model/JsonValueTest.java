package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link JsonValue}: the strict parser, exact numbers, escapes, and the conversion from and to plain Java trees. */
class JsonValueTest {

    // ---------------------------------------------------------------------------------------------------- parsing

    static Stream<Arguments> invalidJson() {
        return Stream.of(
                argumentSet("empty text", "", 1, 1, "unexpected end of the text, expected a value"),
                argumentSet("only whitespace", " \t ", 1, 4, "unexpected end of the text, expected a value"),
                argumentSet("line comment", "// c\n{}", 1, 1, "unexpected character '/', expected a value"),
                argumentSet("block comment after a member", "{\"a\":1 /* c */}", 1, 8, "expected ',' or '}' after a member"),
                argumentSet("trailing comma in an array", "[1,2,]", 1, 6, "unexpected character ']', expected a value"),
                argumentSet("trailing comma in an object", "{\"a\":1,}", 1, 8, "expected a member name in double quotes"),
                argumentSet("single-quoted name", "{'a':1}", 1, 2, "expected a member name in double quotes"),
                argumentSet("unquoted name", "{a:1}", 1, 2, "expected a member name in double quotes"),
                argumentSet("missing colon", "{\"a\" 1}", 1, 6, "expected ':'"),
                argumentSet("missing comma", "[1 2]", 1, 4, "expected ',' or ']' after an element"),
                argumentSet("unclosed array", "[1", 1, 3, "unexpected end of the text, expected ',' or ']'"),
                argumentSet("unclosed object", "{\"a\":1", 1, 7, "unexpected end of the text, expected ',' or '}'"),
                argumentSet("leading zero", "01", 1, 2, "a number must not have leading zeros"),
                argumentSet("negative leading zero", "-01", 1, 3, "a number must not have leading zeros"),
                argumentSet("plus sign", "+1", 1, 1, "unexpected character '+', expected a value"),
                argumentSet("leading decimal point", ".5", 1, 1, "unexpected character '.', expected a value"),
                argumentSet("trailing decimal point", "[1.]", 1, 4, "expected a digit after the decimal point"),
                argumentSet("empty exponent", "1e", 1, 3, "expected a digit in the exponent"),
                argumentSet("minus alone", "-", 1, 2, "expected a digit"),
                argumentSet("Arabic-Indic digit after minus", "-\u0663", 1, 2, "expected a digit"),
                argumentSet("Arabic-Indic digit after zero", "0\u0663", 1, 2, "unexpected content after the JSON value"),
                argumentSet("NaN", "NaN", 1, 1, "unexpected character 'N', expected a value"),
                argumentSet("Infinity", "[Infinity]", 1, 2, "unexpected character 'I', expected a value"),
                argumentSet("exponent out of range", "1e9999999999", 1, 1, "number out of range"),
                argumentSet("bad literal", "tru", 1, 1, "invalid literal, expected true"),
                argumentSet("capitalised literal", "True", 1, 1, "unexpected character 'T', expected a value"),
                argumentSet("bad escape", "\"\\x\"", 1, 3, "invalid escape '\\x'"),
                argumentSet("single-quote escape", "\"\\'\"", 1, 3, "invalid escape '\\''"),
                argumentSet("bad unicode escape", "\"\\u12G4\"", 1, 4, "invalid \\u escape"),
                argumentSet("full-width digits in a unicode escape", "\"\\u\uff10\uff10\uff14\uff11\"", 1, 4,
                        "invalid \\u escape"),
                argumentSet("short unicode escape", "\"\\u12\"", 1, 4, "incomplete \\u escape"),
                argumentSet("raw tab in a string", "\"a\tb\"", 1, 3, "control character U+0009 in a string must be escaped"),
                argumentSet("raw newline in a string", "\"a\nb\"", 1, 3,
                        "control character U+000A in a string must be escaped"),
                argumentSet("raw NUL in a string", "\"\u0000\"", 1, 2, "control character U+0000 in a string must be escaped"),
                argumentSet("unterminated string", "\"abc", 1, 5, "unterminated string"),
                argumentSet("duplicate member name", "{\"a\":1,\"a\":2}", 1, 8, "duplicate member name \"a\""),
                argumentSet("duplicate member name spelt with an escape", "{\"a\":1,\"\\u0061\":2}", 1, 8,
                        "duplicate member name \"a\""),
                argumentSet("nested duplicate on a later line", "{\"x\":{\n  \"k\":1,\n  \"k\":2}}", 3, 3,
                        "duplicate member name \"k\""),
                argumentSet("nesting of 65 levels", "[".repeat(65) + "]".repeat(65), 1, 65, "nesting deeper than 64 levels"),
                argumentSet("nesting of 65 object levels", "{\"a\":".repeat(64) + "{}" + "}".repeat(64), 1, 321,
                        "nesting deeper than 64 levels"),
                argumentSet("trailing content", "{} x", 1, 4, "unexpected content after the JSON value"),
                argumentSet("two values", "{}{}", 1, 3, "unexpected content after the JSON value"),
                argumentSet("non-breaking space", "\u00a01", 1, 1, "unexpected character '\\u00a0', expected a value"),
                argumentSet("error on the third line", "{\n  \"a\": 1,\n  \"b\": tru\n}", 3, 8,
                        "invalid literal, expected true"));
    }

    @ParameterizedTest
    @MethodSource("invalidJson")
    void invalidJsonIsRejectedNamingLineColumnAndProblem(String text, int line, int column, String problem) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JsonValue.parse(text))
                .withMessage("invalid JSON at line " + line + ", column " + column + ": " + problem);
    }

    @Test
    void parseRejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> JsonValue.parse(null)).withMessage("json must not be null");
    }

    static Stream<Arguments> validJson() {
        return Stream.of(
                argumentSet("object", " {\"a\" : [1, true, null, \"x\"]}\r\n", "{\"a\":[1,true,null,\"x\"]}"),
                argumentSet("empty object and array", "{ \"o\":{ }, \"a\":[ ] }", "{\"o\":{},\"a\":[]}"),
                argumentSet("top-level string", "\"x\"", "\"x\""),
                argumentSet("top-level number", "-12.5e-1", "-1.25"),
                argumentSet("top-level true", "true", "true"),
                argumentSet("top-level false", "\tfalse\n", "false"),
                argumentSet("top-level null", "null", "null"),
                argumentSet("escaped solidus", "\"a\\/b\"", "\"a/b\""),
                argumentSet("raw DEL and non-ASCII", "\"\u007f\u00e9\u4e2d\"", "\"\u007f\u00e9\u4e2d\""),
                argumentSet("upper- and lower-case hex", "\"\\u00E9\\u00e9\"", "\"\u00e9\u00e9\""),
                argumentSet("surrogate pair escape", "\"\\ud83d\\ude00\"", "\"\ud83d\ude00\""),
                argumentSet("nesting of 64 levels", "[".repeat(64) + "]".repeat(64), "[".repeat(64) + "]".repeat(64)));
    }

    @ParameterizedTest
    @MethodSource("validJson")
    void validJsonParsesToTheCompactForm(String text, String compact) {
        JsonValue value = JsonValue.parse(text);

        assertThat(value.toJson()).isEqualTo(compact);
        assertThat(value).hasToString(compact);
        assertThat(JsonValue.parse(compact)).isEqualTo(value);
    }

    @Test
    void everyEscapeDecodes() {
        assertThat(JsonValue.parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\"").asString()).isEqualTo("\"\\/\b\f\n\r\tA");
    }

    @Test
    void parsedObjectsKeepMemberOrder() {
        JsonObject object = JsonValue.parse("{\"zeta\":1,\"alpha\":2,\"mu\":{\"y\":1,\"b\":2}}").asObject();

        assertThat(object.names()).containsExactly("zeta", "alpha", "mu");
        assertThat(object.get("mu").asObject().names()).containsExactly("y", "b");
    }

    // ---------------------------------------------------------------------------------------------------- numbers

    static Stream<Arguments> exactNumbers() {
        return Stream.of(
                argumentSet("0.1 stays 0.1", "0.1", "0.1", new BigDecimal("0.1")),
                argumentSet("1e400 does not turn into infinity", "1e400", "1E+400", BigDecimal.TEN.pow(400)),
                argumentSet("1e-400 does not turn into zero", "1E-400", "1E-400", BigDecimal.ONE.movePointLeft(400)),
                argumentSet("-0 is zero", "-0", "0", BigDecimal.ZERO),
                argumentSet("a big integer", "123456789012345678901234567890", "123456789012345678901234567890",
                        new BigDecimal("123456789012345678901234567890")),
                argumentSet("beyond long", "-9223372036854775809", "-9223372036854775809",
                        new BigDecimal(BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE))),
                argumentSet("trailing zeros are kept", "1.50", "1.50", new BigDecimal("1.50")),
                argumentSet("many digits", "0.30000000000000000000000000001", "0.30000000000000000000000000001",
                        new BigDecimal("0.30000000000000000000000000001")));
    }

    @ParameterizedTest
    @MethodSource("exactNumbers")
    void numbersAreExact(String text, String json, BigDecimal value) {
        JsonNumber number = (JsonNumber) JsonValue.parse(text);

        assertThat(number.value()).isEqualByComparingTo(value);
        assertThat(number.toJson()).isEqualTo(json);
        assertThat(JsonValue.parse(number.toJson())).isEqualTo(number);
    }

    @Test
    void numbersAreEqualByValue() {
        JsonValue one = JsonValue.parse("1");

        for (String same : List.of("1.0", "1e0", "10E-1", "1.000")) {
            assertThat(JsonValue.parse(same)).as(same).isEqualTo(one).hasSameHashCodeAs(one);
        }
        assertThat(JsonValue.parse("-0")).isEqualTo(JsonValue.parse("0.00")).hasSameHashCodeAs(JsonValue.of(0));
        assertThat(JsonValue.parse("100")).isEqualTo(JsonValue.parse("1e2")).hasSameHashCodeAs(JsonValue.parse("1e2"));
        assertThat(JsonValue.parse("1")).isNotEqualTo(JsonValue.parse("1.0000000000000000000001"));
        assertThat(JsonValue.parse("1")).isNotEqualTo(JsonValue.of("1"));
    }

    @Test
    void numberFactories() {
        assertThat(JsonValue.of(0.1).toJson()).isEqualTo("0.1");
        assertThat(JsonValue.of(Long.MAX_VALUE).toJson()).isEqualTo("9223372036854775807");
        assertThat(JsonValue.of(-7).value()).isEqualByComparingTo("-7");
        for (double notFinite : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThatIllegalArgumentException().isThrownBy(() -> JsonValue.of(notFinite))
                    .withMessage("a JSON number must be finite (was " + notFinite + ")");
        }
    }

    // ---------------------------------------------------------------------------------------------------- escapes

    @Test
    void stringsAreEscapedAsJsonRequiresAndRoundTrip() {
        String text = "q\" b\\ s/ n\n r\r t\t b\b f\f c\u0001 e\u001f ls\u2028 ps\u2029 \u00e9 \ud83d\ude00";

        String json = JsonValue.of(text).toJson();

        assertThat(json).isEqualTo("\"q\\\" b\\\\ s/ n\\n r\\r t\\t b\\b f\\f c\\u0001 e\\u001f ls\\u2028 ps\\u2029"
                + " \u00e9 \ud83d\ude00\"");
        assertThat(JsonValue.parse(json).asString()).isEqualTo(text);
    }

    @Test
    void aSurrogatePairRoundTripsAsOneCodePoint() {
        String parsed = JsonValue.parse("\"\\uD83D\\uDE00\"").asString();

        assertThat(parsed).isEqualTo("\ud83d\ude00");
        assertThat(parsed.codePointCount(0, parsed.length())).isEqualTo(1);
        assertThat(JsonValue.parse(JsonValue.of(parsed).toJson()).asString()).isEqualTo(parsed);
    }

    @Test
    void memberNamesAreEscapedToo() {
        JsonObject object = JsonObject.builder().put("a\"b\n", 1).build();

        assertThat(object.toJson()).isEqualTo("{\"a\\\"b\\n\":1}");
        assertThat(JsonObject.parse(object.toJson())).isEqualTo(object);
    }

    // ---------------------------------------------------------------------------------------------------- from Java

    static Stream<Arguments> nonJsonJava() {
        Map<Object, Object> integerKey = new LinkedHashMap<>();
        integerKey.put(1, "one");
        Map<Object, Object> nestedIntegerKey = new LinkedHashMap<>();
        nestedIntegerKey.put(42, "x");
        Map<Object, Object> nullKey = new HashMap<>();
        nullKey.put(null, "x");
        Number weird = new Number() {
            @Override public int intValue() { return 0; }
            @Override public long longValue() { return 0; }
            @Override public float floatValue() { return 0; }
            @Override public double doubleValue() { return 0; }
            @Override public String toString() { return "lots"; }
        };
        return Stream.of(
                argumentSet("an Object at the root", new Object(),
                        "the value must be a JSON value (null, String, Boolean, Number, List or Map), found java.lang.Object"),
                argumentSet("an Object value", Map.of("x", new Object()),
                        "x must be a JSON value (null, String, Boolean, Number, List or Map), found java.lang.Object"),
                argumentSet("a Set value", Map.of("tags", Set.of("a")), "tags must be a JSON value"),
                argumentSet("a Character value", Map.of("c", 'c'),
                        "c must be a JSON value (null, String, Boolean, Number, List or Map), found java.lang.Character"),
                argumentSet("an Object deep inside", Map.of("properties", Map.of("when", Map.of("default", new Object()))),
                        "properties.when.default must be a JSON value"),
                argumentSet("an Object inside nested lists", Map.of("enum", List.of("a", List.of("b", new Object()))),
                        "enum[1][1] must be a JSON value"),
                argumentSet("an Object in a top-level list", List.of(1, new Object()), "[1] must be a JSON value"),
                argumentSet("a non-String key", integerKey, "the value must have string keys, found 1"),
                argumentSet("a nested non-String key", Map.of("properties", nestedIntegerKey),
                        "properties must have string keys, found 42"),
                argumentSet("a null key", nullKey, "the value must have string keys, found null"),
                argumentSet("a NaN double", Map.of("minimum", Double.NaN), "minimum must be a finite number, was NaN"),
                argumentSet("an infinite double", Map.of("maximum", Double.POSITIVE_INFINITY),
                        "maximum must be a finite number, was Infinity"),
                argumentSet("a NaN float inside a list", Map.of("values", List.of(1, Float.NaN)),
                        "values[1] must be a finite number, was NaN"),
                argumentSet("a Number without a decimal form", Map.of("n", weird), "n must be a finite number, was "));
    }

    @ParameterizedTest
    @MethodSource("nonJsonJava")
    void aJavaValueWithoutAJsonFormIsRejectedNamingItsPath(Object value, String messageStart) {
        assertThatIllegalArgumentException().isThrownBy(() -> JsonValue.from(value)).withMessageStartingWith(messageStart);
    }

    @Test
    void fromConvertsEveryJsonTypeAndKeepsOrderAtEveryLevel() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("zeta", 1);
        nested.put("alpha", 2);
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("z", "s");
        tree.put("a", nested);
        tree.put("m", List.of(nested, true));
        tree.put("n", null);
        tree.put("numbers", List.of(1, 2L, 1.5, 2.5f, BigInteger.TEN, new BigDecimal("0.1"), (short) 3, (byte) 4));

        JsonObject json = (JsonObject) JsonValue.from(tree);

        assertThat(json.toJson()).isEqualTo("{\"z\":\"s\",\"a\":{\"zeta\":1,\"alpha\":2},\"m\":[{\"zeta\":1,\"alpha\":2},true],"
                + "\"n\":null,\"numbers\":[1,2,1.5,2.5,10,0.1,3,4]}");
        assertThat(json.get("n")).isSameAs(JsonNull.INSTANCE);
    }

    @Test
    void fromMakesADeepCopy() {
        List<Object> units = new ArrayList<>(List.of("c", "f"));
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("enum", units);
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("unit", unit);

        JsonValue json = JsonValue.from(schema);
        units.add("k");
        unit.put("type", "string");
        schema.put("extra", 1);

        assertThat(json.toJson()).isEqualTo("{\"unit\":{\"enum\":[\"c\",\"f\"]}}");
    }

    @Test
    void aMutableNumberIsFrozenAsADecimal() {
        AtomicInteger counter = new AtomicInteger(1);

        JsonValue json = JsonValue.from(Map.of("n", counter, "m", new AtomicLong(7)));
        counter.set(99);

        assertThat(json.asObject().get("n").asNumber()).isEqualByComparingTo("1");
        assertThat(json.asObject().get("m").asNumber()).isEqualTo(new BigDecimal("7"));
    }

    @Test
    void aJsonValueInsideAJavaTreeIsKept() {
        JsonObject inner = JsonObject.parse("{\"k\":1}");

        assertThat(JsonValue.from(inner)).isSameAs(inner);
        assertThat(JsonValue.from(Map.of("inner", inner)).asObject().get("inner")).isSameAs(inner);
        assertThat(JsonValue.from(null)).isSameAs(JsonNull.INSTANCE);
        assertThat(JsonValue.from(Arrays.asList("a", null))).isEqualTo(JsonArray.of(JsonValue.of("a"), JsonNull.INSTANCE));
    }

    // ---------------------------------------------------------------------------------------------------- to Java

    @Test
    void toJavaGivesPlainUnmodifiableJdkTypes() {
        JsonValue json = JsonValue.parse("{\"s\":\"x\",\"n\":1.5,\"b\":false,\"z\":null,\"o\":{\"k\":[1,null]}}");

        Object java = json.toJava();

        assertThat(java).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) java;
        assertThat(map.keySet()).containsExactly("s", "n", "b", "z", "o");
        assertThat(map.get("s")).isEqualTo("x");
        assertThat(map.get("n")).isEqualTo(new BigDecimal("1.5"));
        assertThat(map.get("b")).isEqualTo(false);
        assertThat(map).containsEntry("z", null);
        assertThat(map.get("o")).isEqualTo(Map.of("k", Arrays.asList(new BigDecimal("1"), null)));
        assertThatThrownBy(() -> map.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) ((Map<String, Object>) map.get("o")).get("k");
        assertThatThrownBy(() -> list.add(1)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(JsonValue.from(java)).isEqualTo(json);
    }

    @Test
    void scalarsToJava() {
        assertThat(JsonValue.of("x").toJava()).isEqualTo("x");
        assertThat(JsonBoolean.TRUE.toJava()).isEqualTo(true);
        assertThat(JsonNull.INSTANCE.toJava()).isNull();
        assertThat(JsonValue.of(3).toJava()).isEqualTo(BigDecimal.valueOf(3));
    }

    // ---------------------------------------------------------------------------------------------------- shortcuts

    @Test
    void theAsShortcutsReturnNullForAnotherKind() {
        JsonValue object = JsonValue.parse("{}");
        JsonValue array = JsonValue.parse("[]");

        assertThat(object.asObject()).isSameAs(object);
        assertThat(array.asArray()).isSameAs(array);
        assertThat(JsonValue.of("s").asString()).isEqualTo("s");
        assertThat(JsonValue.of(2).asNumber()).isEqualByComparingTo("2");
        assertThat(JsonValue.of(true).asBoolean()).isTrue();
        assertThat(JsonValue.nullValue().isNull()).isTrue();
        for (JsonValue other : List.of(array, JsonValue.of("s"), JsonValue.of(1), JsonValue.of(false), JsonNull.INSTANCE)) {
            assertThat(other.asObject()).as("%s", other).isNull();
            assertThat(other.isNull()).isEqualTo(other == JsonNull.INSTANCE);
        }
        assertThat(object.asArray()).isNull();
        assertThat(object.asString()).isNull();
        assertThat(object.asNumber()).isNull();
        assertThat(object.asBoolean()).isNull();
    }

    @Test
    void theScalarTypes() {
        assertThat(JsonValue.of(true)).isSameAs(JsonBoolean.TRUE);
        assertThat(JsonValue.of(false)).isSameAs(JsonBoolean.FALSE);
        assertThat(JsonBoolean.FALSE.value()).isFalse();
        assertThat(JsonBoolean.TRUE).hasToString("true");
        assertThat(JsonValue.nullValue()).isSameAs(JsonNull.INSTANCE).hasToString("null");
        assertThat(JsonValue.of("a\"")).hasToString("\"a\\\"\"").isEqualTo(new JsonString("a\""));
        assertThatNullPointerException().isThrownBy(() -> JsonValue.of((String) null))
                .withMessage("a JSON string needs a value; use JsonValue.nullValue() for null");
        assertThatNullPointerException().isThrownBy(() -> new JsonNumber(null)).withMessage("a JSON number needs a value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1.0", "1e3", "-0", "100", "1.500e3", "0.000"})
    void integralNumbers(String text) {
        assertThat(((JsonNumber) JsonValue.parse(text)).isIntegral()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.5", "1.01", "1e-3", "-2.5"})
    void fractionalNumbers(String text) {
        assertThat(((JsonNumber) JsonValue.parse(text)).isIntegral()).isFalse();
    }
}
