package io.github.realtimesessions.transport.apache;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A raw HTTP/1.1 server on 127.0.0.1 that answers the first request of its first connection with a body that never
 * ends, and keeps writing until the client closes the connection. A client that drains such a body instead of closing
 * the connection never returns; one that closes it ends the server's writing at once. Its send buffer is small, so
 * that what it has written is close to what the client has taken.
 */
final class EndlessBodyServer implements AutoCloseable {

    /** How the endless body is framed. */
    enum Framing {
        /** {@code Transfer-Encoding: chunked}, no length. */
        CHUNKED,
        /** A {@code Content-Length} of 1 TiB. */
        HUGE_CONTENT_LENGTH
    }

    private static final byte[] CHUNK = filled(8 * 1024);
    private static final int SEND_BUFFER = 32 * 1024;

    private final ServerSocket serverSocket;
    private final int status;
    private final Framing framing;
    private final AtomicLong bytesWritten = new AtomicLong();
    private final CountDownLatch writerStopped = new CountDownLatch(1);
    private final Thread acceptor;

    private EndlessBodyServer(int status, Framing framing) throws IOException {
        this.status = status;
        this.framing = framing;
        this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::serveOne, "endless-body-server");
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    static EndlessBodyServer start(int status, Framing framing) throws IOException {
        return new EndlessBodyServer(status, framing);
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + serverSocket.getLocalPort() + "/v1");
    }

    long bytesWritten() {
        return bytesWritten.get();
    }

    /** Waits until writing failed because the client closed the connection. */
    boolean awaitWriterStopped(long seconds) throws InterruptedException {
        return writerStopped.await(seconds, TimeUnit.SECONDS);
    }

    private void serveOne() {
        try (Socket socket = serverSocket.accept()) {
            socket.setSendBufferSize(SEND_BUFFER);
            readRequestHead(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            String framingHeader = framing == Framing.CHUNKED
                    ? "Transfer-Encoding: chunked\r\n"
                    : "Content-Length: " + (1L << 40) + "\r\n";
            out.write(("HTTP/1.1 " + status + " Whatever\r\nContent-Type: application/json\r\n" + framingHeader
                            + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunkHead = (Integer.toHexString(CHUNK.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
            while (!Thread.currentThread().isInterrupted()) {
                if (framing == Framing.CHUNKED) {
                    out.write(chunkHead);
                    out.write(CHUNK);
                    out.write(crlf);
                } else {
                    out.write(CHUNK);
                }
                bytesWritten.addAndGet(CHUNK.length);
            }
        } catch (IOException expected) {
            // The client closed the connection: what a well-behaved client does with an oversized body.
        } finally {
            writerStopped.countDown();
        }
    }

    /** Reads up to the blank line that ends the request head; the small body stays unread in the socket buffer. */
    private static void readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int next;
        while (matched < end.length && (next = in.read()) != -1) {
            matched = next == end[matched] ? matched + 1 : (next == '\r' ? 1 : 0);
        }
    }

    private static byte[] filled(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) ' ');
        return bytes;
    }

    @Override
    public void close() throws IOException {
        acceptor.interrupt();
        serverSocket.close();
    }
}
