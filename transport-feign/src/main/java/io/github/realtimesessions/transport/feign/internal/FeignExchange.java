package io.github.realtimesessions.transport.feign.internal;

import feign.FeignException;
import feign.Response;
import feign.RetryableException;
import io.github.realtimesessions.transport.core.HttpExchange;
import io.github.realtimesessions.transport.core.HttpHeaders;
import io.github.realtimesessions.transport.core.RawRequest;
import io.github.realtimesessions.transport.core.RawResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;

import java.util.Map;

/**
 * The blocking exchange through a Feign proxy, so that a caller's interceptors, logger, capabilities and client all
 * apply. Not API.
 */
public final class FeignExchange implements HttpExchange {

    private final RawApi api;

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
        Map<String, Collection<String>> headers = new LinkedHashMap<>();
        request.headers().forEach((name, value) -> headers.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value));
        ExchangeOptions options = new ExchangeOptions(request);
        Response response;
        try {
            response = api.exchange(request.uri(), headers, request.body(), options);
        } catch (RetryableException e) {
            // Feign wraps the client's IOException; the library maps and retries it itself.
            Throwable cause = e.getCause();
            throw cause instanceof IOException io ? io : new IOException(e.getMessage(), e);
        } catch (FeignException e) {
            throw new IOException("Feign failed: " + e.getClass().getSimpleName(), e);
        }
        return new FeignResponse(response);
    }

    /** An answer through Feign: its body is the library's capped body, or bytes a logger already buffered. */
    private static final class FeignResponse implements RawResponse {

        private final Response response;
        private final HttpHeaders headers;

        FeignResponse(Response response) {
            this.response = response;
            HttpHeaders.Builder builder = HttpHeaders.builder();
            response.headers().forEach((name, values) -> {
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
