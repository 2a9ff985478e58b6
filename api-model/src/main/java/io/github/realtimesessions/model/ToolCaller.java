package io.github.realtimesessions.model;

import java.util.List;

/**
 * A context an {@link McpTool} may be invoked from (items of JSON {@code tools[].allowed_callers}).
 *
 * <p>An open enumeration (see {@link OpenEnum}): {@link #of(String)} accepts values the library does not know
 * yet, and they round-trip unchanged.
 */
public final class ToolCaller extends OpenEnum {

    private static final Values<ToolCaller> VALUES = new Values<>("allowed_callers", ToolCaller::new);

    /** The value {@code direct}. */
    public static final ToolCaller DIRECT = VALUES.known("direct");

    /** The value {@code programmatic}. */
    public static final ToolCaller PROGRAMMATIC = VALUES.known("programmatic");

    private ToolCaller(String value, boolean known) {
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
    public static ToolCaller of(String value) {
        return VALUES.of(value);
    }

    /**
     * Lists the values the spec names, in the spec's order.
     *
     * @return an unmodifiable list
     */
    public static List<ToolCaller> knownValues() {
        return VALUES.known();
    }
}
