package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link JsonObject}: building, member order, immutability. */
class JsonObjectTest {

    @Test
    void theBuilderPutsEveryKindOfMemberInOrder() {
        JsonObject object = JsonObject.builder()
                .put("s", "text")
                .put("l", 42L)
                .put("d", 0.5)
                .put("b", true)
                .put("n", JsonValue.nullValue())
                .put("o", JsonObject.empty())
                .build();

        assertThat(object.names()).containsExactly("s", "l", "d", "b", "n", "o");
        assertThat(object.toJson()).isEqualTo("{\"s\":\"text\",\"l\":42,\"d\":0.5,\"b\":true,\"n\":null,\"o\":{}}");
        assertThat(object.size()).isEqualTo(6);
        assertThat(object.isEmpty()).isFalse();
    }

    @Test
    void aReplacedMemberKeepsItsPositionAndARemovedOneGoes() {
        JsonObject object = JsonObject.builder().put("a", 1).put("b", 2).put("c", 3).put("a", 9).remove("b").build();

        assertThat(object.toJson()).isEqualTo("{\"a\":9,\"c\":3}");
    }

    @Test
    void getAndHasTellAnExplicitNullFromAnAbsentMember() {
        JsonObject object = JsonObject.parse("{\"n\":null}");

        assertThat(object.get("n")).isSameAs(JsonNull.INSTANCE);
        assertThat(object.has("n")).isTrue();
        assertThat(object.get("missing")).isNull();
        assertThat(object.has("missing")).isFalse();
    }

    @Test
    void anObjectIsImmutable() {
        JsonObject.Builder builder = JsonObject.builder().put("a", 1);
        JsonObject object = builder.build();

        builder.put("b", 2).remove("a");

        assertThat(object.toJson()).isEqualTo("{\"a\":1}");
        assertThat(object.members()).isUnmodifiable();
        assertThatThrownBy(() -> object.names().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toBuilderDerivesACopyWithoutChangingTheOriginal() {
        JsonObject original = JsonObject.parse("{\"a\":1,\"b\":2}");

        JsonObject changed = original.toBuilder().put("c", 3).remove("a").build();

        assertThat(changed.toJson()).isEqualTo("{\"b\":2,\"c\":3}");
        assertThat(original.toJson()).isEqualTo("{\"a\":1,\"b\":2}");
    }

    @Test
    void ofCopiesAMapOfJsonValues() {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("z", JsonValue.of(1));
        members.put("a", JsonValue.of("x"));

        JsonObject object = JsonObject.of(members);
        members.put("late", JsonValue.of(true));

        assertThat(object.toJson()).isEqualTo("{\"z\":1,\"a\":\"x\"}");
    }

    @Test
    void nullNamesAndValuesAreRejected() {
        Map<String, JsonValue> withNull = new LinkedHashMap<>();
        withNull.put("x", null);

        assertThatNullPointerException().isThrownBy(() -> JsonObject.of(withNull))
                .withMessage("member x must not be null; use JsonNull");
        assertThatNullPointerException().isThrownBy(() -> JsonObject.builder().put(null, JsonValue.of(1)))
                .withMessage("member name must not be null");
        assertThatNullPointerException().isThrownBy(() -> JsonObject.builder().put("s", (String) null));
        assertThatNullPointerException().isThrownBy(() -> JsonObject.from(null)).withMessage("values");
    }

    @Test
    void theEmptyObjectIsShared() {
        assertThat(JsonObject.builder().build()).isSameAs(JsonObject.empty());
        assertThat(JsonObject.parse("{}")).isEqualTo(JsonObject.empty());
        assertThat(JsonObject.empty().isEmpty()).isTrue();
        assertThat(JsonObject.empty()).hasToString("{}");
    }

    @Test
    void objectsAreEqualByMembersWhateverTheirOrder() {
        JsonObject ab = JsonObject.parse("{\"a\":1,\"b\":[true]}");
        JsonObject ba = JsonObject.parse("{\"b\":[true],\"a\":1.0}");

        assertThat(ab).isEqualTo(ba).hasSameHashCodeAs(ba);
        assertThat(ab).isNotEqualTo(JsonObject.parse("{\"a\":1}")).isNotEqualTo(JsonObject.parse("{\"a\":1,\"b\":[false]}"));
    }

    @Test
    void fromConvertsAJavaMap() {
        assertThat(JsonObject.from(Map.of("k", "v"))).isEqualTo(JsonObject.parse("{\"k\":\"v\"}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[1]    | an array",
            "\"s\"  | a string",
            "1      | a number",
            "true   | a boolean",
            "null   | null"})
    void parseRequiresAnObject(String json, String kind) {
        assertThatIllegalArgumentException().isThrownBy(() -> JsonObject.parse(json))
                .withMessage("expected a JSON object, found " + kind);
    }

    @Test
    void parseReportsInvalidJsonWithItsPosition() {
        assertThatIllegalArgumentException().isThrownBy(() -> JsonObject.parse("{\"a\":}"))
                .withMessage("invalid JSON at line 1, column 6: unexpected character '}', expected a value");
    }
}
