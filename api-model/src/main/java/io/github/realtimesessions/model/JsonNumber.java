package io.github.realtimesessions.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A JSON number, kept as its exact decimal value. Two numbers are equal when their values are numerically equal
 * ({@code 1}, {@code 1.0} and {@code 1e0} are one number).
 *
 * @param value the number, never {@code null}
 */
public record JsonNumber(BigDecimal value) implements JsonValue {

    /**
     * Creates a JSON number.
     *
     * @throws NullPointerException if {@code value} is {@code null}
     */
    public JsonNumber {
        Objects.requireNonNull(value, "a JSON number needs a value");
    }

    /**
     * Tells whether the number has no fractional part.
     *
     * @return {@code true} for an integral number
     */
    public boolean isIntegral() {
        return value.signum() == 0 || value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
    }

    @Override
    public Object toJava() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonNumber that && value.compareTo(that.value) == 0;
    }

    @Override
    public int hashCode() {
        return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
    }

    /** Returns the JSON text of the number. */
    @Override
    public String toString() {
        return toJson();
    }
}
