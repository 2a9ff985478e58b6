package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.realtimesessions.model.internal.WireField;
import io.github.realtimesessions.model.internal.WireType;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The contract every model type with a builder keeps, checked through its {@link WireType} description: the
 * description's getters are the type's public accessors and its setters the builder's public setters, so walking the
 * description exercises the public API field by field. Used by the GA and the beta contract tests.
 */
public final class WireContract {

    private WireContract() {}

    /**
     * One type under test.
     *
     * @param type its description
     * @param full a value with every field set
     * @param base a builder of the smallest valid value (an empty builder unless the type has mandatory fields)
     * @param toBuilder the type's {@code toBuilder()}
     * @param mandatory the fields without which {@code build()} fails
     */
    public record TypeCase<T, B>(
            WireType<T, B> type, Supplier<T> full, Supplier<B> base, Function<T, B> toBuilder, Set<String> mandatory) {

        public static <T, B> TypeCase<T, B> of(WireType<T, B> type, Supplier<T> full, Function<T, B> toBuilder) {
            return new TypeCase<>(type, full, type::newBuilder, toBuilder, Set.of());
        }

        public T build(B builder) {
            return type.build(builder);
        }

        Iterable<WireField<T, B, ?>> fields() {
            return type.fields().stream().filter(field -> field.constant() == null).toList();
        }

        @Override
        public String toString() {
            return type.javaName();
        }
    }

    public static <T, B> void sampleSetsEveryField(TypeCase<T, B> c) {
        T full = c.full().get();
        for (WireField<T, B, ?> field : c.fields()) {
            assertThat((Object) field.get(full)).as("%s.%s of the full sample", c, field.name()).isNotNull();
        }
    }

    public static <T, B> void toBuilderRoundTrips(TypeCase<T, B> c) {
        T full = c.full().get();

        T copy = c.build(c.toBuilder().apply(full));

        assertThat(copy).isEqualTo(full).hasSameHashCodeAs(full).isNotSameAs(full);
        assertThat(copy).hasToString(full.toString());
        for (WireField<T, B, ?> field : c.fields()) {
            assertThat((Object) field.get(copy)).as(field.name()).isEqualTo(field.get(full));
        }
    }

    public static <T, B> void toBuilderLeavesTheOriginalAlone(TypeCase<T, B> c) {
        T full = c.full().get();
        B builder = c.toBuilder().apply(full);
        boolean changed = false;
        for (WireField<T, B, ?> field : c.fields()) {
            if (!c.mandatory().contains(field.name())) {
                field.set(builder, null);
                changed = true;
            }
        }

        T emptied = c.build(builder);

        assertThat(emptied.equals(full)).as("the emptied copy equals the original").isEqualTo(!changed);
        sampleSetsEveryField(new TypeCase<>(c.type(), () -> full, c.base(), c.toBuilder(), c.mandatory()));
    }

    public static <T, B> void eachSetterSetsItsOwnAccessorOnly(TypeCase<T, B> c) {
        T full = c.full().get();
        T base = c.build(c.base().get());
        for (WireField<T, B, ?> field : c.fields()) {
            T one = withFieldOf(c, c.base().get(), field, full);
            for (WireField<T, B, ?> other : c.fields()) {
                Object expected = other == field ? other.get(full) : other.get(base);
                assertThat((Object) other.get(one)).as("%s after setting only %s", other.name(), field.name())
                        .isEqualTo(expected);
            }
        }
    }

    private static <T, B, V> T withFieldOf(TypeCase<T, B> c, B builder, WireField<T, B, V> field, T source) {
        field.set(builder, field.get(source));
        return c.build(builder);
    }

    public static <T, B> void equalsAndHashCodeAreValueBased(TypeCase<T, B> c) {
        T full = c.full().get();
        T same = c.full().get();

        assertThat(full).isEqualTo(full).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(same).isEqualTo(full);
        assertThat(full).isNotEqualTo(null).isNotEqualTo(new Object()).isNotEqualTo(full.toString());
    }

