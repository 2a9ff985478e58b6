package io.github.realtimesessions.transport.apache;

import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.transport.core.HeaderLookup;
import io.github.realtimesessions.transport.core.RequestHeaders;
import io.github.realtimesessions.transport.core.SessionCall;
import io.github.realtimesessions.transport.core.SessionResponseReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SessionCreator} over Apache HttpClient 5 (classic, blocking I/O, pooled connections).
 *
 * <p>This class only moves bytes: {@code transport-core}'s {@link SessionCall} encodes the request, supplies the
 * headers, turns status, headers and body into a session or an exception, and maps I/O failures
 * ({@code ApiConnectionException}, {@code ApiTimeoutException}). Everything per creator is computed once: the endpoint,
 * the target host, the header array; a call allocates the request, its body entity and the answer.
 *
 * <h2>Who owns the client</h2>
 * <ul>
 *   <li>{@link #create(ClientSettings)} and {@link #builder(ClientSettings)} without
 *       {@link Builder#httpClient(CloseableHttpClient)} build and own a client: a connection pool of
 *       {@value #DEFAULT_MAX_CONNECTIONS} connections (all requests go to one host, so per route too), the settings'
 *       connect timeout (also the longest wait for a pooled connection) and response timeout (socket read timeout),
 *       keep-alive, and none of HttpClient's automatic retries (the library's {@code RetryPolicy} decides),
 *       redirects, cookies or content compression. {@link #close()} closes that client and its pool.</li>
 *   <li>With {@link Builder#httpClient(CloseableHttpClient)} the caller's client is used as it is: its pool, timeouts,
 *       proxy, TLS, retry and redirect settings apply, and {@link #close()} leaves it open. The caller closes it.</li>
 * </ul>
 *
 * <h2>Connections</h2>
 * A connection goes back to the pool on every path: a body read to its end releases the connection at once. When a
 * body cannot be read to its end (larger than {@link ClientSettings#maxResponseBytes()}, stalled, cut short), the
 * connection is closed and discarded instead of drained, so a huge or endless body costs no more than the cap, and the
 * exception that surfaces carries nothing of the discarded connection.
 *
 * <p>Thread-safe and immutable once built; share one instance and close it on shutdown.
 */
public final class ApacheSessionCreator implements SessionCreator {

    /** The transport's name, as {@code SessionCreators} selects it and as the {@code User-Agent} shows it. */
    public static final String TRANSPORT_NAME = "apache";

    /** The default size of the connection pool the creator builds, in total and per route. */
    public static final int DEFAULT_MAX_CONNECTIONS = 64;

    private static final Logger LOG = LoggerFactory.getLogger(ApacheSessionCreator.class);

    private static final byte[] NO_BODY = new byte[0];

    private final SessionCall call;
    private final SessionResponseReader responses;
    private final CloseableHttpClient client;
    private final PoolingHttpClientConnectionManager ownedPool;
    private final HttpHost target;
    private final Header[] headers;
    private final SessionCall.Exchange exchange = this::send;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ApacheSessionCreator(
            SessionCall call, CloseableHttpClient client, PoolingHttpClientConnectionManager pool) {
        this.call = call;
        this.responses = call.responses();
        this.client = client;
        this.ownedPool = pool;
        this.target = HttpHost.create(call.uri());
        this.headers = toApacheHeaders(call.headers());
    }

    /**
     * Creates a creator with a client of its own, configured from the settings.
     *
     * @param settings the client settings
     * @return the creator; close it to release its connections
     */
    public static ApacheSessionCreator create(ClientSettings settings) {
        return builder(settings).build();
    }

    /**
     * Returns a builder, for a caller's own client or the Apache-only knobs.
     *
     * @param settings the client settings
     * @return the builder
     */
    public static Builder builder(ClientSettings settings) {
        return new Builder(settings);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException if this creator is closed
     */
    @Override
    public RealtimeSessionCreateResponse create(RealtimeSessionCreateRequest request) {
        Objects.requireNonNull(request, "request");
        if (closed.get()) {
            throw new IllegalStateException("this ApacheSessionCreator is closed");
        }
        return call.execute(request, exchange);
    }

    /**
     * Returns how many connections of this creator's own pool are leased right now, i.e. in use by a call. Meant for
     * tests and monitoring: after calls finish, successful or not, it drops back to 0; a higher number at rest means a
     * leak.
     *
     * @return the leased connections, or 0 when the client is the caller's own (its pool is not known here)
     */
    public int leasedConnections() {
        return ownedPool == null ? 0 : ownedPool.getTotalStats().getLeased();
    }

    /**
     * Tells whether this creator built its client and therefore closes it.
     *
     * @return {@code false} when the client was handed in with {@link Builder#httpClient(CloseableHttpClient)}
     */
    public boolean ownsHttpClient() {
        return ownedPool != null;
    }

    /**
     * Closes the client this creator built, with its pool; leaves a caller's client open. Idempotent. A closed
     * creator refuses further calls. Close it once no call is running: connections still in use are closed too, and
     * their calls fail with an {@code ApiConnectionException}.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && ownedPool != null) {
            // Graceful: each connection is shut down politely (TLS close_notify) rather than reset.
            client.close(CloseMode.GRACEFUL);
        }
    }

    /** Returns a description naming the endpoint and who owns the client; never the API key. */
    @Override
    public String toString() {
        return "ApacheSessionCreator[" + call.uri() + ", " + (ownedPool == null ? "caller's client" : "own client")
                + (closed.get() ? ", closed" : "") + "]";
    }

    private RealtimeSessionCreateResponse send(byte[] body) throws IOException {
        HttpPost post = new HttpPost(call.uri());
        post.setHeaders(headers);
        post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        // Not the response-handler form of execute: whatever the handler throws, that form closes the response
        // gracefully, which drains the rest of a body not read to its end (an endless one too) and attaches the
        // failure of that drain to the library's exception as a suppressed "Socket closed". Here the body is read,
        // then the connection is either handed back (read to its end) or discarded without draining.
        ClassicHttpResponse response = client.executeOpen(target, post, null);
        int status = response.getCode();
        HeaderLookup lookup = name -> {
            Header header = response.getFirstHeader(name);
            return header == null ? null : header.getValue();
        };
        byte[] answer;
        boolean readToEnd;
        try {
            HttpEntity entity = response.getEntity();
            InputStream in = entity == null ? null : entity.getContent();
            if (in == null) {
                answer = NO_BODY;
                readToEnd = true;
            } else {
                answer = responses.readBody(status, lookup, in);
                // Bytes left over can only be an error body longer than the cap: not worth draining.
                readToEnd = in.read() == -1;
            }
        } catch (IOException | RuntimeException | Error e) {
            discard(response, post);
            throw e;
        }
        if (readToEnd) {
            release(response, post);
        } else {
            discard(response, post);
        }
        return responses.read(status, lookup, answer);
    }

    /** Hands a connection whose answer was read to its end back to the pool. */
    private void release(ClassicHttpResponse response, HttpPost post) {
        try {
            response.close();
        } catch (IOException e) {
            // The answer is complete and stays valid; only the connection is lost.
            LOG.debug("discarding the connection: closing the answer failed ({})", e.getClass().getSimpleName());
            discard(response, post);
        }
    }

    /**
     * Closes the connection without draining it and takes it out of the pool: for an answer whose body was not read
     * to its end (larger than the cap, stalled, cut short), which would otherwise cost the rest of the body or a hang.
     */
    private static void discard(ClassicHttpResponse response, HttpPost post) {
        LOG.debug("discarding the connection without draining it");
        if (response instanceof CloseableHttpResponse closeable) {
            // IMMEDIATE skips the graceful close that would drain the body; it never throws.
            closeable.close(CloseMode.IMMEDIATE);
        } else {
            post.cancel();
        }
    }

    private static Header[] toApacheHeaders(RequestHeaders requestHeaders) {
        List<RequestHeaders.Header> all = requestHeaders.all();
        Header[] result = new Header[all.size()];
        for (int i = 0; i < result.length; i++) {
            RequestHeaders.Header header = all.get(i);
            result[i] = new BasicHeader(header.name(), header.value(), "Authorization".equalsIgnoreCase(header.name()));
        }
        return result;
    }

    /**
     * Builds an {@link ApacheSessionCreator}. Not thread-safe; the creator it builds is.
     *
     * <p>Either hand in a client with {@link #httpClient(CloseableHttpClient)}, or let the creator build one and tune
     * it with {@link #maxConnections(int)}, {@link #connectionManagerCustomizer(Consumer)} and
     * {@link #httpClientCustomizer(Consumer)}; the two ways cannot be mixed.
     */
    public static final class Builder {

        private final ClientSettings settings;
        private CloseableHttpClient httpClient;
        private int maxConnections = DEFAULT_MAX_CONNECTIONS;
        private boolean maxConnectionsSet;
        private Consumer<? super PoolingHttpClientConnectionManagerBuilder> connectionManagerCustomizer;
        private Consumer<? super HttpClientBuilder> httpClientCustomizer;

        private Builder(ClientSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings must not be null");
        }

        /**
         * Uses the caller's client instead of building one. The client is used as it is (pool, timeouts, proxy, TLS,
         * retries, redirects) and never closed by the creator. Switch off its automatic retries (the library retries
         * by its own {@code RetryPolicy}) and its redirects.
         *
         * @param httpClient the client, closed by the caller after the creator is no longer used
         * @return this builder
         */
        public Builder httpClient(CloseableHttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient must not be null");
            return this;
        }

        /**
         * Sets the size of the connection pool the creator builds, in total and per route (every call goes to the
         * one API host). Default {@value ApacheSessionCreator#DEFAULT_MAX_CONNECTIONS}. Calls beyond it wait for a
         * connection for up to the settings' connect timeout.
         *
         * @param maxConnections 1 or more
         * @return this builder
         */
        public Builder maxConnections(int maxConnections) {
            if (maxConnections < 1) {
                throw new IllegalArgumentException("maxConnections must be at least 1 (was " + maxConnections + ")");
            }
            this.maxConnections = maxConnections;
            this.maxConnectionsSet = true;
            return this;
        }

        /**
         * Adjusts the connection manager the creator builds (TLS strategy, DNS resolver, socket configuration, ...).
         * It runs after the creator's own settings, so what it sets wins: replacing the default connection
         * configuration replaces the settings' timeouts too.
         *
         * @param customizer receives the connection manager builder
         * @return this builder
         */
        public Builder connectionManagerCustomizer(
                Consumer<? super PoolingHttpClientConnectionManagerBuilder> customizer) {
            this.connectionManagerCustomizer =
                    Objects.requireNonNull(customizer, "connectionManagerCustomizer must not be null");
            return this;
        }

        /**
         * Adjusts the client the creator builds (proxy, interceptors, ...). It runs after the creator's own settings,
         * so what it sets wins. Do not replace the connection manager here; use
         * {@link #connectionManagerCustomizer(Consumer)}, or hand in a whole client with
         * {@link #httpClient(CloseableHttpClient)}.
         *
         * @param customizer receives the client builder
         * @return this builder
         */
        public Builder httpClientCustomizer(Consumer<? super HttpClientBuilder> customizer) {
            this.httpClientCustomizer = Objects.requireNonNull(customizer, "httpClientCustomizer must not be null");
            return this;
        }

        /**
         * Builds the creator.
         *
         * @return the creator
         * @throws IllegalStateException if a client was handed in together with a knob of the client the creator
         *     would build
         */
        public ApacheSessionCreator build() {
            SessionCall call = SessionCall.create(settings, TRANSPORT_NAME);
            if (httpClient != null) {
                if (maxConnectionsSet || connectionManagerCustomizer != null || httpClientCustomizer != null) {
                    throw new IllegalStateException("maxConnections, connectionManagerCustomizer and"
                            + " httpClientCustomizer configure the client the creator builds; with httpClient(...)"
                            + " configure your own client instead");
                }
                return new ApacheSessionCreator(call, httpClient, null);
            }
            PoolingHttpClientConnectionManager pool = buildPool();
            try {
                return new ApacheSessionCreator(call, buildClient(pool), pool);
            } catch (RuntimeException e) {
                pool.close(CloseMode.IMMEDIATE);
                throw e;
            }
        }

        private PoolingHttpClientConnectionManager buildPool() {
            PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(maxConnections)
                    .setMaxConnPerRoute(maxConnections)
                    .setDefaultConnectionConfig(ConnectionConfig.custom()
                            .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                            .setSocketTimeout(Timeout.of(settings.responseTimeout()))
                            // A pooled connection idle this long is checked before reuse, so one the server (or a
                            // proxy) dropped meanwhile is not handed to a request.
                            .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                            .build());
            if (connectionManagerCustomizer != null) {
                connectionManagerCustomizer.accept(pool);
            }
            return pool.build();
        }

        private CloseableHttpClient buildClient(PoolingHttpClientConnectionManager pool) {
            HttpClientBuilder client = HttpClients.custom()
                    .setConnectionManager(pool)
                    .setDefaultRequestConfig(RequestConfig.custom()
                            .setResponseTimeout(Timeout.of(settings.responseTimeout()))
                            .setConnectionRequestTimeout(Timeout.of(settings.connectTimeout()))
                            .setRedirectsEnabled(false)
                            .build())
                    // Retries belong to the library's RetryPolicy; HttpClient's own would retry 429/503 behind it.
                    .disableAutomaticRetries()
                    .disableRedirectHandling()
                    .disableCookieManagement()
                    .disableAuthCaching()
                    // Every call has the same identity: connections need no per-user state to be reused.
                    .disableConnectionState()
                    // Session answers are about 1.5 KB: gzip saves nothing worth a decoder, and an exact
                    // Content-Length lets the body be read into one array of the right size.
                    .disableContentCompression();
            if (httpClientCustomizer != null) {
                httpClientCustomizer.accept(client);
            }
            return client.build();
        }
    }
}
