package io.github.realtimesessions.transport.core.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.github.realtimesessions.model.InvalidRequestException;
import io.github.realtimesessions.model.JsonArray;
import io.github.realtimesessions.model.JsonBoolean;
import io.github.realtimesessions.model.JsonNull;
import io.github.realtimesessions.model.JsonNumber;
import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.JsonString;
import io.github.realtimesessions.model.JsonValue;
import io.github.realtimesessions.model.OpenEnum;
import io.github.realtimesessions.model.Setting;
import io.github.realtimesessions.model.internal.WireField;
import io.github.realtimesessions.model.internal.WireKind;
import io.github.realtimesessions.model.internal.WireType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one JSON mapping of the wire format, for every endpoint, every transport and the fake server: it encodes and
 * decodes any model type by walking its {@link WireType} (the field descriptions in {@code api-model}), with Jackson's
 * streaming API only: no reflection, no data binding. Thread-safe; use {@link #instance()}. Not API.
 *
 * <p><b>Writing</b> follows the API exactly: fields in their described order, unset fields omitted, a field switched off
 * written as JSON {@code null}, constants (discriminators) always written, extra fields last; an extra field with the
 * name of a modelled field replaces it.
 *
 * <p><b>Reading a response</b> is lenient, so that a newer server never breaks an older client: an unknown field, or a
 * known field whose value has an unexpected shape, is kept among the type's extra fields (or skipped where the type
 * keeps none); unknown enum values and unknown variants are kept; {@code null} reads as absent except where it
 * switches a feature off. Only the essential fields (a client secret's value and expiry) must be present and
 * well-formed. Whatever goes wrong ends as a {@link WireFormatException} naming the field, never another exception.
 *
 * <p><b>Reading a request</b> (the fake server's side) is strict, like the API: unknown fields, wrong types, unknown
 * variants and broken rules are errors naming the field's JSON path.
 *
 * <p><b>Generated readers.</b> The types the GA answers hold are read leniently by {@link GeneratedReaders}, written
 * from the same descriptions by a generator in this module's tests: the steps of the walk spelled out per type, so
 * that an answer read right after its HTTP exchange, with every cache cold, does not pay for walking the descriptions
 * (about 4 µs a call, most of what separated the transport from a hand-written call at one thread). They call the
 * {@link Reader}'s steps for every rule, and {@link #interpreting()} is the reference they are tested against.
 */
public final class WireCodec {

    private static final WireCodec INSTANCE = new WireCodec(true);

    /** The same codec without the generated readers: the reference they are tested against. */
    private static final WireCodec INTERPRETING = new WireCodec(false);

    /** Nesting deeper than this is refused, as a guard against hostile bodies. */
    public static final int MAX_NESTING_DEPTH = 64;

    /** Marks a value whose shape does not match its kind (lenient reading); the raw value is kept aside. */
    static final Object MISMATCH = new Object();

    /** The largest epoch second an {@link Instant} holds. */
    private static final long MAX_EPOCH_SECOND = Instant.MAX.getEpochSecond();

    private final JsonFactory factory;
    /** Whether responses of the types {@link GeneratedReaders} covers are read by their generated readers. */
    private final boolean generatedReaders;

    private WireCodec(boolean generatedReaders) {
        this.generatedReaders = generatedReaders;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .build())
                .build();
    }

    /**
     * Returns the shared codec.
     *
     * @return the codec
     */
    public static WireCodec instance() {
        return INSTANCE;
    }

    /**
     * Returns the codec that reads every type by walking its description, never by a generated reader: what the
     * generated readers must agree with, answer for answer and error for error.
     *
     * @return the interpreting codec
     */
    static WireCodec interpreting() {
        return INTERPRETING;
    }

    // ------------------------------------------------------------------------------------------------- encoding

    /**
     * Encodes a value as UTF-8 JSON.
     *
     * @param type the value's description
     * @param value the value
     * @param <T> the type
     * @return the JSON
     */
    public <T> byte[] encode(WireType<T, ?> type, T value) {
        Objects.requireNonNull(value, "value");
        try (ByteArrayBuilder buffer = new ByteArrayBuilder(factory._getBufferRecycler(), 512);
                JsonGenerator g = factory.createGenerator(buffer, JsonEncoding.UTF8)) {
            writeStruct(g, type, value);
            g.flush();
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("encoding to memory failed", e);
        }
    }

    /**
     * Encodes a free-form JSON value.
     *
     * @param value the value
     * @return the JSON
     */
    public byte[] encode(JsonValue value) {
        try (ByteArrayBuilder buffer = new ByteArrayBuilder(factory._getBufferRecycler(), 256);
                JsonGenerator g = factory.createGenerator(buffer, JsonEncoding.UTF8)) {
            writeJson(g, value);
            g.flush();
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("encoding to memory failed", e);
        }
    }

    private <T, B> void writeStruct(JsonGenerator g, WireType<T, B> type, T value) throws IOException {
        g.writeStartObject();
        Map<String, JsonValue> extras = type.extraFields(value);
        for (WireField<T, B, ?> field : type.fields()) {
            if (!extras.isEmpty() && extras.containsKey(field.name())) {
                continue;
            }
            if (field.constant() != null) {
                g.writeStringField(field.name(), field.constant());
                continue;
            }
            writeField(g, field, value);
        }
        for (Map.Entry<String, JsonValue> extra : extras.entrySet()) {
            g.writeFieldName(extra.getKey());
            writeJson(g, extra.getValue());
        }
        g.writeEndObject();
    }

    private <T, B, V> void writeField(JsonGenerator g, WireField<T, B, V> field, T owner) throws IOException {
        V value = field.get(owner);
        if (value != null) {
            g.writeFieldName(field.name());
            writeValue(g, field.kind(), value);
        } else if (field.kind() instanceof WireKind.Epoch epoch && epoch.zeroIsAbsent()) {
            // Where 0 means "not given" on the wire, the API sends 0 rather than leaving the field out.
            g.writeNumberField(field.name(), 0);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void writeValue(JsonGenerator g, WireKind<?> kind, Object value) throws IOException {
        if (kind instanceof WireKind.Scalar<?> scalar) {
            switch (scalar.type()) {
                case TEXT -> g.writeString((String) value);
                case BOOLEAN -> g.writeBoolean((Boolean) value);
                case INT32 -> g.writeNumber((Integer) value);
                case INT64 -> g.writeNumber((Long) value);
                case DECIMAL -> g.writeNumber((Double) value);
            }
        } else if (kind instanceof WireKind.Epoch) {
            g.writeNumber(((Instant) value).getEpochSecond());
        } else if (kind instanceof WireKind.Enumerated<?>) {
            g.writeString(((OpenEnum) value).value());
        } else if (kind instanceof WireKind.Struct<?> struct) {
            writeStruct(g, (WireType) struct.type(), value);
        } else if (kind instanceof WireKind.ListOf<?> list) {
            g.writeStartArray();
            for (Object element : (List<?>) value) {
                writeValue(g, list.element(), element);
            }
            g.writeEndArray();
        } else if (kind instanceof WireKind.MapOf<?> map) {
            g.writeStartObject();
            for (Map.Entry<String, ?> entry : ((Map<String, ?>) value).entrySet()) {
                g.writeFieldName(entry.getKey());
                writeValue(g, map.value(), entry.getValue());
            }
            g.writeEndObject();
        } else if (kind instanceof WireKind.Json<?>) {
            writeJson(g, (JsonValue) value);
        } else if (kind instanceof WireKind.Nullable<?> nullable) {
            Setting<?> setting = (Setting<?>) value;
            if (setting.isEnabled()) {
                writeValue(g, nullable.value(), setting.valueOrNull());
            } else {
                g.writeNull();
            }
        } else if (kind instanceof WireKind.OneOf<?> oneOf) {
            for (WireKind.Alternative<?> alternative : oneOf.alternatives()) {
                if (!alternative.lenientOnly() && alternative.accepts().test(value)) {
                    writeValue(g, alternative.kind(), value);
                    return;
                }
            }
            throw new IllegalArgumentException("no wire form for " + value.getClass().getName());
        } else if (kind instanceof WireKind.Discriminated<?> union) {
            WireKind.Variant<?> variant = union.variantOf(value);
            if (variant != null) {
                writeStruct(g, (WireType) variant.type(), value);
            } else if (union.unknownJson() != null) {
                writeJson(g, ((java.util.function.Function<Object, JsonObject>) union.unknownJson()).apply(value));
            } else {
                throw new IllegalArgumentException("no wire form for " + value.getClass().getName());
            }
        } else if (kind instanceof WireKind.Mapped<?, ?> mapped) {
            Object wire = ((java.util.function.Function<Object, Object>) mapped.encode()).apply(value);
            writeValue(g, mapped.wire(), wire);
        }
    }

    private static void writeJson(JsonGenerator g, JsonValue value) throws IOException {
        if (value instanceof JsonObject object) {
            g.writeStartObject();
            for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                g.writeFieldName(member.getKey());
                writeJson(g, member.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof JsonArray array) {
            g.writeStartArray();
            for (JsonValue element : array.elements()) {
                writeJson(g, element);
            }
            g.writeEndArray();
        } else if (value instanceof JsonString string) {
            g.writeString(string.value());
        } else if (value instanceof JsonNumber number) {
            BigDecimal decimal = number.value();
            if (decimal.scale() <= 0 && decimal.precision() - decimal.scale() <= 18) {
                g.writeNumber(decimal.longValueExact());
            } else {
                g.writeNumber(decimal);
            }
        } else if (value instanceof JsonBoolean bool) {
            g.writeBoolean(bool.value());
        } else {
            g.writeNull();
        }
    }

    // ------------------------------------------------------------------------------------------------- decoding

    /**
     * Decodes a response leniently.
     *
     * @param type the type to decode
     * @param json the body
     * @param <T> the type
     * @return the value
     * @throws WireFormatException if the body is not JSON, is cut short, or lacks an essential field
     */
    public <T> T decodeResponse(WireType<T, ?> type, byte[] json) {
        return decode(type, json, 0, json.length, false, "");
    }

    /**
     * Decodes a response leniently, completing the root builder before the value is built (with the answer's
     * metadata, say).
     *
     * @param type the type to decode
     * @param json the body
     * @param finish called with the root builder once every field is read
     * @param <T> the type
     * @param <B> its builder
     * @return the value
     * @throws WireFormatException if the body is not JSON, is cut short, or lacks an essential field
     */
    public <T, B> T decodeResponse(WireType<T, B> type, byte[] json, java.util.function.Consumer<? super B> finish) {
        return decode(type, json, 0, json.length, false, "", finish);
    }

    /**
     * Decodes a response leniently from part of an array, completing the root builder before the value is built.
     *
     * @param type the type to decode
     * @param json holds the body in its first {@code length} bytes
     * @param length the body's length
     * @param finish called with the root builder once every field is read
     * @param <T> the type
     * @param <B> its builder
     * @return the value
     * @throws WireFormatException if the body is not JSON, is cut short, or lacks an essential field
     */
    public <T, B> T decodeResponse(
            WireType<T, B> type, byte[] json, int length, java.util.function.Consumer<? super B> finish) {
        return decode(type, json, 0, length, false, "", finish);
    }

    /**
     * Decodes a request strictly, as the API reads it.
     *
     * @param type the type to decode
     * @param json the body
     * @param <T> the type
     * @return the value
     * @throws WireFormatException if the body is not JSON, has an unknown field or variant, or a field of the wrong
     *     type
     * @throws InvalidRequestException if the request breaks a rule, each field named by its JSON path
     */
    public <T> T decodeRequest(WireType<T, ?> type, byte[] json) {
        return decode(type, json, 0, json.length, true, "");
    }

    /**
     * Decodes a free-form JSON value.
     *
     * @param json the body
     * @return the value
     * @throws WireFormatException if the body is not JSON
     */
    public JsonValue decodeJson(byte[] json) {
        try (JsonParser parser = factory.createParser(json)) {
            if (parser.nextToken() == null) {
                throw new WireFormatException(null, "the body is empty, not JSON", null);
            }
            JsonValue value = new Reader(parser, false, "").readTree();
            if (parser.nextToken() != null) {
                throw new WireFormatException(null, "unexpected content after the JSON value", null);
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new WireFormatException(null, "malformed JSON: " + e.getOriginalMessage(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory failed", e);
        }
    }

    private <T> T decode(WireType<T, ?> type, byte[] json, int offset, int length, boolean strict, String prefix) {
        return decode(type, json, offset, length, strict, prefix, null);
    }

    private <T, B> T decode(
            WireType<T, B> type,
            byte[] json,
            int offset,
            int length,
            boolean strict,
            String prefix,
            java.util.function.Consumer<? super B> finish) {
        try (JsonParser parser = factory.createParser(json, offset, length)) {
            Reader in = new Reader(parser, strict, prefix);
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new WireFormatException(emptyToNull(prefix),
                        first == null ? "the body is empty, not a JSON object" : "expected a JSON object, found "
                                + describe(first), null);
            }
            T value = in.readStructBody(type, null, finish);
            if (parser.nextToken() != null) {
                throw new WireFormatException(null, "unexpected content after the JSON object", null);
            }
            return value;
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the offending input; the location is enough to find it.
            throw new WireFormatException(emptyToNull(prefix), "malformed JSON: " + e.getOriginalMessage(), null);
        } catch (WireFormatException | InvalidRequestException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory failed", e);
        } catch (RuntimeException e) {
            // A model type refusing a value the checks above let through: still a malformed body, never a crash.
            throw new WireFormatException(emptyToNull(prefix), "cannot be read: " + e.getClass().getSimpleName(), null);
        }
    }

    // ------------------------------------------------------------------------------------------------- errors

    /**
     * Decodes an OpenAI error body {@code {"error":{...}}}.
     *
     * @param body the body bytes, possibly empty or not JSON
     * @return the error, or {@code null} when the body is not an OpenAI error object
     */
    public OpenAiErrorBody decodeError(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try (JsonParser parser = factory.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            OpenAiErrorBody error = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("error".equals(field) && value == JsonToken.START_OBJECT) {
                    String message = null;
                    String type = null;
                    String param = null;
                    String code = null;
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String inner = parser.currentName();
                        JsonToken token = parser.nextToken();
                        String text = token.isScalarValue() && token != JsonToken.VALUE_NULL ? parser.getText() : null;
                        if (!token.isScalarValue()) {
                            parser.skipChildren();
                        }
                        switch (inner) {
                            case "message" -> message = text;
                            case "type" -> type = text;
                            case "param" -> param = text;
                            case "code" -> code = text;
                            default -> {
                                // other members are not part of the error contract
                            }
                        }
                    }
                    error = new OpenAiErrorBody(message, type, param, code);
                } else {
                    parser.skipChildren();
                }
            }
            return error;
        } catch (IOException | RuntimeException e) {
            // Not JSON, or cut short: the caller falls back to the raw text.
            return null;
        }
    }

    /**
     * Encodes an OpenAI error body {@code {"error":{"message","type","param","code"}}}, all four always present.
     *
     * @param error the error
     * @return UTF-8 JSON
     */
    public byte[] encodeError(OpenAiErrorBody error) {
        try (ByteArrayBuilder buffer = new ByteArrayBuilder(factory._getBufferRecycler(), 256);
                JsonGenerator g = factory.createGenerator(buffer, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeObjectFieldStart("error");
            g.writeStringField("message", error.message());
            g.writeStringField("type", error.type());
            g.writeStringField("param", error.param());
            g.writeStringField("code", error.code());
            g.writeEndObject();
            g.writeEndObject();
            g.flush();
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("encoding to memory failed", e);
        }
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    static String describe(JsonToken token) {
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

    /**
     * One pass over a document. Every read method is called with the parser on the value's first token and leaves it
     * on the value's last token. Paths are derived from the parser's context, only when something is wrong. Its
     * package-private methods are the steps the {@link GeneratedReaders} are made of, so that a generated reader and
     * the interpreting one share every rule (what a mismatch keeps, which paths errors name).
     */
    final class Reader {

        private final JsonParser parser;
        private final boolean strict;
        private final String prefix;

        Reader(JsonParser parser, boolean strict, String prefix) {
            this.parser = parser;
            this.strict = strict;
            this.prefix = prefix;
        }

        /**
         * Reads the members of an object whose START_OBJECT is current (or, with {@code firstField}, whose first
         * member name has been read and whose value is current), and builds the value.
         */
        <T, B> T readStructBody(WireType<T, B> type, String firstField) throws IOException {
            return readStructBody(type, firstField, null);
        }

        <T, B> T readStructBody(WireType<T, B> type, String firstField, java.util.function.Consumer<? super B> finish)
                throws IOException {
            if (generatedReaders && !strict) {
                StructReader<T, B> generated = GeneratedReaders.forType(type);
                if (generated != null) {
                    return generated.read(this, firstField, finish);
                }
            }
            B builder = type.newBuilder();
            String name = firstField;
            if (name == null) {
                name = nextField();
            }
            long essentialsRead = 0; // bit i: type.essentials().get(i) holds a usable value
            while (name != null) {
                essentialsRead |= member(type, builder, name);
                name = nextField();
            }
            checkEssentials(type, essentialsRead);
            if (finish != null) {
                finish.accept(builder);
            }
            try {
                return type.build(builder);
            } catch (InvalidRequestException e) {
                throw unusable(e);
            }
        }

        /**
         * Reads the member whose name has just been read, by the type's description: a known field, a constant or
         * an extra field.
         *
         * @return the bit of {@link WireType#essentials()} the member made usable, or 0
         */
        <T, B> long member(WireType<T, B> type, B builder, String name) throws IOException {
            WireField<T, B, ?> field = type.field(name);
            if (field == null) {
                unknownField(type, builder, name);
            } else if (field.constant() != null) {
                constant(field.constant());
            } else if (readField(type, builder, field) && field.isEssential()) {
                return 1L << type.essentials().indexOf(field);
            }
            return 0;
        }

        /** Fails unless every essential field of the type was read (bit {@code i}: {@code essentials().get(i)}). */
        <T, B> void checkEssentials(WireType<T, B> type, long essentialsRead) {
            List<WireField<T, B, ?>> essentials = type.essentials();
            if (Long.bitCount(essentialsRead) != essentials.size()) {
                WireField<T, B, ?> missing = essentials.get(Long.numberOfTrailingZeros(~essentialsRead));
                throw new WireFormatException(joinPath(containerPath(), missing.name()),
                        "is missing or not usable; the answer cannot be used without it", null);
            }
        }

        /** What a builder's refusal to build becomes: the request's violations, or a malformed answer. */
        RuntimeException unusable(InvalidRequestException e) {
            return strict ? withPrefix(e, containerPath()) : new WireFormatException(
                    emptyToNull(containerPath()), "is not usable: " + e.getMessage(), null);
        }

        /** The current token. */
        JsonToken token() {
            return parser.currentToken();
        }

        /** Moves to the next token. */
        JsonToken nextToken() throws IOException {
            return parser.nextToken();
        }

        /** The current string value. */
        String text() throws IOException {
            return parser.getText();
        }

        /**
         * Reads one field into the builder.
         *
         * @return whether the field now holds a usable value
         */
        private <T, B, V> boolean readField(WireType<T, B> type, B builder, WireField<T, B, V> field)
                throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NULL && !(field.kind() instanceof WireKind.Nullable<?>)) {
                // null means "not given" for a field JSON null does not switch off.
                return false;
            }
            Object value = readValue(field.kind());
            if (value == MISMATCH) {
                mismatchedField(type, builder, field.name());
                return false;
            }
            @SuppressWarnings("unchecked")
            V typed = (V) value;
            try {
                field.set(builder, typed);
                return value != null;
            } catch (RuntimeException e) {
                refused(e);
                return false;
            }
        }

        /** A builder refused a value: an error when strict; when lenient, the field is taken as not given. */
        void refused(RuntimeException e) {
            if (strict) {
                throw new WireFormatException(currentPath(), "is not valid: " + e.getMessage(), null);
            }
        }

        /** The raw value of the last mismatch, for the extra fields. */
        private JsonValue lastRaw;

        /** Reads a value of a kind by walking its description: the value, or {@link #MISMATCH}. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object readValue(WireKind<?> kind) throws IOException {
            JsonToken token = parser.currentToken();
            if (kind instanceof WireKind.Scalar<?> scalar) {
                return readScalar(scalar.type(), token);
            }
            if (kind instanceof WireKind.Epoch epoch) {
                return readEpoch(epoch, token);
            }
            if (kind instanceof WireKind.Enumerated<?> enumerated) {
                return enumerated(enumerated);
            }
            if (kind instanceof WireKind.Struct<?> struct) {
                if (token != JsonToken.START_OBJECT) {
                    return mismatch("an object", token);
                }
                return readStructBody((WireType) struct.type(), null);
            }
            if (kind instanceof WireKind.ListOf<?> list) {
                if (token != JsonToken.START_ARRAY) {
                    return mismatch("an array", token);
                }
                List<Object> elements = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (parser.currentToken() == JsonToken.VALUE_NULL) {
                        nullElement();
                        continue;
                    }
                    Object element = readValue(list.element());
                    if (element != MISMATCH) {
                        elements.add(element);
                    }
                }
                return Collections.unmodifiableList(elements);
            }
            if (kind instanceof WireKind.MapOf<?> map) {
                if (token != JsonToken.START_OBJECT) {
                    return mismatch("an object", token);
                }
                Map<String, Object> entries = new LinkedHashMap<>();
                String name;
                while ((name = nextField()) != null) {
                    if (parser.currentToken() == JsonToken.VALUE_NULL) {
                        nullElement();
                        continue;
                    }
                    Object value = readValue(map.value());
                    if (value != MISMATCH) {
                        entries.put(name, value);
                    }
                }
                return Collections.unmodifiableMap(entries);
            }
            if (kind instanceof WireKind.Json<?> json) {
                if (json.objectOnly() && token != JsonToken.START_OBJECT) {
                    return mismatch("an object", token);
                }
                return readTree();
            }
            if (kind instanceof WireKind.Nullable<?> nullable) {
                if (token == JsonToken.VALUE_NULL) {
                    return Setting.disabled();
                }
                Object value = readValue(nullable.value());
                return value == MISMATCH ? MISMATCH : Setting.enabled(value);
            }
            if (kind instanceof WireKind.OneOf<?> oneOf) {
                WireKind.Shape shape = shapeOf(token);
                for (WireKind.Alternative<?> alternative : oneOf.alternatives()) {
                    if (alternative.lenientOnly() && strict) {
                        continue;
                    }
                    WireKind.Shape accepted = WireKind.shapeOf(alternative.kind());
                    if (accepted == shape || accepted == WireKind.Shape.ANY) {
                        return readValue(alternative.kind());
                    }
                }
                return mismatch(expectedShapes(oneOf), token);
            }
            if (kind instanceof WireKind.Discriminated<?> union) {
                if (token != JsonToken.START_OBJECT) {
                    return mismatch("an object", token);
                }
                return readDiscriminated(union);
            }
            if (kind instanceof WireKind.Mapped<?, ?> mapped) {
                Object wire = readValue(mapped.wire());
                return wire == MISMATCH ? MISMATCH : mapped(mapped, wire);
            }
            throw new IllegalStateException("unknown kind " + kind);
        }

        /** Reads an open enum's value. */
        Object enumerated(WireKind.Enumerated<?> enumerated) throws IOException {
            Object text = enumeratedText();
            return text == MISMATCH ? MISMATCH : enumerated.of().apply((String) text);
        }

        /** Reads the text of an open enum's value: a string that is not blank, else {@link #MISMATCH}. */
        Object enumeratedText() throws IOException {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.VALUE_STRING) {
                return mismatch("a string", token);
            }
            String text = parser.getText();
            if (text.isBlank()) {
                if (strict) {
                    throw new WireFormatException(currentPath(), "must not be blank", null);
                }
                lastRaw = new JsonString(text);
                return MISMATCH;
            }
            return text;
        }

        /** Maps a wire value that has been read to its Java value. */
        @SuppressWarnings("unchecked")
        Object mapped(WireKind.Mapped<?, ?> mapped, Object wire) throws IOException {
            try {
                return ((java.util.function.Function<Object, Object>) mapped.decode()).apply(wire);
            } catch (RuntimeException e) {
                if (strict) {
                    throw new WireFormatException(currentPath(), "is not valid: " + e.getMessage(), null);
                }
                lastRaw = toJson(wire);
                return MISMATCH;
            }
        }

        /** A {@code null} element of an array or map: an error when strict, skipped when lenient. */
        void nullElement() {
            if (strict) {
                throw new WireFormatException(currentPath(), "must not be null", null);
            }
        }

        /** Records a value of the wrong shape for the current token (see {@link #mismatch(String, JsonToken)}). */
        Object mismatch(String expected) throws IOException {
            return mismatch(expected, parser.currentToken());
        }

        private Object readScalar(WireKind.ScalarType type, JsonToken token) throws IOException {
            return switch (type) {
                case TEXT -> stringValue(token);
                case BOOLEAN -> booleanValue(token);
                case INT32 -> int32Value(token);
                case INT64 -> int64Value(token);
                case DECIMAL -> decimalValue(token);
            };
        }

        /** Reads a string (the scalar {@code TEXT}); the scalar readers return {@link #MISMATCH} for another shape. */
        Object stringValue(JsonToken token) throws IOException {
            return token == JsonToken.VALUE_STRING ? parser.getText() : mismatch("a string", token);
        }

        /** Reads a boolean. */
        Object booleanValue(JsonToken token) throws IOException {
            if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                return token == JsonToken.VALUE_TRUE;
            }
            return mismatch("a boolean", token);
        }

        /** Reads an integer within 32 bits. */
        Object int32Value(JsonToken token) throws IOException {
            if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
                return parser.getIntValue();
            }
            return mismatch(token == JsonToken.VALUE_NUMBER_INT ? "an integer within 32 bits" : "an integer", token);
        }

        /** Reads an integer within 64 bits. */
        Object int64Value(JsonToken token) throws IOException {
            if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                return parser.getLongValue();
            }
            return mismatch(token == JsonToken.VALUE_NUMBER_INT ? "an integer within 64 bits" : "an integer", token);
        }

        /** Reads a finite number. */
        Object decimalValue(JsonToken token) throws IOException {
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                double value = parser.getDoubleValue();
                if (Double.isFinite(value)) {
                    return value;
                }
                return mismatch("a finite number", token);
            }
            return mismatch("a number", token);
        }

        /** Reads Unix seconds. */
        Object readEpoch(WireKind.Epoch epoch, JsonToken token) throws IOException {
            if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                return mismatch("a whole number of seconds since 1970", token);
            }
            long seconds = parser.getLongValue();
            if (seconds < 0 || seconds > MAX_EPOCH_SECOND) {
                return mismatch("a whole number of seconds since 1970 within the range of a date", token);
            }
            if (seconds == 0 && epoch.zeroIsAbsent()) {
                return null;
            }
            return Instant.ofEpochSecond(seconds);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private Object readDiscriminated(WireKind.Discriminated<?> union) throws IOException {
            String first = nextField();
            if (first != null && first.equals(union.property()) && parser.currentToken() == JsonToken.VALUE_STRING) {
                WireKind.Variant<?> variant = union.variant(parser.getText());
                if (variant != null) {
                    // The discriminator is a constant field of the variant: already read, so continue after it.
                    String next = nextField();
                    return next == null ? emptyVariant(variant.type()) : readStructBody((WireType) variant.type(), next);
                }
            }
            return discriminatedRest(union, first);
        }

        /** A variant whose object holds nothing but its discriminator. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object emptyVariant(WireType<?, ?> type) {
            return ((WireType) type).build(((WireType) type).newBuilder());
        }

        /**
         * Reads the rest of a union's object whose first member ({@code first}, its value current; {@code null} for
         * an empty object) is not the discriminator of a known variant.
         */
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object discriminatedRest(WireKind.Discriminated<?> union, String first) throws IOException {
            if (first != null && first.equals(union.property()) && parser.currentToken() == JsonToken.VALUE_STRING) {
                String tag = parser.getText();
                JsonObject.Builder rest = JsonObject.builder().put(first, new JsonString(tag));
                return unknownVariant(union, readObjectRest(rest), tag);
            }
            // The discriminator is not first (or the object is empty): read it whole, then decode it as its variant.
            JsonObject object;
            if (first == null) {
                object = JsonObject.empty();
            } else {
                JsonObject.Builder all = JsonObject.builder();
                all.put(first, readTree());
                object = readObjectRest(all);
            }
            JsonValue tagValue = object.get(union.property());
            String tag = tagValue == null ? null : tagValue.asString();
            WireKind.Variant<?> variant = tag == null ? null : union.variant(tag);
            if (variant == null) {
                return unknownVariant(union, object, tag);
            }
            byte[] bytes = encode(object);
            return decode((WireType) variant.type(), bytes, 0, bytes.length, strict, currentPath());
        }

        private Object unknownVariant(WireKind.Discriminated<?> union, JsonObject object, String tag) {
            if (strict || union.unknown() == null) {
                if (strict) {
                    throw new WireFormatException(joinPath(currentPath(), union.property()),
                            tag == null ? "is required: one of " + union.tags()
                                    : "must be one of " + union.tags() + " (was \"" + tag + "\")",
                            null);
                }
                lastRaw = object;
                return MISMATCH;
            }
            return union.unknown().apply(object);
        }

        /** Reads the remaining members of the current object (whose last read value is done) into a builder. */
        private JsonObject readObjectRest(JsonObject.Builder builder) throws IOException {
            String name;
            while ((name = nextField()) != null) {
                builder.put(name, readTree());
            }
            return builder.build();
        }

        private <T, B> void unknownField(WireType<T, B> type, B builder, String name) throws IOException {
            if (strict) {
                throw new WireFormatException(currentPath(), "is not a known parameter", null);
            }
            JsonValue raw = readTree();
            type.addExtraField(builder, name, raw);
        }

        <T, B> void mismatchedField(WireType<T, B> type, B builder, String name) {
            // Lenient only: keep what the server sent, readable among the extra fields.
            if (lastRaw != null) {
                type.addExtraField(builder, name, lastRaw);
                lastRaw = null;
            }
        }

        /** Reads a constant member (a discriminator): checked when strict, skipped when lenient. */
        void constant(String expected) throws IOException {
            JsonToken token = parser.currentToken();
            if (strict && (token != JsonToken.VALUE_STRING || !expected.equals(parser.getText()))) {
                throw new WireFormatException(currentPath(), "must be \"" + expected + "\"", null);
            }
            parser.skipChildren();
        }

        /** Records a value of the wrong shape: an error when strict, else the raw value for the extra fields. */
        private Object mismatch(String expected, JsonToken token) throws IOException {
            if (strict) {
                throw new WireFormatException(currentPath(), "must be " + expected + ", found " + describe(token), null);
            }
            lastRaw = readTree();
            return MISMATCH;
        }

        /** Reads the next member name and moves to its value; {@code null} at the end of the object. */
        String nextField() throws IOException {
            // nextFieldName() is the parser's own fast path for member names (nextToken() then currentName() took
            // twice as long in the decoding profile).
            String name = parser.nextFieldName();
            if (name == null) {
                JsonToken token = parser.currentToken();
                if (token == JsonToken.END_OBJECT) {
                    return null;
                }
                throw new WireFormatException(null, "expected a field name, found " + describe(token), null);
            }
            parser.nextToken();
            return name;
        }

        /** Reads the current value as a free-form tree. */
        JsonValue readTree() throws IOException {
            JsonToken token = parser.currentToken();
            if (token == null) {
                throw new WireFormatException(null, "the document ends early", null);
            }
            switch (token) {
                case START_OBJECT: {
                    JsonObject.Builder object = JsonObject.builder();
                    String name;
                    while ((name = nextField()) != null) {
                        object.put(name, readTree());
                    }
                    return object.build();
                }
                case START_ARRAY: {
                    List<JsonValue> elements = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        elements.add(readTree());
                    }
                    return JsonArray.of(elements);
                }
                case VALUE_STRING:
                    return new JsonString(parser.getText());
                case VALUE_NUMBER_INT:
                    return new JsonNumber(parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                            ? new BigDecimal(parser.getBigIntegerValue())
                            : BigDecimal.valueOf(parser.getLongValue()));
                case VALUE_NUMBER_FLOAT:
                    // Exact decimal text survives a round trip (0.1 stays 0.1, 1e400 does not become Infinity).
                    return new JsonNumber(parser.getDecimalValue());
                case VALUE_TRUE:
                    return JsonBoolean.TRUE;
                case VALUE_FALSE:
                    return JsonBoolean.FALSE;
                case VALUE_NULL:
                    return JsonNull.INSTANCE;
                default:
                    throw new WireFormatException(null, "unexpected " + describe(token), null);
            }
        }

        private JsonValue toJson(Object wire) {
            if (wire instanceof JsonValue json) {
                return json;
            }
            if (wire instanceof String text) {
                return new JsonString(text);
            }
            if (wire instanceof Integer || wire instanceof Long) {
                return new JsonNumber(BigDecimal.valueOf(((Number) wire).longValue()));
            }
            if (wire instanceof Double d) {
                return new JsonNumber(BigDecimal.valueOf(d));
            }
            if (wire instanceof Boolean b) {
                return b ? JsonBoolean.TRUE : JsonBoolean.FALSE;
            }
            if (wire instanceof List<?> list) {
                List<JsonValue> elements = new ArrayList<>();
                for (Object element : list) {
                    elements.add(toJson(element));
                }
                return JsonArray.of(elements);
            }
            return JsonNull.INSTANCE;
        }

        /** The path of the value the parser is on, below the prefix: {@code session.audio.output.speed}. */
        String currentPath() {
            JsonStreamContext context = parser.getParsingContext();
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                context = context.getParent();
            }
            return joinPath(prefix, pathOf(context));
        }

        /** The path of the object whose members are being (or have just been) read. */
        String containerPath() {
            JsonStreamContext context = parser.getParsingContext();
            // On END_OBJECT Jackson has already returned to the parent context, which holds the object's name;
            // inside the object, the object's own context holds the member's name and the parent the object's.
            return joinPath(prefix, pathOf(parser.currentToken() == JsonToken.END_OBJECT ? context : context.getParent()));
        }

        private WireKind.Shape shapeOf(JsonToken token) {
            return switch (token) {
                case VALUE_STRING -> WireKind.Shape.STRING;
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> WireKind.Shape.NUMBER;
                case VALUE_TRUE, VALUE_FALSE -> WireKind.Shape.BOOLEAN;
                case START_OBJECT -> WireKind.Shape.OBJECT;
                case START_ARRAY -> WireKind.Shape.ARRAY;
                default -> WireKind.Shape.ANY;
            };
        }

        /** The shapes a union accepts, for its mismatch message. */
        String expectedShapes(WireKind.OneOf<?> oneOf) {
            List<String> names = new ArrayList<>();
            for (WireKind.Alternative<?> alternative : oneOf.alternatives()) {
                if (alternative.lenientOnly()) {
                    continue;
                }
                String name = switch (WireKind.shapeOf(alternative.kind())) {
                    case STRING -> "a string";
                    case NUMBER -> "a number";
                    case BOOLEAN -> "a boolean";
                    case OBJECT -> "an object";
                    case ARRAY -> "an array";
                    case ANY -> "a value";
                };
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
            return String.join(" or ", names);
        }
    }

    private static InvalidRequestException withPrefix(InvalidRequestException e, String path) {
        if (path == null || path.isEmpty()) {
            return e;
        }
        List<InvalidRequestException.Violation> prefixed = new ArrayList<>();
        for (InvalidRequestException.Violation violation : e.violations()) {
            prefixed.add(new InvalidRequestException.Violation(
                    joinPath(path, violation.field()), violation.rule(), violation.actual()));
        }
        return new InvalidRequestException("request", prefixed);
    }

    private static String joinPath(String parent, String child) {
        if (parent == null || parent.isEmpty()) {
            return child;
        }
        if (child == null || child.isEmpty()) {
            return parent;
        }
        return child.startsWith("[") ? parent + child : parent + "." + child;
    }

    /** The path of the value a context is positioned on: {@code audio.input.turn_detection}, {@code tools[1]}. */
    private static String pathOf(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "";
        }
        String parent = pathOf(context.getParent());
        if (context.inArray()) {
            return parent + "[" + context.getCurrentIndex() + "]";
        }
        String name = context.getCurrentName();
        if (name == null) {
            return parent;
        }
        return parent.isEmpty() ? name : parent + "." + name;
    }

}
