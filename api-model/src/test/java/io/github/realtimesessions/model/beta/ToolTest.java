package io.github.realtimesessions.model.beta;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The beta {@link Tool}. Its parameters are a {@link JsonObject} now; the deep-copy, order and "no JSON form" cases of
 * the old {@code Map<String,Object>} parameters are covered by {@code JsonValueTest} and {@code JsonObjectTest}.
 */
class ToolTest {

    @Test
    void functionSetsTypeNameDescriptionAndParameters() {
        Tool tool = Tool.function("get_weather", "Current weather", JsonObject.parse("{\"type\":\"object\"}"));

        assertThat(tool.type()).isSameAs(ToolType.FUNCTION);
        assertThat(tool.name()).isEqualTo("get_weather");
        assertThat(tool.description()).isEqualTo("Current weather");
        assertThat(tool.parameters().toJson()).isEqualTo("{\"type\":\"object\"}");
    }

    @Test
    void descriptionAndParametersMayBeAbsent() {
        Tool tool = Tool.function("f", null, null);

        assertThat(tool.description()).isNull();
        assertThat(tool.parameters()).isNull();
        assertThat(Tool.builder().build().type()).isNull();
        assertThat(tool).hasToString("Tool[type=function, name=f]");
    }

    @Test
    void parametersMadeFromAJavaMapAreADeepCopyThatKeepsOrder() {
        Map<String, Object> city = new LinkedHashMap<>();
        city.put("type", "string");
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", Map.of("city", city));

        Tool tool = Tool.function("get_weather", null, JsonObject.from(schema));
        city.put("minLength", 1);
        schema.put("type", "array");

        assertThat(tool.parameters().toJson()).isEqualTo("{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}");
    }

    @Test
    void equalParametersGiveEqualTools() {
        assertThat(Tool.function("f", "d", JsonObject.from(Map.of("type", "object"))))
                .isEqualTo(Tool.function("f", "d", JsonObject.parse("{\"type\":\"object\"}")))
                .hasSameHashCodeAs(Tool.builder().type(ToolType.FUNCTION).name("f").description("d")
                        .parameters(JsonObject.parse("{\"type\":\"object\"}")).build());
        assertThat(Tool.function("f", "d", null)).isNotEqualTo(Tool.function("f", "d", JsonObject.empty()));
    }

    @Test
    void toolNamesAreOnlyCheckedWhenARequestIsBuilt() {
        assertThat(Tool.function("not a valid name!", null, null).name()).isEqualTo("not a valid name!");
    }
}
