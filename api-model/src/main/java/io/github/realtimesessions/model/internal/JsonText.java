package io.github.realtimesessions.model.internal;

import io.github.realtimesessions.model.JsonArray;
import io.github.realtimesessions.model.JsonBoolean;
import io.github.realtimesessions.model.JsonNull;
import io.github.realtimesessions.model.JsonNumber;
import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.JsonString;
import io.github.realtimesessions.model.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * JSON text for {@link JsonValue}, with the JDK only: a strict RFC 8259 parser, a compact writer, and the conversion
 * from plain Java trees. Not API.
 */
public final class JsonText {

    /** The deepest nesting {@link #parse(String)} accepts, as the wire codec does. */
    public static final int MAX_DEPTH = 64;

    private final String text;
    private int pos;
    private int depth;

    private JsonText(String text) {
        this.text = text;
    }

    /**
     * Parses JSON text.
     *
     * @param json the text
     * @return the value
     * @throws IllegalArgumentException naming line, column and problem when the text is not valid JSON
     */
    public static JsonValue parse(String json) {
        Objects.requireNonNull(json, "json must not be null");
        JsonText parser = new JsonText(json);
        parser.skipWhitespace();
        JsonValue value = parser.value();
        parser.skipWhitespace();
        if (parser.pos < json.length()) {
            throw parser.error("unexpected content after the JSON value");
        }
        return value;
    }

