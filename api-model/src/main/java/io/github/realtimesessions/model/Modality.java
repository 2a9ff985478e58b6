package io.github.realtimesessions.model;

import java.util.List;

/**
 * A modality the model can respond with (items of JSON {@code modalities}).
 *
 * <p>A session with {@code [TEXT]} only has audio output disabled. This is an open enumeration: {@link #of(String)} accepts values the library does not know yet, and they
 * round-trip unchanged.
 *
 * @param value the wire value, not blank
 */
public record Modality(String value) implements OpenEnum {

    /** The value {@code text}. */
    public static final Modality TEXT = new Modality("text");

    /** The value {@code audio}. */
    public static final Modality AUDIO = new Modality("audio");

    private static final List<Modality> KNOWN = List.of(TEXT, AUDIO);

    /**
     * Creates a value; prefer the constants or {@link #of(String)}.
     *
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public Modality {
        Checks.wireValue(value, "modality");
    }

    /**
     * Returns the value for a wire string, known or not.
     *
     * @param value the wire value
     * @return the matching constant, or a new value that round-trips unchanged
     */
    public static Modality of(String value) {
        for (Modality known : KNOWN) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new Modality(value);
    }

    /**
     * Lists the values the spec names, in the spec's order.
     *
     * @return an unmodifiable list
     */
    public static List<Modality> knownValues() {
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
