package io.github.realtimesessions.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A request breaks one or more rules of the API. Thrown when the request is built, before anything is sent; the
 * message names every offending field by its JSON path and its rule, and {@link #violations()} lists them for
 * programs.
 */
public final class InvalidRequestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    /**
     * Creates the exception for a request.
     *
     * @param violations the broken rules, at least one
     */
    public InvalidRequestException(List<Violation> violations) {
        this("request", violations);
    }

    /**
     * Creates the exception, naming what was invalid.
     *
     * @param what what was being built, e.g. {@code realtime session configuration}
     * @param violations the broken rules, at least one
     */
    public InvalidRequestException(String what, List<Violation> violations) {
        super(message(what, violations));
        this.violations = List.copyOf(violations);
    }

    /**
     * Returns the broken rules in the order they were found: each field's own rules in field order, then the rules
     * that span several fields.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<Violation> violations() {
        return violations;
    }

    private static String message(String what, List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidRequestException needs at least one violation");
        }
        return "Invalid " + what + ": "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }

    /**
     * One broken rule.
     *
     * @param field the JSON path of the field, e.g. {@code audio.output.speed}
     * @param rule what the field must satisfy, e.g. {@code must be between 0.25 and 1.5}
     * @param actual the rejected value as text, or {@code null} when showing it adds nothing or it is a secret
     */
    public record Violation(String field, String rule, String actual) implements java.io.Serializable {

        /**
         * Creates a violation.
         *
         * @throws NullPointerException if {@code field} or {@code rule} is {@code null}
         */
        public Violation {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(rule, "rule");
        }

        /** Returns {@code "<field> <rule> (was <actual>)"}. */
        @Override
        public String toString() {
            return actual == null ? field + " " + rule : field + " " + rule + " (was " + actual + ")";
        }
    }
}