    /**
     * Writes the compact JSON text of a value.
     *
     * @param value the value
     * @return the text
     */
    public static String write(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    /**
     * Appends a JSON string literal, with quotes and the escapes JSON requires.
     *
     * @param text the text
     * @param out where to append
     */
    public static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || isLoneSurrogate(text, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** A surrogate without its pair cannot be encoded as UTF-8: it is written as an escape instead. */
    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    /**
     * Converts a tree of plain Java values.
     *
     * @param value the Java value
     * @param path where the value sits, for messages ({@code ""} at the root)
     * @return the JSON value
     * @throws IllegalArgumentException naming the path of a value that has no JSON form
     */
    public static JsonValue fromJava(Object value, String path) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof String s) {
            return new JsonString(s);
        }
        if (value instanceof Boolean b) {
            return b ? JsonBoolean.TRUE : JsonBoolean.FALSE;
        }
        if (value instanceof Number number) {
            return new JsonNumber(toDecimal(number, path));
        }
        if (value instanceof Map<?, ?> map) {
            JsonObject.Builder object = JsonObject.builder();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException(
                            where(path) + "must have string keys, found " + entry.getKey());
                }
                object.put(key, fromJava(entry.getValue(), path + "." + key));
            }
            return object.build();
        }
        if (value instanceof List<?> list) {
            List<JsonValue> elements = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                elements.add(fromJava(list.get(i), path + "[" + i + "]"));
            }
            return JsonArray.of(elements);
        }
        throw new IllegalArgumentException(where(path) + "must be a JSON value (null, String, Boolean, Number, List or"
                + " Map), found " + value.getClass().getName());
    }

    private static String where(String path) {
        return path.isEmpty() ? "the value " : (path.startsWith(".") ? path.substring(1) : path) + " ";
    }

    private static BigDecimal toDecimal(Number number, String path) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
            return BigDecimal.valueOf(number.longValue());
        }
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException(where(path) + "must be a finite number, was " + number);
            }
            return number instanceof Float ? new BigDecimal(number.toString()) : BigDecimal.valueOf(d);
        }
        // Another Number (an AtomicLong, a LongAdder, a custom type) is frozen as the decimal of its text.
        try {
            return new BigDecimal(number.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    where(path) + "must be a finite number, was " + number.getClass().getName() + " " + number, e);
        }
    }

    private static void write(JsonValue value, StringBuilder out) {
        if (value instanceof JsonObject object) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote(member.getKey(), out);
                out.append(':');
                write(member.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof JsonArray array) {
            out.append('[');
            for (int i = 0; i < array.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(array.get(i), out);
            }
            out.append(']');
        } else if (value instanceof JsonString string) {
            quote(string.value(), out);
        } else if (value instanceof JsonNumber number) {
            out.append(number.value().toString());
        } else if (value instanceof JsonBoolean bool) {
            out.append(bool.value());
        } else {
            out.append("null");
        }
    }

    // ------------------------------------------------------------------------------------------------ parsing

    private JsonValue value() {
        if (pos >= text.length()) {
            throw error("unexpected end of the text, expected a value");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return new JsonString(string());
            case 't':
                literal("true");
                return JsonBoolean.TRUE;
            case 'f':
                literal("false");
                return JsonBoolean.FALSE;
            case 'n':
                literal("null");
                return JsonNull.INSTANCE;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected character '" + printable(c) + "', expected a value");
        }
    }

    private JsonObject object() {
        enter();
        pos++; // {
        JsonObject.Builder object = JsonObject.builder();
        java.util.Set<String> seen = new java.util.HashSet<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            depth--;
            return object.build();
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a member name in double quotes");
            }
            int namePos = pos;
            String name = string();
            if (!seen.add(name)) {
                pos = namePos;
                throw error("duplicate member name \"" + name + "\"");
            }
            skipWhitespace();
            expect(':');
            skipWhitespace();
            object.put(name, value());
            skipWhitespace();
            char c = next("',' or '}'");
            if (c == '}') {
                depth--;
                return object.build();
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or '}' after a member");
            }
        }
    }

    private JsonArray array() {
        enter();
        pos++; // [
        List<JsonValue> elements = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            depth--;
            return JsonArray.of(elements);
        }
        while (true) {
            skipWhitespace();
            elements.add(value());
            skipWhitespace();
            char c = next("',' or ']'");
            if (c == ']') {
                depth--;
                return JsonArray.of(elements);
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or ']' after an element");
            }
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH + " levels");
        }
    }

    private String string() {
        pos++; // opening quote
        StringBuilder out = null;
        int start = pos;
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                String result = out == null ? text.substring(start, pos) : out.append(text, start, pos).toString();
                pos++;
                return result;
            }
            if (c < 0x20) {
                throw error("control character U+" + String.format("%04X", (int) c) + " in a string must be escaped");
            }
            if (c == '\\') {
                if (out == null) {
                    out = new StringBuilder();
                }
                out.append(text, start, pos);
                pos++;
                char e = next("an escape character");
                switch (e) {
                    case '"' -> out.append('"');
                    case '\\' -> out.append('\\');
                    case '/' -> out.append('/');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> out.append(unicodeEscape());
                    default -> {
                        pos--;
                        throw error("invalid escape '\\" + printable(e) + "'");
                    }
                }
                start = pos;
            } else {
                pos++;
            }
        }
    }

    private char unicodeEscape() {
        if (pos + 4 > text.length()) {
            throw error("incomplete \\u escape");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            // RFC 8259 HEXDIG is ASCII only; Character.digit would also take full-width and other Unicode digits.
            int digit = hexDigit(text.charAt(pos + i));
            if (digit < 0) {
                throw error("invalid \\u escape");
            }
            code = code * 16 + digit;
        }
        pos += 4;
        return (char) code;
    }

    private JsonNumber number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
            if (isDigit(peek())) {
                throw error("a number must not have leading zeros");
            }
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw error("expected a digit");
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw error("expected a digit after the decimal point");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error("expected a digit in the exponent");
            }
            digits();
        }
        try {
            return new JsonNumber(new BigDecimal(text.substring(start, pos)));
        } catch (NumberFormatException | ArithmeticException e) {
            pos = start;
            throw error("number out of range");
        }
    }

    private void digits() {
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
    }

    // JSON digits are ASCII only; Character.isDigit would also take Arabic-Indic and other Unicode digits.
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    private void literal(String word) {
        if (!text.startsWith(word, pos)) {
            throw error("invalid literal, expected " + word);
        }
        pos += word.length();
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private char next(String expected) {
        if (pos >= text.length()) {
            throw error("unexpected end of the text, expected " + expected);
        }
        return text.charAt(pos++);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private IllegalArgumentException error(String problem) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < pos && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new IllegalArgumentException("invalid JSON at line " + line + ", column " + column + ": " + problem);
    }

    private static String printable(char c) {
        return c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }
}
