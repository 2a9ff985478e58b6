package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Tool} and the JSON trees (deep, unmodifiable, order-keeping copies) of its parameters. */
class ToolTest {

    @Test
    void functionSetsTypeNameDescriptionAndParameters() {
        Tool tool = Tool.function("get_weather", "Current weather", Map.of("type", "object"));

        assertThat(tool.type()).isSameAs(ToolType.FUNCTION);
        assertThat(tool.name()).isEqualTo("get_weather");
        assertThat(tool.description()).isEqualTo("Current weather");
        assertThat(tool.parameters()).containsExactly(Map.entry("type", "object"));
    }

    @Test
    void descriptionAndParametersMayBeAbsent() {
        Tool tool = Tool.function("f", null, null);

        assertThat(tool.description()).isNull();
        assertThat(tool.parameters()).isNull();
        assertThat(new Tool(null, null, null, null).type()).isNull();
    }

    @Test
    void parametersAreADeepCopy() {
        List<Object> required = new ArrayList<>(List.of("city"));
        List<Object> units = new ArrayList<>(List.of("c", "f"));
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("type", "string");
        unit.put("enum", units);
        Map<String, Object> city = new LinkedHashMap<>();
        city.put("type", "string");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("city", city);
        properties.put("unit", unit);
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", required);

        Tool tool = Tool.function("get_weather", null, schema);

        schema.put("type", "array");
        schema.put("additionalProperties", false);
        properties.remove("unit");
        city.put("minLength", 1);
        units.add("k");
        required.clear();

        assertThat(tool.parameters())
                .isEqualTo(Map.of(
                        "type", "object",
                        "properties", Map.of(
                                "city", Map.of("type", "string"),
                                "unit", Map.of("type", "string", "enum", List.of("c", "f"))),
                        "required", List.of("city")));
    }

    @Test
    void theCanonicalConstructorCopiesDeeplyToo() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("a", 1);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("inner", inner);

        Tool tool = new Tool(ToolType.FUNCTION, "f", null, params);
        inner.put("b", 2);
        params.put("c", 3);

