package io.github.realtimesessions.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable JSON object whose members keep their order.
 *
 * <p>Build one with {@link #builder()}, convert a {@code Map} with {@link #from(Map)}, or parse text with
 * {@link #parse(String)}.
 */
public final class JsonObject implements JsonValue {

    private static final JsonObject EMPTY = new JsonObject(Map.of());

    private final Map<String, JsonValue> members;

    private JsonObject(Map<String, JsonValue> members) {
        this.members = members;
    }

    /**
     * Returns the empty object.
     *
     * @return {@code {}}
     */
    public static JsonObject empty() {
        return EMPTY;
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns an object with the given members, copied in iteration order.
     *
     * @param members the members; a {@code null} name or value is an error (use {@link JsonNull#INSTANCE})
     * @return the object
     */
    public static JsonObject of(Map<String, ? extends JsonValue> members) {
        Builder builder = builder();
        members.forEach(builder::put);
        return builder.build();
    }

    /**
     * Converts a map of plain Java values (see {@link JsonValue#from(Object)}).
     *
     * @param values the values
     * @return the object
     * @throws IllegalArgumentException naming the path of a value that has no JSON form
     */
    public static JsonObject from(Map<String, ?> values) {
        return (JsonObject) JsonValue.from(Objects.requireNonNull(values, "values"));
    }

    /**
     * Parses the text of a JSON object.
     *
     * @param json the text
     * @return the object
     * @throws IllegalArgumentException if the text is not valid JSON or not an object
     */
    public static JsonObject parse(String json) {
        JsonValue value = JsonValue.parse(json);
        if (!(value instanceof JsonObject object)) {
            throw new IllegalArgumentException("expected a JSON object, found " + kind(value));
        }
        return object;
    }

    /**
     * Returns the members in order.
     *
     * @return an unmodifiable map
     */
    public Map<String, JsonValue> members() {
        return members;
    }

    /**
     * Returns a member.
     *
     * @param name the member name
     * @return the value ({@link JsonNull#INSTANCE} for an explicit {@code null}), or {@code null} when absent
     */
    public JsonValue get(String name) {
        return members.get(name);
    }

    /**
     * Tells whether a member is present (an explicit {@code null} counts).
     *
     * @param name the member name
     * @return {@code true} when present
     */
    public boolean has(String name) {
        return members.containsKey(name);
    }

    /**
     * Returns the member names in order.
     *
     * @return an unmodifiable set
     */
    public Set<String> names() {
        return members.keySet();
    }

    /**
     * Returns the number of members.
     *
     * @return the size
     */
    public int size() {
        return members.size();
    }

    /**
     * Tells whether the object has no members.
     *
     * @return {@code true} for {@code {}}
     */
    public boolean isEmpty() {
        return members.isEmpty();
    }

    /**
     * Returns a builder holding these members, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = builder();
        builder.members.putAll(members);
        return builder;
    }

    @Override
    public Map<String, Object> toJava() {
        Map<String, Object> map = new LinkedHashMap<>();
        members.forEach((name, value) -> map.put(name, value.toJava()));
        return Collections.unmodifiableMap(map);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonObject that && members.equals(that.members);
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }

    /** Returns the compact JSON text. */
    @Override
    public String toString() {
        return toJson();
    }

    private static String kind(JsonValue value) {
        if (value instanceof JsonArray) {
            return "an array";
        }
        if (value instanceof JsonString) {
            return "a string";
        }
        if (value instanceof JsonNumber) {
            return "a number";
        }
        return value instanceof JsonBoolean ? "a boolean" : "null";
    }

    /** Builds a {@link JsonObject}. Not thread-safe; the object it builds is. */
    public static final class Builder {

        private final Map<String, JsonValue> members = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Adds or replaces a member; a replaced member keeps its position.
         *
         * @param name the name
         * @param value the value; {@link JsonNull#INSTANCE} for {@code null}
         * @return this builder
         */
        public Builder put(String name, JsonValue value) {
            Objects.requireNonNull(name, "member name must not be null");
            Objects.requireNonNull(value, () -> "member " + name + " must not be null; use JsonNull");
            members.put(name, value);
            return this;
        }

        /**
         * Adds or replaces a string member.
         *
         * @param name the name
         * @param value the text
         * @return this builder
         */
        public Builder put(String name, String value) {
            return put(name, JsonValue.of(value));
        }

        /**
         * Adds or replaces a number member.
         *
         * @param name the name
         * @param value the number
         * @return this builder
         */
        public Builder put(String name, long value) {
            return put(name, JsonValue.of(value));
        }

        /**
         * Adds or replaces a number member.
         *
         * @param name the name
         * @param value a finite number
         * @return this builder
         */
        public Builder put(String name, double value) {
            return put(name, JsonValue.of(value));
        }

        /**
         * Adds or replaces a boolean member.
         *
         * @param name the name
         * @param value the boolean
         * @return this builder
         */
        public Builder put(String name, boolean value) {
            return put(name, JsonValue.of(value));
        }

        /**
         * Removes a member.
         *
         * @param name the name
         * @return this builder
         */
        public Builder remove(String name) {
            members.remove(name);
            return this;
        }

        /**
         * Builds the object.
         *
         * @return the object
         */
        public JsonObject build() {
            return members.isEmpty() ? EMPTY : new JsonObject(Collections.unmodifiableMap(new LinkedHashMap<>(members)));
        }
    }
}
