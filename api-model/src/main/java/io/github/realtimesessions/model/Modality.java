package io.github.realtimesessions.model;

import java.util.List;

/**
 * A modality the model responds with (items of JSON {@code output_modalities}; {@code modalities} in the beta
 * interface).
 *
 * <p>{@code [AUDIO]} means audio with a transcript, {@code [TEXT]} text only; a GA session cannot ask for both.
 *
 * <p>An open enumeration (see {@link OpenEnum}): {@link #of(String)} accepts values the library does not know
 * yet, and they round-trip unchanged.
 */
public final class Modality extends OpenEnum {

    private static final Values<Modality> VALUES = new Values<>("output_modalities", Modality::new);

    /** The value {@code text}. */
    public static final Modality TEXT = VALUES.known("text");

    /** The value {@code audio}. */
    public static final Modality AUDIO = VALUES.known("audio");

    private Modality(String value, boolean known) {
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
    public static Modality of(String value) {
        return VALUES.of(value);
    }

    /**
     * Lists the values the spec names, in the spec's order.
     *
     * @return an unmodifiable list
     */
    public static List<Modality> knownValues() {
        return VALUES.known();
    }
}