    public static <T, B> void everyFieldTakesPartInEquals(TypeCase<T, B> c) {
        T full = c.full().get();
        for (WireField<T, B, ?> field : c.fields()) {
            B builder = c.toBuilder().apply(full);
            field.set(builder, null);
            if (c.mandatory().contains(field.name())) {
                assertThatThrownBy(() -> c.build(builder)).as("build without %s", field.name())
                        .isInstanceOf(RuntimeException.class)
                        .hasMessageContaining(field.name());
                continue;
            }
            T without = c.build(builder);
            assertThat(without).as("%s without %s", c, field.name()).isNotEqualTo(full);
            assertThat(full).as("%s with %s against one without", c, field.name()).isNotEqualTo(without);
        }
    }

    public static <T, B> void extraFieldsTakePartInEqualsButToStringNamesThemOnly(TypeCase<T, B> c) {
        assertThat(c.type().keepsExtraFields()).as("%s keeps extra fields", c).isTrue();
        T full = c.full().get();
        B builder = c.toBuilder().apply(full);
        c.type().addExtraField(builder, "x_future_option", JsonValue.parse("{\"code\":\"EXTRA-VALUE-42\"}"));
        c.type().addExtraField(builder, "x_number", JsonValue.parse("1.0"));

        T extended = c.build(builder);

        assertThat(c.type().extraFields(extended)).containsOnlyKeys("x_future_option", "x_number");
        assertThat(c.type().extraFields(extended).keySet()).containsExactly("x_future_option", "x_number");
        assertThat(extended).isNotEqualTo(full);
        assertThat(full).isNotEqualTo(extended);
        assertThat(extended.toString())
                .endsWith(", extraFields=[x_future_option, x_number]]")
                .doesNotContain("EXTRA-VALUE-42");
        T copied = c.build(c.toBuilder().apply(extended));
        assertThat(copied).isEqualTo(extended).hasSameHashCodeAs(extended);
        assertThat(c.type().extraFields(copied)).isEqualTo(c.type().extraFields(extended));

        // Extra values compare as JSON: 1.0 and 1 are one number.
        B numeric = c.toBuilder().apply(full);
        c.type().addExtraField(numeric, "x_future_option", JsonValue.parse("{\"code\":\"EXTRA-VALUE-42\"}"));
        c.type().addExtraField(numeric, "x_number", JsonValue.parse("1"));
        assertThat(c.build(numeric)).isEqualTo(extended).hasSameHashCodeAs(extended);
    }

    public static <T, B> void toStringNamesTheTypeAndEverySetField(TypeCase<T, B> c) {
        T full = c.full().get();
        String text = full.toString();

        assertThat(text).startsWith(c.type().javaName() + "[").endsWith("]");
        for (WireField<T, B, ?> field : c.fields()) {
            assertThat(text).as(field.name()).contains(field.name() + "=");
        }
        for (WireField<T, B, ?> field : c.type().fields()) {
            if (field.constant() != null) {
                assertThat(text).as("the constant %s", field.name())
                        .doesNotStartWith(c.type().javaName() + "[" + field.name() + "=");
            }
        }
    }

    public static <T, B> void theSmallestValueDescribesOnlyWhatIsSet(TypeCase<T, B> c) {
        T base = c.build(c.base().get());
        StringBuilder expected = new StringBuilder(c.type().javaName()).append('[');
        boolean first = true;
        for (WireField<T, B, ?> field : c.fields()) {
            Object value = field.get(base);
            if (value != null) {
                expected.append(first ? "" : ", ").append(field.name()).append('=')
                        .append(field.isSecret() ? "<redacted>" : describe(value));
                first = false;
            }
        }
        assertThat(base).hasToString(expected.append(']').toString());
    }

    private static String describe(Object value) {
        return value instanceof Setting<?> setting
                ? (setting.isEnabled() ? String.valueOf(setting.valueOrNull()) : "null")
                : Objects.toString(value);
    }
}
