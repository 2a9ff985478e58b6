package io.github.realtimesessions.testkit;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads HTTP/1.x requests off a connection, one at a time: request line, headers, and a body framed by
 * {@code Content-Length} or {@code Transfer-Encoding: chunked}. Just enough HTTP for a test server; not thread-safe
 * (one reader per connection).
 */
final class HttpRequestReader {

    static final int MAX_LINE_BYTES = 64 * 1024;
    static final int MAX_HEADERS = 256;
    static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private final InputStream in;
    private final OutputStream out;

    HttpRequestReader(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    /** One parsed request. */
    record Request(String method, String target, String version, List<Map.Entry<String, String>> headers,
            byte[] body) {

        String header(String name) {
            for (Map.Entry<String, String> header : headers) {
                if (header.getKey().equalsIgnoreCase(name)) {
                    return header.getValue();
                }
            }
            return null;
        }

        /** HTTP/1.1 keeps the connection unless told to close; HTTP/1.0 closes unless told to keep it. */
        boolean keepAlive() {
            String connection = header("Connection");
            String tokens = connection == null ? "" : connection.toLowerCase(Locale.ROOT);
            if ("HTTP/1.0".equals(version)) {
                return tokens.contains("keep-alive");
            }
            return !tokens.contains("close");
        }

        /** The query of the target, or {@code null}. */
        String query() {
            int query = target.indexOf('?');
            return query < 0 ? null : target.substring(query + 1);
        }

        /** The target without its query. */
        String path() {
            int query = target.indexOf('?');
            return query < 0 ? target : target.substring(0, query);
        }
    }

    /** The request cannot be parsed; the server answers 400 and closes. */
    static final class MalformedRequestException extends IOException {
        private static final long serialVersionUID = 1L;

        MalformedRequestException(String message) {
            super(message);
        }
    }

    /**
     * Reads the head of the next request: request line and headers, not the body.
     *
     * @return the head (its body empty), or {@code null} when the client closed the connection between requests
     * @throws MalformedRequestException if the bytes are not an HTTP/1.x request
     * @throws IOException if the connection fails or closes mid-request
     */
    Request readHead() throws IOException {
        String requestLine = readLine(true);
        // RFC 9112 §2.2: a server should ignore at least one empty line before the request line.
        while (requestLine != null && requestLine.isEmpty()) {
            requestLine = readLine(true);
        }
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || !parts[2].startsWith("HTTP/1.")) {
            throw new MalformedRequestException("not an HTTP/1.x request line: " + abbreviate(requestLine));
        }
        return new Request(parts[0], parts[1], parts[2], readHeaders(), new byte[0]);
    }

    /**
     * Reads the body of a request whose head was read, answering {@code Expect: 100-continue} first.
     *
     * @param head the head
     * @return the request with its body
     * @throws IOException if the connection fails, or the framing is broken
     */
    Request readBody(Request head) throws IOException {
        String expect = head.header("Expect");
        if (expect != null && expect.equalsIgnoreCase("100-continue") && "HTTP/1.1".equals(head.version())) {
            out.write(CONTINUE);
            out.flush();
        }
        return new Request(head.method(), head.target(), head.version(), head.headers(), body(head));
    }

    private List<Map.Entry<String, String>> readHeaders() throws IOException {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        String line;
        while (!(line = requireLine()).isEmpty()) {
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && !headers.isEmpty()) {
                // Obsolete line folding: the line continues the previous header's value.
                Map.Entry<String, String> last = headers.remove(headers.size() - 1);
                headers.add(Map.entry(last.getKey(), last.getValue() + " " + line.trim()));
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new MalformedRequestException("not a header line: " + abbreviate(line));
            }
            if (headers.size() == MAX_HEADERS) {
                throw new MalformedRequestException("more than " + MAX_HEADERS + " headers");
            }
            headers.add(Map.entry(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
        }
        return headers;
    }

    private byte[] body(Request head) throws IOException {
        String transferEncoding = head.header("Transfer-Encoding");
        if (transferEncoding != null && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            return readChunked();
        }
        String contentLength = head.header("Content-Length");
        if (contentLength == null) {
            return new byte[0];
        }
        long length;
        try {
            length = Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            throw new MalformedRequestException("Content-Length is not a number: " + abbreviate(contentLength));
        }
        if (length < 0 || length > MAX_BODY_BYTES) {
            throw new MalformedRequestException("Content-Length out of range: " + length);
        }
        return readExactly((int) length);
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = requireLine();
            int extension = sizeLine.indexOf(';');
            String hex = (extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim();
            int size;
            try {
                size = Integer.parseInt(hex, 16);
            } catch (NumberFormatException e) {
                throw new MalformedRequestException("not a chunk size: " + abbreviate(sizeLine));
            }
            if (size < 0 || body.size() + (long) size > MAX_BODY_BYTES) {
                throw new MalformedRequestException("chunked body too large");
            }
            if (size == 0) {
                // Trailer fields, if any, end with an empty line; they are not kept.
                while (!requireLine().isEmpty()) {
                    // skip
                }
                return body.toByteArray();
            }
            body.write(readExactly(size));
            if (!requireLine().isEmpty()) {
                throw new MalformedRequestException("chunk data not followed by CRLF");
            }
        }
    }

    private byte[] readExactly(int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException("connection closed after " + bytes.length + " of " + length + " body bytes");
        }
        return bytes;
    }

    private String requireLine() throws IOException {
        String line = readLine(false);
        if (line == null) {
            throw new EOFException("connection closed mid-request");
        }
        return line;
    }

    /**
     * Reads a line ending in LF (CR before it dropped) as ISO-8859-1.
     *
     * @param mayEnd whether the end of the stream before the first byte is a clean end
     */
    private String readLine(boolean mayEnd) throws IOException {
        StringBuilder line = new StringBuilder(64);
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                if (line.length() == 0 && mayEnd) {
                    return null;
                }
                throw new EOFException("connection closed mid-line");
            }
            if (line.length() == MAX_LINE_BYTES) {
                throw new MalformedRequestException("line longer than " + MAX_LINE_BYTES + " bytes");
            }
            line.append((char) b);
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        return line.toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }
}
