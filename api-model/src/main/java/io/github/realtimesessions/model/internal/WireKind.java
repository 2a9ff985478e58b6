package io.github.realtimesessions.model.internal;

import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.JsonValue;
import io.github.realtimesessions.model.OpenEnum;
import io.github.realtimesessions.model.Setting;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How one JSON value is represented in Java: the vocabulary of the field descriptions ({@link WireType}) that drive
 * the wire codec, validation, {@code equals} and {@code toString} of every model type. Each kind is a small record;
 * the codec switches over them. Not API.
 *
 * @param <V> the Java type of the value
 */
public sealed interface WireKind<V>
        permits WireKind.Scalar,
                WireKind.Epoch,
                WireKind.Enumerated,
                WireKind.Struct,
                WireKind.ListOf,
                WireKind.MapOf,
                WireKind.Json,
                WireKind.Nullable,
                WireKind.OneOf,
                WireKind.Discriminated,
                WireKind.Mapped {

    /** A JSON string as a {@link String}. */
    Scalar<String> TEXT = new Scalar<>(ScalarType.TEXT);

    /** A JSON boolean as a {@link Boolean}. */
    Scalar<Boolean> BOOLEAN = new Scalar<>(ScalarType.BOOLEAN);

    /** A JSON integer within 32 bits as an {@link Integer}. */
    Scalar<Integer> INT32 = new Scalar<>(ScalarType.INT32);

    /** A JSON integer within 64 bits as a {@link Long}. */
    Scalar<Long> INT64 = new Scalar<>(ScalarType.INT64);

    /** A JSON number as a {@link Double}. */
    Scalar<Double> DECIMAL = new Scalar<>(ScalarType.DECIMAL);

    /** Unix seconds as an {@link Instant}. */
    Epoch EPOCH_SECONDS = new Epoch(false);

    /** Unix seconds as an {@link Instant}, where {@code 0} means "not given" (session objects send {@code 0}). */
    Epoch EPOCH_SECONDS_ZERO_ABSENT = new Epoch(true);

    /** Any JSON value. */
    Json<JsonValue> ANY_JSON = new Json<>(false);

    /** A JSON object of any content. */
    Json<JsonObject> JSON_OBJECT = new Json<>(true);

    /**
     * Returns the kind of an open enumeration.
     *
     * @param of the factory, e.g. {@code Voice::of}
     * @param <E> the enumeration
     * @return the kind
     */
    static <E extends OpenEnum> Enumerated<E> enumerated(Function<String, E> of) {
        return new Enumerated<>(of);
    }

    /**
     * Returns the kind of an object described by a {@link WireType}.
     *
     * @param type the description
     * @param <T> the Java type
     * @return the kind
     */
    static <T> Struct<T> struct(WireType<T, ?> type) {
        return new Struct<>(type);
    }

    /**
     * Returns the kind of a JSON array.
     *
     * @param element the kind of the elements
     * @param <E> the element type
     * @return the kind
     */
    static <E> ListOf<E> listOf(WireKind<E> element) {
        return new ListOf<>(element);
    }

    /**
     * Returns the kind of a JSON object used as a map from member names to values of one kind.
     *
     * @param value the kind of the values
     * @param <E> the value type
     * @return the kind
     */
    static <E> MapOf<E> mapOf(WireKind<E> value) {
        return new MapOf<>(value);
    }

    /**
     * Returns the three-state kind of a field that JSON {@code null} switches off.
     *
     * @param value the kind of the value
     * @param <E> the value type
     * @return the kind
     */
    static <E> Nullable<E> nullable(WireKind<E> value) {
        return new Nullable<>(value);
    }

    /**
     * Returns a kind stored on the wire as another kind.
     *
     * @param wire the wire kind
     * @param decode turns a wire value into the Java value
     * @param encode turns the Java value into the wire value
     * @param <W> the wire type
     * @param <V> the Java type
     * @return the kind
     */
    static <W, V> Mapped<W, V> mapped(WireKind<W> wire, Function<W, V> decode, Function<V, W> encode) {
        return new Mapped<>(wire, decode, encode);
    }

    /** The JSON shape of a value, by which {@link OneOf} picks an alternative. */
    enum Shape {
        /** A JSON string. */
        STRING,
        /** A JSON number. */
        NUMBER,
        /** A JSON boolean. */
        BOOLEAN,
        /** A JSON object. */
        OBJECT,
        /** A JSON array. */
        ARRAY,
        /** Any shape. */
        ANY
    }

    /**
     * Returns the shape of the values of a kind.
     *
     * @param kind the kind
     * @return the shape
     */
    static Shape shapeOf(WireKind<?> kind) {
        if (kind instanceof Scalar<?> scalar) {
            return switch (scalar.type()) {
                case TEXT -> Shape.STRING;
                case BOOLEAN -> Shape.BOOLEAN;
                case INT32, INT64, DECIMAL -> Shape.NUMBER;
            };
        }
        if (kind instanceof Epoch) {
            return Shape.NUMBER;
        }
        if (kind instanceof Enumerated<?>) {
            return Shape.STRING;
        }
        if (kind instanceof Struct<?> || kind instanceof MapOf<?> || kind instanceof Discriminated<?>) {
            return Shape.OBJECT;
        }
        if (kind instanceof ListOf<?>) {
            return Shape.ARRAY;
        }
        if (kind instanceof Json<?> json) {
            return json.objectOnly() ? Shape.OBJECT : Shape.ANY;
        }
        if (kind instanceof Mapped<?, ?> mapped) {
            return shapeOf(mapped.wire());
        }
        if (kind instanceof Nullable<?> nullable) {
            return shapeOf(nullable.value());
        }
        return Shape.ANY;
    }

    /** The scalar types. */
    enum ScalarType {
        /** {@link String}. */
        TEXT,
        /** {@link Boolean}. */
        BOOLEAN,
        /** {@link Integer}. */
        INT32,
        /** {@link Long}. */
        INT64,
        /** {@link Double}. */
        DECIMAL
    }

    /**
     * A JSON scalar.
     *
     * @param type which scalar
     * @param <V> the Java type the scalar type names
     */
    record Scalar<V>(ScalarType type) implements WireKind<V> {}

    /**
     * Unix seconds as an {@link Instant}. Decoding accepts a non-negative integer within the range of
     * {@link Instant} only.
     *
     * @param zeroIsAbsent whether {@code 0} reads as "not given"
     */
    record Epoch(boolean zeroIsAbsent) implements WireKind<Instant> {}

    /**
     * An open enumeration.
     *
     * @param of the factory from a wire value
     * @param <E> the enumeration
     */
    record Enumerated<E extends OpenEnum>(Function<String, E> of) implements WireKind<E> {}

    /**
     * An object described by a {@link WireType}.
     *
     * @param type the description
     * @param <T> the Java type
     */
    record Struct<T>(WireType<T, ?> type) implements WireKind<T> {}

    /**
     * A JSON array; the list is immutable and holds no {@code null}.
     *
     * @param element the kind of the elements
     * @param <E> the element type
     */
    record ListOf<E>(WireKind<E> element) implements WireKind<List<E>> {}

    /**
     * A JSON object as an ordered map from member names to values of one kind.
     *
     * @param value the kind of the values
     * @param <E> the value type
     */
    record MapOf<E>(WireKind<E> value) implements WireKind<Map<String, E>> {}

    /**
     * Free-form JSON.
     *
     * @param objectOnly whether only an object is accepted
     * @param <V> {@link JsonValue} or {@link JsonObject}
     */
    record Json<V extends JsonValue>(boolean objectOnly) implements WireKind<V> {}

    /**
     * A field that JSON {@code null} switches off, as a {@link Setting}: absent (Java {@code null}), disabled (JSON
     * {@code null}) or enabled with a value.
     *
     * @param value the kind of the value
     * @param <E> the value type
     */
    record Nullable<E>(WireKind<E> value) implements WireKind<Setting<E>> {}

    /**
     * A union told apart by the JSON shape of the value (a string or an object, a number or a string...). Decoding
     * takes the first alternative whose shape matches; encoding the first alternative that accepts the Java value.
     *
     * @param alternatives the alternatives, in order
     * @param <V> the union type
     */
    record OneOf<V>(List<Alternative<V>> alternatives) implements WireKind<V> {

        /**
         * Creates a union.
         *
         * @param alternatives at least one
         */
        public OneOf {
            alternatives = List.copyOf(alternatives);
        }

        /**
         * Returns a union of the given alternatives.
         *
         * @param alternatives the alternatives, in order
         * @param <V> the union type
         * @return the kind
         */
        @SafeVarargs
        public static <V> OneOf<V> of(Alternative<V>... alternatives) {
            return new OneOf<>(List.of(alternatives));
        }
    }

    /**
     * One alternative of a {@link OneOf}.
     *
     * @param accepts whether this alternative encodes a given Java value
     * @param kind the alternative's kind
     * @param lenientOnly whether the alternative only reads tolerated legacy shapes of responses: never written, and
     *     refused when a request is read
     * @param <V> the union type
     */
    record Alternative<V>(Predicate<Object> accepts, WireKind<? extends V> kind, boolean lenientOnly) {

        /**
         * Returns an alternative for the values of one Java type.
         *
         * @param type the Java type (a record or final class of the union)
         * @param kind its kind
         * @param <V> the union type
         * @param <S> the alternative's type
         * @return the alternative
         */
        public static <V, S extends V> Alternative<V> of(Class<S> type, WireKind<S> kind) {
            return new Alternative<>(type::isInstance, kind, false);
        }

        /**
         * Returns an alternative chosen by a test of the Java value.
         *
         * @param accepts the test
         * @param kind the alternative's kind
         * @param <V> the union type
         * @return the alternative
         */
        @SuppressWarnings("unchecked")
        public static <V> Alternative<V> when(Predicate<? super V> accepts, WireKind<? extends V> kind) {
            return new Alternative<>(value -> ((Predicate<Object>) accepts).test(value), kind, false);
        }

        /**
         * Returns an alternative that only reads a legacy shape of responses.
         *
         * @param kind the alternative's kind
         * @param <V> the union type
         * @return the alternative
         */
        public static <V> Alternative<V> lenient(WireKind<? extends V> kind) {
            return new Alternative<>(value -> false, kind, true);
        }
    }

    /**
     * A union of objects told apart by a string member (a discriminator such as {@code type}). Each variant's own
     * {@link WireType} writes the discriminator as a {@linkplain WireField#constant constant} field. An object with a
     * discriminator no variant names (or none at all) is kept whole through {@code unknown}, so that a newer server's
     * variant still decodes and round-trips.
     *
     * @param property the discriminator member, e.g. {@code type}
     * @param variants the known variants
     * @param unknown wraps an object of another variant, or {@code null} to reject it
     * @param unknownJson returns the object an unknown variant holds, or {@code null} when {@code unknown} is
     * @param <V> the union type
     */
    record Discriminated<V>(
            String property,
            List<Variant<V>> variants,
            Function<JsonObject, ? extends V> unknown,
            Function<? super V, JsonObject> unknownJson)
            implements WireKind<V> {

        /**
         * Creates the union.
         *
         * @throws NullPointerException if {@code property} or {@code variants} is {@code null}
         */
        public Discriminated {
            Objects.requireNonNull(property, "property");
            variants = List.copyOf(variants);
        }

        /**
         * Returns the variant for a discriminator value.
         *
         * @param tag the value
         * @return the variant, or {@code null} when no variant has it
         */
        public Variant<V> variant(String tag) {
            for (Variant<V> variant : variants) {
                if (variant.tag().equals(tag)) {
                    return variant;
                }
            }
            return null;
        }

        /**
         * Returns the variant that encodes a Java value.
         *
         * @param value the value
         * @return the variant, or {@code null} for an unknown variant's value
         */
        public Variant<V> variantOf(Object value) {
            for (Variant<V> variant : variants) {
                if (variant.javaType().isInstance(value)) {
                    return variant;
                }
            }
            return null;
        }

        /**
         * Lists the discriminator values of the known variants, for messages.
         *
         * @return e.g. {@code server_vad, semantic_vad}
         */
        public String tags() {
            StringBuilder text = new StringBuilder();
            for (Variant<V> variant : variants) {
                if (text.length() > 0) {
                    text.append(", ");
                }
                text.append(variant.tag());
            }
            return text.toString();
        }
    }

    /**
     * One variant of a {@link Discriminated} union.
     *
     * @param tag the discriminator value
     * @param javaType the variant's Java type
     * @param type the variant's description
     * @param <V> the union type
     */
    record Variant<V>(String tag, Class<? extends V> javaType, WireType<? extends V, ?> type) {

        /**
         * Returns a variant.
         *
         * @param tag the discriminator value
         * @param javaType the variant's Java type
         * @param type the variant's description
         * @param <V> the union type
         * @param <S> the variant's type
         * @return the variant
         */
        public static <V, S extends V> Variant<V> of(String tag, Class<S> javaType, WireType<S, ?> type) {
            return new Variant<>(tag, javaType, type);
        }
    }

    /**
     * A value stored on the wire as another kind, converted both ways.
     *
     * @param wire the wire kind
     * @param decode turns a wire value into the Java value
     * @param encode turns the Java value into the wire value
     * @param <W> the wire type
     * @param <V> the Java type
     */
    record Mapped<W, V>(WireKind<W> wire, Function<W, V> decode, Function<V, W> encode) implements WireKind<V> {}
}
