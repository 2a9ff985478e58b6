package io.github.realtimesessions.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Talks HTTP/1.1 to {@link FakeRealtimeServer} over a raw socket, so that the server's tests see every byte it sends:
 * interim answers, cut heads, wrong framing. One connection per instance; not thread-safe.
 */
final class RawHttp implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private RawHttp(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    static RawHttp connect(URI base, Duration readTimeout) {
        try {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 2000);
            socket.setSoTimeout((int) readTimeout.toMillis());
            return new RawHttp(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a request with a body and {@code Content-Length}; the headers are name, value pairs. */
    RawHttp send(String method, String target, byte[] body, String... headers) {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        try {
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    RawHttp sendJson(String target, String json, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return send("POST", target, json.getBytes(StandardCharsets.UTF_8), all);
    }

    /** Reads one answer framed by {@code Content-Length} (or chunked), after any interim answers. */
    Answer read() {
        try {
            while (true) {
                String statusLine = line();
                int status = Integer.parseInt(statusLine.split(" ")[1]);
                Map<String, List<String>> headers = headers();
                if (status >= 100 && status < 200) {
                    continue;
                }
                byte[] body;
                String encoding = first(headers, "transfer-encoding");
                if (encoding != null && encoding.contains("chunked")) {
                    body = chunked();
                } else {
                    String length = first(headers, "content-length");
                    body = in.readNBytes(length == null ? 0 : Integer.parseInt(length));
                }
                return new Answer(status, headers, body);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads whatever arrives until the connection ends, the read times out, or {@code max} bytes came. */
    byte[] readRaw(int max) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while (bytes.size() < max && (n = in.read(buffer, 0, Math.min(buffer.length, max - bytes.size()))) >= 0) {
                bytes.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            // The server stopped sending for now: what came is the answer.
        } catch (IOException e) {
            // A reset: what came before it is the answer.
        }
        return bytes.toByteArray();
    }

    /** Reads the status line and headers of an answer, up to and with the blank line, as sent. */
    String readHead() {
        StringBuilder head = new StringBuilder();
        try {
            while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("the connection ended in the head after \"" + head + "\"");
                }
                head.append((char) b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return head.toString();
    }

    /** Reads one byte, or -1 at the end of the stream; throws on a timeout or a reset. */
    int readByte() throws IOException {
        return in.read();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a test connection
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new IOException("the connection ended mid-line after \"" + line + "\"");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private Map<String, List<String>> headers() throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        String line;
        while (!(line = line()).isEmpty()) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        return headers;
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            int size = Integer.parseInt(line().trim(), 16);
            if (size == 0) {
                line();
                return body.toByteArray();
            }
            body.write(in.readNBytes(size));
            line();
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null ? null : values.get(0);
    }

    /** One answer. */
    record Answer(int status, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
