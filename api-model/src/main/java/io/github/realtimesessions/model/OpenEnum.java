package io.github.realtimesessions.model;

/**
 * A string-valued enumeration that stays open to values this version of the library does not know.
 *
 * <p>Implementations are records with one {@code value} component: two instances are equal when their values are
 * equal, {@code toString()} is the wire value, and {@link #isKnown()} tells whether the value is one the spec lists.
 */
public interface OpenEnum {

    /**
     * Returns the value exactly as it appears on the wire.
     *
     * @return the wire value, never {@code null} or blank
     */
    String value();

    /**
     * Tells whether this value is one of the constants the spec lists (as opposed to a value accepted through
     * {@code of(String)} for forward compatibility).
     *
     * @return {@code true} for a listed value
     */
    boolean isKnown();
}
