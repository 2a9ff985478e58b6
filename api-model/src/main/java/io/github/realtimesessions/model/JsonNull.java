package io.github.realtimesessions.model;

/** JSON {@code null}, as a value (for example inside an array or as an extra field switched off). */
public enum JsonNull implements JsonValue {

    /** The only instance. */
    INSTANCE;

    @Override
    public Object toJava() {
        return null;
    }

    /** Returns {@code null}. */
    @Override
    public String toString() {
        return "null";
    }
}
