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
 * <p>Every call builds one from its answer and nearly always reads one header of it (the request id), so it keeps
 * the header lines as they came, in two arrays, and {@link #get} scans them (an answer has a few dozen lines at
 * most; a name of another length is skipped at once). The sorted, de-duplicated view that iteration, {@link #size}
 * and equality need is made the first time one of them is used, and kept. Sorting every answer's names, and a value
 * list per name, cost more than the rest of reading the answer's head in the profiles. Thread-safe. Not API.
 */
public final class HeaderMap extends AbstractMap<String, List<String>> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Up to this many header lines are sorted in place; more (a hostile answer) go through a stable library sort. */
    private static final int INSERTION_SORT_MAX = 64;

    private static final Comparator<String> NAME_ORDER = String.CASE_INSENSITIVE_ORDER;

    /** No headers. */
    public static final HeaderMap EMPTY = new HeaderMap(new String[0], new String[0]);

    /** The header lines in the order they came: {@code lineValues[i]} is the value of {@code lineNames[i]}. */
    private final String[] lineNames;
    private final String[] lineValues;

    /** The sorted view, made on first use; immutable, so a racing second copy is harmless. */
    private transient volatile Sorted sorted;

    private HeaderMap(String[] lineNames, String[] lineValues) {
        this.lineNames = lineNames;
        this.lineValues = lineValues;
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
        if (!(key instanceof String name)) {
            return null;
        }
        int first = -1;
        int count = 0;
        for (int i = 0; i < lineNames.length; i++) {
            if (lineNames[i].equalsIgnoreCase(name)) {
                if (first < 0) {
                    first = i;
                }
                count++;
            }
        }
        if (count <= 1) {
            return count == 0 ? null : List.of(lineValues[first]);
        }
        String[] all = new String[count];
        for (int i = first, at = 0; at < count; i++) {
            if (lineNames[i].equalsIgnoreCase(name)) {
                all[at++] = lineValues[i];
            }
        }
        return List.of(all);
    }

    /**
     * Returns the first value of a header, without the list {@link #get} makes.
     *
     * @param name the name, any case
     * @return the value, or {@code null} when absent
     */
    public String first(String name) {
        for (int i = 0; i < lineNames.length; i++) {
            if (lineNames[i].equalsIgnoreCase(name)) {
                return lineValues[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        if (key instanceof String name) {
            for (String lineName : lineNames) {
                if (lineName.equalsIgnoreCase(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public List<String> getOrDefault(Object key, List<String> defaultValue) {
        List<String> found = get(key);
        return found == null ? defaultValue : found;
    }

    @Override
    public int size() {
        return lineNames.length == 0 ? 0 : sorted().names.length;
    }

    @Override
    public boolean isEmpty() {
        return lineNames.length == 0;
    }

    @Override
    public Set<Entry<String, List<String>>> entrySet() {
        Sorted view = sorted();
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, List<String>>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < view.names.length;
                    }

                    @Override
                    public Entry<String, List<String>> next() {
                        if (next >= view.names.length) {
                            throw new NoSuchElementException();
                        }
                        int index = next++;
                        return new SimpleImmutableEntry<>(
                                view.names[index].toLowerCase(Locale.ROOT), view.valuesAt(index));
                    }
                };
            }

            @Override
            public int size() {
                return view.names.length;
            }
        };
    }

    private Sorted sorted() {
        Sorted view = sorted;
        if (view == null) {
            view = Sorted.of(lineNames, lineValues);
            sorted = view;
        }
        return view;
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

    /** Collects header lines in the order they came; not thread-safe, and used for one map only. */
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
         * @throws IllegalStateException if the map was built
         */
        public Builder add(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (lineNames == null) {
                throw new IllegalStateException("the map was built");
            }
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
         * Builds the map; the builder hands its arrays over (without a copy when the expected number of lines came)
         * and takes no more lines.
         *
         * @return the headers
         * @throws IllegalStateException if the map was built
         */
        public HeaderMap build() {
            if (lineNames == null) {
                throw new IllegalStateException("the map was built");
            }
            HeaderMap map = lines == 0 ? EMPTY : lines == lineNames.length
                    ? new HeaderMap(lineNames, lineValues)
                    : new HeaderMap(Arrays.copyOf(lineNames, lines), Arrays.copyOf(lineValues, lines));
            lineNames = null;
            lineValues = null;
            return map;
        }
    }

    /** The names distinct without regard to case, sorted by {@link #NAME_ORDER}, spelled as first received. */
    private static final class Sorted {

        final String[] names;
        /** {@code values[i]} is the immutable {@code List<String>} of {@code names[i]}, in the order they came. */
        final Object[] values;

        private Sorted(String[] names, Object[] values) {
            this.names = names;
            this.values = values;
        }

        @SuppressWarnings("unchecked")
        List<String> valuesAt(int index) {
            return (List<String>) values[index];
        }

        static Sorted of(String[] lineNames, String[] lineValues) {
            int lines = lineNames.length;
            int[] order = sortedLines(lineNames);
            int distinct = lines == 0 ? 0 : 1;
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
                String[] all = new String[end - start];
                for (int i = start; i < end; i++) {
                    all[i - start] = lineValues[order[i]];
                }
                values[slot] = List.of(all);
                slot++;
                start = end;
            }
            return new Sorted(names, values);
        }

        /** The line indexes in name order; lines of one name keep the order they came in (a stable sort). */
        private static int[] sortedLines(String[] lineNames) {
            int lines = lineNames.length;
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
