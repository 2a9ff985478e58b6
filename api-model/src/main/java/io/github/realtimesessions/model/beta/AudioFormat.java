package io.github.realtimesessions.model.beta;

import io.github.realtimesessions.model.OpenEnum;
import java.util.List;

/**
 * An input or output audio format of the retired beta interface (JSON {@code input_audio_format},
 * {@code output_audio_format}).
 *
 * <p>{@code pcm16} is 16-bit PCM at 24 kHz, mono, little-endian; the G.711 formats are 8 kHz telephony audio. The GA
 * interface describes formats as objects instead: {@link io.github.realtimesessions.model.AudioFormat}.
 *
 * <p>An open enumeration (see {@link OpenEnum}): {@link #of(String)} accepts values the library does not know
 * yet, and they round-trip unchanged.
 */
public final class AudioFormat extends OpenEnum {

    private static final Values<AudioFormat> VALUES = new Values<>("audio format", AudioFormat::new);

    /** The value {@code pcm16}. */
    public static final AudioFormat PCM16 = VALUES.known("pcm16");

    /** The value {@code g711_ulaw}. */
    public static final AudioFormat G711_ULAW = VALUES.known("g711_ulaw");

    /** The value {@code g711_alaw}. */
    public static final AudioFormat G711_ALAW = VALUES.known("g711_alaw");

    private AudioFormat(String value, boolean known) {
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
    public static AudioFormat of(String value) {
        return VALUES.of(value);
    }

    /**
     * Lists the values the spec names, in the spec's order.
     *
     * @return an unmodifiable list
     */
    public static List<AudioFormat> knownValues() {
        return VALUES.known();
    }
}
