package io.github.realtimesessions.model;

/** A JSON boolean: {@link #TRUE} or {@link #FALSE}. */
public enum JsonBoolean implements JsonValue {

    /** JSON {@code true}. */
    TRUE,

    /** JSON {@code false}. */
    FALSE;

    /**
     * Returns the boolean.
     *
     * @return {@code true} for {@link #TRUE}
     */
    public boolean value() {
        return this == TRUE;
    }

    @Override
    public Object toJava() {
        return value();
    }

    /** Returns {@code true} or {@code false}. */
    @Override
    public String toString() {
        return toJson();
    }
}
