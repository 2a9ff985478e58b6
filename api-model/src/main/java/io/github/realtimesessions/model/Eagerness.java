package io.github.realtimesessions.model;

import java.util.List;

/**
 * How eagerly semantic VAD answers (JSON {@code turn_detection.eagerness}).
 *
 * <p>Only meaningful with {@link TurnDetectionType#SEMANTIC_VAD}; {@code auto} is equivalent to {@code medium}. This is an open enumeration: {@link #of(String)} accepts values the library does not know yet, and they
 * round-trip unchanged.
 *
 * @param value the wire value, not blank
 */
public record Eagerness(String value) implements OpenEnum {

    /** The value {@code low}. */
    public static final Eagerness LOW = new Eagerness("low");

    /** The value {@code medium}. */
    public static final Eagerness MEDIUM = new Eagerness("medium");

    /** The value {@code high}. */
    public static final Eagerness HIGH = new Eagerness("high");

    /** The value {@code auto}. */
    public static final Eagerness AUTO = new Eagerness("auto");

    private static final List<Eagerness> KNOWN = List.of(LOW, MEDIUM, HIGH, AUTO);

    /**
     * Creates a value; prefer the constants or {@link #of(String)}.
     *
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public Eagerness {
        Checks.wireValue(value, "turn_detection.eagerness");
    }

    /**
     * Returns the value for a wire string, known or not.
     *
     * @param value the wire value
     * @return the matching constant, or a new value that round-trips unchanged
     */
    public static Eagerness of(String value) {
        for (Eagerness known : KNOWN) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new Eagerness(value);
    }

    /**
     * Lists the values the spec names, in the spec's order.
     *
     * @return an unmodifiable list
     */
    public static List<Eagerness> knownValues() {
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
