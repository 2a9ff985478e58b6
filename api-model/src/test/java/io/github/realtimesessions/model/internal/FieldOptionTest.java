package io.github.realtimesessions.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rules {@link FieldOption} builds: what they accept, how they say it, and how they show a rejected value. */
class FieldOptionTest {

    @SuppressWarnings("unchecked")
    private static <V> FieldOption.Check<V> check(FieldOption<V> option) {
        assertThat(option).isInstanceOf(FieldOption.Check.class);
        return (FieldOption.Check<V>) option;
    }

    @Test
    void aDecimalRangeIsInclusiveAndRejectsNaNAndInfinity() {
        FieldOption.Check<Double> speed = check(FieldOption.between(0.25, 1.5));

        assertThat(speed.rule()).isEqualTo("must be between 0.25 and 1.5");
        assertThat(speed.ok().test(0.25)).isTrue();
        assertThat(speed.ok().test(1.5)).isTrue();
        assertThat(speed.ok().test(Math.nextDown(0.25))).isFalse();
        assertThat(speed.ok().test(Math.nextUp(1.5))).isFalse();
        assertThat(speed.ok().test(Double.NaN)).isFalse();
        assertThat(speed.ok().test(Double.POSITIVE_INFINITY)).isFalse();
        assertThat(speed.ok().test(Double.NEGATIVE_INFINITY)).isFalse();
        assertThat(speed.actual().apply(2.0)).isEqualTo("2.0");
        assertThat(check(FieldOption.between(0.0, 1.0)).rule()).isEqualTo("must be between 0.0 and 1.0");
    }

    @Test
    void anIntegerRangeIsInclusive() {
        FieldOption.Check<Integer> seconds = check(FieldOption.between(10, 7200));

        assertThat(seconds.rule()).isEqualTo("must be between 10 and 7200");
        assertThat(seconds.ok().test(10)).isTrue();
        assertThat(seconds.ok().test(7200)).isTrue();
        assertThat(seconds.ok().test(9)).isFalse();
        assertThat(seconds.ok().test(7201)).isFalse();
        assertThat(seconds.ok().test(Integer.MIN_VALUE)).isFalse();
        assertThat(seconds.actual().apply(-3)).isEqualTo("-3");
    }

    @Test
    void atLeastHasALowerBoundOnly() {
        FieldOption.Check<Integer> padding = check(FieldOption.atLeast(0));

        assertThat(padding.rule()).isEqualTo("must be at least 0");
        assertThat(padding.ok().test(0)).isTrue();
        assertThat(padding.ok().test(Integer.MAX_VALUE)).isTrue();
        assertThat(padding.ok().test(-1)).isFalse();
        assertThat(padding.actual().apply(-1)).isEqualTo("-1");
    }

    @Test
    void notBlankQuotesTheRejectedText() {
        FieldOption.Check<String> notBlank = check(FieldOption.notBlank());

        assertThat(notBlank.rule()).isEqualTo("must not be blank");
        assertThat(notBlank.ok().test("x")).isTrue();
        assertThat(notBlank.ok().test(" x ")).isTrue();
        assertThat(notBlank.ok().test("")).isFalse();
        assertThat(notBlank.ok().test(" \t\n")).isFalse();
        assertThat(notBlank.actual().apply(" ")).isEqualTo("\" \"");
    }

    @Test
    void matchesTheWholeText() {
        FieldOption.Check<String> id = check(FieldOption.matches(Pattern.compile("id_[0-9]+"), "id_ and digits"));

        assertThat(id.rule()).isEqualTo("must be id_ and digits");
        assertThat(id.ok().test("id_42")).isTrue();
        assertThat(id.ok().test("id_42x")).isFalse();
        assertThat(id.ok().test("xid_42")).isFalse();
        assertThat(id.actual().apply("nope")).isEqualTo("\"nope\"");
    }

    @Test
    void minItemsCountsElementsAndSaysElementOrElements() {
        FieldOption.Check<List<String>> one = check(FieldOption.<List<String>>minItems(1));
        FieldOption.Check<List<String>> two = check(FieldOption.<List<String>>minItems(2));

        assertThat(one.rule()).isEqualTo("must have at least 1 element");
        assertThat(two.rule()).isEqualTo("must have at least 2 elements");
        assertThat(one.ok().test(List.of("a"))).isTrue();
        assertThat(one.ok().test(List.of())).isFalse();
        assertThat(two.ok().test(List.of("a"))).isFalse();
        assertThat(one.actual().apply(List.of())).isEqualTo("0 elements");
    }

    @Test
    void distinctRejectsARepeatedElement() {
        FieldOption.Check<List<String>> distinct = check(FieldOption.<List<String>>distinct());

        assertThat(distinct.rule()).isEqualTo("must not repeat an element");
        assertThat(distinct.ok().test(List.of("a", "b"))).isTrue();
        assertThat(distinct.ok().test(List.of())).isTrue();
        assertThat(distinct.ok().test(List.of("a", "b", "a"))).isFalse();
        assertThat(distinct.actual().apply(List.of("a", "a"))).isEqualTo("[a, a]");
    }

    @Test
    void theMarkerOptionsAreTheirRecords() {
        assertThat(FieldOption.required()).isInstanceOf(FieldOption.Required.class).isEqualTo(FieldOption.required());
        assertThat(FieldOption.secret()).isInstanceOf(FieldOption.Secret.class);
        assertThat(FieldOption.essential()).isInstanceOf(FieldOption.Essential.class);
    }
}
