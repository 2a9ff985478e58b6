package io.github.realtimesessions.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.realtimesessions.model.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The argument checks and defensive copies of {@link Checks}. */
class ChecksTest {

    @Test
    void aWireValueMustBePresentAndNotBlank() {
        assertThat(Checks.wireValue("auto", "tool_choice")).isEqualTo("auto");
        assertThatNullPointerException().isThrownBy(() -> Checks.wireValue(null, "tool_choice"))
                .withMessage("tool_choice must not be null");
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.wireValue(" \t", "tool_choice"))
                .withMessage("tool_choice must not be blank");
    }

    @Test
    void listOrNullCopiesAndRejectsNullElementsByIndex() {
        List<String> source = new ArrayList<>(List.of("a", "b"));

        List<String> copy = Checks.listOrNull(source, "languages");
        source.add("c");

        assertThat(copy).containsExactly("a", "b").isUnmodifiable();
        assertThat(Checks.<String>listOrNull(null, "languages")).isNull();
        assertThatNullPointerException().isThrownBy(() -> Checks.listOrNull(Arrays.asList("a", null), "languages"))
                .withMessage("languages[1] must not be null");
    }

    @Test
    void mutableCopiesAreIndependentAndKeepNull() {
        List<String> list = List.of("a");
        List<String> listCopy = Checks.mutableCopy(list);
        listCopy.add("b");
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("z", 1);
        map.put("a", 2);
        Map<String, Integer> mapCopy = Checks.mutableMapCopy(map);
        mapCopy.put("m", 3);

        assertThat(list).containsExactly("a");
        assertThat(listCopy).containsExactly("a", "b");
        assertThat(map).containsOnlyKeys("z", "a");
        assertThat(mapCopy.keySet()).containsExactly("z", "a", "m");
        assertThat(Checks.<String>mutableCopy(null)).isNull();
        assertThat(Checks.<String>mutableMapCopy(null)).isNull();
    }

    @Test
    void mapOrNullKeepsOrderFreezesAndNamesNullParts() {
        Map<String, String> source = new LinkedHashMap<>();
        source.put("Z-Header", "1");
        source.put("A-Header", "2");

        Map<String, String> copy = Checks.mapOrNull(source, "headers");
        source.put("B", "3");

        assertThat(copy.keySet()).containsExactly("Z-Header", "A-Header");
        assertThat(copy).isUnmodifiable();
        assertThat(Checks.<String>mapOrNull(null, "headers")).isNull();
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("X", null);
        assertThatNullPointerException().isThrownBy(() -> Checks.mapOrNull(nullValue, "headers"))
                .withMessage("headers.X must not be null");
        Map<String, String> nullKey = new HashMap<>();
        nullKey.put(null, "v");
        assertThatNullPointerException().isThrownBy(() -> Checks.mapOrNull(nullKey, "headers"))
                .withMessage("headers must not have a null key");
    }

    @Test
    void extrasAreFrozenInOrderAndEmptyWhenNone() {
        Map<String, JsonValue> extras = new LinkedHashMap<>();
        extras.put("z", JsonValue.of(1));
        extras.put("a", JsonValue.of(2));

        Map<String, JsonValue> frozen = Checks.extras(extras);
        extras.clear();

        assertThat(frozen.keySet()).containsExactly("z", "a");
        assertThat(frozen).isUnmodifiable();
        assertThat(Checks.extras(null)).isEmpty();
        assertThat(Checks.extras(new LinkedHashMap<>())).isEmpty();
    }

    @Test
    void putExtraCreatesTheMapReplacesInPlaceAndChecksItsArguments() {
        Map<String, JsonValue> map = Checks.putExtra(null, "b", JsonValue.of(1));
        Checks.putExtra(map, "a", JsonValue.of(2));
        Map<String, JsonValue> same = Checks.putExtra(map, "b", JsonValue.of(3));

        assertThat(same).isSameAs(map);
        assertThat(map.keySet()).containsExactly("b", "a");
        assertThat(map.get("b")).isEqualTo(JsonValue.of(3));
        assertThatNullPointerException().isThrownBy(() -> Checks.putExtra(null, null, JsonValue.of(1)))
                .withMessage("extra field name must not be null");
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.putExtra(null, " ", JsonValue.of(1)))
                .withMessage("extra field name must not be blank");
        assertThatNullPointerException().isThrownBy(() -> Checks.putExtra(null, "x", null))
                .withMessage("extra field x must not be null; use JsonValue.nullValue()");
    }
}
