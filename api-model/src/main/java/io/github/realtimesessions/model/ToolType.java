package io.github.realtimesessions.model;

import java.util.List;

/**
 * The type of a tool (JSON {@code tools[].type}).
 *
 * <p>Only {@code function} exists for this endpoint today. This is an open enumeration: {@link #of(String)} accepts values the library does not know yet, and they
 * round-trip unchanged.
 *
 * @param value the wire value, not blank
 */
public record ToolType(String value) implements OpenEnum {

    /** The value {@code function}. */
    public static final ToolType FUNCTION = new ToolType("function");

    private static final List<ToolType> KNOWN = List.of(FUNCTION);

    /**
     * Creates a value; prefer the constants or {@link #of(String)}.
     *
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public ToolType {
        Checks.wireValue(value, "tools[].type");
    }

    /**
     * Returns the value for a wire string, known or not.
     *
     * @param value the wire value
     * @return the matching constant, or a new value that round-trips unchanged
     */
    public static ToolType of(String value) {
        for (ToolType known : KNOWN) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new ToolType(value);
    }

    /**
     * Lists the values the spec names, in the spec's order.
     *
     * @return an unmodifiable list
     */
    public static List<ToolType> knownValues() {
        return KNOWN;
    }

    @Override
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    /** Returns the wire value. */
    @Override
    public String toString() {
        return value;
    }
}
