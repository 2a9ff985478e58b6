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
     *
     * @throws IllegalArgumentException naming the offending value's path ({@code field.a.b[2]}) and the rule
     */
    static Map<String, Object> jsonObjectOrNull(Map<String, ?> object, String field) {
        if (object == null) {
            return null;
        }
        try {
            return copyObject(object);
        } catch (InvalidJsonValue e) {
            throw new IllegalArgumentException(field + e.path + " " + e.rule, e.getCause());
        }
    }

    /*
     * The copy builds no path strings while it succeeds: a bad value throws InvalidJsonValue, and each level it
     * passes through on the way out puts its key or index in front of the path. A tool's parameters schema has
     * dozens of keys, copied on every decoded response, so paths built eagerly would cost more than the copy.
     */

    private static Map<String, Object> copyObject(Map<?, ?> object) {
        Map<String, Object> copy = new LinkedHashMap<>(Math.max(4, object.size() * 2));
        for (Map.Entry<?, ?> entry : object.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new InvalidJsonValue("must have string keys, found " + entry.getKey(), null);
            }
            try {
                copy.put(key, copyValue(entry.getValue()));
            } catch (InvalidJsonValue e) {
                throw e.under("." + key);
            }
        }
        return Collections.unmodifiableMap(copy);
    }

    /**
     * The JDK's immutable number types pass as they are; any other {@link Number} (an {@code AtomicLong}, a
     * {@code LongAdder}, a custom subclass) is mutable or unknown, so it is frozen as the {@link BigDecimal} of its
     * text, which also keeps it from sharing state with the caller.
     */
    private static Number copyNumber(Number number) {
        if (number instanceof Double d && !Double.isFinite(d) || number instanceof Float f && !Float.isFinite(f)) {
            throw new InvalidJsonValue("must be a finite number, was " + number, null);
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
            throw new InvalidJsonValue(
                    "must be a finite number, was " + number.getClass().getName() + " " + number, e);
        }
    }

    private static Object copyValue(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            return copyNumber(number);
        }
        if (value instanceof Map<?, ?> map) {
            return copyObject(map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                try {
                    copy.add(copyValue(list.get(i)));
                } catch (InvalidJsonValue e) {
                    throw e.under("[" + i + "]");
                }
            }
            return Collections.unmodifiableList(copy);
        }
        throw new InvalidJsonValue("must be a JSON value (null, String, Boolean, Number, List or Map), found "
                + value.getClass().getName(), null);
    }

    /** A bad value deep in a JSON tree, carrying its path below the field as it is unwound. Never escapes. */
    private static final class InvalidJsonValue extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String rule;
        private String path = "";

        InvalidJsonValue(String rule, Throwable cause) {
            // No stack trace: the exception is caught and replaced by this class before it leaves the package.
            super(rule, cause, false, false);
            this.rule = rule;
        }

        InvalidJsonValue under(String segment) {
            path = segment + path;
            return this;
        }
    }
}
