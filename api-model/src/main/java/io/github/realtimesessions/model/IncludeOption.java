package io.github.realtimesessions.model;

import java.util.List;

/**
 * Extra data the server includes in its events (items of JSON {@code include}).
 *
 * <p>An open enumeration (see {@link OpenEnum}): {@link #of(String)} accepts values the library does not know
 * yet, and they round-trip unchanged.
 */
public final class IncludeOption extends OpenEnum {

    private static final Values<IncludeOption> VALUES = new Values<>("include", IncludeOption::new);

    /** The value {@code item.input_audio_transcription.logprobs}: log probabilities of the input audio transcription. */
    public static final IncludeOption INPUT_AUDIO_TRANSCRIPTION_LOGPROBS = VALUES.known("item.input_audio_transcription.logprobs");

    private IncludeOption(String value, boolean known) {
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
    public static IncludeOption of(String value) {
        return VALUES.of(value);
    }

    /**
     * Lists the values the spec names, in the spec's order.
     *
     * @return an unmodifiable list
     */
    public static List<IncludeOption> knownValues() {
        return VALUES.known();
    }
}
