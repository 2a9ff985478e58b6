package io.github.realtimesessions.transport.apache;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.transport.apache.internal.AsyncExchange;
import io.github.realtimesessions.transport.apache.internal.ClassicExchange;
import io.github.realtimesessions.transport.apache.internal.ConnectWatch;
import io.github.realtimesessions.transport.core.AsyncHttpExchange;
import io.github.realtimesessions.transport.core.HttpExchange;
import io.github.realtimesessions.transport.core.HttpSessionCreator;
import java.nio.channels.ClosedSelectorException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.reactor.IOReactorStatus;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link io.github.realtimesessions.port.SessionCreator} over Apache HttpClient 5: blocking calls over the classic
 * client, {@link #async()} calls over the async client (non-blocking I/O: 64 calls in flight need no 64 threads).
 *
 * <p>This class only moves bytes; every endpoint, deadline, retry and error mapping is
 * {@link HttpSessionCreator}'s, shared with every transport.
 *
 * <h2>Who owns the clients</h2>
 * <ul>
 *   <li>By default the creator builds and owns its clients: a classic one with a pool of
 *       {@value #DEFAULT_MAX_CONNECTIONS} connections (all requests go to one host, so per route too), and, on the first
 *       asynchronous call, an async one with a pool of the same size, {@link Builder#ioThreads(int)} I/O threads and
 *       one timer thread that ends a wait for a connection at the connect timeout.
 *       Both use the settings' timeouts (the connect timeout also bounds the wait for a pooled connection), keep-alive,
 *       HTTP/1.1, and none of HttpClient's automatic retries (the library's policy decides), redirects, cookies or
 *       content compression. {@link #close()} closes them.</li>
 *   <li>With {@link Builder#httpClient(CloseableHttpClient)} and/or {@link Builder#asyncHttpClient(CloseableHttpAsyncClient)}
 *       the caller's clients are used as they are (their pools, timeouts, proxy, TLS), and {@link #close()} leaves
 *       them open. With only a classic client, asynchronous calls run it on {@link Builder#asyncExecutor(Executor)};
 *       with only an async client, blocking calls wait for it. The library's deadlines are enforced on a caller's
 *       client too, by cancelling the exchange.</li>
 * </ul>
 *
 * <h2>Connections</h2>
 * A body read to its end hands its connection back to the pool; a body not read to its end (larger than
 * {@link ClientSettings#maxResponseBytes()}, stalled, cut short, past its deadline) closes its connection instead of
 * draining it, so a huge or endless body costs no more than the cap. {@link #leasedConnections()} tells how many
 * connections of the creator's own pools are in use (0 at rest). {@link #close()} first ends every call, then closes
 * the pools at once ({@code CloseMode.IMMEDIATE}), as the Feign transport does.
 *
 * <p>Thread-safe and immutable once built; share one instance and close it on shutdown.
 */
public final class ApacheSessionCreator extends HttpSessionCreator {

    /** The transport's name, as {@code SessionCreators} selects it and as the {@code User-Agent} shows it. */
    public static final String TRANSPORT_NAME = "apache";

    /** The default size of each connection pool the creator builds, in total and per route. */
    public static final int DEFAULT_MAX_CONNECTIONS = 64;

    /** A pooled connection idle this long is checked before reuse, so that one a proxy dropped is not handed out. */
    private static final TimeValue VALIDATE_AFTER_INACTIVITY = TimeValue.ofSeconds(2);

    private final Clients clients;

    private ApacheSessionCreator(ClientSettings settings, Clients clients, Executor asyncExecutor) {
        super(settings, TRANSPORT_NAME, clients.exchange, clients.asyncExchange, asyncExecutor);
        this.clients = clients;
    }

    /**
     * Creates a creator with clients of its own, configured from the settings.
     *
     * @param settings the client settings
     * @return the creator; close it to release its connections
     */
    public static ApacheSessionCreator create(ClientSettings settings) {
        return builder(settings).build();
    }

    /**
     * Returns a builder, for a caller's own clients or the Apache-only knobs.
     *
     * @param settings the client settings
     * @return the builder
     */
    public static Builder builder(ClientSettings settings) {
        return new Builder(settings);
    }

    /**
     * Returns how many connections of this creator's own pools (classic and async) are in use right now. After calls
     * finish, successful or not, it drops back to 0; a higher number at rest means a leak.
     *
     * @return the leased connections, 0 for the caller's own clients (their pools are not known here)
     */
    @Override
    public int leasedConnections() {
        return clients.leased();
    }

    /** How many connect-timeout checks of async exchanges are waiting on the timer: 0 at rest. For tests. */
    int pendingConnectChecks() {
        return clients.pendingConnectChecks();
    }

    /**
     * Tells whether this creator built its classic client and therefore closes it.
     *
     * @return {@code false} when the client was handed in with {@link Builder#httpClient(CloseableHttpClient)}
     */
    public boolean ownsHttpClient() {
        return clients.classicPool != null;
    }

    @Override
    protected void closeTransport() {
        clients.close();
    }

    /** The clients of one creator: built, lazily started (async) and closed here only. */
    private static final class Clients {
        /** Where HttpClient's own reactor callback logs what its I/O threads fail with; the same logger name. */
        private static final Logger REACTOR_LOG = LoggerFactory.getLogger("org.apache.hc.client5.http.impl.async");

        final ClientSettings settings;
        final int maxConnections;
        final int ioThreads;
        final Consumer<? super PoolingHttpClientConnectionManagerBuilder> poolCustomizer;
        final Consumer<? super HttpClientBuilder> clientCustomizer;
        final Consumer<? super HttpAsyncClientBuilder> asyncCustomizer;
        final PoolingHttpClientConnectionManager classicPool;
        final CloseableHttpClient ownClassic;
        final CloseableHttpAsyncClient callerAsync;
        final HttpExchange exchange;
        final AsyncHttpExchange asyncExchange;
        private volatile PoolingAsyncClientConnectionManager asyncPool;
        private CloseableHttpAsyncClient ownAsync;
        private volatile ConnectWatch connectWatch;
        private volatile boolean closed;

        Clients(Builder builder) {
            this.settings = builder.settings;
            this.maxConnections = builder.maxConnections;
            this.ioThreads = builder.ioThreads;
            this.poolCustomizer = builder.connectionManagerCustomizer;
            this.clientCustomizer = builder.httpClientCustomizer;
            this.asyncCustomizer = builder.asyncClientCustomizer;
            this.callerAsync = builder.asyncHttpClient;
            boolean ownClassicClient = builder.httpClient == null && builder.asyncHttpClient == null;
            this.classicPool = ownClassicClient ? classicPool() : null;
            try {
                this.ownClassic = ownClassicClient ? classicClient(classicPool) : null;
            } catch (RuntimeException e) {
                classicPool.close(CloseMode.IMMEDIATE);
                throw e;
            }
            if (builder.httpClient != null && builder.asyncHttpClient == null) {
                // Only the caller's classic client: asynchronous calls run it on the executor, so that its proxy and
                // TLS configuration apply to them too.
                this.exchange = new ClassicExchange(builder.httpClient, false);
                this.asyncExchange = null;
            } else if (builder.asyncHttpClient != null) {
                this.asyncExchange = new AsyncExchange(this::callerAsyncStarted, false);
                this.exchange = builder.httpClient != null
                        ? new ClassicExchange(builder.httpClient, false)
                        : asyncExchange.blocking();
            } else {
                this.exchange = new ClassicExchange(ownClassic, true);
                this.asyncExchange = new AsyncExchange(this::ownAsyncStarted, true, this::afterConnectTimeout);
            }
        }

        private CloseableHttpAsyncClient callerAsyncStarted() {
            if (callerAsync.getStatus() == IOReactorStatus.INACTIVE) {
                callerAsync.start();
            }
            return callerAsync;
        }

        private synchronized CloseableHttpAsyncClient ownAsyncStarted() {
            if (closed) {
                throw new IllegalStateException("the creator is closed");
            }
            if (ownAsync == null) {
                asyncPool = PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(maxConnections)
                        .setMaxConnPerRoute(maxConnections)
                        .setDefaultConnectionConfig(connectionConfig())
                        .build();
                HttpAsyncClientBuilder client = HttpAsyncClients.custom()
                        .setConnectionManager(asyncPool)
                        .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(ioThreads).build())
                        .setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1)
                        .setDefaultRequestConfig(requestConfig())
                        .disableAutomaticRetries()
                        .disableRedirectHandling()
                        .disableCookieManagement()
                        .disableAuthCaching()
                        .disableConnectionState()
                        .setIoReactorExceptionCallback(this::reactorFailed)
                        // Marks an exchange connected, which ends the watch of its connect timeout.
                        .addExecInterceptorAfter(ChainElement.CONNECT.name(), "realtime-sessions-connected",
                                AsyncExchange.markConnected());
                withoutContentCompression(client);
                try {
                    if (asyncCustomizer != null) {
                        asyncCustomizer.accept(client);
                    }
                    ownAsync = client.build();
                } catch (RuntimeException e) {
                    // No client owns the pool yet: close it here, or its connections would never be released.
                    asyncPool.close(CloseMode.IMMEDIATE);
                    asyncPool = null;
                    throw e;
                }
                connectWatch = new ConnectWatch();
                ownAsync.start();
            }
            return ownAsync;
        }

        /**
         * Runs an async exchange's check at its connect timeout, on the creator's timer thread: HttpClient's async pool
         * checks a waiting lease's deadline only when a connection is leased or released.
         */
        private Runnable afterConnectTimeout(Duration after, Runnable check) {
            ConnectWatch watch = connectWatch;
            if (watch == null || closed) {
                return () -> {};
            }
            // Cancelled as soon as the exchange has its connection.
            return watch.schedule(after, check);
        }

        /**
         * Logs what an I/O thread of the async client failed with, as HttpClient's default callback does, except the
         * {@link ClosedSelectorException} that HttpCore 5.4's reactor reports when {@link #close()} closes its
         * selector while an I/O thread shuts down (the thread finds the selector closed): nothing went wrong then.
         */
        private void reactorFailed(Exception failure) {
            if (closed && failure instanceof ClosedSelectorException) {
                return;
            }
            REACTOR_LOG.error(failure.getMessage(), failure);
        }

        /**
         * Switches off the async client's content compression, which HttpClient 5.6 added (on by default) and which
         * would decode answers behind the library's byte caps. HttpClient 5.5, the version Spring Boot 3.5 and 4.0
         * manage, has neither the feature nor the method, so there is nothing to switch off there.
         */
        private static void withoutContentCompression(HttpAsyncClientBuilder client) {
            try {
                client.disableContentCompression();
            } catch (NoSuchMethodError olderThan56) {
                // HttpClient 5.5: the async client never compresses.
            }
        }

        private PoolingHttpClientConnectionManager classicPool() {
            PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(maxConnections)
                    .setMaxConnPerRoute(maxConnections)
                    .setDefaultConnectionConfig(connectionConfig());
            if (poolCustomizer != null) {
                poolCustomizer.accept(pool);
            }
            return pool.build();
        }

        private CloseableHttpClient classicClient(PoolingHttpClientConnectionManager pool) {
            HttpClientBuilder client = HttpClients.custom()
                    .setConnectionManager(pool)
                    .setDefaultRequestConfig(requestConfig())
                    // Retries belong to the library's RetryPolicy; HttpClient's own would retry 429/503 behind it.
                    .disableAutomaticRetries()
                    .disableRedirectHandling()
                    .disableCookieManagement()
                    .disableAuthCaching()
                    // Every call has the same identity: connections need no per-user state to be reused.
                    .disableConnectionState()
                    // Answers are about 1.2 KB: gzip saves nothing worth a decoder, and the body is read as it is.
                    .disableContentCompression();
            if (clientCustomizer != null) {
                clientCustomizer.accept(client);
            }
            return client.build();
        }

        private ConnectionConfig connectionConfig() {
            return ConnectionConfig.custom()
                    .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                    .setSocketTimeout(Timeout.of(settings.responseTimeout()))
                    .setValidateAfterInactivity(VALIDATE_AFTER_INACTIVITY)
                    .build();
        }

        private RequestConfig requestConfig() {
            return RequestConfig.custom()
                    .setResponseTimeout(Timeout.of(settings.responseTimeout()))
                    .setConnectionRequestTimeout(Timeout.of(settings.connectTimeout()))
                    .setRedirectsEnabled(false)
                    .build();
        }

        int pendingConnectChecks() {
            ConnectWatch watch = connectWatch;
            return watch == null ? 0 : watch.pending();
        }

        int leased() {
            int leased = classicPool == null ? 0 : classicPool.getTotalStats().getLeased();
            PoolingAsyncClientConnectionManager pool = asyncPool;
            return leased + (pool == null ? 0 : pool.getTotalStats().getLeased());
        }

        synchronized void close() {
            closed = true;
            if (ownClassic != null) {
                ownClassic.close(CloseMode.IMMEDIATE);
            }
            if (connectWatch != null) {
                connectWatch.close();
            }
            if (ownAsync != null) {
                ownAsync.close(CloseMode.IMMEDIATE);
            }
        }
    }

    /**
     * Builds an {@link ApacheSessionCreator}. Not thread-safe; the creator it builds is.
     *
     * <p>Either hand in clients with {@link #httpClient(CloseableHttpClient)} and/or
     * {@link #asyncHttpClient(CloseableHttpAsyncClient)}, or let the creator build them and tune them with
     * {@link #maxConnections(int)}, {@link #ioThreads(int)} and the customizers; the two ways cannot be mixed.
     */
    public static final class Builder {

        private final ClientSettings settings;
        private CloseableHttpClient httpClient;
        private CloseableHttpAsyncClient asyncHttpClient;
        private Executor asyncExecutor;
        private int maxConnections = DEFAULT_MAX_CONNECTIONS;
        private int ioThreads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        private boolean tuned;
        private Consumer<? super PoolingHttpClientConnectionManagerBuilder> connectionManagerCustomizer;
        private Consumer<? super HttpClientBuilder> httpClientCustomizer;
        private Consumer<? super HttpAsyncClientBuilder> asyncClientCustomizer;

        private Builder(ClientSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings must not be null");
        }

        /**
         * Uses the caller's classic client instead of building one. It is used as it is and never closed by the
         * creator. Switch off its automatic retries (the library retries by its own policy) and its redirects.
         *
         * @param httpClient the client, closed by the caller after the creator is no longer used
         * @return this builder
         */
        public Builder httpClient(CloseableHttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient must not be null");
            return this;
        }

        /**
         * Uses the caller's async client for {@link ApacheSessionCreator#async()} calls (and for blocking calls when no
         * classic client is given). Started if it is not yet; never closed by the creator.
         *
         * @param asyncHttpClient the client, closed by the caller after the creator is no longer used
         * @return this builder
         */
        public Builder asyncHttpClient(CloseableHttpAsyncClient asyncHttpClient) {
            this.asyncHttpClient = Objects.requireNonNull(asyncHttpClient, "asyncHttpClient must not be null");
            return this;
        }

        /**
         * Sets where asynchronous calls run when only a classic client was handed in (default: a cached pool of
         * daemon threads the creator owns).
         *
         * @param asyncExecutor the executor; the creator never shuts it down
         * @return this builder
         */
        public Builder asyncExecutor(Executor asyncExecutor) {
            this.asyncExecutor = Objects.requireNonNull(asyncExecutor, "asyncExecutor must not be null");
            return this;
        }

        /**
         * Sets the size of each connection pool the creator builds, in total and per route. Default
         * {@value ApacheSessionCreator#DEFAULT_MAX_CONNECTIONS}. Calls beyond it wait for a connection for up to the
         * settings' connect timeout, then fail with an {@code ApiTimeoutException} (on the async client the connect
         * timeout bounds getting a connection as a whole: the wait for a pooled one and the connecting).
         *
         * @param maxConnections 1 or more
         * @return this builder
         */
        public Builder maxConnections(int maxConnections) {
            if (maxConnections < 1) {
                throw new IllegalArgumentException("maxConnections must be at least 1 (was " + maxConnections + ")");
            }
            this.maxConnections = maxConnections;
            this.tuned = true;
            return this;
        }

        /**
         * Sets the number of I/O threads of the async client the creator builds (default: the number of CPUs, at most
         * 4). Any number of calls in flight share them.
         *
         * @param ioThreads 1 or more
         * @return this builder
         */
        public Builder ioThreads(int ioThreads) {
            if (ioThreads < 1) {
                throw new IllegalArgumentException("ioThreads must be at least 1 (was " + ioThreads + ")");
            }
            this.ioThreads = ioThreads;
            this.tuned = true;
            return this;
        }

        /**
         * Adjusts the classic connection manager the creator builds (TLS strategy, DNS resolver, ...). It runs after
         * the creator's own settings, so what it sets wins.
         *
         * @param customizer receives the connection manager builder
         * @return this builder
         */
        public Builder connectionManagerCustomizer(
                Consumer<? super PoolingHttpClientConnectionManagerBuilder> customizer) {
            this.connectionManagerCustomizer =
                    Objects.requireNonNull(customizer, "connectionManagerCustomizer must not be null");
            this.tuned = true;
            return this;
        }

        /**
         * Adjusts the classic client the creator builds (proxy, interceptors, ...). It runs after the creator's own
         * settings, so what it sets wins. Do not replace the connection manager here.
         *
         * @param customizer receives the client builder
         * @return this builder
         */
        public Builder httpClientCustomizer(Consumer<? super HttpClientBuilder> customizer) {
            this.httpClientCustomizer = Objects.requireNonNull(customizer, "httpClientCustomizer must not be null");
            this.tuned = true;
            return this;
        }

        /**
         * Adjusts the async client the creator builds (proxy, TLS, ...). It runs after the creator's own settings.
         *
         * @param customizer receives the async client builder
         * @return this builder
         */
        public Builder asyncClientCustomizer(Consumer<? super HttpAsyncClientBuilder> customizer) {
            this.asyncClientCustomizer = Objects.requireNonNull(customizer, "asyncClientCustomizer must not be null");
            this.tuned = true;
            return this;
        }

        /**
         * Builds the creator.
         *
         * @return the creator
         * @throws IllegalStateException if a client was handed in together with a knob of the clients the creator
         *     would build
         */
        public ApacheSessionCreator build() {
            if ((httpClient != null || asyncHttpClient != null) && tuned) {
                throw new IllegalStateException("maxConnections, ioThreads and the customizers configure the clients"
                        + " the creator builds; with httpClient(...) or asyncHttpClient(...) configure your own"
                        + " clients instead");
            }
            Clients clients = new Clients(this);
            try {
                return new ApacheSessionCreator(settings, clients, asyncExecutor);
            } catch (RuntimeException e) {
                clients.close();
                throw e;
            }
        }
    }
}
