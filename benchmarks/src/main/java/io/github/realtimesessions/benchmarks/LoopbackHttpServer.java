package io.github.realtimesessions.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A minimal HTTP/1.1 server on {@code 127.0.0.1} that answers every request with {@code 200} and one fixed body, for
 * benchmarks.
 *
 * <p>Why not the testkit's {@code FakeRealtimeServer}: JMH's {@code -prof gc} counts the bytes
 * allocated by <em>every</em> thread of the JVM, the server's included. The testkit parses each request into strings,
 * a header list and a body array, which adds the same amount to every benchmark's bytes per operation and so
 * flattens the ratios. This server allocates nothing per request once a connection is open: it scans the request
 * head in a reused buffer, skips the body by its {@code Content-Length}, and writes one prebuilt answer (status line,
 * headers, {@code Content-Length}, body) with a single write. Connections are kept alive unless the client sends
 * {@code Connection: close}. One thread per connection.
 *
 * <p>Only what the benchmarked clients send is supported: requests framed by {@code Content-Length} (or without a
 * body). A chunked request is answered with {@code 411} and the connection closed, so a client that streams its body
 * makes the benchmark fail loudly instead of measuring something else.
 */
public final class LoopbackHttpServer implements AutoCloseable {

    private static final byte[] LENGTH_REQUIRED = ("HTTP/1.1 411 Length Required\r\nContent-Length: 0\r\n"
                    + "Connection: close\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    private static final int BUFFER_BYTES = 16 * 1024;

    private final byte[] answer;
    private final ServerSocket serverSocket;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connectionCount = new AtomicInteger();
    private final AtomicReference<byte[]> recordedHead = new AtomicReference<>();
    private volatile boolean recording;
    private volatile boolean closed;

    private LoopbackHttpServer(byte[] body) {
        this.answer = answer(body);
        try {
            serverSocket = new ServerSocket();
            serverSocket.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 128);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1", e);
        }
        Thread acceptor = new Thread(this::acceptLoop, "loopback-http-accept-" + serverSocket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * Starts a server that answers every request with {@code 200}, {@code Content-Type: application/json}, an
     * {@code x-request-id} and the given body.
     *
     * @param body the body of every answer
     * @return the running server
     */
    public static LoopbackHttpServer start(byte[] body) {
        return new LoopbackHttpServer(Objects.requireNonNull(body, "body").clone());
    }

    /**
     * Returns the base URI to configure clients with, {@code http://127.0.0.1:<port>/v1}.
     *
     * @return the base URI
     */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + serverSocket.getLocalPort() + "/v1");
    }

    /**
     * Returns how many connections were accepted since the start; with keep-alive this stays at the number of
     * client threads.
     *
     * @return the number of accepted connections
     */
    public int acceptedConnections() {
        return connectionCount.get();
    }

    /**
     * Records the head (request line and headers) of the next request, for tests that compare what clients send.
     * Costs nothing while off.
     */
    public void recordNextHead() {
        recordedHead.set(null);
        recording = true;
    }

    /**
     * Returns the head recorded after {@link #recordNextHead()}.
     *
     * @return the request line and headers as ISO-8859-1 text, or {@code null} if no request came yet
     */
    public String recordedHead() {
        byte[] head = recordedHead.get();
        return head == null ? null : new String(head, StandardCharsets.ISO_8859_1);
    }

