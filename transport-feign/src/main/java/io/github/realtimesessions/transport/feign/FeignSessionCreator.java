package io.github.realtimesessions.transport.feign;

import feign.Client;
import feign.DefaultContract;
import feign.ExceptionPropagationPolicy;
import feign.Feign;
import feign.FeignException;
import feign.Request;
import feign.Retryer;
import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.transport.core.SessionCall;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
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
 * A {@link SessionCreator} over <a href="https://github.com/OpenFeign/feign">OpenFeign</a>, for applications whose
 * HTTP calls already go through Feign and want its clients, interceptors, loggers and capabilities (metrics, tracing)
 * to apply here too.
 *
 * <p>Everything that is not Feign's business is transport-core's: the body is encoded once by
 * {@link SessionCall}, answers are read by its {@code SessionResponseReader}, I/O failures are mapped by its
 * {@code TransportFailures}. Feign only moves the bytes:
 * <pre>{@code
 * try (SessionCreator sessions = FeignSessionCreator.create(ClientSettings.fromEnvironment())) {
 *     RealtimeSessionCreateResponse session = sessions.create(request);
 * }
 * }</pre>
 *
 * <p>What the library sets on the {@link Feign.Builder}, after the user's {@link Builder#customize customizer} so that
 * it always wins: the client (wrapped to add the library's headers just before sending, see below), the contract
 * ({@link DefaultContract}), the encoder, the decoder, the error decoder, the retryer ({@link Retryer#NEVER_RETRY}:
 * retries belong to the library's {@link io.github.realtimesessions.port.RetryPolicy}, not to each transport), the
 * {@link Request.Options} (timeouts from the settings, redirects not followed) and the exception propagation policy
 * ({@link ExceptionPropagationPolicy#NONE}). Everything else (request and response interceptors, {@link feign.Logger}
 * and its level, capabilities, invocation handler factory) is the user's.
 *
 * <p>The library's headers ({@code Authorization}, {@code Content-Type}, {@code Accept}, {@code User-Agent},
 * {@code OpenAI-Organization}, {@code OpenAI-Project}, the extra headers) are computed once per creator and added by
 * the wrapper around the client, after the user's request interceptors and after Feign's {@link feign.Logger} ran:
 * they replace what an interceptor set under the same names (in any case), their values are literals (never Feign
 * templates), and none of them, above all not the API key, appears in a Feign log. Other headers an interceptor sets
 * are sent as they are.
 *
 * <p>Thread-safe, and immutable once built (until closed). Without {@link Builder#client(Client)} requests go through
 * a lean {@link Client} of the library's own that hands them straight to an Apache HttpClient 5 with a connection pool
 * of {@value #DEFAULT_MAX_CONNECTIONS} kept-alive connections, which the creator owns and {@link #close() closes}; the
 * client has no retries, redirects, cookies or compression of its own, and hands a connection back when a body is read
 * to its end or discards it when not. feign-hc5's {@code ApacheHttp5Client} can still be handed in over a pool of your
 * own. Feign's {@code HttpURLConnection} client is not the default because it cannot both keep the body of a 401 and
 * never resend a POST on its own (see the module's documentation).
 */
public final class FeignSessionCreator implements SessionCreator {

    /** The transport's name, as in the {@code User-Agent} and for {@link FeignSessionCreatorProvider}. */
    static final String TRANSPORT = "feign";

    /** The size of the default client's connection pool, in total and per route (all calls go to one host). */
    public static final int DEFAULT_MAX_CONNECTIONS = 64;

    /** How long a pooled connection may sit idle before it is checked before reuse. */
    private static final TimeValue VALIDATE_AFTER_INACTIVITY = TimeValue.ofSeconds(2);

    private final SessionCall call;
    private final RealtimeSessionsApi api;
    private final Client client;
    private final PoolingHttpClientConnectionManager ownedPool;
    private final CloseableHttpClient ownedHttpClient;
    private volatile boolean closed;

    private FeignSessionCreator(Builder builder) {
        this.call = SessionCall.create(builder.settings, TRANSPORT);
        this.ownedPool = builder.client == null ? defaultPool(builder.settings) : null;
        this.ownedHttpClient = ownedPool == null ? null : defaultHttpClient(builder.settings, ownedPool);
        this.client = ownedHttpClient == null ? builder.client : new PooledApacheClient(ownedHttpClient);
        try {
            this.api = target(builder, client, call);
        } catch (RuntimeException e) {
            // A customizer or a capability failed: do not leave the pool just built behind.
            if (ownedHttpClient != null) {
                ownedHttpClient.close(CloseMode.IMMEDIATE);
            }
            throw e;
        }
    }

    private static RealtimeSessionsApi target(Builder builder, Client client, SessionCall call) {
        Feign.Builder feign = Feign.builder();
        builder.customizer.accept(feign);
        // The library's part comes last, so a customizer cannot replace it by accident.
        return feign.client(new LibraryHeadersClient(client, call.headers()))
                .contract(new DefaultContract())
                .encoder(new PreEncodedBodyEncoder())
                .decoder(new SessionDecoder(call.responses()))
                .errorDecoder(new SessionErrorDecoder(call))
                .retryer(Retryer.NEVER_RETRY)
                .options(options(builder.settings))
                .exceptionPropagationPolicy(ExceptionPropagationPolicy.NONE)
                .target(new SessionsTarget(builder.settings.baseUri().toString(), call.uri()));
    }

    /**
     * Creates a creator with the default client (see the class description) and no customization.
     *
     * @param settings the settings
     * @return a new creator
     */
    public static FeignSessionCreator create(ClientSettings settings) {
        return builder(settings).build();
    }

    /**
     * Returns a builder, to plug in a {@link Client} or to customize the {@link Feign.Builder}.
     *
     * @param settings the settings
     * @return a new builder
     */
    public static Builder builder(ClientSettings settings) {
        return new Builder(settings);
    }

    /**
     * Creates a session with {@code POST <baseUri>/realtime/sessions} through Feign, retried under the settings'
     * {@link io.github.realtimesessions.port.RetryPolicy}.
     *
     * @param request the session configuration
     * @return the created session with its client secret
     * @throws NullPointerException if {@code request} is {@code null}
     * @throws RealtimeApiException if the session could not be created
     * @throws IllegalStateException if this creator is closed
     */
    @Override
    public RealtimeSessionCreateResponse create(RealtimeSessionCreateRequest request) {
        Objects.requireNonNull(request, "request");
        if (closed) {
            throw new IllegalStateException("this FeignSessionCreator is closed");
        }
        return call.execute(request, this::send);
    }

    private RealtimeSessionCreateResponse send(byte[] body) throws IOException {
        try {
            return api.createSession(body);
        } catch (FeignException e) {
            throw FeignFailures.translate(e, call);
        }
    }

    /**
     * Closes the default client's connection pool, at once: calls still running fail. A client handed to
     * {@link Builder#client(Client)} stays open, to be closed by whoever created it. Idempotent; afterwards
     * {@link #create} throws {@link IllegalStateException}.
     */
    @Override
    public void close() {
        closed = true;
        if (ownedHttpClient != null) {
            ownedHttpClient.close(CloseMode.IMMEDIATE);
        }
    }

    /**
     * Returns how many connections of the default client's pool are leased right now, for leak checks in tests.
     *
     * @return the number, 0 when a client was handed in
     */
    int leasedConnections() {
        return ownedPool == null ? 0 : ownedPool.getTotalStats().getLeased();
    }

    /** Names the endpoint and the client; never the API key. */
    @Override
    public String toString() {
        return "FeignSessionCreator[uri=" + call.uri() + ", client=" + client.getClass().getName()
                + (ownedHttpClient != null ? " (default)" : "") + (closed ? ", closed" : "") + "]";
    }

    /**
     * Builds the default client's HTTP stack: a pool with the settings' timeouts, and nothing that acts behind the
     * library's back. No automatic retries (they would resend the POST; retries belong to the library's
     * {@code RetryPolicy}), no redirects (a POST carrying the API key is not sent elsewhere), no cookies, no
     * per-user connection state (every call has the same identity, so every connection can be reused), and no
     * compression (a 1.5 KB answer gains nothing, and an exact {@code Content-Length} lets the body be read into one
     * array). Idle connections are checked before reuse, so a connection the server dropped is not used.
     */
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

    private static PoolingHttpClientConnectionManager defaultPool(ClientSettings settings) {
        return PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(DEFAULT_MAX_CONNECTIONS)
                .setMaxConnPerRoute(DEFAULT_MAX_CONNECTIONS)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(Timeout.of(settings.responseTimeout()))
                        .setValidateAfterInactivity(VALIDATE_AFTER_INACTIVITY)
                        .build())
                .build();
    }

    static Request.Options options(ClientSettings settings) {
        return new Request.Options(
                millis(settings.connectTimeout()),
                TimeUnit.MILLISECONDS,
                millis(settings.responseTimeout()),
                TimeUnit.MILLISECONDS,
                false);
    }

    /** Feign's options are int milliseconds, and {@code 0} would mean "wait forever": clamp into 1..MAX_VALUE. */
    private static long millis(Duration timeout) {
        long millis;
        try {
            millis = timeout.toMillis();
        } catch (ArithmeticException e) {
            millis = Integer.MAX_VALUE;
        }
        return Math.max(1, Math.min(Integer.MAX_VALUE, millis));
    }

    /**
     * Builds a {@link FeignSessionCreator}. Not thread-safe; the creator it builds is.
     */
    public static final class Builder {

        private final ClientSettings settings;
        private Client client;
        private Consumer<Feign.Builder> customizer = feign -> {};

        private Builder(ClientSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings must not be null");
        }

        /**
         * Sends requests through your own Feign client (e.g. {@code ApacheHttp5Client} over your pool,
         * {@code OkHttpClient}, a load-balancing client) instead of the default one. The creator does not close it;
         * you do, after the creator. Switch off its own retries and redirects: the library handles both.
         *
         * @param client the client
         * @return this builder
         */
        public Builder client(Client client) {
            this.client = Objects.requireNonNull(client, "client must not be null");
            return this;
        }

        /**
         * Adds a customization of the {@link Feign.Builder}: request and response interceptors, a
         * {@link feign.Logger} and its level, {@link feign.Capability capabilities} such as metrics. Customizers run
         * in the order added, before the library sets its own parts (client, contract, encoder, decoder, error
         * decoder, retryer, options, propagation policy), which therefore cannot be replaced here: use
         * {@link #client(Client)} for the client and {@link ClientSettings} for timeouts and headers. The library's
         * headers are added after every request interceptor, and replace what one set under the same names.
         *
         * @param customizer receives the builder
         * @return this builder
         */
        public Builder customize(Consumer<Feign.Builder> customizer) {
            Objects.requireNonNull(customizer, "customizer must not be null");
            this.customizer = this.customizer.andThen(customizer);
            return this;
        }

        /**
         * Builds the creator.
         *
         * @return a new creator
         */
        public FeignSessionCreator build() {
            return new FeignSessionCreator(this);
        }
    }
}
