package io.github.realtimesessions.model;

import java.util.List;

/**
 * The voice the model answers with (JSON {@code audio.output.voice}; {@code voice} in the beta interface).
 *
 * <p>Either one of the built-in voices, named by a string ({@link #MARIN} and {@link #CEDAR} sound best), or a custom
 * voice of your organization, sent as the object {@code {"id": "voice_..."}} ({@link #custom(String)}). The voice
 * cannot change once the model has answered with audio.
 *
 * <p>An open enumeration (see {@link OpenEnum}): {@link #of(String)} accepts voice names the library does not know
 * yet, and they round-trip unchanged.
 */
public final class Voice extends OpenEnum {

    private static final Values<Voice> VALUES = new Values<>("voice", (value, known) -> new Voice(value, known, false));

    /** The value {@code alloy}: the API's default voice. */
    public static final Voice ALLOY = VALUES.known("alloy");

    /** The value {@code ash}. */
    public static final Voice ASH = VALUES.known("ash");

    /** The value {@code ballad}. */
    public static final Voice BALLAD = VALUES.known("ballad");

    /** The value {@code coral}. */
    public static final Voice CORAL = VALUES.known("coral");

    /** The value {@code echo}. */
    public static final Voice ECHO = VALUES.known("echo");

    /** The value {@code sage}. */
    public static final Voice SAGE = VALUES.known("sage");

    /** The value {@code shimmer}. */
    public static final Voice SHIMMER = VALUES.known("shimmer");

    /** The value {@code verse}. */
    public static final Voice VERSE = VALUES.known("verse");

    /** The value {@code marin}, one of the two voices OpenAI recommends for quality. */
    public static final Voice MARIN = VALUES.known("marin");

    /** The value {@code cedar}, one of the two voices OpenAI recommends for quality. */
    public static final Voice CEDAR = VALUES.known("cedar");

    private final boolean custom;

    private Voice(String value, boolean known, boolean custom) {
        super(value, known);
        this.custom = custom;
    }

    /**
     * Returns the built-in voice with the given name, known or not.
     *
     * @param value the voice name
     * @return the matching constant, or a new value that round-trips unchanged
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public static Voice of(String value) {
        return VALUES.of(value);
    }

    /**
     * Returns a custom voice, sent as {@code {"id": id}}. Only the GA interface accepts custom voices.
     *
     * @param id the custom voice's id, e.g. {@code voice_1234}
     * @return the voice; {@link #value()} is the id
     * @throws NullPointerException if {@code id} is {@code null}
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public static Voice custom(String id) {
        if (id == null) {
            throw new NullPointerException("voice.id must not be null");
        }
        if (id.isBlank()) {
            throw new IllegalArgumentException("voice.id must not be blank");
        }
        return new Voice(id, false, true);
    }

    /**
     * Lists the built-in voices the spec names, in the spec's order.
     *
     * @return an unmodifiable list
     */
    public static List<Voice> knownValues() {
        return VALUES.known();
    }

    /**
     * Tells whether this is a custom voice, sent as an object with its id.
     *
     * @return {@code true} for a voice made by {@link #custom(String)}
     */
    public boolean isCustom() {
        return custom;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && ((Voice) other).custom == custom;
    }

    @Override
    public int hashCode() {
        return super.hashCode() + (custom ? 1 : 0);
    }

    /** Returns the wire value, {@code {id=...}} for a custom voice. */
    @Override
    public String toString() {
        return custom ? "{id=" + value() + "}" : value();
    }
}
