package io.github.realtimesessions.model;

import java.util.List;

/**
 * The kind of turn detection (JSON {@code turn_detection.type}).
 *
 * <p>{@code server_vad} detects speech by volume; {@code semantic_vad} uses a turn-detection model. This is an open enumeration: {@link #of(String)} accepts values the library does not know yet, and they
 * round-trip unchanged.
 *
 * @param value the wire value, not blank
 */
public record TurnDetectionType(String value) implements OpenEnum {

    /** The value {@code server_vad}. */
    public static final TurnDetectionType SERVER_VAD = new TurnDetectionType("server_vad");

    /** The value {@code semantic_vad}. */
    public static final TurnDetectionType SEMANTIC_VAD = new TurnDetectionType("semantic_vad");

    private static final List<TurnDetectionType> KNOWN = List.of(SERVER_VAD, SEMANTIC_VAD);

    /**
     * Creates a value; prefer the constants or {@link #of(String)}.
     *
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public TurnDetectionType {
        Checks.wireValue(value, "turn_detection.type");
    }

    /**
     * Returns the value for a wire string, known or not.
     *
     * @param value the wire value
     * @return the matching constant, or a new value that round-trips unchanged
     */
    public static TurnDetectionType of(String value) {
        for (TurnDetectionType known : KNOWN) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new TurnDetectionType(value);
    }

    /**
     * Lists the values the spec names, in the spec's order.
     *
     * @return an unmodifiable list
     */
    public static List<TurnDetectionType> knownValues() {
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
