package io.github.realtimesessions.model;

import java.util.List;

/**
 * An input or output audio format (JSON {@code input_audio_format}, {@code output_audio_format}).
 *
 * <p>{@code pcm16} is 16-bit PCM at 24 kHz, mono, little-endian; the G.711 formats are 8 kHz telephony audio. This is an open enumeration: {@link #of(String)} accepts values the library does not know yet, and they
 * round-trip unchanged.
 *
 * @param value the wire value, not blank
 */
public record AudioFormat(String value) implements OpenEnum {

    /** The value {@code pcm16}. */
    public static final AudioFormat PCM16 = new AudioFormat("pcm16");

    /** The value {@code g711_ulaw}. */
    public static final AudioFormat G711_ULAW = new AudioFormat("g711_ulaw");

    /** The value {@code g711_alaw}. */
    public static final AudioFormat G711_ALAW = new AudioFormat("g711_alaw");

    private static final List<AudioFormat> KNOWN = List.of(PCM16, G711_ULAW, G711_ALAW);

    /**
     * Creates a value; prefer the constants or {@link #of(String)}.
     *
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public AudioFormat {
        Checks.wireValue(value, "audio format");
    }

    /**
     * Returns the value for a wire string, known or not.
     *
     * @param value the wire value
     * @return the matching constant, or a new value that round-trips unchanged
     */
    public static AudioFormat of(String value) {
        for (AudioFormat known : KNOWN) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new AudioFormat(value);
    }

    /**
     * Lists the values the spec names, in the spec's order.
     *
     * @return an unmodifiable list
     */
    public static List<AudioFormat> knownValues() {
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
