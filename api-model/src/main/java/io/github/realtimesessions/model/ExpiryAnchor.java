package io.github.realtimesessions.model;

import java.util.List;

/**
 * The point in time a client secret's lifetime counts from (JSON {@code expires_after.anchor}).
 *
 * <p>Only {@code created_at} exists today.
 *
 * <p>An open enumeration (see {@link OpenEnum}): {@link #of(String)} accepts values the library does not know
 * yet, and they round-trip unchanged.
 */
public final class ExpiryAnchor extends OpenEnum {

    private static final Values<ExpiryAnchor> VALUES = new Values<>("expires_after.anchor", ExpiryAnchor::new);

    /** The value {@code created_at}. */
    public static final ExpiryAnchor CREATED_AT = VALUES.known("created_at");

    private ExpiryAnchor(String value, boolean known) {
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
    public static ExpiryAnchor of(String value) {
        return VALUES.of(value);
    }

    /**
     * Lists the values the spec names, in the spec's order.
     *
     * @return an unmodifiable list
     */
    public static List<ExpiryAnchor> knownValues() {
        return VALUES.known();
    }
}
