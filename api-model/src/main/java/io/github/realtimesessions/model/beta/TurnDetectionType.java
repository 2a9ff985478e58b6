package io.github.realtimesessions.model.beta;

import io.github.realtimesessions.model.OpenEnum;
import java.util.List;

/**
 * The kind of turn detection of the retired beta interface (JSON {@code turn_detection.type}).
 *
 * <p>{@code server_vad} detects speech by volume; {@code semantic_vad} uses a turn-detection model.
 *
 * <p>An open enumeration (see {@link OpenEnum}): {@link #of(String)} accepts values the library does not know
 * yet, and they round-trip unchanged.
 */
public final class TurnDetectionType extends OpenEnum {

    private static final Values<TurnDetectionType> VALUES = new Values<>("turn_detection.type", TurnDetectionType::new);

    /** The value {@code server_vad}. */
    public static final TurnDetectionType SERVER_VAD = VALUES.known("server_vad");

    /** The value {@code semantic_vad}. */
    public static final TurnDetectionType SEMANTIC_VAD = VALUES.known("semantic_vad");

    private TurnDetectionType(String value, boolean known) {
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
    public static TurnDetectionType of(String value) {
        return VALUES.of(value);
    }

    /**
     * Lists the values the spec names, in the spec's order.
     *
     * @return an unmodifiable list
     */
    public static List<TurnDetectionType> knownValues() {
        return VALUES.known();
    }
}
