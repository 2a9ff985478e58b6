package io.github.realtimesessions.model;

import java.util.List;

/**
 * The Realtime model a session runs on (JSON {@code session.model}).
 *
 * <p>The constants are the models the GA spec lists; the list is not a list of live models, and any other model name
 * (including an Azure OpenAI deployment name, which is what {@code model} means on Azure) is accepted through
 * {@link #of(String)}. The older preview models also served the retired beta endpoint.
 *
 * <p>An open enumeration (see {@link OpenEnum}): {@link #of(String)} accepts values the library does not know
 * yet, and they round-trip unchanged.
 */
public final class RealtimeModel extends OpenEnum {

    private static final Values<RealtimeModel> VALUES = new Values<>("model", RealtimeModel::new);

    /** The value {@code gpt-realtime}: the current GA Realtime model. */
    public static final RealtimeModel GPT_REALTIME = VALUES.known("gpt-realtime");

    /** The value {@code gpt-realtime-1.5}. */
    public static final RealtimeModel GPT_REALTIME_1_5 = VALUES.known("gpt-realtime-1.5");

    /** The value {@code gpt-realtime-2}. */
    public static final RealtimeModel GPT_REALTIME_2 = VALUES.known("gpt-realtime-2");

    /** The value {@code gpt-realtime-2.1}. */
    public static final RealtimeModel GPT_REALTIME_2_1 = VALUES.known("gpt-realtime-2.1");

    /** The value {@code gpt-realtime-2.1-mini}. */
    public static final RealtimeModel GPT_REALTIME_2_1_MINI = VALUES.known("gpt-realtime-2.1-mini");

    /** The value {@code gpt-realtime-2025-08-28}. */
    public static final RealtimeModel GPT_REALTIME_2025_08_28 = VALUES.known("gpt-realtime-2025-08-28");

    /** The value {@code gpt-4o-realtime-preview}. */
    public static final RealtimeModel GPT_4O_REALTIME_PREVIEW = VALUES.known("gpt-4o-realtime-preview");

    /** The value {@code gpt-4o-realtime-preview-2024-10-01}. */
    public static final RealtimeModel GPT_4O_REALTIME_PREVIEW_2024_10_01 = VALUES.known("gpt-4o-realtime-preview-2024-10-01");

    /** The value {@code gpt-4o-realtime-preview-2024-12-17}. */
    public static final RealtimeModel GPT_4O_REALTIME_PREVIEW_2024_12_17 = VALUES.known("gpt-4o-realtime-preview-2024-12-17");

    /** The value {@code gpt-4o-realtime-preview-2025-06-03}. */
    public static final RealtimeModel GPT_4O_REALTIME_PREVIEW_2025_06_03 = VALUES.known("gpt-4o-realtime-preview-2025-06-03");

    /** The value {@code gpt-4o-mini-realtime-preview}. */
    public static final RealtimeModel GPT_4O_MINI_REALTIME_PREVIEW = VALUES.known("gpt-4o-mini-realtime-preview");

    /** The value {@code gpt-4o-mini-realtime-preview-2024-12-17}. */
    public static final RealtimeModel GPT_4O_MINI_REALTIME_PREVIEW_2024_12_17 = VALUES.known("gpt-4o-mini-realtime-preview-2024-12-17");

    /** The value {@code gpt-realtime-mini}. */
    public static final RealtimeModel GPT_REALTIME_MINI = VALUES.known("gpt-realtime-mini");

    /** The value {@code gpt-realtime-mini-2025-10-06}. */
    public static final RealtimeModel GPT_REALTIME_MINI_2025_10_06 = VALUES.known("gpt-realtime-mini-2025-10-06");

    /** The value {@code gpt-realtime-mini-2025-12-15}. */
    public static final RealtimeModel GPT_REALTIME_MINI_2025_12_15 = VALUES.known("gpt-realtime-mini-2025-12-15");

    /** The value {@code gpt-audio-1.5}. */
    public static final RealtimeModel GPT_AUDIO_1_5 = VALUES.known("gpt-audio-1.5");

    /** The value {@code gpt-audio-mini}. */
    public static final RealtimeModel GPT_AUDIO_MINI = VALUES.known("gpt-audio-mini");

    /** The value {@code gpt-audio-mini-2025-10-06}. */
    public static final RealtimeModel GPT_AUDIO_MINI_2025_10_06 = VALUES.known("gpt-audio-mini-2025-10-06");

    /** The value {@code gpt-audio-mini-2025-12-15}. */
    public static final RealtimeModel GPT_AUDIO_MINI_2025_12_15 = VALUES.known("gpt-audio-mini-2025-12-15");

    private RealtimeModel(String value, boolean known) {
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
    public static RealtimeModel of(String value) {
        return VALUES.of(value);
    }

    /**
     * Lists the values the spec names, in the spec's order.
     *
     * @return an unmodifiable list
     */
    public static List<RealtimeModel> knownValues() {
        return VALUES.known();
    }
}
