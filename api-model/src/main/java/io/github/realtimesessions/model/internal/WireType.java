package io.github.realtimesessions.model.internal;

import io.github.realtimesessions.model.JsonValue;
import io.github.realtimesessions.model.Setting;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The description of one JSON object type: its fields, in wire order, how to build it, where it keeps the members the
 * library does not model, and the rules that span several fields. Each model type is described exactly once; the
 * wire codec encodes and decodes by walking the description, validation checks its rules and names fields by their
 * JSON paths, and the type's {@code equals}, {@code hashCode} and {@code toString} are derived from it. Immutable and
 * thread-safe. Not API.
 *
 * @param <T> the type
 * @param <B> its builder
 */
public final class WireType<T, B> {

    private final String javaName;
    private final Supplier<? extends B> newBuilder;
    private final Function<? super B, ? extends T> build;
    private final List<WireField<T, B, ?>> fields;
    /**
     * The fields by wire name, an open-addressing table (linear probing, at most half full): {@code names[i]} is the
     * name of {@code slots[i]}. Every member of every answer is looked up here, and names from the JSON parser are
     * interned, as these are, so a probe is mostly one array load and an identity check; a hash map's node per
     * lookup was the largest single cost of decoding in the profiles.
     */
    private final String[] names;
    private final WireField<?, ?, ?>[] slots;
    private final int mask;
    /** The fields an answer cannot be used without, in wire order; at most 64, so a {@code long} tracks them. */
    private final List<WireField<T, B, ?>> essentials;
    private final Function<? super T, Map<String, JsonValue>> extras;
    private final ExtraSink<? super B> extraSink;
    private final List<CrossRule<? super T>> crossRules;

    private WireType(Builder<T, B> builder) {
        this.javaName = builder.javaName;
        this.newBuilder = builder.newBuilder;
        this.build = builder.build;
        this.fields = List.copyOf(builder.fields);
        int capacity = Integer.highestOneBit(Math.max(1, fields.size()) * 2) * 2;
        this.names = new String[capacity];
        this.slots = new WireField<?, ?, ?>[capacity];
        this.mask = capacity - 1;
        List<WireField<T, B, ?>> essential = new ArrayList<>();
        for (WireField<T, B, ?> field : fields) {
            String name = field.name().intern();
            int at = name.hashCode() & mask;
            while (names[at] != null) {
                if (names[at].equals(name)) {
                    throw new IllegalStateException(javaName + " describes the field " + name + " twice");
                }
                at = (at + 1) & mask;
            }
            names[at] = name;
            slots[at] = field;
            if (field.isEssential()) {
                essential.add(field);
            }
        }
        if (essential.size() > Long.SIZE) {
            throw new IllegalStateException(javaName + " has more than " + Long.SIZE + " essential fields");
        }
        this.essentials = List.copyOf(essential);
        this.extras = builder.extras;
        this.extraSink = builder.extraSink;
        this.crossRules = List.copyOf(builder.crossRules);
    }

    /**
     * Starts the description of a type.
     *
     * @param javaName the Java type's simple name, for messages and {@code toString}
     * @param newBuilder creates an empty builder
     * @param build builds the value from a builder
     * @param <T> the type
     * @param <B> its builder
     * @return the description's builder
     */
    public static <T, B> Builder<T, B> of(
            String javaName, Supplier<? extends B> newBuilder, Function<? super B, ? extends T> build) {
        return new Builder<>(javaName, newBuilder, build);
    }

    /**
     * Returns the Java type's simple name.
     *
     * @return the name
     */
    public String javaName() {
        return javaName;
    }

    /**
     * Returns the fields in wire order.
     *
     * @return an unmodifiable list
     */
    public List<WireField<T, B, ?>> fields() {
        return fields;
    }

    /**
     * Returns the field with a wire name.
     *
     * @param name the JSON member name
     * @return the field, or {@code null} when the type does not model it
     */
    @SuppressWarnings("unchecked")
    public WireField<T, B, ?> field(String name) {
        int start = name.hashCode() & mask;
        // By identity first: the JSON parser interns member names, as the JVM does these literals, so this finds
        // every known name without comparing characters; only a name of another origin (or unknown) takes the
        // second pass.
        String candidate;
        for (int at = start; (candidate = names[at]) != null; at = (at + 1) & mask) {
            if (candidate == name) {
                return (WireField<T, B, ?>) slots[at];
            }
        }
        for (int at = start; (candidate = names[at]) != null; at = (at + 1) & mask) {
            if (candidate.equals(name)) {
                return (WireField<T, B, ?>) slots[at];
            }
        }
        return null;
    }

    /**
     * Returns the fields an answer cannot be used without ({@link WireField#isEssential()}), in wire order; at most
     * 64, so that a reader can track which it has seen in a {@code long}: bit {@code i} for element {@code i}.
     *
     * @return an unmodifiable list
     */
    public List<WireField<T, B, ?>> essentials() {
        return essentials;
    }