        assertThat(tool.parameters()).isEqualTo(Map.of("inner", Map.of("a", 1)));
    }

    @Test
    void keyInsertionOrderIsKeptAtEveryLevel() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("zeta", 1);
        nested.put("alpha", 2);
        nested.put("mu", 3);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("z", "last-letter");
        params.put("a", nested);
        params.put("m", List.of(nested));

        Map<String, Object> copy = Tool.function("f", null, params).parameters();

        assertThat(copy.keySet()).containsExactly("z", "a", "m");
        assertThat(asMap(copy.get("a")).keySet()).containsExactly("zeta", "alpha", "mu");
        assertThat(asMap(asList(copy.get("m")).get(0)).keySet()).containsExactly("zeta", "alpha", "mu");
    }

    @Test
    @SuppressWarnings("unchecked")
    void nestedMapsAndListsAreUnmodifiable() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("object", new HashMap<>(Map.of("k", "v")));
        params.put("list", new ArrayList<>(List.of(new ArrayList<>(List.of(1)), new HashMap<>(Map.of("x", 1)))));

        Map<String, Object> copy = Tool.function("f", null, params).parameters();

        assertThatThrownBy(() -> copy.put("new", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.remove("object")).isInstanceOf(UnsupportedOperationException.class);
        Map<String, Object> object = (Map<String, Object>) copy.get("object");
        assertThatThrownBy(() -> object.put("k", "w")).isInstanceOf(UnsupportedOperationException.class);
        List<Object> list = (List<Object>) copy.get("list");
        assertThatThrownBy(() -> list.add(2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.set(0, 2)).isInstanceOf(UnsupportedOperationException.class);
        List<Object> innerList = (List<Object>) list.get(0);
        assertThatThrownBy(() -> innerList.add(2)).isInstanceOf(UnsupportedOperationException.class);
        Map<String, Object> mapInList = (Map<String, Object>) list.get(1);
        assertThatThrownBy(() -> mapInList.clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullValuesAreAllowedInside() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("default", null);
        params.put("list", Arrays.asList("a", null, "b"));

        Map<String, Object> copy = Tool.function("f", null, params).parameters();

        assertThat(copy).containsEntry("default", null).containsKey("default");
        assertThat(asList(copy.get("list"))).containsExactly("a", null, "b");
    }

    @Test
    void everyJsonScalarTypeIsKept() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("string", "s");
        params.put("true", true);
        params.put("int", 1);
        params.put("long", 2L);
        params.put("double", 1.5);
        params.put("float", 2.5f);
        params.put("bigInteger", BigInteger.TEN);
        params.put("bigDecimal", new BigDecimal("0.1"));

        assertThat(Tool.function("f", null, params).parameters()).isEqualTo(params);
    }

    @Test
    void equalParametersGiveEqualTools() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("type", "object");

        assertThat(Tool.function("f", "d", params))
                .isEqualTo(Tool.function("f", "d", Map.of("type", "object")))
                .hasSameHashCodeAs(new Tool(ToolType.FUNCTION, "f", "d", Map.of("type", "object")));
    }

    static Stream<Arguments> nonJsonParameters() {
        Map<Object, Object> integerKey = new LinkedHashMap<>();
        integerKey.put(1, "one");
        Map<Object, Object> nestedIntegerKey = new LinkedHashMap<>();
        nestedIntegerKey.put(42, "x");
        Map<Object, Object> nullKey = new HashMap<>();
        nullKey.put(null, "x");
        return Stream.of(
                argumentSet("an Object value", Map.of("x", new Object()),
                        "tools[].parameters.x must be a JSON value (null, String, Boolean, Number, List or Map),"
                                + " found java.lang.Object"),
                argumentSet("a Set value", Map.of("tags", Set.of("a")),
                        "tools[].parameters.tags must be a JSON value"),
                argumentSet("a Character value", Map.of("c", 'c'),
                        "tools[].parameters.c must be a JSON value (null, String, Boolean, Number, List or Map),"
                                + " found java.lang.Character"),
                argumentSet("an Object deep inside", Map.of("properties", Map.of("when", Map.of("default", new Object()))),
                        "tools[].parameters.properties.when.default must be a JSON value"),
                argumentSet("an Object inside a list", Map.of("enum", List.of("a", List.of("b", new Object()))),
                        "tools[].parameters.enum[1][1] must be a JSON value"),
                argumentSet("a non-String key", integerKey, "tools[].parameters must have string keys, found 1"),
                argumentSet("a nested non-String key", Map.of("properties", nestedIntegerKey),
                        "tools[].parameters.properties must have string keys, found 42"),
                argumentSet("a null key", nullKey, "tools[].parameters must have string keys, found null"),
                argumentSet("a NaN double", Map.of("minimum", Double.NaN),
                        "tools[].parameters.minimum must be a finite number, was NaN"),
                argumentSet("an infinite double", Map.of("maximum", Double.POSITIVE_INFINITY),
                        "tools[].parameters.maximum must be a finite number, was Infinity"),
                argumentSet("a NaN float inside a list", Map.of("values", List.of(1, Float.NaN)),
                        "tools[].parameters.values[1] must be a finite number, was NaN"));
    }

    @ParameterizedTest
    @MethodSource("nonJsonParameters")
    @SuppressWarnings("unchecked")
    void rejectsNonJsonValuesNamingThePath(Map<?, ?> parameters, String expectedMessageStart) {
        Map<String, ?> params = (Map<String, ?>) parameters;

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Tool.function("f", null, params))
                .withMessageStartingWith(expectedMessageStart);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Tool(ToolType.FUNCTION, "f", null, (Map<String, Object>) parameters))
                .withMessageStartingWith(expectedMessageStart);
    }

    @Test
    void toolNamesAreOnlyCheckedWhenARequestIsBuilt() {
        Tool tool = Tool.function("not a valid name!", null, null);

        assertThat(tool.name()).isEqualTo("not a valid name!");
    }

    /**
     * Documents a gap in the deep copy: a mutable {@link Number} such as {@link AtomicInteger} is kept by reference,
     * so the "immutable" parameters of a built tool change when the caller mutates it afterwards.
     */
    @Test
    void aMutableNumberIsNotSharedWithTheCaller() {
        AtomicInteger counter = new AtomicInteger(1);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("n", counter);

        Tool tool = Tool.function("f", null, params);
        counter.set(99);

        assertThat(((Number) tool.parameters().get("n")).intValue()).isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object value) {
        return (List<Object>) value;
    }
}
