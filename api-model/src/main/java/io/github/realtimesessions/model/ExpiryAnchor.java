package io.github.realtimesessions.model;

import java.util.List;

/**
 * The point in time a client secret's lifetime counts from (JSON {@code client_secret.expires_after.anchor}).
 *
 * <p>Only {@code created_at} exists today. This is an open enumeration: {@link #of(String)} accepts values the library does not know yet, and they
 * round-trip unchanged.
 *
 * @param value the wire value, not blank
 */
public record ExpiryAnchor(String value) implements OpenEnum {

    /** The value {@code created_at}. */
    public static final ExpiryAnchor CREATED_AT = new ExpiryAnchor("created_at");

    private static final List<ExpiryAnchor> KNOWN = List.of(CREATED_AT);

    /**
     * Creates a value; prefer the constants or {@link #of(String)}.
     *
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public ExpiryAnchor {
        Checks.wireValue(value, "client_secret.expires_after.anchor");
    }

    /**
     * Returns the value for a wire string, known or not.
     *
     * @param value the wire value
     * @return the matching constant, or a new value that round-trips unchanged
     */
    public static ExpiryAnchor of(String value) {
        for (ExpiryAnchor known : KNOWN) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new ExpiryAnchor(value);
    }

    /**
     * Lists the values the spec names, in the spec's order.
     *
     * @return an unmodifiable list
     */
    public static List<ExpiryAnchor> knownValues() {
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
