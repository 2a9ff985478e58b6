package io.github.realtimesessions.model.internal;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The headers of an answer as {@code ResponseMetadata} keeps them: an immutable map from header name to its values in
 * the order they came, names looked up without regard to case and presented in lower case, in sorted order.
 *
 * <p>Every call builds one from its answer, so it is two arrays (the names as received, sorted without regard to
 * case, and one immutable value list per name) rather than a tree map with an entry object and a lower-cased copy of
 * each name: {@link #get} is a binary search that compares without regard to case, and the lower-case names are made
 * only when someone iterates. Thread-safe. Not API.
 */
public final class HeaderMap extends AbstractMap<String, List<String>> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Up to this many header lines are sorted in place; more (a hostile answer) go through a stable library sort. */
    private static final int INSERTION_SORT_MAX = 64;

    private static final Comparator<String> NAME_ORDER = String.CASE_INSENSITIVE_ORDER;

    /** No headers. */
    public static final HeaderMap EMPTY = new HeaderMap(new String[0], new Object[0]);

    /** Distinct without regard to case, sorted by {@link #NAME_ORDER}, spelled as first received. */
    private final String[] names;
    /** {@code values[i]} is the immutable {@code List<String>} of {@code names[i]}. */
    private final Object[] values;

    private HeaderMap(String[] names, Object[] values) {
        this.names = names;
        this.values = values;
    }

    /**
     * Returns a builder.
     *
     * @param expectedLines how many header lines will be added (a hint)
     * @return a new builder
     */
    public static Builder builder(int expectedLines) {
        return new Builder(expectedLines);
    }

    /**
     * Returns the headers of a map: the map itself when it is a {@code HeaderMap}, else an immutable copy. Entries
     * with a {@code null} name or value list are skipped; names that differ only in case are merged.
     *
     * @param headers the headers, each name with all its values
     * @return the header map
     * @throws NullPointerException if a value list holds {@code null}
     */
    public static HeaderMap copyOf(Map<String, ? extends List<String>> headers) {
        if (headers instanceof HeaderMap already) {
            return already;
        }
        Builder builder = new Builder(headers.size());
        headers.forEach((name, list) -> {
            if (name != null && list != null) {
                for (String value : list) {
                    builder.add(name, value);
                }
            }
        });
        return builder.build();
    }

    @Override
    public List<String> get(Object key) {
        int index = key instanceof String name ? indexOf(name) : -1;
        return index < 0 ? null : valuesAt(index);
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && indexOf(name) >= 0;
    }

    @Override
    public List<String> getOrDefault(Object key, List<String> defaultValue) {
        List<String> found = get(key);
        return found == null ? defaultValue : found;
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public boolean isEmpty() {
        return names.length == 0;
    }

    @Override
    public Set<Entry<String, List<String>>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, List<String>>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Entry<String, List<String>> next() {
                        if (next >= names.length) {
                            throw new NoSuchElementException();
                        }
                        int index = next++;
                        return new SimpleImmutableEntry<>(names[index].toLowerCase(Locale.ROOT), valuesAt(index));
                    }
                };
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private List<String> valuesAt(int index) {
        return (List<String>) values[index];
    }

    private int indexOf(String name) {
        int low = 0;
        int high = names.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = NAME_ORDER.compare(names[middle], name);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    // Immutable: every mutator refuses, also where AbstractMap would quietly do nothing (a key that is absent).

    @Override
    public List<String> put(String key, List<String> value) {
        throw immutable();
    }

    @Override
    public List<String> remove(Object key) {
        throw immutable();
    }

    @Override
    public void putAll(Map<? extends String, ? extends List<String>> map) {
        throw immutable();
    }

    @Override
    public void clear() {
        throw immutable();
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super List<String>, ? extends List<String>> function) {
        throw immutable();
    }

    @Override
    public List<String> putIfAbsent(String key, List<String> value) {
        throw immutable();
    }

    @Override
    public boolean remove(Object key, Object value) {
        throw immutable();
    }

    @Override
    public boolean replace(String key, List<String> oldValue, List<String> newValue) {
        throw immutable();
    }

    @Override
    public List<String> replace(String key, List<String> value) {
        throw immutable();
    }

    @Override
    public List<String> computeIfAbsent(String key, Function<? super String, ? extends List<String>> function) {
        throw immutable();
    }

    @Override
    public List<String> computeIfPresent(
            String key, BiFunction<? super String, ? super List<String>, ? extends List<String>> function) {
        throw immutable();
    }

    @Override
    public List<String> compute(
            String key, BiFunction<? super String, ? super List<String>, ? extends List<String>> function) {
        throw immutable();
    }

    @Override
    public List<String> merge(
            String key, List<String> value, BiFunction<? super List<String>, ? super List<String>, ? extends List<String>> function) {
        throw immutable();
    }

    private static UnsupportedOperationException immutable() {
        return new UnsupportedOperationException("the headers of an answer are immutable");
    }

    /** Collects header lines in the order they came; not thread-safe. */
    public static final class Builder {

        private String[] lineNames;
        private String[] lineValues;
        private int lines;

        private Builder(int expectedLines) {
            int capacity = Math.max(1, expectedLines);
            this.lineNames = new String[capacity];
            this.lineValues = new String[capacity];
        }

        /**
         * Adds a header line; a repeated name, in any case, adds another value.
         *
         * @param name the name
         * @param value the value
         * @return this builder
         */
        public Builder add(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (lines == lineNames.length) {
                lineNames = Arrays.copyOf(lineNames, lines * 2);
                lineValues = Arrays.copyOf(lineValues, lines * 2);
            }
            lineNames[lines] = name;
            lineValues[lines] = value;
            lines++;
            return this;
        }

        /**
         * Builds the map.
         *
         * @return the headers
         */
        public HeaderMap build() {
            if (lines == 0) {
                return EMPTY;
            }
            int[] order = sortedLines();
            int distinct = 1;
            for (int i = 1; i < lines; i++) {
                if (NAME_ORDER.compare(lineNames[order[i - 1]], lineNames[order[i]]) != 0) {
                    distinct++;
                }
            }
            String[] names = new String[distinct];
            Object[] values = new Object[distinct];
            int slot = 0;
            for (int start = 0; start < lines; ) {
                int end = start + 1;
                while (end < lines && NAME_ORDER.compare(lineNames[order[start]], lineNames[order[end]]) == 0) {
                    end++;
                }
                names[slot] = lineNames[order[start]];
                if (end - start == 1) {
                    values[slot] = List.of(lineValues[order[start]]);
                } else {
                    String[] all = new String[end - start];
                    for (int i = start; i < end; i++) {
                        all[i - start] = lineValues[order[i]];
                    }
                    values[slot] = List.of(all);
                }
                slot++;
                start = end;
            }
            return new HeaderMap(names, values);
        }

        /** The line indexes in name order; lines of one name keep the order they came in (a stable sort). */
        private int[] sortedLines() {
            int[] order = new int[lines];
            if (lines > INSERTION_SORT_MAX) {
                Integer[] boxed = new Integer[lines];
                for (int i = 0; i < lines; i++) {
                    boxed[i] = i;
                }
                Arrays.sort(boxed, (a, b) -> NAME_ORDER.compare(lineNames[a], lineNames[b]));
                for (int i = 0; i < lines; i++) {
                    order[i] = boxed[i];
                }
                return order;
            }
            for (int i = 0; i < lines; i++) {
                int line = i;
                int at = i;
                while (at > 0 && NAME_ORDER.compare(lineNames[order[at - 1]], lineNames[line]) > 0) {
                    order[at] = order[at - 1];
                    at--;
                }
                order[at] = line;
            }
            return order;
        }
    }
}
