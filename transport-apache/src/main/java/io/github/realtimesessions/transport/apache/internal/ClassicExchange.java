package io.github.realtimesessions.transport.apache.internal;

import io.github.realtimesessions.transport.core.HttpExchange;
import io.github.realtimesessions.transport.core.HttpHeaders;
import io.github.realtimesessions.transport.core.RawRequest;
import io.github.realtimesessions.transport.core.RawResponse;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;

/**
 * The blocking exchange over an HttpClient 5 classic client. The abort action is the request's {@code cancel()}, which
 * ends the exchange in any phase (waiting for a pooled connection, connecting, writing, reading) by closing the
 * connection. Not API.
 */
public final class ClassicExchange implements HttpExchange {

    private static final InputStream NO_BODY = InputStream.nullInputStream();

    private final CloseableHttpClient client;
    private final boolean ownClient;
    private final RequestParts parts = new RequestParts();

    /**
     * Creates the exchange.
     *
     * @param client the client
     * @param ownClient whether the creator built the client (then its timeouts are per request; a caller's client
     *     keeps its own configuration)
     */
    public ClassicExchange(CloseableHttpClient client, boolean ownClient) {
        this.client = client;
        this.ownClient = ownClient;
    }

    @Override
    public RawResponse execute(RawRequest request) throws IOException {
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), request.uri());
        http.setHeaders(parts.headers(request.headers()));
        // The Content-Type is among the headers; an empty body still goes out as Content-Length: 0.
        http.setEntity(new ByteArrayEntity(request.body(), null));
        if (ownClient) {
            http.setConfig(parts.config(request.readTimeout(), request.connectTimeout()));
        }
        request.onAbort(http::cancel);
        // Not the response-handler form of execute: whatever the handler throws, that form closes the response
        // gracefully, which drains the rest of a body not read to its end (an endless one too).
        ClassicHttpResponse response = client.executeOpen(null, http, null);
        return new Response(response, http);
    }

    /** An answer of the classic client, its body streaming from the connection. */
    private static final class Response implements RawResponse {

        private final ClassicHttpResponse response;
        private final HttpUriRequestBase request;
        private final HttpHeaders headers;

        Response(ClassicHttpResponse response, HttpUriRequestBase request) {
            this.response = response;
            this.request = request;
            this.headers = ApacheHeaders.of(response.getHeaders());
        }

        @Override
        public int status() {
            return response.getCode();
        }

        @Override
        public HttpHeaders headers() {
            return headers;
        }

        @Override
        public InputStream body() {
            HttpEntity entity = response.getEntity();
            if (entity == null) {
                return NO_BODY;
            }
            try {
                InputStream content = entity.getContent();
                return content == null ? NO_BODY : content;
            } catch (IOException e) {
                return new FailingStream(e);
            }
        }

        @Override
        public void release() {
            try {
                // The body was read to its end, so the connection is back in the pool already; closing keeps it there.
                response.close();
            } catch (IOException e) {
                abort();
            }
        }

        @Override
        public void abort() {
            if (response instanceof CloseableHttpResponse closeable) {
                // IMMEDIATE skips the graceful close that would drain the body; it never throws.
                closeable.close(CloseMode.IMMEDIATE);
            }
            request.cancel();
        }
    }

    /** A body whose stream could not be opened: reading reports why. */
    private static final class FailingStream extends InputStream {
        private final IOException failure;

        FailingStream(IOException failure) {
            this.failure = failure;
        }

        @Override
        public int read() throws IOException {
            throw failure;
        }
    }
}
