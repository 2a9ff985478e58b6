package io.github.realtimesessions.transport.apache.internal;

import io.github.realtimesessions.transport.core.AsyncHttpExchange;
import io.github.realtimesessions.transport.core.HttpHeaders;
import io.github.realtimesessions.transport.core.RawRequest;
import io.github.realtimesessions.transport.core.RawResponse;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.nio.entity.AsyncEntityProducers;
import org.apache.hc.core5.http.nio.support.AsyncRequestBuilder;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.Timeout;

/**
 * The non-blocking exchange over an HttpClient 5 async client (I/O reactor threads, no thread per call). The body is
 * buffered up to the cap plus one byte; past that the consumer completes with what it has and the exchange is
 * cancelled, which closes the connection. The abort action cancels the exchange. Not API.
 */
public final class AsyncExchange implements AsyncHttpExchange {

    private final Supplier<CloseableHttpAsyncClient> client;
    private final boolean ownClient;

    /**
     * Creates the exchange.
     *
     * @param client supplies the started client (it may be started on first use)
     * @param ownClient whether the creator built the client (then timeouts are per request)
     */
    public AsyncExchange(Supplier<CloseableHttpAsyncClient> client, boolean ownClient) {
        this.client = client;
        this.ownClient = ownClient;
    }

    @Override
    public CompletableFuture<RawResponse> execute(RawRequest request) {
        AsyncRequestBuilder builder = AsyncRequestBuilder.create(request.method()).setUri(request.uri());
        for (Header header : ApacheHeaders.toArray(request.headers())) {
            builder.addHeader(header);
        }
        builder.setEntity(AsyncEntityProducers.create(request.body(), null));
        AsyncRequestProducer producer = builder.build();
        HttpClientContext context = HttpClientContext.create();
        if (ownClient) {
            context.setRequestConfig(RequestConfig.custom()
                    .setResponseTimeout(Timeout.of(request.readTimeout()))
                    .setConnectionRequestTimeout(Timeout.of(request.connectTimeout()))
                    .setRedirectsEnabled(false)
                    .build());
        }
        CompletableFuture<RawResponse> result = new CompletableFuture<>();
        CappedConsumer consumer = new CappedConsumer(request.maxResponseBytes() + 1, result);
        Future<RawResponse> exchange = client.get().execute(producer, consumer, context, new FutureCallback<>() {
            @Override
            public void completed(RawResponse response) {
                result.complete(response);
            }

            @Override
            public void failed(Exception failure) {
                result.completeExceptionally(failure);
            }

            @Override
            public void cancelled() {
                result.completeExceptionally(new InterruptedIOException("the exchange was aborted"));
            }
        });
        consumer.exchange = exchange;
        request.onAbort(() -> exchange.cancel(true));
        return result;
    }

    /**
     * Buffers the body up to a limit. Completes the call's future itself when the limit is reached, so that an
     * oversized or endless body costs no more than the limit; the exchange is then cancelled.
     */
    private static final class CappedConsumer implements AsyncResponseConsumer<RawResponse> {

        private final int limit;
        private final CompletableFuture<RawResponse> result;
        private volatile Future<RawResponse> exchange;
        private FutureCallback<RawResponse> callback;
        private HttpResponse head;
        private byte[] buffer = new byte[1024];
        private int size;
        private boolean done;

        CappedConsumer(int limit, CompletableFuture<RawResponse> result) {
            this.limit = limit;
            this.result = result;
        }

        @Override
        public void consumeResponse(
                HttpResponse response, EntityDetails entity, HttpContext context, FutureCallback<RawResponse> callback) {
            this.head = response;
            this.callback = callback;
            if (entity == null) {
                complete(false);
            }
        }

        @Override
        public void informationResponse(HttpResponse response, HttpContext context) {
            // 1xx answers carry nothing the library uses; the deadline bounds an endless stream of them.
        }

        @Override
        public void updateCapacity(CapacityChannel channel) throws java.io.IOException {
            channel.update(Integer.MAX_VALUE);
        }

        @Override
        public void consume(ByteBuffer src) {
            if (done) {
                src.position(src.limit());
                return;
            }
            int take = Math.min(src.remaining(), limit - size);
            if (size + take > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.min(limit, Math.max(buffer.length * 2, size + take)));
            }
            src.get(buffer, size, take);
            size += take;
            if (size >= limit) {
                src.position(src.limit());
                complete(true);
            }
        }

        @Override
        public void streamEnd(List<? extends Header> trailers) {
            complete(false);
        }

        @Override
        public void failed(Exception cause) {
            if (callback != null) {
                callback.failed(cause);
            }
        }

        @Override
        public void releaseResources() {
            // Nothing is held beyond the buffer, which the response keeps.
        }

        private void complete(boolean overflowed) {
            if (done) {
                return;
            }
            done = true;
            Buffered response = new Buffered(head.getCode(), ApacheHeaders.of(head.getHeaders()),
                    Arrays.copyOf(buffer, size), overflowed ? this::cancel : () -> {});
            if (overflowed) {
                // The rest of the body is not wanted: hand over what there is now, then drop the connection.
                result.complete(response);
                cancel();
            } else {
                callback.completed(response);
            }
        }

        private void cancel() {
            Future<RawResponse> current = exchange;
            if (current != null) {
                current.cancel(true);
            }
        }
    }

    /** An answer whose body is in memory; the connection was already released or is being dropped. */
    private static final class Buffered implements RawResponse {

        private final int status;
        private final HttpHeaders headers;
        private final byte[] body;
        private final Runnable abort;

        Buffered(int status, HttpHeaders headers, byte[] body, Runnable abort) {
            this.status = status;
            this.headers = headers;
            this.body = body;
            this.abort = abort;
        }

        @Override
        public int status() {
            return status;
        }

        @Override
        public HttpHeaders headers() {
            return headers;
        }

        @Override
        public InputStream body() {
            return new ByteArrayInputStream(body);
        }

        @Override
        public void release() {
            // The exchange ended with the body: the client has handed the connection back already.
        }

        @Override
        public void abort() {
            abort.run();
        }
    }
}
