package io.github.realtimesessions.cli;

import io.github.realtimesessions.model.InvalidRequestException;
import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.JsonValue;
import io.github.realtimesessions.model.internal.WireType;
import io.github.realtimesessions.transport.core.internal.WireCodec;
import io.github.realtimesessions.transport.core.internal.WireFormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request body as JSON while it is assembled: the {@code --request-file}'s content (or nothing), then every option on
 * top of it, then defaults for what neither set. Only then is it decoded into the library's request type, which
 * validates it once, as a whole; each broken rule is reported under the option that set the field, or under the file.
 */
final class RequestDocument {

    private final Path file;
    /** The member the file's content was wrapped in ({@code session}), left out when a path names the file's field. */
    private final String wrappedIn;
    private JsonObject root;
    /** JSON path -> the option that set it; the longest matching path names the option a violation belongs to. */
    private final Map<String, String> setBy = new LinkedHashMap<>();

    private RequestDocument(Path file, String wrappedIn, JsonObject root) {
        this.file = file;
        this.wrappedIn = wrappedIn;
        this.root = root;
    }

    /**
     * Returns a document whose content is the given document's, as the one member of a new object: a bare session
     * file becomes {@code {"session": ...}}. Messages about the file still name its own paths.
     */
    static RequestDocument wrapped(RequestDocument document, String member) {
        return new RequestDocument(document.file, member, JsonObject.builder().put(member, document.root).build());
    }

    /** Returns an empty document: no request file. */
    static RequestDocument empty() {
        return new RequestDocument(null, null, JsonObject.empty());
    }

    /**
     * Reads a request file: UTF-8 JSON, one object; a syntax error names its line and column.
     *
     * @throws UsageException if the file cannot be read or is not a JSON object
     */
    static RequestDocument read(Path file) {
        String subject = subject(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UsageException(subject, "no such file");
        } catch (AccessDeniedException e) {
            throw new UsageException(subject, "cannot be read (access denied)");
        } catch (IOException e) {
            throw new UsageException(subject, "cannot be read (" + e.getMessage() + ")");
        }
        String text = utf8(bytes, subject);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        JsonValue value;
        try {
            value = JsonValue.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(subject, e.getMessage());
        }
        if (!(value instanceof JsonObject object)) {
            throw new UsageException(subject, "must hold one JSON object (the request body), not " + kind(value));
        }
        return new RequestDocument(file, null, object);
    }

    /** Reads a whole text file as UTF-8, strictly, for {@code --sdp-file} and the like. */
    static String readText(Path file, String option) {
        String subject = option + " " + file;
        try {
            return utf8(Files.readAllBytes(file), subject);
        } catch (NoSuchFileException e) {
            throw new UsageException(subject, "no such file");
        } catch (AccessDeniedException e) {
            throw new UsageException(subject, "cannot be read (access denied)");
        } catch (IOException e) {
            throw new UsageException(subject, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Returns the file the document came from, or {@code null}. */
    Path file() {
        return file;
    }

    /** Returns the JSON as assembled so far. */
    JsonObject json() {
        return root;
    }

    /**
     * Returns the value at a dotted path.
     *
     * @return the value (JSON {@code null} included), or {@code null} when absent
     */
    JsonValue get(String path) {
        JsonValue current = root;
        for (String name : path.split("\\.")) {
            if (!(current instanceof JsonObject object)) {
                return null;
            }
            current = object.get(name);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** Tells whether a dotted path holds a value (JSON {@code null} counts). */
    boolean has(String path) {
        return get(path) != null;
    }

    /**
     * Sets the value at a dotted path on behalf of an option, creating (or replacing) what is not an object on the way.
     *
     * @param option the option, for messages; {@code null} for a default
     */
    void set(String option, String path, JsonValue value) {
        root = set(root, path.split("\\."), 0, value);
        if (option != null) {
            setBy.put(path, option);
        }
    }

    /**
     * Records that an option supplied a field it did not set in the JSON (a header, say), so that a broken rule of that
     * field is reported under the option.
     */
    void attribute(String option, String path) {
        setBy.put(path, option);
    }

    /** Removes the value at a dotted path, if any. */
    void remove(String path) {
        if (has(path)) {
            String[] names = path.split("\\.");
            root = remove(root, names, 0);
        }
    }

    /**
     * Decodes the document into a request strictly, as the API reads it, which validates it.
     *
     * @throws UsageException naming the option or the file for every broken rule
     */
    <T> T decode(WireType<T, ?> type) {
        byte[] body = WireCodec.instance().encode(root);
        try {
            return WireCodec.instance().decodeRequest(type, body);
        } catch (WireFormatException e) {
            throw new UsageException(describe(e.field() == null ? "" : e.field(), e.detail(), null));
        } catch (InvalidRequestException e) {
            throw invalid(e);
        }
    }

    /** Turns the violations of a request into one usage line, each under its option or the file. */
    UsageException invalid(InvalidRequestException e) {
        return new UsageException(e.violations().stream()
                .map(v -> describe(v.field(), v.rule(), v.actual()))
                .collect(Collectors.joining("; ")));
    }

    /** Describes one broken rule of a field: {@code --voice: must ...}, or {@code --request-file F: a.b must ...}. */
    String describe(String field, String rule, String actual) {
        String was = actual == null ? "" : " (was " + actual + ")";
        String option = optionFor(field);
        if (option != null) {
            return option + ": " + rule + was;
        }
        String own = wrappedIn != null && field.startsWith(wrappedIn + ".")
                ? field.substring(wrappedIn.length() + 1)
                : field;
        String where = own.isEmpty() ? rule : own + (rule.startsWith(":") ? rule : " " + rule);
        return file == null ? where + was : subject(file) + ": " + where + was;
    }

    private String optionFor(String field) {
        String best = null;
        int bestLength = -1;
        for (Map.Entry<String, String> entry : setBy.entrySet()) {
            String path = entry.getKey();
            boolean covers = field.equals(path) || field.startsWith(path + ".") || field.startsWith(path + "[");
            if (covers && path.length() > bestLength) {
                best = entry.getValue();
                bestLength = path.length();
            }
        }
        return best;
    }

    static String subject(Path file) {
        return "--request-file " + file;
    }

    private static JsonObject set(JsonObject object, String[] names, int index, JsonValue value) {
        JsonObject.Builder builder = object.toBuilder();
        if (index == names.length - 1) {
            return builder.put(names[index], value).build();
        }
        JsonValue child = object.get(names[index]);
        JsonObject childObject = child instanceof JsonObject existing ? existing : JsonObject.empty();
        return builder.put(names[index], set(childObject, names, index + 1, value)).build();
    }

    private static JsonObject remove(JsonObject object, String[] names, int index) {
        if (index == names.length - 1) {
            return object.toBuilder().remove(names[index]).build();
        }
        JsonValue child = object.get(names[index]);
        if (!(child instanceof JsonObject childObject)) {
            return object;
        }
        return object.toBuilder().put(names[index], remove(childObject, names, index + 1)).build();
    }

    private static String utf8(byte[] bytes, String subject) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UsageException(subject, "is not UTF-8 text");
        }
    }

    private static String kind(JsonValue value) {
        if (value.asArray() != null) {
            return "an array";
        }
        if (value.asString() != null) {
            return "a string";
        }
        if (value.asNumber() != null) {
            return "a number";
        }
        return value.asBoolean() != null ? "a boolean" : "null";
    }
}
