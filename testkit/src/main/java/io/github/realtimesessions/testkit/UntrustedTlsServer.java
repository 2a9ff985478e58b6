package io.github.realtimesessions.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * An HTTPS server on {@code 127.0.0.1} whose certificate nobody trusts: self-signed (made once with the JDK's
 * {@code keytool} and shipped in the testkit jar, valid until 2126), for the address {@code 127.0.0.1} (so that only trust, not the host name, is in question).
 * It counts TLS handshakes that succeeded or failed and the HTTP requests that arrived, so that a test can show that a
 * client refused the certificate before sending anything: the contract's TLS case uses it, and so can a transport's own
 * tests.
 */
public final class UntrustedTlsServer implements AutoCloseable {

    private static final char[] PASSWORD = "contract-only".toCharArray();

    private final SSLServerSocket serverSocket;
    private final ExecutorService threads;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicInteger handshakesCompleted = new AtomicInteger();
    private final AtomicInteger handshakesFailed = new AtomicInteger();
    private final AtomicInteger requestsReceived = new AtomicInteger();
    private final CountDownLatch handshakeEnded = new CountDownLatch(1);

    private UntrustedTlsServer(SSLContext context) throws IOException {
        this.serverSocket = (SSLServerSocket) context.getServerSocketFactory().createServerSocket();
        serverSocket.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 16);
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "untrusted-tls-server-" + serverSocket.getLocalPort());
            thread.setDaemon(true);
            return thread;
        });
        threads.execute(this::acceptLoop);
    }

    /**
     * Starts a server with the testkit's self-signed certificate.
     *
     * @return the running server
     */
    public static UntrustedTlsServer start() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = UntrustedTlsServer.class.getResourceAsStream("untrusted-tls.p12")) {
                if (in == null) {
                    throw new IllegalStateException("untrusted-tls.p12 is missing from the testkit jar");
                }
                store.load(in, PASSWORD);
            }
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return new UntrustedTlsServer(context);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the TLS server", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the self-signed key store", e);
        }
    }

    /**
     * Returns the base URI, {@code https://127.0.0.1:<port>/v1}.
     *
     * @return the base URI
     */
    public URI baseUri() {
        return URI.create("https://127.0.0.1:" + serverSocket.getLocalPort() + "/v1");
    }

    /**
     * Returns how many TLS handshakes completed: a client that accepted the certificate.
     *
     * @return the count
     */
    public int handshakesCompleted() {
        return handshakesCompleted.get();
    }

    /**
     * Returns how many HTTP requests arrived over a completed handshake.
     *
     * @return the count
     */
    public int requestsReceived() {
        return requestsReceived.get();
    }

    /**
     * Waits until at least one handshake has ended, either way, so that the counters can be read.
     *
     * @param timeout how long to wait at most
     * @return {@code true} if a handshake ended in time
     */
    public boolean awaitHandshakeEnded(Duration timeout) {
        try {
            return handshakeEnded.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closeQuietly(serverSocket);
        for (Socket socket : connections) {
            closeQuietly(socket);
        }
        threads.shutdownNow();
    }

    private void acceptLoop() {
        while (!closed.get()) {
            try {
                Socket socket = serverSocket.accept();
                connections.add(socket);
                threads.execute(() -> serve((SSLSocket) socket));
            } catch (IOException | RuntimeException e) {
                return;
            }
        }
    }

    private void serve(SSLSocket socket) {
        try {
            socket.setSoTimeout(5_000);
            try {
                socket.startHandshake();
            } catch (IOException e) {
                handshakesFailed.incrementAndGet();
                handshakeEnded.countDown();
                return;
            }
            handshakesCompleted.incrementAndGet();
            handshakeEnded.countDown();
            InputStream in = socket.getInputStream();
            if (in.read() >= 0) {
                requestsReceived.incrementAndGet();
                OutputStream out = socket.getOutputStream();
                out.write("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
        } catch (IOException e) {
            // The client went away: nothing more to count.
        } finally {
            closeQuietly(socket);
            connections.remove(socket);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Shutting down: nothing useful to do with the failure.
        }
    }
}
