package io.github.realtimesessions.transport.feign;

import feign.Client;
import feign.Feign;
import feign.ExceptionPropagationPolicy;
import feign.Retryer;
import feign.Target;
import feign.codec.Encoder;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.transport.core.HttpSessionCreator;
import io.github.realtimesessions.transport.feign.internal.FeignExchange;
import io.github.realtimesessions.transport.feign.internal.LibraryClient;
import io.github.realtimesessions.transport.feign.internal.PooledApacheClient;
import io.github.realtimesessions.transport.feign.internal.RawApi;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * A {@link io.github.realtimesessions.port.SessionCreator} over OpenFeign: every exchange goes through a Feign proxy, so
 * that your {@code feign.Client}, request interceptors, logger and capabilities apply. The proxy has one method that
 * returns Feign's raw {@code Response}; everything an answer means is {@link HttpSessionCreator}'s, shared with every
 * transport.
 *
 * <h2>The client</h2>
 * <ul>
 *   <li>By default the creator builds and owns a lean {@code feign.Client} over a pooled Apache HttpClient 5 (a pool of
 *       {@value #DEFAULT_MAX_CONNECTIONS} connections, the settings' timeouts, no automatic retries, redirects,
 *       cookies or compression). It registers the abort hook before it blocks, so every deadline holds in every phase
 *       of the exchange. {@link #close()} closes it.</li>
 *   <li>With {@link Builder#client(Client)} your client is used as it is and never closed by the creator. The library
 *       still caps and guards every body it returns (read at most to the cap, even by a Feign logger at
 *       {@code HEADERS} or {@code FULL}; an oversized or stalled body is aborted, not drained, for HttpClient 5 clients
 *       such as feign-hc5's {@code ApacheHttp5Client}, and closed for others, which bound their own draining). Its
 *       deadline ends the body as soon as the answer's head has arrived; while the client waits for the head, only
 *       its own read timeout ({@link ClientSettings#responseTimeout()}, passed per request) bounds it, because a
 *       {@code feign.Client} has no way to be cancelled from another thread.</li>
 * </ul>
 *
 * <h2>Asynchronous calls</h2>
 * Feign's own {@code AsyncFeign} buffers whole bodies in its clients, which would defeat the body cap, so
 * {@link #async()} runs the blocking exchange on {@link Builder#asyncExecutor(Executor)} (default: a cached pool of
 * daemon threads the creator owns): a thread per call in flight. Use the Apache transport for non-blocking I/O.
 *
 * <p>{@link #leasedConnections()} tells how many connections of the default client's pool are in use (0 at rest).
 * {@link #close()} ends every call, then closes the pool at once ({@code CloseMode.IMMEDIATE}), as the Apache
 * transport does. Thread-safe and immutable once built.
 */
public final class FeignSessionCreator extends HttpSessionCreator {

    /** The transport's name, as {@code SessionCreators} selects it and as the {@code User-Agent} shows it. */
    public static final String TRANSPORT_NAME = "feign";

    /** The size of the default client's connection pool, in total and per route (all calls go to one host). */
    public static final int DEFAULT_MAX_CONNECTIONS = 64;

    private final Client client;
    private final PoolingHttpClientConnectionManager ownedPool;
    private final CloseableHttpClient ownedHttpClient;

    private FeignSessionCreator(Builder builder, Parts parts) {
        super(builder.settings, TRANSPORT_NAME, new FeignExchange(parts.api), null, builder.asyncExecutor);
        this.client = parts.client;
        this.ownedPool = parts.pool;
        this.ownedHttpClient = parts.httpClient;
    }

    /**
     * Creates a creator with the default client.
     *
     * @param settings the client settings
     * @return the creator; close it to release its connections
     */
    public static FeignSessionCreator create(ClientSettings settings) {
        return builder(settings).build();
    }

    /**
     * Returns a builder, for your own {@code feign.Client} or {@code Feign.Builder} settings.
     *
     * @param settings the client settings
     * @return the builder
     */
    public static Builder builder(ClientSettings settings) {
        return new Builder(settings);
    }

    /**
     * Returns how many connections of the default client's pool are in use right now: 0 at rest.
     *
     * @return the leased connections, 0 with your own client (its pool is not known here)
     */
    @Override
    public int leasedConnections() {
        return ownedPool == null ? 0 : ownedPool.getTotalStats().getLeased();
    }

    /**
     * Tells whether this creator built its client and therefore closes it.
     *
     * @return {@code false} when the client was handed in with {@link Builder#client(Client)}
     */
    public boolean ownsClient() {
        return ownedHttpClient != null;
    }

    @Override
    protected void closeTransport() {
        if (ownedHttpClient != null) {
            ownedHttpClient.close(CloseMode.IMMEDIATE);
        }
    }

    /** Names the client; never a credential. */
    @Override
    public String toString() {
        return "FeignSessionCreator[" + settings().baseUri() + ", client=" + client.getClass().getName()
                + (ownedHttpClient != null ? " (default)" : "") + (isClosed() ? ", closed" : "") + "]";
    }

    /** What the builder made: the proxy, and the pool when the client is the default one. */
    private record Parts(RawApi api, Client client, PoolingHttpClientConnectionManager pool, CloseableHttpClient httpClient) {}

    /**
     * Builds a {@link FeignSessionCreator}. Not thread-safe; the creator it builds is.
     */
    public static final class Builder {

        private final ClientSettings settings;
        private Client client;
        private Executor asyncExecutor;
        private Consumer<Feign.Builder> customizer = feign -> {};

        private Builder(ClientSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings must not be null");
        }

        /**
         * Uses your {@code feign.Client} (OkHttp, feign-hc5's {@code ApacheHttp5Client}, ...) instead of the default
         * one; the creator never closes it. Switch off its redirects; the library retries by its own policy.
         *
         * @param client the client
         * @return this builder
         */
        public Builder client(Client client) {
            this.client = Objects.requireNonNull(client, "client must not be null");
            return this;
        }

        /**
         * Adjusts the {@code Feign.Builder} before the library's own part is set: add request interceptors, a logger
         * and log level, capabilities. The library then sets, and so overrides, the client (yours, wrapped), the
         * encoder, the retryer (none: the library retries) and the exception propagation, which its seam needs.
         * Customizers run in the order they were added.
         *
         * @param customizer receives the Feign builder
         * @return this builder
         */
        public Builder customize(Consumer<Feign.Builder> customizer) {
            Objects.requireNonNull(customizer, "customizer must not be null");
            this.customizer = this.customizer.andThen(customizer);
            return this;
        }

        /**
         * Sets where {@link FeignSessionCreator#async()} calls run (default: a cached pool of daemon threads the
         * creator owns and stops on close).
         *
         * @param asyncExecutor the executor; the creator never shuts it down
         * @return this builder
         */
        public Builder asyncExecutor(Executor asyncExecutor) {
            this.asyncExecutor = Objects.requireNonNull(asyncExecutor, "asyncExecutor must not be null");
            return this;
        }

        /**
         * Builds the creator.
         *
         * @return the creator
         */
        public FeignSessionCreator build() {
            PoolingHttpClientConnectionManager pool = client == null ? defaultPool(settings) : null;
            CloseableHttpClient httpClient = pool == null ? null : defaultHttpClient(settings, pool);
            try {
                Client sender = httpClient == null ? client : new PooledApacheClient(httpClient);
                Feign.Builder feign = Feign.builder();
                customizer.accept(feign);
                // The library's part comes last, so that a customizer cannot replace it by accident.
                RawApi api = feign.client(new LibraryClient(sender))
                        .encoder(new Encoder.Default())
                        .retryer(Retryer.NEVER_RETRY)
                        .exceptionPropagationPolicy(ExceptionPropagationPolicy.NONE)
                        .target(Target.EmptyTarget.create(RawApi.class));
                return new FeignSessionCreator(this, new Parts(api, sender, pool, httpClient));
            } catch (RuntimeException e) {
                // A customizer or a capability failed: do not leave the pool just built behind.
                if (httpClient != null) {
                    httpClient.close(CloseMode.IMMEDIATE);
                }
                throw e;
            }
        }

        private static PoolingHttpClientConnectionManager defaultPool(ClientSettings settings) {
            return PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(DEFAULT_MAX_CONNECTIONS)
                    .setMaxConnPerRoute(DEFAULT_MAX_CONNECTIONS)
                    .setDefaultConnectionConfig(ConnectionConfig.custom()
                            .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                            .setSocketTimeout(Timeout.of(settings.responseTimeout()))
                            .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                            .build())
                    .build();
        }

        private static CloseableHttpClient defaultHttpClient(
                ClientSettings settings, PoolingHttpClientConnectionManager pool) {
            return HttpClients.custom()
                    .setConnectionManager(pool)
                    .setDefaultRequestConfig(RequestConfig.custom()
                            .setConnectionRequestTimeout(Timeout.of(settings.connectTimeout()))
                            .setRedirectsEnabled(false)
                            .build())
                    .disableAutomaticRetries()
                    .disableRedirectHandling()
                    .disableCookieManagement()
                    .disableAuthCaching()
                    .disableConnectionState()
                    .disableContentCompression()
                    .build();
        }
    }
}
