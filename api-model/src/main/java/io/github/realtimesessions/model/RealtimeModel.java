package io.github.realtimesessions.model;

import java.util.List;

/**
 * The Realtime model a session runs on (JSON {@code model}).
 *
 * <p>The spec lists the constants below; newer models (for example {@code gpt-realtime}) are accepted through {@link #of(String)}. This is an open enumeration: {@link #of(String)} accepts values the library does not know yet, and they
 * round-trip unchanged.
 *
 * @param value the wire value, not blank
 */
public record RealtimeModel(String value) implements OpenEnum {

    /** The value {@code gpt-4o-realtime-preview}. */
    public static final RealtimeModel GPT_4O_REALTIME_PREVIEW = new RealtimeModel("gpt-4o-realtime-preview");

    /** The value {@code gpt-4o-realtime-preview-2024-10-01}. */
    public static final RealtimeModel GPT_4O_REALTIME_PREVIEW_2024_10_01 = new RealtimeModel("gpt-4o-realtime-preview-2024-10-01");

    /** The value {@code gpt-4o-realtime-preview-2024-12-17}. */
    public static final RealtimeModel GPT_4O_REALTIME_PREVIEW_2024_12_17 = new RealtimeModel("gpt-4o-realtime-preview-2024-12-17");

    /** The value {@code gpt-4o-realtime-preview-2025-06-03}. */
    public static final RealtimeModel GPT_4O_REALTIME_PREVIEW_2025_06_03 = new RealtimeModel("gpt-4o-realtime-preview-2025-06-03");

    /** The value {@code gpt-4o-mini-realtime-preview}. */
    public static final RealtimeModel GPT_4O_MINI_REALTIME_PREVIEW = new RealtimeModel("gpt-4o-mini-realtime-preview");

    /** The value {@code gpt-4o-mini-realtime-preview-2024-12-17}. */
    public static final RealtimeModel GPT_4O_MINI_REALTIME_PREVIEW_2024_12_17 = new RealtimeModel("gpt-4o-mini-realtime-preview-2024-12-17");

    private static final List<RealtimeModel> KNOWN = List.of(GPT_4O_REALTIME_PREVIEW, GPT_4O_REALTIME_PREVIEW_2024_10_01, GPT_4O_REALTIME_PREVIEW_2024_12_17, GPT_4O_REALTIME_PREVIEW_2025_06_03, GPT_4O_MINI_REALTIME_PREVIEW, GPT_4O_MINI_REALTIME_PREVIEW_2024_12_17);

    /**
     * Creates a value; prefer the constants or {@link #of(String)}.
     *
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public RealtimeModel {
        Checks.wireValue(value, "model");
    }

    /**
     * Returns the value for a wire string, known or not.
     *
     * @param value the wire value
     * @return the matching constant, or a new value that round-trips unchanged
     */
    public static RealtimeModel of(String value) {
        for (RealtimeModel known : KNOWN) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new RealtimeModel(value);
    }

    /**
     * Lists the values the spec names, in the spec's order.
     *
     * @return an unmodifiable list
     */
    public static List<RealtimeModel> knownValues() {
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
