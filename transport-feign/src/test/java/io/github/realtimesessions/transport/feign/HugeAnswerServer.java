package io.github.realtimesessions.transport.feign;

import java.io.BufferedInputStream;
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
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A raw-socket HTTP/1.1 server on {@code 127.0.0.1} that answers the first request on a connection with a body far
 * larger than any cap, as fast as the client takes it, and counts the body bytes it managed to write before the
 * client closed the connection. A client that drains the body makes it write everything (200 MB); a client that aborts
 * leaves it stuck at the cap plus what the socket buffers hold. For the one thing {@code FakeRealtimeServer} cannot
 * tell: how much of an answer the client read.
 */
final class HugeAnswerServer implements AutoCloseable {

    /** How the body is framed. */
    enum Framing {
        /** {@code Content-Length: 209715200}: 200 MB, declared. */
        DECLARED_200_MB,
        /** {@code Transfer-Encoding: chunked}, never ending. */
        ENDLESS_CHUNKED
    }

    /** The size of the declared body. */
    static final long DECLARED_BYTES = 200L * 1024 * 1024;

    private final ServerSocket socket;
    private final Framing framing;
    private final int status;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "huge-answer-server");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong bodyBytesWritten = new AtomicLong();
    private final CountDownLatch clientGone = new CountDownLatch(1);
    private volatile String requestHead;

    private HugeAnswerServer(Framing framing, int status) {
        this.framing = framing;
        this.status = status;
        try {
            socket = new ServerSocket();
            socket.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads.execute(this::acceptLoop);
    }

    /**
     * Starts a server answering {@code 200 OK} with a JSON-looking body.
     *
     * @param framing how the body is framed
     * @return the running server
     */
    static HugeAnswerServer start(Framing framing) {
        return new HugeAnswerServer(framing, 200);
    }

    /**
     * Returns the base URI to configure clients with, {@code http://127.0.0.1:<port>/v1}.
     *
     * @return the base URI
     */
    URI baseUri() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/v1");
    }

    /**
     * Waits until the client has closed (or reset) the connection, so that the count is final.
     *
     * @param timeout how long to wait at most
     * @return whether the client closed it in time
     * @throws InterruptedException if interrupted
     */
    boolean awaitClientGone(Duration timeout) throws InterruptedException {
        return clientGone.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Returns how many body bytes the server wrote before the client went away.
     *
     * @return the count
     */
    long bodyBytesWritten() {
        return bodyBytesWritten.get();
    }

    /**
     * Returns the head of the request received, lower-cased, or {@code null} before one arrived.
     *
     * @return the request head
     */
    String requestHead() {
        return requestHead;
    }

    @Override
    public void close() throws IOException {
        socket.close();
        threads.shutdownNow();
    }

    private void acceptLoop() {
        try {
            while (true) {
                Socket connection = socket.accept();
                threads.execute(() -> serve(connection));
            }
        } catch (IOException e) {
            // closed
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            connection.setSendBufferSize(64 * 1024);
            InputStream in = new BufferedInputStream(connection.getInputStream());
            readRequest(in);
            OutputStream out = connection.getOutputStream();
            String head = "HTTP/1.1 " + status + " OK\r\nContent-Type: application/json\r\nx-request-id: req_huge\r\n"
                    + (framing == Framing.DECLARED_200_MB
                            ? "Content-Length: " + DECLARED_BYTES + "\r\n"
                            : "Transfer-Encoding: chunked\r\n")
                    + "\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            byte[] filler = new byte[16 * 1024];
            Arrays.fill(filler, (byte) 'a');
            byte[] start = "{\"value\":\"".getBytes(StandardCharsets.ISO_8859_1);
            System.arraycopy(start, 0, filler, 0, start.length);
            byte[] chunkHead = (Integer.toHexString(filler.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            byte[] crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
            while (framing == Framing.ENDLESS_CHUNKED || bodyBytesWritten.get() < DECLARED_BYTES) {
                if (framing == Framing.ENDLESS_CHUNKED) {
                    out.write(chunkHead);
                }
                out.write(filler);
                if (framing == Framing.ENDLESS_CHUNKED) {
                    out.write(crlf);
                }
                bodyBytesWritten.addAndGet(filler.length);
                Arrays.fill(filler, 0, start.length, (byte) 'a');
            }
            out.flush();
            // The whole declared body went out: the client drained it. Wait for it to go away.
            while (in.read() >= 0) {
                // discard
            }
        } catch (IOException e) {
            // The client closed or reset the connection: the count is final.
        } finally {
            clientGone.countDown();
        }
    }

    private void readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0) {
            head.append((char) b);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        String text = head.toString().toLowerCase(Locale.ROOT);
        requestHead = text;
        int at = text.indexOf("content-length:");
        if (at >= 0) {
            int end = text.indexOf("\r\n", at);
            long length = Long.parseLong(text.substring(at + "content-length:".length(), end).trim());
            in.readNBytes((int) length);
        }
    }
}
