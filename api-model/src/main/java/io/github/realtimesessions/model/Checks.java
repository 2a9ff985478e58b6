package io.github.realtimesessions.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Argument checks and defensive copies shared by the records of this package. */
final class Checks {

    private Checks() {}

    /** A wire value of an open enum: present and not blank. */
    static String wireValue(String value, String field) {
        if (value == null) {
            throw new NullPointerException(field + " must not be null");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** An immutable copy of a list that may be {@code null} (absent) but whose elements must be present. */
    static <T> List<T> listOrNull(List<T> list, String field) {
        if (list == null) {
            return null;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new NullPointerException(field + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(list);
    }

    /**
     * A deep, unmodifiable, order-keeping copy of a JSON object made of JDK types, or {@code null} for {@code null}.
     */
    static Map<String, Object> jsonObjectOrNull(Map<String, ?> object, String field) {
        return object == null ? null : copyObject(object, field);
    }

    private static Map<String, Object> copyObject(Map<?, ?> object, String path) {
        Map<String, Object> copy = new LinkedHashMap<>(Math.max(4, object.size() * 2));
        for (Map.Entry<?, ?> entry : object.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException(path + " must have string keys, found " + entry.getKey());
            }
            copy.put(key, copyValue(entry.getValue(), path + "." + key));
        }
        return Collections.unmodifiableMap(copy);
    }

    /**
     * The JDK's immutable number types pass as they are; any other {@link Number} (an {@code AtomicLong}, a
     * {@code LongAdder}, a custom subclass) is mutable or unknown, so it is frozen as the {@link BigDecimal} of its
     * text, which also keeps it from sharing state with the caller.
     */
    private static Number copyNumber(Number number, String path) {
        if (number instanceof Double d && !Double.isFinite(d) || number instanceof Float f && !Float.isFinite(f)) {
            throw new IllegalArgumentException(path + " must be a finite number, was " + number);
        }
        if (number instanceof Integer
                || number instanceof Long
                || number instanceof Double
                || number instanceof Float
                || number instanceof Short
                || number instanceof Byte
                || number instanceof BigInteger
                || number instanceof BigDecimal) {
            return number;
        }
        try {
            return new BigDecimal(number.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    path + " must be a finite number, was " + number.getClass().getName() + " " + number, e);
        }
    }

    private static Object copyValue(Object value, String path) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            return copyNumber(number, path);
        }
        if (value instanceof Map<?, ?> map) {
            return copyObject(map, path);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                copy.add(copyValue(list.get(i), path + "[" + i + "]"));
            }
            return Collections.unmodifiableList(copy);
        }
        throw new IllegalArgumentException(path + " must be a JSON value (null, String, Boolean, Number, List or Map),"
                + " found " + value.getClass().getName());
    }
}
