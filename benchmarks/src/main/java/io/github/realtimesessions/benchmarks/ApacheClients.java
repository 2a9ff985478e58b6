package io.github.realtimesessions.benchmarks;

import io.github.realtimesessions.port.ClientSettings;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
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
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                                .setSocketTimeout(Timeout.of(settings.responseTimeout()))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(settings.responseTimeout()))
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
