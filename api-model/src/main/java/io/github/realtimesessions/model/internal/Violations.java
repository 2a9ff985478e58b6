package io.github.realtimesessions.model.internal;

import io.github.realtimesessions.model.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the broken rules of a request while validation walks it, each named by its JSON path. Not API.
 */
public final class Violations {

    private final List<InvalidRequestException.Violation> found = new ArrayList<>();
    private final String path;

    /** Creates an empty collector at the root. */
    public Violations() {
        this("", null);
    }

    private Violations(String path, Violations parent) {
        this.path = path;
        this.parent = parent;
    }

    private final Violations parent;

    /**
     * Returns a collector for a member below the current path.
     *
     * @param member the member name
     * @return a collector that adds to this one
     */
    public Violations at(String member) {
        return new Violations(path.isEmpty() ? member : path + "." + member, root());
    }

    /**
     * Returns a collector for an element below the current path.
     *
     * @param index the element index
     * @return a collector that adds to this one
     */
    public Violations at(int index) {
        return new Violations(path + "[" + index + "]", root());
    }

    /**
     * Records a broken rule of a member below the current path.
     *
     * @param member the member name, or {@code ""} for the current path itself
     * @param rule what the value must satisfy
     * @param actual the rejected value as text, or {@code null}
     */
    public void add(String member, String rule, String actual) {
        String field = member.isEmpty() ? path : (path.isEmpty() ? member : path + "." + member);
        root().found.add(new InvalidRequestException.Violation(field.isEmpty() ? "(request)" : field, rule, actual));
    }

    /**
     * Returns the current path.
     *
     * @return the JSON path, {@code ""} at the root
     */
    public String path() {
        return path;
    }

    /**
     * Returns the rules broken so far.
     *
     * @return the violations, in the order found
     */
    public List<InvalidRequestException.Violation> list() {
        return List.copyOf(root().found);
    }

    /**
     * Throws when a rule was broken.
     *
     * @param what names the request in the message, e.g. {@code realtime session configuration}
     * @throws InvalidRequestException listing every broken rule
     */
    public void throwIfAny(String what) {
        if (!root().found.isEmpty()) {
            throw new InvalidRequestException(what, root().found);
        }
    }

    private Violations root() {
        return parent == null ? this : parent;
    }
}
