package io.github.realtimesessions.model;

import java.util.List;

/**
 * The encoding of an {@link AudioFormat} (JSON {@code format.type}).
 *
 * <p>An open enumeration (see {@link OpenEnum}): {@link #of(String)} accepts values the library does not know
 * yet, and they round-trip unchanged.
 */
public final class AudioFormatType extends OpenEnum {

    private static final Values<AudioFormatType> VALUES = new Values<>("format.type", AudioFormatType::new);

    /** The value {@code audio/pcm}: 16-bit PCM; the API supports a 24 kHz rate only. */
    public static final AudioFormatType PCM = VALUES.known("audio/pcm");

    /** The value {@code audio/pcmu}: G.711 &mu;-law. */
    public static final AudioFormatType PCMU = VALUES.known("audio/pcmu");

    /** The value {@code audio/pcma}: G.711 A-law. */
    public static final AudioFormatType PCMA = VALUES.known("audio/pcma");

    private AudioFormatType(String value, boolean known) {
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
    public static AudioFormatType of(String value) {
        return VALUES.of(value);
    }

    /**
     * Lists the values the spec names, in the spec's order.
     *
     * @return an unmodifiable list
     */
    public static List<AudioFormatType> knownValues() {
        return VALUES.known();
    }
}
