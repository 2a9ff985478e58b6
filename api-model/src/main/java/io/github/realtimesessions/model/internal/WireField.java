package io.github.realtimesessions.model.internal;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One JSON member of a type: its wire name, its {@link WireKind}, how to read it from a value and write it into a
 * builder, and what a request must satisfy. Written once per field; the codec, validation, {@code equals},
 * {@code hashCode} and {@code toString} all use it. Not API.
 *
 * @param <T> the type the field belongs to
 * @param <B> that type's builder
 * @param <V> the field's Java type
 */
public final class WireField<T, B, V> {

    private final String name;
    private final WireKind<V> kind;
    private final Function<? super T, ? extends V> getter;
    private final BiConsumer<? super B, ? super V> setter;
    private final List<FieldOption<?>> options;
    private final String constant;
    private final boolean required;
    private final boolean secret;
    private final boolean essential;

    WireField(
            String name,
            WireKind<V> kind,
            Function<? super T, ? extends V> getter,
            BiConsumer<? super B, ? super V> setter,
            List<FieldOption<?>> options,
            String constant) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.getter = Objects.requireNonNull(getter, "getter");
        this.setter = setter;
        this.options = List.copyOf(options);
        this.constant = constant;
        this.required = this.options.stream().anyMatch(FieldOption.Required.class::isInstance);
        this.secret = this.options.stream().anyMatch(FieldOption.Secret.class::isInstance);
        this.essential = this.options.stream().anyMatch(FieldOption.Essential.class::isInstance);
    }

    /**
     * Returns the JSON member name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the kind of the value.
     *
     * @return the kind
     */
    public WireKind<V> kind() {
        return kind;
    }

    /**
     * Reads the field of a value.
     *
     * @param value the value
     * @return the field, or {@code null} when not set
     */
    public V get(T value) {
        return getter.apply(value);
    }

    /**
     * Sets the field on a builder; does nothing for a constant field.
     *
     * @param builder the builder
     * @param value the value
     */
    public void set(B builder, V value) {
        if (setter != null) {
            setter.accept(builder, value);
        }
    }

    /**
     * Returns the options (rules, required, secret).
     *
     * @return an unmodifiable list
     */
    public List<FieldOption<?>> options() {
        return options;
    }

    /**
     * Returns the value a constant field always has on the wire (a discriminator such as {@code "type":"realtime"}).
     *
     * @return the constant, or {@code null} for a normal field
     */
    public String constant() {
        return constant;
    }

    /**
     * Tells whether a request must have the field.
     *
     * @return {@code true} when required
     */
    public boolean isRequired() {
        return required;
    }

    /**
     * Tells whether the value is a secret that {@code toString()} never prints.
     *
     * @return {@code true} for a secret
     */
    public boolean isSecret() {
        return secret;
    }

    /**
     * Tells whether a response without this field is malformed.
     *
     * @return {@code true} for an essential field
     */
    public boolean isEssential() {
        return essential;
    }

    @Override
    public String toString() {
        return name;
    }
}
