package io.github.realtimesessions.model;

import java.util.List;

/**
 * The voice the model answers with (JSON {@code voice}).
 *
 * <p>The spec's {@code VoiceIdsShared} is itself open (any string), so any voice id is accepted through {@link #of(String)}. This is an open enumeration: {@link #of(String)} accepts values the library does not know yet, and they
 * round-trip unchanged.
 *
 * @param value the wire value, not blank
 */
public record Voice(String value) implements OpenEnum {

    /** The value {@code alloy}. */
    public static final Voice ALLOY = new Voice("alloy");

    /** The value {@code ash}. */
    public static final Voice ASH = new Voice("ash");

    /** The value {@code ballad}. */
    public static final Voice BALLAD = new Voice("ballad");

    /** The value {@code coral}. */
    public static final Voice CORAL = new Voice("coral");

    /** The value {@code echo}. */
    public static final Voice ECHO = new Voice("echo");

    /** The value {@code sage}. */
    public static final Voice SAGE = new Voice("sage");

    /** The value {@code shimmer}. */
    public static final Voice SHIMMER = new Voice("shimmer");

    /** The value {@code verse}. */
    public static final Voice VERSE = new Voice("verse");

    private static final List<Voice> KNOWN = List.of(ALLOY, ASH, BALLAD, CORAL, ECHO, SAGE, SHIMMER, VERSE);

    /**
     * Creates a value; prefer the constants or {@link #of(String)}.
     *
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public Voice {
        Checks.wireValue(value, "voice");
    }

    /**
     * Returns the value for a wire string, known or not.
     *
     * @param value the wire value
     * @return the matching constant, or a new value that round-trips unchanged
     */
    public static Voice of(String value) {
        for (Voice known : KNOWN) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new Voice(value);
    }

    /**
     * Lists the values the spec names, in the spec's order.
     *
     * @return an unmodifiable list
     */
    public static List<Voice> knownValues() {
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