    /**
     * Returns an empty builder.
     *
     * @return the builder
     */
    public B newBuilder() {
        return newBuilder.get();
    }

    /**
     * Builds a value.
     *
     * @param builder the builder
     * @return the value
     */
    public T build(B builder) {
        return build.apply(builder);
    }

    /**
     * Tells whether the type keeps members it does not model.
     *
     * @return {@code true} when it has extra fields
     */
    public boolean keepsExtraFields() {
        return extraSink != null;
    }

    /**
     * Returns the members of a value that the type does not model.
     *
     * @param value the value
     * @return the extra fields in order, possibly empty
     */
    public Map<String, JsonValue> extraFields(T value) {
        if (extras == null) {
            return Map.of();
        }
        Map<String, JsonValue> result = extras.apply(value);
        return result == null ? Map.of() : result;
    }

    /**
     * Adds a member the type does not model to a builder; ignored when the type keeps none.
     *
     * @param builder the builder
     * @param name the member name
     * @param value the member value
     */
    public void addExtraField(B builder, String name, JsonValue value) {
        if (extraSink != null) {
            extraSink.put(builder, name, value);
        }
    }

    // ------------------------------------------------------------------------------------------------ validation

    /**
     * Checks every rule of a value and of everything it holds, naming broken rules by their JSON paths below
     * {@code at}.
     *
     * @param value the value
     * @param at the collector positioned at the value
     */
    public void validate(T value, Violations at) {
        for (WireField<T, B, ?> field : fields) {
            validateField(field, value, at);
        }
        for (CrossRule<? super T> rule : crossRules) {
            rule.check(value, at);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T, B, V> void validateField(WireField<T, B, V> field, T owner, Violations at) {
        V value = field.get(owner);
        if (value == null) {
            if (field.isRequired()) {
                at.add(field.name(), "is required", null);
            }
            return;
        }
        // The rules of a field that JSON null switches off apply to its value when it is on.
        Object checked = value instanceof Setting<?> setting ? setting.valueOrNull() : value;
        if (checked != null) {
            for (FieldOption<?> option : field.options()) {
                if (option instanceof FieldOption.Check<?> check && !((FieldOption.Check<Object>) check).ok().test(checked)) {
                    at.add(field.name(), check.rule(),
                            field.isSecret() ? null : ((FieldOption.Check<Object>) check).actual().apply(checked));
                }
            }
        }
        validateValue(field.kind(), value, at.at(field.name()));
    }

    /**
     * Checks the rules of the types a value of a kind holds.
     *
     * @param kind the kind
     * @param value the value, not {@code null}
     * @param at the collector positioned at the value
     * @param <V> the Java type
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <V> void validateValue(WireKind<V> kind, V value, Violations at) {
        if (kind instanceof WireKind.Struct<V> struct) {
            ((WireType) struct.type()).validate(value, at);
        } else if (kind instanceof WireKind.ListOf<?> list) {
            List<?> elements = (List<?>) value;
            for (int i = 0; i < elements.size(); i++) {
                validateValue((WireKind) list.element(), elements.get(i), at.at(i));
            }
        } else if (kind instanceof WireKind.MapOf<?> map) {
            for (Map.Entry<String, ?> entry : ((Map<String, ?>) value).entrySet()) {
                validateValue((WireKind) map.value(), entry.getValue(), at.at(entry.getKey()));
            }
        } else if (kind instanceof WireKind.Nullable<?> nullable) {
            Object inner = ((Setting<?>) value).valueOrNull();
            if (inner != null) {
                validateValue((WireKind) nullable.value(), inner, at);
            }
        } else if (kind instanceof WireKind.OneOf<V> oneOf) {
            for (WireKind.Alternative<V> alternative : oneOf.alternatives()) {
                if (alternative.accepts().test(value)) {
                    validateValue((WireKind) alternative.kind(), value, at);
                    return;
                }
            }
        } else if (kind instanceof WireKind.Discriminated<V> union) {
            WireKind.Variant<V> variant = union.variantOf(value);
            if (variant != null) {
                ((WireType) variant.type()).validate(value, at);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ object methods

    /**
     * Compares two values field by field, extra fields included.
     *
     * @param a a value
     * @param b another value of the same type
     * @return {@code true} when every field is equal
     */
    public boolean equal(T a, T b) {
        if (a == b) {
            return true;
        }
        for (WireField<T, B, ?> field : fields) {
            if (!Objects.equals(field.get(a), field.get(b))) {
                return false;
            }
        }
        return extraFields(a).equals(extraFields(b));
    }

    /**
     * Returns a hash code over every field, extra fields included.
     *
     * @param value the value
     * @return the hash code
     */
    public int hash(T value) {
        int hash = javaName.hashCode();
        for (WireField<T, B, ?> field : fields) {
            hash = 31 * hash + Objects.hashCode(field.get(value));
        }
        return 31 * hash + extraFields(value).hashCode();
    }

    /**
     * Describes a value: its set fields by Java-ish name, secrets redacted, extra fields by name only (they may hold
     * anything).
     *
     * @param value the value
     * @return e.g. {@code AudioOutput[voice=marin, speed=1.0]}
     */
    public String describe(T value) {
        StringBuilder text = new StringBuilder(javaName).append('[');
        boolean first = true;
        for (WireField<T, B, ?> field : fields) {
            Object fieldValue = field.get(value);
            if (fieldValue == null || field.constant() != null) {
                continue;
            }
            if (!first) {
                text.append(", ");
            }
            first = false;
            text.append(field.name()).append('=');
            if (field.isSecret()) {
                text.append("<redacted>");
            } else if (fieldValue instanceof Setting<?> setting) {
                text.append(setting.isEnabled() ? String.valueOf(setting.valueOrNull()) : "null");
            } else {
                text.append(fieldValue);
            }
        }
        Map<String, JsonValue> extra = extraFields(value);
        if (!extra.isEmpty()) {
            text.append(first ? "" : ", ").append("extraFields=").append(extra.keySet());
        }
        return text.append(']').toString();
    }

    @Override
    public String toString() {
        return "WireType[" + javaName + "]";
    }

    /**
     * Receives a member a type does not model.
     *
     * @param <B> the builder
     */
    @FunctionalInterface
    public interface ExtraSink<B> {

        /**
         * Adds the member.
         *
         * @param builder the builder
         * @param name the member name
         * @param value the member value
         */
        void put(B builder, String name, JsonValue value);
    }

    /**
     * A rule that spans several fields of a value.
     *
     * @param <T> the type
     */
    @FunctionalInterface
    public interface CrossRule<T> {

        /**
         * Checks the rule.
         *
         * @param value the value
         * @param at the collector positioned at the value
         */
        void check(T value, Violations at);
    }

    /**
     * Builds a {@link WireType}.
     *
     * @param <T> the type
     * @param <B> its builder
     */
    public static final class Builder<T, B> {

        private final String javaName;
        private final Supplier<? extends B> newBuilder;
        private final Function<? super B, ? extends T> build;
        private final List<WireField<T, B, ?>> fields = new ArrayList<>();
        private Function<? super T, Map<String, JsonValue>> extras;
        private ExtraSink<? super B> extraSink;
        private final List<CrossRule<? super T>> crossRules = new ArrayList<>();

        private Builder(String javaName, Supplier<? extends B> newBuilder, Function<? super B, ? extends T> build) {
            this.javaName = Objects.requireNonNull(javaName, "javaName");
            this.newBuilder = Objects.requireNonNull(newBuilder, "newBuilder");
            this.build = Objects.requireNonNull(build, "build");
        }

        /**
         * Adds a field.
         *
         * @param name the JSON member name
         * @param kind the kind of the value
         * @param getter reads the field
         * @param setter sets the field on a builder
         * @param options rules, {@link FieldOption#required()}, {@link FieldOption#secret()}
         * @param <V> the Java type
         * @return this builder
         */
        public <V> Builder<T, B> field(
                String name,
                WireKind<V> kind,
                Function<? super T, ? extends V> getter,
                BiConsumer<? super B, ? super V> setter,
                FieldOption<?>... options) {
            fields.add(new WireField<>(name, kind, getter, Objects.requireNonNull(setter, "setter"),
                    List.of(options), null));
            return this;
        }

        /**
         * Adds a field whose wire value never changes, such as a discriminator {@code "type":"realtime"}: always
         * written, and on reading only checked.
         *
         * @param name the JSON member name
         * @param value the constant
         * @return this builder
         */
        public Builder<T, B> constant(String name, String value) {
            Objects.requireNonNull(value, "value");
            fields.add(new WireField<T, B, String>(name, WireKind.TEXT, ignored -> value, null, List.of(), value));
            return this;
        }

        /**
         * Keeps the members the type does not model: readable on responses, sent as they are on requests.
         *
         * @param extras reads them from a value
         * @param sink adds one to a builder
         * @return this builder
         */
        public Builder<T, B> extraFields(Function<? super T, Map<String, JsonValue>> extras, ExtraSink<? super B> sink) {
            this.extras = Objects.requireNonNull(extras, "extras");
            this.extraSink = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /**
         * Adds a rule that spans several fields.
         *
         * @param rule the rule
         * @return this builder
         */
        public Builder<T, B> rule(CrossRule<? super T> rule) {
            crossRules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Builds the description.
         *
         * @return the description
         */
        public WireType<T, B> build() {
            return new WireType<>(this);
        }
    }
}
