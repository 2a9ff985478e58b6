package io.github.realtimesessions.transport.feign.internal;

import feign.FeignException;
import feign.Response;
import io.github.realtimesessions.transport.core.HttpExchange;
import io.github.realtimesessions.transport.core.HttpHeaders;
import io.github.realtimesessions.transport.core.RawRequest;
import io.github.realtimesessions.transport.core.RawResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;

import java.util.Map;

/**
 * The blocking exchange through a Feign proxy, so that a caller's interceptors, logger, capabilities and client all
 * apply. Not API.
 */
public final class FeignExchange implements HttpExchange {

    private final RawApi api;
    private volatile TemplateHeaders lastTemplateHeaders;

    /**
     * Creates the exchange.
     *
     * @param api the Feign proxy
     */
    public FeignExchange(RawApi api) {
        this.api = api;
    }

    @Override
    public RawResponse execute(RawRequest request) throws IOException {
        if (!"POST".equals(request.method())) {
            throw new IOException("the Feign transport sends POST only, not " + request.method());
        }
        // The credential stays out of Feign's request template: Feign logs the template's headers (Logger.Level.HEADERS
        // and FULL) and keeps them in its exceptions. LibraryClient adds it just before the client sends.
        Map<String, Collection<String>> headers = templateHeaders(request.headers());
        ExchangeOptions options = new ExchangeOptions(request);
        Response response;
        try {
            response = api.exchange(request.uri(), headers, request.body(), options);
        } catch (FeignException e) {
            // Feign wraps the client's IOException (RetryableException), and one from reading a body it buffers itself
            // (a logger at HEADERS or FULL, a short body): the library maps and retries the I/O failure itself, so that
            // a read timeout stays a timeout.
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException("Feign failed: " + e.getClass().getSimpleName(), e);
        }
        return new FeignResponse(response);
    }

    /**
     * The headers for Feign's request template: all but the credential. Kept for the last headers object, which
     * transport-core hands over again for every call without headers of its own; Feign only reads the map.
     */
    private Map<String, Collection<String>> templateHeaders(HttpHeaders headers) {
        TemplateHeaders last = lastTemplateHeaders;
        if (last != null && last.from == headers) {
            return last.map;
        }
        Map<String, Collection<String>> map = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            if (!LibraryClient.isCredential(name)) {
                map.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
            }
        });
        Map<String, Collection<String>> kept = Collections.unmodifiableMap(map);
        lastTemplateHeaders = new TemplateHeaders(headers, kept);
        return kept;
    }

    /** A headers object and its template map; no {@code toString()} of its own, so no value is ever printed. */
    private static final class TemplateHeaders {
        final HttpHeaders from;
        final Map<String, Collection<String>> map;

        TemplateHeaders(HttpHeaders from, Map<String, Collection<String>> map) {
            this.from = from;
            this.map = map;
        }
    }

    /** An answer through Feign: its body is the library's capped body, or bytes a logger already buffered. */
    private static final class FeignResponse implements RawResponse {

        private final Response response;
        private final HttpHeaders headers;

        FeignResponse(Response response) {
            this.response = response;
            // A Feign client returns no body at all (null) for an answer whose body it did not keep: HttpURLConnection
            // drops the body of a 401 in streaming mode, say. Its framing headers then describe bytes that will never
            // come: leaving them out lets the library read the answer as one without a body (its status still maps to
            // its exception) instead of as a connection cut short, which it would retry.
            boolean noBody = response.body() == null;
            HttpHeaders.Builder builder = HttpHeaders.builder();
            response.headers().forEach((name, values) -> {
                if (noBody && (name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("Transfer-Encoding"))) {
                    return;
                }
                for (String value : values) {
                    builder.add(name, value);
                }
            });
            this.headers = builder.build();
        }

        @Override
        public int status() {
            return response.status();
        }

        @Override
        public HttpHeaders headers() {
            return headers;
        }

        @Override
        public InputStream body() {
            if (response.body() == null) {
                return InputStream.nullInputStream();
            }
            try {
                return response.body().asInputStream();
            } catch (IOException e) {
                return new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw e;
                    }
                };
            }
        }

        @Override
        public void release() {
            response.close();
        }

        @Override
        public void abort() {
            if (response.body() instanceof AbortableBody abortable) {
                abortable.abort();
            } else {
                response.close();
            }
        }
    }

}
