package io.github.realtimesessions.model;

import java.util.List;

/**
 * The model that transcribes input audio (JSON {@code audio.input.transcription.model}).
 *
 * <p>{@code gpt-4o-transcribe-diarize} adds speaker labels; {@code gpt-realtime-whisper} is the only model that takes a
 * {@code delay}.
 *
 * <p>An open enumeration (see {@link OpenEnum}): {@link #of(String)} accepts values the library does not know
 * yet, and they round-trip unchanged.
 */
public final class TranscriptionModel extends OpenEnum {

    private static final Values<TranscriptionModel> VALUES = new Values<>("transcription.model", TranscriptionModel::new);

    /** The value {@code whisper-1}. */
    public static final TranscriptionModel WHISPER_1 = VALUES.known("whisper-1");

    /** The value {@code gpt-transcribe}. */
    public static final TranscriptionModel GPT_TRANSCRIBE = VALUES.known("gpt-transcribe");

    /** The value {@code gpt-live-transcribe}. */
    public static final TranscriptionModel GPT_LIVE_TRANSCRIBE = VALUES.known("gpt-live-transcribe");

    /** The value {@code gpt-4o-mini-transcribe}. */
    public static final TranscriptionModel GPT_4O_MINI_TRANSCRIBE = VALUES.known("gpt-4o-mini-transcribe");

    /** The value {@code gpt-4o-mini-transcribe-2025-12-15}. */
    public static final TranscriptionModel GPT_4O_MINI_TRANSCRIBE_2025_12_15 = VALUES.known("gpt-4o-mini-transcribe-2025-12-15");

    /** The value {@code gpt-4o-transcribe}. */
    public static final TranscriptionModel GPT_4O_TRANSCRIBE = VALUES.known("gpt-4o-transcribe");

    /** The value {@code gpt-4o-transcribe-diarize}. */
    public static final TranscriptionModel GPT_4O_TRANSCRIBE_DIARIZE = VALUES.known("gpt-4o-transcribe-diarize");

    /** The value {@code gpt-realtime-whisper}. */
    public static final TranscriptionModel GPT_REALTIME_WHISPER = VALUES.known("gpt-realtime-whisper");

    private TranscriptionModel(String value, boolean known) {
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
    public static TranscriptionModel of(String value) {
        return VALUES.of(value);
    }

    /**
     * Lists the values the spec names, in the spec's order.
     *
     * @return an unmodifiable list
     */
    public static List<TranscriptionModel> knownValues() {
        return VALUES.known();
    }
}
