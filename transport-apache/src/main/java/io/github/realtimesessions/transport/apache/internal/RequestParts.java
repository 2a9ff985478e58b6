package io.github.realtimesessions.transport.apache.internal;

import io.github.realtimesessions.transport.core.HttpHeaders;
import java.time.Duration;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.util.Timeout;

/**
 * The HttpClient objects of a request that only depend on its headers and timeouts, kept from the last request and
 * reused while they stay the same: transport-core hands over the same headers object for calls that add no headers of
 * their own, and the same timeouts unless a call overrides them. Both kinds of object are immutable, so sharing them
 * between concurrent requests is safe; racing requests may each replace the kept one, and any is correct. Thread-safe.
 * Not API.
 */
final class RequestParts {

    private volatile ConvertedHeaders lastHeaders;
    private volatile Config lastConfig;

    /**
     * Returns the headers as HttpClient headers, credential headers marked sensitive.
     *
     * @param headers the request's headers
     * @return the HttpClient headers; the caller must not change the array
     */
    Header[] headers(HttpHeaders headers) {
        ConvertedHeaders last = lastHeaders;
        if (last != null && last.from == headers) {
            return last.to;
        }
        Header[] converted = ApacheHeaders.toArray(headers);
        lastHeaders = new ConvertedHeaders(headers, converted);
        return converted;
    }

    /**
     * Returns the per-request configuration of a client the creator built: these timeouts, no redirects.
     *
     * @param responseTimeout the socket read timeout
     * @param connectionRequestTimeout how long to wait for a pooled connection
     * @return the configuration
     */
    RequestConfig config(Duration responseTimeout, Duration connectionRequestTimeout) {
        Config last = lastConfig;
        if (last != null && last.responseTimeout.equals(responseTimeout)
                && last.connectionRequestTimeout.equals(connectionRequestTimeout)) {
            return last.config;
        }
        RequestConfig config = RequestConfig.custom()
                .setResponseTimeout(Timeout.of(responseTimeout))
                .setConnectionRequestTimeout(Timeout.of(connectionRequestTimeout))
                .setRedirectsEnabled(false)
                .build();
        lastConfig = new Config(responseTimeout, connectionRequestTimeout, config);
        return config;
    }

    /** A headers object and its conversion; no {@code toString()} of its own, so no header value is ever printed. */
    private static final class ConvertedHeaders {
        final HttpHeaders from;
        final Header[] to;

        ConvertedHeaders(HttpHeaders from, Header[] to) {
            this.from = from;
            this.to = to;
        }
    }

    private static final class Config {
        final Duration responseTimeout;
        final Duration connectionRequestTimeout;
        final RequestConfig config;

        Config(Duration responseTimeout, Duration connectionRequestTimeout, RequestConfig config) {
            this.responseTimeout = responseTimeout;
            this.connectionRequestTimeout = connectionRequestTimeout;
            this.config = config;
        }
    }
}
