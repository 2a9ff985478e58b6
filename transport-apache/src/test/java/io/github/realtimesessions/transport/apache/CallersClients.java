package io.github.realtimesessions.transport.apache;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.config.ConnectionConfig;
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
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * A caller's own HttpClient 5 clients, as an application configures them: a pooled classic client and a pooled async
 * client (not started: the creator starts it), each with a request interceptor that counts its requests and tags them
 * with {@code X-Callers-Client: classic|async}, and timeouts far longer than any deadline a test sets, so that only the
 * library's deadlines can end a stalled call. The test closes them, gracefully, after the creators.
 */
final class CallersClients implements AutoCloseable {

    /** The header the interceptors add; the fake server records it. */
    static final String TAG = "X-Callers-Client";

    /** A timeout no test waits for. */
    private static final Timeout PATIENT = Timeout.ofMinutes(5);

    final PoolingHttpClientConnectionManager classicPool;
    final CloseableHttpClient classic;
    final PoolingAsyncClientConnectionManager asyncPool;
    final CloseableHttpAsyncClient async;
    final ExecutorService asyncExecutor = Executors.newCachedThreadPool();
    final AtomicInteger classicRequests = new AtomicInteger();
    final AtomicInteger asyncRequests = new AtomicInteger();

    private CallersClients(HttpRequestInterceptor extra, boolean cookies) {
        ConnectionConfig patient = ConnectionConfig.custom().setConnectTimeout(PATIENT).setSocketTimeout(PATIENT).build();
        RequestConfig patientRequests = RequestConfig.custom().setResponseTimeout(PATIENT)
                .setConnectionRequestTimeout(PATIENT).build();
        this.classicPool = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(patient).build();
        HttpClientBuilder classicBuilder = HttpClients.custom()
                .setConnectionManager(classicPool)
                .setDefaultRequestConfig(patientRequests)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .addRequestInterceptorLast((request, entity, context) -> {
                    classicRequests.incrementAndGet();
                    request.addHeader(TAG, "classic");
                });
        this.asyncPool = PoolingAsyncClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(patient).build();
        HttpAsyncClientBuilder asyncBuilder = HttpAsyncClients.custom()
                .setConnectionManager(asyncPool)
                .setDefaultRequestConfig(patientRequests)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .addRequestInterceptorLast((request, entity, context) -> {
                    asyncRequests.incrementAndGet();
                    request.addHeader(TAG, "async");
                });
        if (!cookies) {
            classicBuilder.disableCookieManagement();
            asyncBuilder.disableCookieManagement();
        }
        if (extra != null) {
            classicBuilder.addRequestInterceptorLast(extra);
            asyncBuilder.addRequestInterceptorLast(extra);
        }
        this.classic = classicBuilder.build();
        this.async = asyncBuilder.build();
    }

    /** Clients as a careful application builds them for the library: no retries, redirects or cookies. */
    static CallersClients create() {
        return new CallersClients(null, false);
    }

    /** Clients with one more request interceptor, after the tagging one. */
    static CallersClients withInterceptor(HttpRequestInterceptor extra) {
        return new CallersClients(extra, false);
    }

    /** Clients that keep HttpClient's default cookie store. */
    static CallersClients withCookies() {
        return new CallersClients(null, true);
    }

    /** How many connections the caller's pools lease right now. */
    int leased() {
        return classicPool.getTotalStats().getLeased() + asyncPool.getTotalStats().getLeased();
    }

    @Override
    public void close() throws IOException {
        classic.close(CloseMode.GRACEFUL);
        async.close(CloseMode.GRACEFUL);
        asyncExecutor.shutdownNow();
    }
}
