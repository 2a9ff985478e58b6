package io.github.realtimesessions.transport.core;

import java.util.Map;
import java.util.TreeMap;

/** Response headers for tests, looked up without regard to case, as every HTTP library does. */
final class MapHeaders implements HeaderLookup {

    private final Map<String, String> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    private MapHeaders() {}

    /** Returns headers from alternating names and values. */
    static MapHeaders of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        MapHeaders headers = new MapHeaders();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers;
    }

    @Override
    public String first(String name) {
        return values.get(name);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
