package io.github.realtimesessions.transport.core;

import java.util.ArrayList;
import java.util.Arrays;
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

    private static final HttpHeaders EMPTY = new HttpHeaders(new String[0]);

    /** Name and value of each line in turn: {@code lines[2i]} is a name, {@code lines[2i + 1]} its value. */
    private final String[] lines;

    private HttpHeaders(String[] lines) {
        this.lines = lines;
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
        return new Builder(8);
    }

    /**
     * Returns a builder sized for a number of header lines, for a transport that copies its client's headers.
     *
     * @param expectedLines how many lines will be added (a hint; more may be)
     * @return a new builder
     */
    public static Builder builder(int expectedLines) {
        return new Builder(expectedLines);
    }

    /**
     * Returns the first value of a header.
     *
     * @param name the name, any case
     * @return the value, or {@code null} when absent
     */
    public String first(String name) {
        for (int i = 0; i < lines.length; i += 2) {
            if (lines[i].equalsIgnoreCase(name)) {
                return lines[i + 1];
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
        for (int i = 0; i < lines.length; i += 2) {
            if (lines[i].equalsIgnoreCase(name)) {
                values.add(lines[i + 1]);
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
        for (int i = 0; i < lines.length; i += 2) {
            consumer.accept(lines[i], lines[i + 1]);
        }
    }

    /**
     * Returns the number of header lines.
     *
     * @return the size
     */
    public int size() {
        return lines.length / 2;
    }

    /**
     * Returns the headers as a map from lower-case name to values, in order of first appearance.
     *
     * @return an unmodifiable map
     */
    public Map<String, List<String>> toMap() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < lines.length; i += 2) {
            map.computeIfAbsent(lines[i].toLowerCase(Locale.ROOT), name -> new ArrayList<>()).add(lines[i + 1]);
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
        Builder builder = new Builder(size() + 4);
        System.arraycopy(lines, 0, builder.lines, 0, lines.length);
        builder.count = lines.length;
        return builder;
    }

    /** Names the headers, never their values. */
    @Override
    public String toString() {
        List<String> names = new ArrayList<>(size());
        for (int i = 0; i < lines.length; i += 2) {
            names.add(lines[i]);
        }
        return names.toString();
    }

    /** Builds {@link HttpHeaders}. */
    public static final class Builder {

        /** As {@link HttpHeaders#lines}, the first {@link #count} slots used. */
        private String[] lines;
        private int count;
        /** Whether {@link #lines} is the array of built headers (a full builder hands it over uncopied). */
        private boolean shared;

        private Builder(int expectedLines) {
            this.lines = new String[Math.max(1, expectedLines) * 2];
        }

        /**
         * Adds a header line (a repeated name adds another value).
         *
         * @param name the name
         * @param value the value
         * @return this builder
         */
        public Builder add(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (count == lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
                shared = false;
            }
            lines[count++] = name;
            lines[count++] = value;
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
            if (shared) {
                lines = lines.clone();
                shared = false;
            }
            int kept = 0;
            for (int i = 0; i < count; i += 2) {
                if (!lines[i].equalsIgnoreCase(name)) {
                    lines[kept++] = lines[i];
                    lines[kept++] = lines[i + 1];
                }
            }
            Arrays.fill(lines, kept, count, null);
            count = kept;
            return this;
        }

        /**
         * Builds the headers. The builder stays usable; what it builds later does not change these.
         *
         * @return the headers
         */
        public HttpHeaders build() {
            if (count == 0) {
                return EMPTY;
            }
            if (count == lines.length) {
                shared = true;
                return new HttpHeaders(lines);
            }
            return new HttpHeaders(Arrays.copyOf(lines, count));
        }
    }
}
