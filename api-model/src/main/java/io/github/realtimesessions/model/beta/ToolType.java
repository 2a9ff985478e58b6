package io.github.realtimesessions.model.beta;

import io.github.realtimesessions.model.OpenEnum;
import java.util.List;

/**
 * The type of a tool of the retired beta interface (JSON {@code tools[].type}).
 *
 * <p>Only {@code function} exists for this endpoint.
 *
 * <p>An open enumeration (see {@link OpenEnum}): {@link #of(String)} accepts values the library does not know
 * yet, and they round-trip unchanged.
 */
public final class ToolType extends OpenEnum {

    private static final Values<ToolType> VALUES = new Values<>("tools[].type", ToolType::new);

    /** The value {@code function}. */
    public static final ToolType FUNCTION = VALUES.known("function");

    private ToolType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value for a wire string, known or not.
     *
     * @param value the wire value
     * @return the matching constant, or a new value that round-trips unchanged
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public static ToolType of(String value) {
        return VALUES.of(value);
    }

    /**
     * Lists the values the spec names, in the spec's order.
     *
     * @return an unmodifiable list
     */
    public static List<ToolType> knownValues() {
        return VALUES.known();
    }
}
