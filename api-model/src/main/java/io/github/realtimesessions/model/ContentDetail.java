package io.github.realtimesessions.model;

import java.util.List;

/**
 * The level of detail of an image or file in a prompt variable (JSON {@code detail}).
 *
 * <p>Images accept all four values, files {@code auto}, {@code low} and {@code high}.
 *
 * <p>An open enumeration (see {@link OpenEnum}): {@link #of(String)} accepts values the library does not know
 * yet, and they round-trip unchanged.
 */
public final class ContentDetail extends OpenEnum {

    private static final Values<ContentDetail> VALUES = new Values<>("detail", ContentDetail::new);

    /** The value {@code low}. */
    public static final ContentDetail LOW = VALUES.known("low");

    /** The value {@code high}. */
    public static final ContentDetail HIGH = VALUES.known("high");

    /** The value {@code auto}. */
    public static final ContentDetail AUTO = VALUES.known("auto");

    /** The value {@code original}. */
    public static final ContentDetail ORIGINAL = VALUES.known("original");

    private ContentDetail(String value, boolean known) {
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
    public static ContentDetail of(String value) {
        return VALUES.of(value);
    }

    /**
     * Lists the values the spec names, in the spec's order.
     *
     * @return an unmodifiable list
     */
    public static List<ContentDetail> knownValues() {
        return VALUES.known();
    }
}
