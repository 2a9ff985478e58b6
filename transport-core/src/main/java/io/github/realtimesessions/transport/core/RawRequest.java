package io.github.realtimesessions.transport.core;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One HTTP request as the library hands it to a transport: method, URI, headers, body and the limits of this
 * exchange. Nothing about sessions, JSON or OpenAI: the transport sends exactly this.
 *
 * <p>A transport registers how to abort the exchange with {@link #onAbort(Runnable)} before it blocks (or, for an
 * asynchronous exchange, before it returns its future). The library calls {@link #abort()} when the attempt's deadline
 * passes, the calling thread is interrupted, the future is cancelled or the creator closes; the action must then end
 * the exchange promptly in whatever phase it is (waiting for a pooled connection, connecting, writing the body,
 * waiting for the head, reading the body), closing the connection rather than draining it. Thread-safe.
 */
public final class RawRequest {

    private final String method;
    private final URI uri;
    private final HttpHeaders headers;
    private final byte[] body;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final int maxResponseBytes;
    private final Object lock = new Object();
    private Runnable abortAction;
    private boolean aborted;

    private RawRequest(Builder builder) {
        this.method = builder.method;
        this.uri = builder.uri;
        this.headers = builder.headers;
        this.body = builder.body;
        this.connectTimeout = builder.connectTimeout;
        this.readTimeout = builder.readTimeout;
        this.maxResponseBytes = builder.maxResponseBytes;
    }

    /**
     * Returns a builder.
     *
     * @param method the HTTP method, e.g. {@code POST}
     * @param uri the absolute URI
     * @return a new builder
     */
    public static Builder builder(String method, URI uri) {
        return new Builder(method, uri);
    }

    /**
     * Returns the HTTP method.
     *
     * @return e.g. {@code POST}
     */
    public String method() {
        return method;
    }

    /**
     * Returns the absolute URI.
     *
     * @return the URI
     */
    public URI uri() {
        return uri;
    }

    /**
     * Returns the headers to send, in order; the transport adds only {@code Host} and {@code Content-Length} (and
     * must not add {@code Accept-Encoding}: the library reads bodies as they are).
     *
     * @return the headers
     */
    public HttpHeaders headers() {
        return headers;
    }

    /**
     * Returns the body. Do not modify it.
     *
     * @return the body, empty for none
     */
    public byte[] body() {
        return body;
    }

    /**
     * Returns the time allowed to get a connection, the wait for a pooled one included.
     *
     * @return the connect timeout
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * Returns the longest silence of the server while the answer arrives (the socket read timeout). The attempt's
     * deadline, enforced by {@link #abort()}, bounds the whole exchange in addition.
     *
     * @return the read timeout
     */
    public Duration readTimeout() {
        return readTimeout;
    }

    /**
     * Returns how much of the body the library will read: it stops at one byte more. An asynchronous transport, which
     * buffers the body, stops buffering there and aborts the connection.
     *
     * @return the body cap in bytes
     */
    public int maxResponseBytes() {
        return maxResponseBytes;
    }

    /**
     * Registers how to abort this exchange, replacing an earlier action. If the exchange was already aborted, the
     * action runs at once, on the calling thread.
     *
     * @param action ends the exchange promptly; must not throw
     */
    public void onAbort(Runnable action) {
        Objects.requireNonNull(action, "action");
        boolean runNow;
        synchronized (lock) {
            abortAction = action;
            runNow = aborted;
        }
        if (runNow) {
            runQuietly(action);
        }
    }

    /**
     * Aborts the exchange: runs the registered action once (later registrations run at once). Called by the library.
     */
    public void abort() {
        Runnable action;
        synchronized (lock) {
            if (aborted) {
                return;
            }
            aborted = true;
            action = abortAction;
        }
        if (action != null) {
            runQuietly(action);
        }
    }

    /**
     * Tells whether the exchange was aborted.
     *
     * @return {@code true} once {@link #abort()} ran
     */
    public boolean isAborted() {
        synchronized (lock) {
            return aborted;
        }
    }

    /** Names method and URI; headers by name only, never their values. */
    @Override
    public String toString() {
        return "RawRequest[" + method + " " + uri + ", headers=" + headers + ", body=" + body.length + " bytes]";
    }

    private static void runQuietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            // An abort that fails has nothing left to abort; the exchange's own failure is what surfaces.
        }
    }

    /** Builds a {@link RawRequest}. */
    public static final class Builder {
        private final String method;
        private final URI uri;
        private HttpHeaders headers = HttpHeaders.empty();
        private byte[] body = new byte[0];
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);
        private int maxResponseBytes = 4 * 1024 * 1024;

        private Builder(String method, URI uri) {
            this.method = Objects.requireNonNull(method, "method");
            this.uri = Objects.requireNonNull(uri, "uri");
        }

        /**
         * Sets the headers.
         *
         * @param headers the headers
         * @return this builder
         */
        public Builder headers(HttpHeaders headers) {
            this.headers = Objects.requireNonNull(headers, "headers");
            return this;
        }

        /**
         * Sets the body.
         *
         * @param body the body, not copied
         * @return this builder
         */
        public Builder body(byte[] body) {
            this.body = Objects.requireNonNull(body, "body");
            return this;
        }

        /**
         * Sets the connect timeout.
         *
         * @param connectTimeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * Sets the read timeout.
         *
         * @param readTimeout a positive duration
         * @return this builder
         */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
            return this;
        }

        /**
         * Sets the body cap.
         *
         * @param maxResponseBytes at least 1
         * @return this builder
         */
        public Builder maxResponseBytes(int maxResponseBytes) {
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         */
        public RawRequest build() {
            return new RawRequest(this);
        }
    }
}
