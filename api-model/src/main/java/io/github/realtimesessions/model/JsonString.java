package io.github.realtimesessions.model;

import java.util.Objects;

/**
 * A JSON string.
 *
 * @param value the text, never {@code null}
 */
public record JsonString(String value) implements JsonValue {

    /**
     * Creates a JSON string.
     *
     * @throws NullPointerException if {@code value} is {@code null}; use {@link JsonNull} for JSON {@code null}
     */
    public JsonString {
        Objects.requireNonNull(value, "a JSON string needs a value; use JsonValue.nullValue() for null");
    }

    @Override
    public Object toJava() {
        return value;
    }

    /** Returns the JSON text, with quotes and escapes. */
    @Override
    public String toString() {
        return toJson();
    }
}
