package io.github.realtimesessions.transport.core.internal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A strict reader of {@code multipart/form-data} (RFC 7578 / RFC 2046) for the tests: it checks the framing the
 * encoder must produce (every delimiter on its own line, CRLF everywhere, a closing delimiter, nothing after it) and
 * returns the parts' headers and exact content bytes. Independent of {@link Multipart}.
 */
final class FormParts {

    /** One part: its headers (lower-case names) and its content, byte for byte. */
    record Part(Map<String, String> headers, byte[] content) {

        String name() {
            String disposition = headers.get("content-disposition");
            int at = disposition == null ? -1 : disposition.indexOf("name=\"");
            if (at < 0) {
                return null;
            }
            int end = disposition.indexOf('"', at + 6);
            return disposition.substring(at + 6, end);
        }

        String contentType() {
            return headers.get("content-type");
        }
    }

    private FormParts() {}

    /** The boundary of a {@code multipart/form-data; boundary=...} content type. */
    static String boundary(String contentType) {
        String prefix = "multipart/form-data; boundary=";
        if (contentType == null || !contentType.startsWith(prefix)) {
            throw new AssertionError("not a multipart/form-data content type with a boundary: " + contentType);
        }
        return contentType.substring(prefix.length());
    }

    /**
     * Splits a body into its parts.
     *
     * @throws AssertionError if the framing is not exactly RFC 2046's
     */
    static List<Part> parse(byte[] body, String boundary) {
        // ISO-8859-1 maps every byte to one char and back: offsets and bytes survive exactly.
        String text = new String(body, ISO_8859_1);
        String delimiter = "--" + boundary;
        if (!text.startsWith(delimiter + "\r\n")) {
            throw new AssertionError("the body must start with the delimiter line");
        }
        String closing = "\r\n" + delimiter + "--\r\n";
        if (!text.endsWith(closing)) {
            throw new AssertionError("the body must end with the closing delimiter and CRLF");
        }
        List<Part> parts = new ArrayList<>();
        int position = delimiter.length() + 2;
        while (true) {
            int next = text.indexOf("\r\n" + delimiter, position);
            if (next < 0) {
                throw new AssertionError("a part is not closed by a delimiter");
            }
            parts.add(part(text.substring(position, next)));
            int after = next + 2 + delimiter.length();
            if (text.startsWith("--\r\n", after)) {
                if (after + 4 != text.length()) {
                    throw new AssertionError("content after the closing delimiter");
                }
                return parts;
            }
            if (!text.startsWith("\r\n", after)) {
                throw new AssertionError("a delimiter must end its line");
            }
            position = after + 2;
        }
    }

    private static Part part(String raw) {
        int blank = raw.indexOf("\r\n\r\n");
        if (blank < 0) {
            throw new AssertionError("a part has no blank line after its headers");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : raw.substring(0, blank).split("\r\n", -1)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new AssertionError("a malformed part header line: " + line);
            }
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        return new Part(headers, raw.substring(blank + 4).getBytes(ISO_8859_1));
    }
}
