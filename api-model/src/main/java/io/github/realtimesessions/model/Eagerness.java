package io.github.realtimesessions.model;

import java.util.List;

/**
 * How eagerly semantic VAD lets the model answer (JSON {@code turn_detection.eagerness}).
 *
 * <p>{@code auto} is equivalent to {@code medium}; the longest waits are 8 s, 4 s and 2 s for low, medium and high.
 *
 * <p>An open enumeration (see {@link OpenEnum}): {@link #of(String)} accepts values the library does not know
 * yet, and they round-trip unchanged.
 */
public final class Eagerness extends OpenEnum {

    private static final Values<Eagerness> VALUES = new Values<>("turn_detection.eagerness", Eagerness::new);

    /** The value {@code low}. */
    public static final Eagerness LOW = VALUES.known("low");

    /** The value {@code medium}. */
    public static final Eagerness MEDIUM = VALUES.known("medium");

    /** The value {@code high}. */
    public static final Eagerness HIGH = VALUES.known("high");

    /** The value {@code auto}. */
    public static final Eagerness AUTO = VALUES.known("auto");

    private Eagerness(String value, boolean known) {
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
    public static Eagerness of(String value) {
        return VALUES.of(value);
    }

    /**
     * Lists the values the spec names, in the spec's order.
     *
     * @return an unmodifiable list
     */
    public static List<Eagerness> knownValues() {
        return VALUES.known();
    }
}
