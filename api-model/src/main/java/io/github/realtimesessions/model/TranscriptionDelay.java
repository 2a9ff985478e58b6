package io.github.realtimesessions.model;

import java.util.List;

/**
 * How long {@code gpt-realtime-whisper} waits for context before it transcribes (JSON
 * {@code audio.input.transcription.delay}): a higher delay is more accurate and slower.
 *
 * <p>An open enumeration (see {@link OpenEnum}): {@link #of(String)} accepts values the library does not know
 * yet, and they round-trip unchanged.
 */
public final class TranscriptionDelay extends OpenEnum {

    private static final Values<TranscriptionDelay> VALUES = new Values<>("transcription.delay", TranscriptionDelay::new);

    /** The value {@code minimal}. */
    public static final TranscriptionDelay MINIMAL = VALUES.known("minimal");

    /** The value {@code low}. */
    public static final TranscriptionDelay LOW = VALUES.known("low");

    /** The value {@code medium}. */
    public static final TranscriptionDelay MEDIUM = VALUES.known("medium");

    /** The value {@code high}. */
    public static final TranscriptionDelay HIGH = VALUES.known("high");

    /** The value {@code xhigh}. */
    public static final TranscriptionDelay XHIGH = VALUES.known("xhigh");

    private TranscriptionDelay(String value, boolean known) {
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
    public static TranscriptionDelay of(String value) {
        return VALUES.of(value);
    }

    /**
     * Lists the values the spec names, in the spec's order.
     *
     * @return an unmodifiable list
     */
    public static List<TranscriptionDelay> knownValues() {
        return VALUES.known();
    }
}
