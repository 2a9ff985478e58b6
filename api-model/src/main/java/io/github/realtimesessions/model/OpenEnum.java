package io.github.realtimesessions.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A string-valued enumeration that stays open to values this version of the library does not know.
 *
 * <p>Each subclass has constants for the values the spec lists and an {@code of(String)} factory that accepts any
 * other value, which then round-trips unchanged: a newer server never breaks an older client. Two values of the same
 * type are equal when their wire values are equal (compare with {@code equals}, never {@code ==}), {@link #toString()}
 * is the wire value, and {@link #isKnown()} tells whether the value is one the spec lists.
 *
 * <p>All open enumerations of the library share this one implementation; a subclass only declares its constants
 * through a {@link Values} registry.
 */
public abstract class OpenEnum {

    private final String value;
    private final boolean known;

    /**
     * Creates a value; subclasses are created by their {@link Values} registry only.
     *
     * @param value the wire value, not blank
     * @param known whether the spec lists the value
     */
    protected OpenEnum(String value, boolean known) {
        this.value = value;
        this.known = known;
    }

    /**
     * Returns the value exactly as it appears on the wire.
     *
     * @return the wire value, never {@code null} or blank
     */
    public final String value() {
        return value;
    }

    /**
     * Tells whether this value is one of the constants the spec lists (as opposed to a value accepted through
     * {@code of(String)} for forward compatibility).
     *
     * @return {@code true} for a listed value
     */
    public final boolean isKnown() {
        return known;
    }

    /** Two values are equal when they are of the same type and have the same wire value. */
    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((OpenEnum) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode() * 31 + value.hashCode();
    }

    /** Returns the wire value. */
    @Override
    public String toString() {
        return value;
    }

    /**
     * The registry behind one open enumeration: its known constants, in the spec's order, and the factory for any
     * other value. Thread-safe once the subclass's static initialisation has finished.
     *
     * @param <E> the enumeration type
     */
    protected static final class Values<E extends OpenEnum> {

        private final String field;
        private final BiFunction<String, Boolean, E> factory;
        private final Map<String, E> byValue = new LinkedHashMap<>();
        private List<E> known = List.of();

        /**
         * Creates a registry.
         *
         * @param field the JSON field the values belong to, for error messages
         * @param factory creates an instance from a wire value and whether it is known
         */
        public Values(String field, BiFunction<String, Boolean, E> factory) {
            this.field = Objects.requireNonNull(field, "field");
            this.factory = Objects.requireNonNull(factory, "factory");
        }

        /**
         * Declares a known constant; called from the subclass's static initialisation only.
         *
         * @param value the wire value
         * @return the constant
         */
        public E known(String value) {
            E constant = factory.apply(checked(value), true);
            byValue.put(value, constant);
            List<E> all = new ArrayList<>(known);
            all.add(constant);
            known = Collections.unmodifiableList(all);
            return constant;
        }

        /**
         * Returns the constant for a wire value, or a new value for one the library does not know.
         *
         * @param value the wire value
         * @return the value
         * @throws NullPointerException if {@code value} is {@code null}
         * @throws IllegalArgumentException if {@code value} is blank
         */
        public E of(String value) {
            E constant = byValue.get(checked(value));
            return constant != null ? constant : factory.apply(value, false);
        }

        /**
         * Returns the known constants in the spec's order.
         *
         * @return an unmodifiable list
         */
        public List<E> known() {
            return known;
        }

        private String checked(String value) {
            if (value == null) {
                throw new NullPointerException(field + " must not be null");
            }
            if (value.isBlank()) {
                throw new IllegalArgumentException(field + " must not be blank");
            }
            return value;
        }
    }
}
