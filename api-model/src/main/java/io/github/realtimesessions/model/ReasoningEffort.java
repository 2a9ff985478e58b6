package io.github.realtimesessions.model;

import java.util.List;

/**
 * How much a reasoning-capable Realtime model (such as {@code gpt-realtime-2}) thinks before it answers (JSON
 * {@code reasoning.effort}). The API's default is {@code low}.
 *
 * <p>An open enumeration (see {@link OpenEnum}): {@link #of(String)} accepts values the library does not know
 * yet, and they round-trip unchanged.
 */
public final class ReasoningEffort extends OpenEnum {

    private static final Values<ReasoningEffort> VALUES = new Values<>("reasoning.effort", ReasoningEffort::new);

    /** The value {@code minimal}. */
    public static final ReasoningEffort MINIMAL = VALUES.known("minimal");

    /** The value {@code low}. */
    public static final ReasoningEffort LOW = VALUES.known("low");

    /** The value {@code medium}. */
    public static final ReasoningEffort MEDIUM = VALUES.known("medium");

    /** The value {@code high}. */
    public static final ReasoningEffort HIGH = VALUES.known("high");

    /** The value {@code xhigh}. */
    public static final ReasoningEffort XHIGH = VALUES.known("xhigh");

    private ReasoningEffort(String value, boolean known) {
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
    public static ReasoningEffort of(String value) {
        return VALUES.of(value);
    }

    /**
     * Lists the values the spec names, in the spec's order.
     *
     * @return an unmodifiable list
     */
    public static List<ReasoningEffort> knownValues() {
        return VALUES.known();
    }
}
