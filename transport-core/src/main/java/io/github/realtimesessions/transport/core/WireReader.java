package io.github.realtimesessions.transport.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A cursor over a JSON document with the two reading modes of the codec. Strict (a request, as the real API reads
 * it): an unknown field or a value of the wrong type is an error naming the field. Lenient (a response): an unknown
 * field is skipped, a value of the wrong type is skipped and reads as absent, so a newer server never breaks us.
 *
 * <p>Every value method is called with the parser on the field's value token and leaves it on the value's last
 * token.
 *
 * <p>Errors name the field by its path ({@code tools[1].name}), which is derived from the parser's own context only
 * when an error is thrown: reading a valid document builds no path strings at all.
 */
final class WireReader {

    private final JsonParser parser;
    private final boolean strict;

    WireReader(JsonParser parser, boolean strict) {
        this.parser = parser;
        this.strict = strict;
    }

    // ------------------------------------------------------------------------------------------------ structure

    void expectDocumentObject() throws IOException {
        if (!startsDocumentObject()) {
            throw new WireFormatException(null, "expected a JSON object, found " + describe(parser.currentToken()), null);
        }
    }

    boolean startsDocumentObject() throws IOException {
        return parser.nextToken() == JsonToken.START_OBJECT;
    }

    void expectEndOfDocument() throws IOException {
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            throw new WireFormatException(null, "unexpected content after the JSON object: " + describe(trailing), null);
        }
    }

    /**
     * Moves to the next field of the current object and onto its value.
     *
     * @return the field name, or {@code null} at the end of the object
     */
    String nextField() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_OBJECT) {
            return null;
        }
        if (token != JsonToken.FIELD_NAME) {
            // Only reachable on a document cut short: Jackson reports the rest itself.
            throw new WireFormatException(null, "expected a field name, found " + describe(token), null);
        }
        String name = parser.currentName();
        parser.nextToken();
        return name;
    }

    void unknownField() throws IOException {
        if (strict) {
            throw new WireFormatException(currentPath(), "is not a known parameter", null);
        }
        parser.skipChildren();
    }

    void skip() throws IOException {
        parser.skipChildren();
    }

    boolean isNull() {
        return parser.currentToken() == JsonToken.VALUE_NULL;
    }

    boolean isString() {
        return parser.currentToken() == JsonToken.VALUE_STRING;
    }

    boolean isObjectStart() {
        return parser.currentToken() == JsonToken.START_OBJECT;
    }

    /**
     * Enters an object value.
     *
     * @return {@code true} when positioned inside an object; {@code false} for {@code null} or (lenient) a value of
     *     another type, which is then skipped
     */
    boolean objectOrSkip() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return true;
        }
        if (token != JsonToken.VALUE_NULL) {
            mismatch("an object");
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------------ scalars

    String string() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token != JsonToken.VALUE_NULL) {
            mismatch("a string");
        }
        return null;
    }

    /** A scalar of any type as text (error bodies send {@code code} as a string or a number). */
    String scalarText() throws IOException {
        JsonToken token = parser.currentToken();
        if (token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL) {
            return parser.getText();
        }
        if (token != JsonToken.VALUE_NULL) {
            mismatch("a scalar");
        }
        return null;
    }

    <T> T enumValue(Function<String, T> of) throws IOException {
        String value = string();
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            if (strict) {
                throw new WireFormatException(currentPath(), "must not be blank", null);
            }
            return null;
        }
        return of.apply(value);
    }

    Double decimal() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getDoubleValue();
        }
        if (token != JsonToken.VALUE_NULL) {
            mismatch("a number");
        }
        return null;
    }

    Integer integer() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            if (parser.getNumberType() == JsonParser.NumberType.INT) {
                return parser.getIntValue();
            }
            mismatch("an integer within 32 bits");
            return null;
        }
        if (token != JsonToken.VALUE_NULL) {
            mismatch("an integer");
        }
        return null;
    }

    Boolean bool() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        if (token != JsonToken.VALUE_NULL) {
            mismatch("a boolean");
        }
        return null;
    }

    /** Unix seconds; a fractional value is truncated to whole seconds. */
    Instant epochSeconds() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return Instant.ofEpochSecond(parser.getLongValue());
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            return Instant.ofEpochSecond((long) parser.getDoubleValue());
        }
        if (token != JsonToken.VALUE_NULL) {
            mismatch("a number of seconds");
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------ arrays

    <T> List<T> enumList(Function<String, T> of) throws IOException {
        if (!arrayOrSkip()) {
            return null;
        }
        List<T> values = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            T value = enumValue(of);
            if (value != null) {
                values.add(value);
            } else if (strict) {
                // The array is named, not the element: the rule is about the list.
                String arrayPath = pathOf(parser.getParsingContext().getParent());
                throw new WireFormatException(arrayPath, "must not contain null", null);
            }
        }
        return values;
    }

    /** Reads an array of objects, calling {@code item} positioned inside each object. */
    <T> List<T> objectList(ItemReader<T> item) throws IOException {
        if (!arrayOrSkip()) {
            return null;
        }
        List<T> values = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                values.add(item.read());
            } else {
                mismatch("an object");
            }
        }
        return values;
    }

    private boolean arrayOrSkip() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_ARRAY) {
            return true;
        }
        if (token != JsonToken.VALUE_NULL) {
            mismatch("an array");
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------------ free JSON

    /**
     * A free-form JSON object as a tree of JDK types, or {@code null}. The tree is mutable and not shared: the model's
     * records take their own unmodifiable copy, so wrapping it here would only be thrown away.
     */
    Map<String, Object> jsonObject() throws IOException {
        if (!objectOrSkip()) {
            return null;
        }
        return readObjectTree();
    }

    private Map<String, Object> readObjectTree() throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            object.put(name, readTree());
        }
        return object;
    }

    private Object readTree() throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return readObjectTree();
            case START_ARRAY:
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readTree());
                }
                return list;
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberValue();
            case VALUE_NUMBER_FLOAT:
                // Exact decimal text survives a round trip (0.1 stays 0.1, 1e400 does not become Infinity).
                return parser.getDecimalValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new WireFormatException(null, "unexpected " + describe(token), null);
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private void mismatch(String expected) throws IOException {
        if (strict) {
            String found = describe(parser.currentToken());
            throw new WireFormatException(currentPath(), "must be " + expected + ", found " + found, null);
        }
        parser.skipChildren();
    }

    /**
     * The path of the value the parser is on, for an error message. On the token that opens an object or an array the
     * parser has already entered the new context, so the value's own name is held by the one above.
     */
    String currentPath() {
        JsonStreamContext context = parser.getParsingContext();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            context = context.getParent();
        }
        return pathOf(context);
    }

    /** The path of the value a context is positioned on: {@code turn_detection.type}, {@code tools[1]}. */
    private static String pathOf(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "";
        }
        String parent = pathOf(context.getParent());
        if (context.inArray()) {
            return parent + "[" + context.getCurrentIndex() + "]";
        }
        String name = context.getCurrentName();
        return parent.isEmpty() ? name : parent + "." + name;
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the document";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }

    @FunctionalInterface
    interface ItemReader<T> {
        /** Reads one item, the parser positioned on the token that opens it. */
        T read() throws IOException;
    }
}
