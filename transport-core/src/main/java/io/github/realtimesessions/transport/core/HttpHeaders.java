package io.github.realtimesessions.transport.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * HTTP headers in order, a repeated header with all its values; names are matched without regard to case. Immutable
 * and thread-safe. {@link #toString()} names the headers, never their values (an {@code Authorization} value is a
 * credential).
 */
public final class HttpHeaders {

    private static final HttpHeaders EMPTY = new HttpHeaders(List.of());

    private final List<String[]> entries;

    private HttpHeaders(List<String[]> entries) {
        this.entries = entries;
    }

    /**
     * Returns no headers.
     *
     * @return the empty headers
     */
    public static HttpHeaders empty() {
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
     * Returns the first value of a header.
     *
     * @param name the name, any case
     * @return the value, or {@code null} when absent
     */
    public String first(String name) {
        for (String[] entry : entries) {
            if (entry[0].equalsIgnoreCase(name)) {
                return entry[1];
            }
        }
        return null;
    }

    /**
     * Returns every value of a header, in order.
     *
     * @param name the name, any case
     * @return the values, empty when absent
     */
    public List<String> all(String name) {
        List<String> values = new ArrayList<>(1);
        for (String[] entry : entries) {
            if (entry[0].equalsIgnoreCase(name)) {
                values.add(entry[1]);
            }
        }
        return values;
    }

    /**
     * Tells whether a header is present.
     *
     * @param name the name, any case
     * @return {@code true} when present
     */
    public boolean contains(String name) {
        return first(name) != null;
    }

    /**
     * Hands each header to a consumer, in order.
     *
     * @param consumer receives name and value
     */
    public void forEach(BiConsumer<String, String> consumer) {
        for (String[] entry : entries) {
            consumer.accept(entry[0], entry[1]);
        }
    }

    /**
     * Returns the number of header lines.
     *
     * @return the size
     */
    public int size() {
        return entries.size();
    }

    /**
     * Returns the headers as a map from lower-case name to values, in order of first appearance.
     *
     * @return an unmodifiable map
     */
    public Map<String, List<String>> toMap() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String[] entry : entries) {
            map.computeIfAbsent(entry[0].toLowerCase(Locale.ROOT), name -> new ArrayList<>()).add(entry[1]);
        }
        map.replaceAll((name, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(map);
    }

    /**
     * Returns a builder holding these headers.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = builder();
        builder.entries.addAll(entries);
        return builder;
    }

    /** Names the headers, never their values. */
    @Override
    public String toString() {
        List<String> names = new ArrayList<>(entries.size());
        for (String[] entry : entries) {
            names.add(entry[0]);
        }
        return names.toString();
    }

    /** Builds {@link HttpHeaders}. */
    public static final class Builder {

        private final List<String[]> entries = new ArrayList<>();

        private Builder() {}

        /**
         * Adds a header line (a repeated name adds another value).
         *
         * @param name the name
         * @param value the value
         * @return this builder
         */
        public Builder add(String name, String value) {
            entries.add(new String[] {Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value")});
            return this;
        }

        /**
         * Replaces every value of a header with one value.
         *
         * @param name the name, any case
         * @param value the value
         * @return this builder
         */
        public Builder set(String name, String value) {
            remove(name);
            return add(name, value);
        }

        /**
         * Removes a header.
         *
         * @param name the name, any case
         * @return this builder
         */
        public Builder remove(String name) {
            entries.removeIf(entry -> entry[0].equalsIgnoreCase(name));
            return this;
        }

        /**
         * Builds the headers.
         *
         * @return the headers
         */
        public HttpHeaders build() {
            return entries.isEmpty() ? EMPTY : new HttpHeaders(List.copyOf(entries));
        }
    }
}
