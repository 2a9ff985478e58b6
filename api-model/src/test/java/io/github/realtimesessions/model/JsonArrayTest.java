package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link JsonArray}. */
class JsonArrayTest {

    @Test
    void anArrayKeepsItsElementsInOrder() {
        JsonArray array = JsonArray.of(JsonValue.of(3), JsonValue.of("a"), JsonNull.INSTANCE);

        assertThat(array.size()).isEqualTo(3);
        assertThat(array.get(1)).isEqualTo(JsonValue.of("a"));
        assertThat(array.toJson()).isEqualTo("[3,\"a\",null]");
        assertThat(array).hasToString("[3,\"a\",null]");
    }

    @Test
    void anArrayIsAnImmutableCopy() {
        List<JsonValue> source = new ArrayList<>(List.of(JsonValue.of(1)));

        JsonArray array = JsonArray.of(source);
        source.add(JsonValue.of(2));

        assertThat(array.elements()).containsExactly(JsonValue.of(1)).isUnmodifiable();
        assertThatThrownBy(() -> array.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void nullElementsAreRejected() {
        assertThatNullPointerException().isThrownBy(() -> JsonArray.of(Arrays.asList(JsonValue.of(1), null)))
                .withMessage("element must not be null; use JsonNull");
        assertThatNullPointerException().isThrownBy(() -> JsonArray.from(null)).withMessage("values");
    }

    @Test
    void arraysAreEqualElementByElementInOrder() {
        assertThat(JsonValue.parse("[1,2]")).isEqualTo(JsonArray.of(JsonValue.of(1), JsonValue.parse("2.0")))
                .hasSameHashCodeAs(JsonValue.parse("[1.0,2]"));
        assertThat(JsonValue.parse("[1,2]")).isNotEqualTo(JsonValue.parse("[2,1]"));
        assertThat(JsonArray.of()).isEqualTo(JsonValue.parse("[]")).isSameAs(JsonArray.of(List.of()));
    }

    @Test
    void fromConvertsAJavaList() {
        assertThat(JsonArray.from(Arrays.asList("a", 1, null, List.of(true))).toJson()).isEqualTo("[\"a\",1,null,[true]]");
    }
}