    /** Closes the listening socket and every connection. Idempotent. */
    @Override
    public void close() {
        closed = true;
        closeQuietly(serverSocket);
        for (Socket socket : connections) {
            closeQuietly(socket);
        }
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                return;
            }
            connections.add(socket);
            connectionCount.incrementAndGet();
            if (closed) {
                closeQuietly(socket);
                return;
            }
            Thread worker = new Thread(() -> serve(socket), "loopback-http-" + connectionCount.get());
            worker.setDaemon(true);
            worker.start();
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            byte[] buffer = new byte[BUFFER_BYTES];
            int filled = 0;
            while (!closed) {
                // Read until the buffer holds a whole head (ends with an empty line).
                int headEnd;
                while ((headEnd = headEnd(buffer, filled)) < 0) {
                    if (filled == buffer.length) {
                        return; // a head over 16 KB: not a client we benchmark
                    }
                    int read = in.read(buffer, filled, buffer.length - filled);
                    if (read < 0) {
                        return;
                    }
                    filled += read;
                }
                if (recording) {
                    recording = false;
                    recordedHead.set(Arrays.copyOf(buffer, headEnd));
                }
                if (hasHeader(buffer, headEnd, "transfer-encoding:")) {
                    out.write(LENGTH_REQUIRED);
                    return;
                }
                long bodyLength = contentLength(buffer, headEnd);
                boolean keepAlive = !hasHeaderValue(buffer, headEnd, "connection:", "close");
                // Skip the body: first what is buffered already, then the rest straight off the socket.
                long buffered = filled - headEnd;
                if (buffered >= bodyLength) {
                    int consumed = headEnd + (int) bodyLength;
                    System.arraycopy(buffer, consumed, buffer, 0, filled - consumed);
                    filled -= consumed;
                } else {
                    long left = bodyLength - buffered;
                    while (left > 0) {
                        int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                        if (read < 0) {
                            return;
                        }
                        left -= read;
                    }
                    filled = 0;
                }
                out.write(answer);
                out.flush();
                if (!keepAlive) {
                    return;
                }
            }
        } catch (IOException e) {
            // The client closed the connection, or close() did: nothing left to answer.
        } finally {
            connections.remove(socket);
        }
    }

    /** Returns the index just past the head's empty line, or -1 when the buffer does not hold a whole head yet. */
    private static int headEnd(byte[] buffer, int filled) {
        for (int i = 3; i < filled; i++) {
            if (buffer[i] == '\n' && buffer[i - 1] == '\r' && buffer[i - 2] == '\n' && buffer[i - 3] == '\r') {
                return i + 1;
            }
        }
        return -1;
    }

    /** Returns the start of the value of a header, or -1. {@code name} is lower case and ends with a colon. */
    private static int headerValue(byte[] buffer, int headEnd, String name) {
        int lineStart = 0;
        while (lineStart < headEnd) {
            if (matchesIgnoreCase(buffer, lineStart, headEnd, name)) {
                int value = lineStart + name.length();
                while (value < headEnd && (buffer[value] == ' ' || buffer[value] == '\t')) {
                    value++;
                }
                return value;
            }
            while (lineStart < headEnd && buffer[lineStart] != '\n') {
                lineStart++;
            }
            lineStart++;
        }
        return -1;
    }

    private static boolean hasHeader(byte[] buffer, int headEnd, String name) {
        return headerValue(buffer, headEnd, name) >= 0;
    }

    private static boolean hasHeaderValue(byte[] buffer, int headEnd, String name, String value) {
        int start = headerValue(buffer, headEnd, name);
        return start >= 0 && matchesIgnoreCase(buffer, start, headEnd, value);
    }

    private static long contentLength(byte[] buffer, int headEnd) {
        int i = headerValue(buffer, headEnd, "content-length:");
        if (i < 0) {
            return 0;
        }
        long length = 0;
        while (i < headEnd && buffer[i] >= '0' && buffer[i] <= '9') {
            length = length * 10 + (buffer[i++] - '0');
        }
        return length;
    }

    private static boolean matchesIgnoreCase(byte[] buffer, int start, int end, String lowerCase) {
        if (end - start < lowerCase.length()) {
            return false;
        }
        for (int i = 0; i < lowerCase.length(); i++) {
            int c = buffer[start + i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lowerCase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] answer(byte[] body) {
        byte[] head = ("HTTP/1.1 200 OK\r\n"
                        + "Content-Type: application/json\r\n"
                        + "x-request-id: req_0123456789abcdef0123456789abcdef\r\n"
                        + "openai-processing-ms: 1\r\n"
                        + "Content-Length: " + body.length + "\r\n"
                        + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] answer = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, answer, head.length, body.length);
        return answer;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Shutting down: nothing useful to do with the failure.
        }
    }
}
