package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.JsonText;
import java.math.BigDecimal;

/**
 * An immutable JSON value: the library's one type for free-form JSON (tool parameters, tracing metadata, prompt
 * variables, the extra fields of a request, the unknown fields of a response). JDK only, no data binding.
 *
 * <p>The six kinds are {@link JsonObject}, {@link JsonArray}, {@link JsonString}, {@link JsonNumber},
 * {@link JsonBoolean} and {@link JsonNull}; switch over them, or use the {@code as...} shortcuts. Objects keep their
 * members' order. Numbers keep their exact decimal value ({@code 0.1} stays {@code 0.1}, {@code 1e400} does not turn
 * into infinity). {@code toString()} is the compact JSON text.
 */
public sealed interface JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {

    /**
     * Parses JSON text (RFC 8259, strictly: no comments, no trailing commas, no duplicate member names, at most 64
     * levels of nesting).
     *
     * @param json the text
     * @return the value
     * @throws NullPointerException if {@code json} is {@code null}
     * @throws IllegalArgumentException if the text is not valid JSON, naming the line, the column and the problem
     */
    static JsonValue parse(String json) {
        return JsonText.parse(json);
    }

    /**
     * Returns a JSON string.
     *
     * @param value the text, not {@code null}
     * @return the value
     */
    static JsonString of(String value) {
        return new JsonString(value);
    }

    /**
     * Returns a JSON number.
     *
     * @param value the number
     * @return the value
     */
    static JsonNumber of(long value) {
        return new JsonNumber(BigDecimal.valueOf(value));
    }

    /**
     * Returns a JSON number.
     *
     * @param value a finite number
     * @return the value
     * @throws IllegalArgumentException if {@code value} is NaN or infinite, which JSON cannot express
     */
    static JsonNumber of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a JSON number must be finite (was " + value + ")");
        }
        return new JsonNumber(BigDecimal.valueOf(value));
    }

    /**
     * Returns a JSON boolean.
     *
     * @param value the boolean
     * @return {@link JsonBoolean#TRUE} or {@link JsonBoolean#FALSE}
     */
    static JsonBoolean of(boolean value) {
        return value ? JsonBoolean.TRUE : JsonBoolean.FALSE;
    }

    /**
     * Returns JSON {@code null}.
     *
     * @return {@link JsonNull#INSTANCE}
     */
    static JsonNull nullValue() {
        return JsonNull.INSTANCE;
    }

    /**
     * Converts a tree of plain Java values: {@code null}, {@link String}, {@link Boolean}, {@link Number} (finite),
     * {@code Map<String, ?>}, {@code List<?>}, or a {@link JsonValue} (kept as it is).
     *
     * @param value the Java value
     * @return the JSON value, a deep immutable copy
     * @throws IllegalArgumentException naming the path of a value that has no JSON form (a non-string key, an infinite
     *     number, any other type)
     */
    static JsonValue from(Object value) {
        return JsonText.fromJava(value, "");
    }

    /**
     * Returns the plain Java form of this value: {@code null}, {@link String}, {@link Boolean}, {@link BigDecimal},
     * an unmodifiable {@code Map<String, Object>} or {@code List<Object>}.
     *
     * @return the Java value
     */
    Object toJava();

    /**
     * Returns the compact JSON text of this value.
     *
     * @return the JSON text
     */
    default String toJson() {
        return JsonText.write(this);
    }

    /**
     * Returns this value as an object, or {@code null} when it is another kind.
     *
     * @return the object, or {@code null}
     */
    default JsonObject asObject() {
        return this instanceof JsonObject object ? object : null;
    }

    /**
     * Returns this value as an array, or {@code null} when it is another kind.
     *
     * @return the array, or {@code null}
     */
    default JsonArray asArray() {
        return this instanceof JsonArray array ? array : null;
    }

    /**
     * Returns the text of a JSON string, or {@code null} when this is another kind.
     *
     * @return the text, or {@code null}
     */
    default String asString() {
        return this instanceof JsonString string ? string.value() : null;
    }

    /**
     * Returns the value of a JSON number, or {@code null} when this is another kind.
     *
     * @return the number, or {@code null}
     */
    default BigDecimal asNumber() {
        return this instanceof JsonNumber number ? number.value() : null;
    }

    /**
     * Returns the value of a JSON boolean, or {@code null} when this is another kind.
     *
     * @return the boolean, or {@code null}
     */
    default Boolean asBoolean() {
        return this instanceof JsonBoolean bool ? bool.value() : null;
    }

    /**
     * Tells whether this is JSON {@code null}.
     *
     * @return {@code true} for {@link JsonNull}
     */
    default boolean isNull() {
        return this instanceof JsonNull;
    }
}
