package io.github.realtimesessions.model;

import java.util.List;

/**
 * The kind of input noise reduction (JSON {@code audio.input.noise_reduction.type}).
 *
 * <p>{@code near_field} suits close-talking microphones such as headsets, {@code far_field} laptop or conference-room
 * microphones.
 *
 * <p>An open enumeration (see {@link OpenEnum}): {@link #of(String)} accepts values the library does not know
 * yet, and they round-trip unchanged.
 */
public final class NoiseReductionType extends OpenEnum {

    private static final Values<NoiseReductionType> VALUES = new Values<>("noise_reduction.type", NoiseReductionType::new);

    /** The value {@code near_field}. */
    public static final NoiseReductionType NEAR_FIELD = VALUES.known("near_field");

    /** The value {@code far_field}. */
    public static final NoiseReductionType FAR_FIELD = VALUES.known("far_field");

    private NoiseReductionType(String value, boolean known) {
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
    public static NoiseReductionType of(String value) {
        return VALUES.of(value);
    }

    /**
     * Lists the values the spec names, in the spec's order.
     *
     * @return an unmodifiable list
     */
    public static List<NoiseReductionType> knownValues() {
        return VALUES.known();
    }
}
