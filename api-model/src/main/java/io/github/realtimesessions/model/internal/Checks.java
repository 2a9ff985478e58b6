package io.github.realtimesessions.model.internal;

import io.github.realtimesessions.model.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Argument checks and defensive copies shared by the model types. Not API. */
public final class Checks {

    private Checks() {}

    /**
     * A wire value of an open enum or a discriminator: present and not blank.
     *
     * @param value the value
     * @param field the JSON field, for the message
     * @return the value
     */
    public static String wireValue(String value, String field) {
        if (value == null) {
            throw new NullPointerException(field + " must not be null");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /**
     * An immutable copy of a list that may be {@code null} (absent) but whose elements must be present.
     *
     * @param list the list, or {@code null}
     * @param field the JSON field, for the message
     * @param <T> the element type
     * @return the copy, or {@code null}
     */
    public static <T> List<T> listOrNull(List<? extends T> list, String field) {
        if (list == null) {
            return null;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new NullPointerException(field + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(list);
    }

    /**
     * A modifiable copy of a list for a builder, or {@code null}.
     *
     * @param list the list, or {@code null}
     * @param <T> the element type
     * @return the copy, or {@code null}
     */
    public static <T> List<T> mutableCopy(List<? extends T> list) {
        return list == null ? null : new ArrayList<>(list);
    }

    /**
     * A modifiable, order-keeping copy of a map for a builder, or {@code null}.
     *
     * @param map the map, or {@code null}
     * @param <V> the value type
     * @return the copy, or {@code null}
     */
    public static <V> Map<String, V> mutableMapCopy(Map<String, ? extends V> map) {
        return map == null ? null : new LinkedHashMap<>(map);
    }

    /**
     * An immutable, order-keeping copy of a map that may be {@code null} but whose keys and values must be present.
     *
     * @param map the map, or {@code null}
     * @param field the JSON field, for the message
     * @param <V> the value type
     * @return the copy, or {@code null}
     */
    public static <V> Map<String, V> mapOrNull(Map<String, ? extends V> map, String field) {
        if (map == null) {
            return null;
        }
        Map<String, V> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ? extends V> entry : map.entrySet()) {
            Objects.requireNonNull(entry.getKey(), () -> field + " must not have a null key");
            Objects.requireNonNull(entry.getValue(), () -> field + "." + entry.getKey() + " must not be null");
            copy.put(entry.getKey(), entry.getValue());
        }
        return Collections.unmodifiableMap(copy);
    }

    /**
     * The extra fields of a builder, frozen for the value it builds.
     *
     * @param extras the builder's extra fields, or {@code null}
     * @return an unmodifiable, order-keeping copy, empty when none
     */
    public static Map<String, JsonValue> extras(Map<String, JsonValue> extras) {
        return extras == null || extras.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }

    /**
     * Adds an extra field to a builder's map, creating it when needed.
     *
     * @param extras the builder's map, or {@code null}
     * @param name the member name, not blank
     * @param value the value, not {@code null} (use {@code JsonValue.nullValue()})
     * @return the map to keep
     */
    public static Map<String, JsonValue> putExtra(Map<String, JsonValue> extras, String name, JsonValue value) {
        wireValue(name, "extra field name");
        Objects.requireNonNull(value, () -> "extra field " + name + " must not be null; use JsonValue.nullValue()");
        Map<String, JsonValue> map = extras == null ? new LinkedHashMap<>() : extras;
        map.put(name, value);
        return map;
    }
}
