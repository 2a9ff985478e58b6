package io.github.realtimesessions.model.internal;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Something a {@link WireField} says about its values beyond their kind: a rule a request must satisfy, that the field
 * is required, or that its value is a secret. Not API.
 *
 * @param <V> the field's Java type
 */
public sealed interface FieldOption<V> permits FieldOption.Check, FieldOption.Required, FieldOption.Secret, FieldOption.Essential {

    /**
     * A rule on a present value, checked when a request is built.
     *
     * @param ok whether a value satisfies the rule
     * @param rule what the value must satisfy, as the message says it, e.g. {@code must be between 10 and 7200}
     * @param actual how the rejected value appears in the message
     * @param <V> the field's Java type
     */
    record Check<V>(Predicate<? super V> ok, String rule, Function<? super V, String> actual)
            implements FieldOption<V> {}

    /**
     * The field must be present in a request.
     *
     * @param <V> the field's Java type
     */
    record Required<V>() implements FieldOption<V> {}

    /**
     * The value is a secret: {@code toString()} prints {@code <redacted>} instead.
     *
     * @param <V> the field's Java type
     */
    record Secret<V>() implements FieldOption<V> {}

    /**
     * A response without the field (or with a value of the wrong type) is malformed: it cannot be used at all, as a
     * client secret without its value.
     *
     * @param <V> the field's Java type
     */
    record Essential<V>() implements FieldOption<V> {}

    /**
     * A response without the field is malformed.
     *
     * @param <V> the field's Java type
     * @return the option
     */
    static <V> FieldOption<V> essential() {
        return new Essential<>();
    }

    /**
     * The field must be present in a request.
     *
     * @param <V> the field's Java type
     * @return the option
     */
    static <V> FieldOption<V> required() {
        return new Required<>();
    }

    /**
     * The value is a secret, never printed.
     *
     * @param <V> the field's Java type
     * @return the option
     */
    static <V> FieldOption<V> secret() {
        return new Secret<>();
    }

    /**
     * A number between two bounds, inclusive, and finite.
     *
     * @param min the lower bound
     * @param max the upper bound
     * @return the rule
     */
    static FieldOption<Double> between(double min, double max) {
        return new Check<>(v -> v >= min && v <= max, "must be between " + min + " and " + max, String::valueOf);
    }

    /**
     * An integer between two bounds, inclusive.
     *
     * @param min the lower bound
     * @param max the upper bound
     * @return the rule
     */
    static FieldOption<Integer> between(int min, int max) {
        return new Check<>(v -> v >= min && v <= max, "must be between " + min + " and " + max, String::valueOf);
    }

    /**
     * An integer of at least a bound.
     *
     * @param min the lower bound
     * @return the rule
     */
    static FieldOption<Integer> atLeast(int min) {
        return new Check<>(v -> v >= min, "must be at least " + min, String::valueOf);
    }

    /**
     * A string that is not blank.
     *
     * @return the rule
     */
    static FieldOption<String> notBlank() {
        return new Check<>(v -> !v.isBlank(), "must not be blank", v -> "\"" + v + "\"");
    }

    /**
     * A string matching a pattern.
     *
     * @param pattern the pattern, matched whole
     * @param description how the message describes it, e.g. {@code tunnel_ followed by 32 lowercase letters or digits}
     * @return the rule
     */
    static FieldOption<String> matches(Pattern pattern, String description) {
        return new Check<>(v -> pattern.matcher(v).matches(), "must be " + description, v -> "\"" + v + "\"");
    }

    /**
     * A collection with at least a number of elements.
     *
     * @param min the smallest size
     * @param <C> the collection type
     * @return the rule
     */
    static <C extends Collection<?>> FieldOption<C> minItems(int min) {
        return new Check<>(v -> v.size() >= min, "must have at least " + min + (min == 1 ? " element" : " elements"),
                v -> v.size() + " elements");
    }

    /**
     * A collection without repeated elements.
     *
     * @param <C> the collection type
     * @return the rule
     */
    static <C extends Collection<?>> FieldOption<C> distinct() {
        return new Check<>(v -> v.stream().distinct().count() == v.size(), "must not repeat an element",
                Objects::toString);
    }
}
