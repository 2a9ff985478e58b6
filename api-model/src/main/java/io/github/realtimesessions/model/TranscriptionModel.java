package io.github.realtimesessions.model;

import java.util.List;

/**
 * The model that transcribes input audio (JSON {@code input_audio_transcription.model}).
 *
 * <p>The spec types this field as a free string and names the constants below in its description. This is an open enumeration: {@link #of(String)} accepts values the library does not know yet, and they
 * round-trip unchanged.
 *
 * @param value the wire value, not blank
 */
public record TranscriptionModel(String value) implements OpenEnum {

    /** The value {@code gpt-4o-transcribe}. */
    public static final TranscriptionModel GPT_4O_TRANSCRIBE = new TranscriptionModel("gpt-4o-transcribe");

    /** The value {@code gpt-4o-mini-transcribe}. */
    public static final TranscriptionModel GPT_4O_MINI_TRANSCRIBE = new TranscriptionModel("gpt-4o-mini-transcribe");

    /** The value {@code whisper-1}. */
    public static final TranscriptionModel WHISPER_1 = new TranscriptionModel("whisper-1");

    private static final List<TranscriptionModel> KNOWN = List.of(GPT_4O_TRANSCRIBE, GPT_4O_MINI_TRANSCRIBE, WHISPER_1);

    /**
     * Creates a value; prefer the constants or {@link #of(String)}.
     *
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public TranscriptionModel {
        Checks.wireValue(value, "input_audio_transcription.model");
    }

    /**
     * Returns the value for a wire string, known or not.
     *
     * @param value the wire value
     * @return the matching constant, or a new value that round-trips unchanged
     */
    public static TranscriptionModel of(String value) {
        for (TranscriptionModel known : KNOWN) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new TranscriptionModel(value);
    }

    /**
     * Lists the values the spec names, in the spec's order.
     *
     * @return an unmodifiable list
     */
    public static List<TranscriptionModel> knownValues() {
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
