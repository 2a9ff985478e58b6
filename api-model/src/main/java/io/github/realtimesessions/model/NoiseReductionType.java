package io.github.realtimesessions.model;

import java.util.List;

/**
 * The kind of input noise reduction (JSON {@code input_audio_noise_reduction.type}).
 *
 * <p>{@code near_field} suits close-talking microphones such as headsets, {@code far_field} laptop or conference-room microphones. This is an open enumeration: {@link #of(String)} accepts values the library does not know yet, and they
 * round-trip unchanged.
 *
 * @param value the wire value, not blank
 */
public record NoiseReductionType(String value) implements OpenEnum {

    /** The value {@code near_field}. */
    public static final NoiseReductionType NEAR_FIELD = new NoiseReductionType("near_field");

    /** The value {@code far_field}. */
    public static final NoiseReductionType FAR_FIELD = new NoiseReductionType("far_field");

    private static final List<NoiseReductionType> KNOWN = List.of(NEAR_FIELD, FAR_FIELD);

    /**
     * Creates a value; prefer the constants or {@link #of(String)}.
     *
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public NoiseReductionType {
        Checks.wireValue(value, "input_audio_noise_reduction.type");
    }

    /**
     * Returns the value for a wire string, known or not.
     *
     * @param value the wire value
     * @return the matching constant, or a new value that round-trips unchanged
     */
    public static NoiseReductionType of(String value) {
        for (NoiseReductionType known : KNOWN) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new NoiseReductionType(value);
    }

    /**
     * Lists the values the spec names, in the spec's order.
     *
     * @return an unmodifiable list
     */
    public static List<NoiseReductionType> knownValues() {
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
