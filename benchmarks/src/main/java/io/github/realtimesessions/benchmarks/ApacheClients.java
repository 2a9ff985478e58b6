package io.github.realtimesessions.benchmarks;

import io.github.realtimesessions.port.ClientSettings;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.transport.apache.ApacheSessionCreator;
import io.github.realtimesessions.transport.core.internal.RequestHeaders;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * The Apache HttpClient 5 the hand-written baseline and Feign's {@code ApacheHttp5Client} run on. It is configured
 * like the client {@code ApacheSessionCreator} builds for itself (pool, timeouts, no automatic retries, redirects,
 * cookies, auth cache, connection state or content compression), so that a difference between {@code rawApache} and
 * {@code apacheTransport} is the library's own work and not a client setting.
 */
public final class ApacheClients {

    private ApacheClients() {}

    /**
     * Builds a pooled classic client with {@link BenchmarkFixtures#POOL_SIZE} connections in total and per route.
     *
     * @param settings the timeouts to apply
     * @return a new client; close it after the benchmark
     */
    public static CloseableHttpClient pooled(ClientSettings settings) {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(BenchmarkFixtures.POOL_SIZE)
                        .setMaxConnPerRoute(BenchmarkFixtures.POOL_SIZE)
                        .setDefaultConnectionConfig(connectionConfig(settings))
                        .build())
                .setDefaultRequestConfig(requestConfig(settings))
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableConnectionState()
                .disableContentCompression()
                .build();
    }

    private static ConnectionConfig connectionConfig(ClientSettings settings) {
        return ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                .setSocketTimeout(Timeout.of(settings.responseTimeout()))
                .build();
    }

    private static RequestConfig requestConfig(ClientSettings settings) {
        return RequestConfig.custom()
                .setResponseTimeout(Timeout.of(settings.responseTimeout()))
                .setConnectionRequestTimeout(Timeout.of(settings.connectTimeout()))
                .setRedirectsEnabled(false)
                .build();
    }

    /**
     * Builds a pooled async client configured like the one {@code ApacheSessionCreator} builds for its async calls:
     * HTTP/1.1 only, the same timeouts and disabled features as {@link #pooled}. Not started.
     *
     * @param settings the timeouts to apply
     * @param connections the pool size, in total and per route
     * @param ioThreads the reactor's I/O threads
     * @return a new client; start it, and close it after the benchmark
     */
    public static CloseableHttpAsyncClient asyncPooled(ClientSettings settings, int connections, int ioThreads) {
        return HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(connections)
                        .setMaxConnPerRoute(connections)
                        .setDefaultConnectionConfig(connectionConfig(settings))
                        .build())
                .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(ioThreads).build())
                .setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1)
                .setDefaultRequestConfig(requestConfig(settings))
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableConnectionState()
                .build();
    }

    /**
     * The very headers the transports send ({@code User-Agent} included, the Apache transport's), computed once, as a
     * careful hand-written client would.
     *
     * @param settings the settings the library would run with
     * @return the headers of every request
     */
    public static Header[] requestHeaders(ClientSettings settings) {
        java.util.List<Header> list = new java.util.ArrayList<>();
        new RequestHeaders(settings, ApacheSessionCreator.TRANSPORT_NAME).build(
                "Authorization", "Bearer " + BenchmarkFixtures.API_KEY, "application/json", "application/json",
                null, RequestOptions.defaults())
                .forEach((name, value) -> list.add(new BasicHeader(name, value)));
        return list.toArray(Header[]::new);
    }
}
