package io.github.realtimesessions.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** An immutable JSON array. */
public final class JsonArray implements JsonValue {

    private static final JsonArray EMPTY = new JsonArray(List.of());

    private final List<JsonValue> elements;

    private JsonArray(List<JsonValue> elements) {
        this.elements = elements;
    }

    /**
     * Returns an array of the given values.
     *
     * @param elements the elements; a {@code null} element is an error, use {@link JsonNull#INSTANCE}
     * @return the array
     */
    public static JsonArray of(JsonValue... elements) {
        return of(List.of(elements));
    }

    /**
     * Returns an array of the given values, copied.
     *
     * @param elements the elements; a {@code null} element is an error, use {@link JsonNull#INSTANCE}
     * @return the array
     */
    public static JsonArray of(List<? extends JsonValue> elements) {
        if (elements.isEmpty()) {
            return EMPTY;
        }
        List<JsonValue> copy = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            copy.add(Objects.requireNonNull(elements.get(i), () -> "element must not be null; use JsonNull"));
        }
        return new JsonArray(Collections.unmodifiableList(copy));
    }

    /**
     * Converts a list of plain Java values (see {@link JsonValue#from(Object)}).
     *
     * @param values the values
     * @return the array
     * @throws IllegalArgumentException naming the path of a value that has no JSON form
     */
    public static JsonArray from(List<?> values) {
        return (JsonArray) JsonValue.from(Objects.requireNonNull(values, "values"));
    }

    /**
     * Returns the elements.
     *
     * @return an unmodifiable list
     */
    public List<JsonValue> elements() {
        return elements;
    }

    /**
     * Returns one element.
     *
     * @param index the index
     * @return the element
     * @throws IndexOutOfBoundsException if there is no such element
     */
    public JsonValue get(int index) {
        return elements.get(index);
    }

    /**
     * Returns the number of elements.
     *
     * @return the size
     */
    public int size() {
        return elements.size();
    }

    @Override
    public List<Object> toJava() {
        List<Object> list = new ArrayList<>(elements.size());
        for (JsonValue element : elements) {
            list.add(element.toJava());
        }
        return Collections.unmodifiableList(list);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonArray that && elements.equals(that.elements);
    }

    @Override
    public int hashCode() {
        return elements.hashCode();
    }

    /** Returns the compact JSON text. */
    @Override
    public String toString() {
        return toJson();
    }
}
