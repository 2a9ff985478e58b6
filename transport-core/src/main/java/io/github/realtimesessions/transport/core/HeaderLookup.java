package io.github.realtimesessions.transport.core;

/**
 * Reads a response header of whatever HTTP library a transport uses. Names are matched without regard to case.
 */
@FunctionalInterface
public interface HeaderLookup {

    /** A lookup that finds nothing. */
    HeaderLookup NONE = name -> null;

    /**
     * Returns the first value of a header.
     *
     * @param name the header name, any case
     * @return the value, or {@code null} when absent
     */
    String first(String name);
}
