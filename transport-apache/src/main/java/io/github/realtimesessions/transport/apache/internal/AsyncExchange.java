package io.github.realtimesessions.transport.apache.internal;

import io.github.realtimesessions.transport.core.AsyncHttpExchange;
import io.github.realtimesessions.transport.core.HttpHeaders;
import io.github.realtimesessions.transport.core.RawRequest;
import io.github.realtimesessions.transport.core.RawResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.hc.client5.http.async.AsyncExecChainHandler;
import org.apache.hc.client5.http.async.AsyncExecRuntime;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.nio.entity.AsyncEntityProducers;
import org.apache.hc.core5.http.nio.support.AsyncRequestBuilder;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * The non-blocking exchange over an HttpClient 5 async client (I/O reactor threads, no thread per call). The body is
 * buffered up to the cap plus one byte; past that the consumer completes with what it has and fails the exchange,
 * which closes the connection. A complete answer completes the call once HttpClient has handed the
 * connection back to the pool. The abort action cancels the exchange and closes its connection: at once on the creator's
 * own client; on a caller's client, whose cancel HttpClient does not always pass on, on the next bytes that arrive (a
 * server that sends none holds the connection until the client's read timeout). On the creator's own client, an exchange without
 * a connection (pooled or new) when its connect timeout has passed is cancelled and fails with a
 * {@link ConnectionRequestTimeoutException}, a timeout, as a wait for a pooled connection does on the classic client.
 * Not API.
 */
public final class AsyncExchange implements AsyncHttpExchange {

    /** The context attribute holding an exchange's {@link Connection}, for {@link #markConnected()}. */
    private static final String CONNECTION = AsyncExchange.class.getName() + ".connection";

    private final Supplier<CloseableHttpAsyncClient> client;
    private final boolean ownClient;
    private final RequestParts parts = new RequestParts();
    private final ConnectDeadlines connectDeadlines;

    /**
     * Creates the exchange over a caller's client, whose pool and timeouts stay as the caller configured them.
     *
     * @param client supplies the started client (it may be started on first use)
     * @param ownClient whether the creator built the client (then timeouts are per request)
     */
    public AsyncExchange(Supplier<CloseableHttpAsyncClient> client, boolean ownClient) {
        this(client, ownClient, ConnectDeadlines.NONE);
    }

    /**
     * Creates the exchange.
     *
     * @param client supplies the started client (it may be started on first use)
     * @param ownClient whether the creator built the client (then timeouts are per request)
     * @param connectDeadlines runs the check that ends an exchange still without a connection at its connect timeout;
     *     the client must carry {@link #markConnected()}
     */
    public AsyncExchange(
            Supplier<CloseableHttpAsyncClient> client, boolean ownClient, ConnectDeadlines connectDeadlines) {
        this.client = client;
        this.ownClient = ownClient;
        this.connectDeadlines = connectDeadlines;
    }

    /**
     * Runs a check when an exchange's connect timeout has passed. HttpClient's async pool checks the deadline of a
     * waiting lease only when a connection is leased or released: with every connection held by a slow server, a call
     * beyond {@code maxConnections} would otherwise wait for a connection until its attempt's deadline. Not API.
     */
    @FunctionalInterface
    public interface ConnectDeadlines {

        /** Runs nothing: the exchange waits as its client says. */
        ConnectDeadlines NONE = (after, check) -> () -> {};

        /**
         * Runs the check once the time has passed, on any thread; never on the calling thread.
         *
         * @param after the connect timeout of an exchange just started
         * @param check ends the exchange if it still has no connection
         * @return cancels the check, which the exchange does as soon as it has its connection or has ended: a check
         *     left waiting would keep the exchange, its answer included, in memory for the whole connect timeout
         */
        Runnable schedule(Duration after, Runnable check);
    }

    /**
     * Returns the step to add to an async client's chain right after {@code CONNECT}, with
     * {@code addExecInterceptorAfter(ChainElement.CONNECT.name(), ...)}: it marks the exchange as connected, which
     * ends the watch of {@link ConnectDeadlines}, and keeps a handle on its connection, so that an abort can close it.
     *
     * @return the chain step
     */
    public static AsyncExecChainHandler markConnected() {
        return (request, entityProducer, scope, chain, callback) -> {
            if (scope.clientContext.getAttribute(CONNECTION) instanceof Connection connection) {
                connection.connected(scope.execRuntime);
            }
            chain.proceed(request, entityProducer, scope, callback);
        };
    }

    /**
     * One exchange's way to its connection on the creator's own client. HttpClient's own cancel does not reliably
     * reach an exchange: when the pool hands out a kept-alive connection at once, the exchange starts on the calling
     * thread, and HttpClient then replaces the exchange's cancel handle with the (spent) lease's, so that a cancel
     * ends the future but leaves the exchange running on its connection until the server answers or the read timeout.
     * Closing the connection through the exchange's runtime ends it in any case.
     */
    private static final class Connection {
        private static final int WAITING = 0;
        private static final int CONNECTED = 1;
        private static final int TIMED_OUT = 2;

        private final AtomicInteger phase = new AtomicInteger(WAITING);
        private volatile AsyncExecRuntime runtime;
        private volatile Runnable cancelCheck;
        private volatile boolean ended;

        void connected(AsyncExecRuntime execRuntime) {
            runtime = execRuntime;
            // Too late (TIMED_OUT): the exchange is being cancelled; proceeding costs nothing, the cancel wins.
            phase.compareAndSet(WAITING, CONNECTED);
            stopCheck();
        }

        /**
         * Keeps the cancel action of the connect-timeout check. The exchange may have connected, or ended, on the
         * calling thread before the check was scheduled: then the check is cancelled at once.
         */
        void checkedBy(Runnable cancel) {
            cancelCheck = cancel;
            if (ended || phase.get() != WAITING) {
                cancel.run();
            }
        }

        /** The exchange ended without a connection (failed, cancelled): its check is not needed any more. */
        void ended() {
            ended = true;
            stopCheck();
        }

        private void stopCheck() {
            Runnable cancel = cancelCheck;
            if (cancel != null) {
                cancel.run();
            }
        }

        /** Claims the exchange for the connect timeout, if it still has no connection. */
        boolean timeOut() {
            return phase.compareAndSet(WAITING, TIMED_OUT);
        }

        boolean timedOut() {
            return phase.get() == TIMED_OUT;
        }

        /** Closes the exchange's connection at once, if it has one still; a released connection is left alone. */
        void close() {
            AsyncExecRuntime current = runtime;
            if (current != null) {
                current.discardEndpoint();
            }
        }
    }

    @Override
    public CompletableFuture<RawResponse> execute(RawRequest request) {
        AsyncRequestBuilder builder = AsyncRequestBuilder.create(request.method()).setUri(request.uri());
        for (Header header : parts.headers(request.headers())) {
            builder.addHeader(header);
        }
        builder.setEntity(AsyncEntityProducers.create(request.body(), null));
        AsyncRequestProducer producer = builder.build();
        HttpClientContext context = HttpClientContext.create();
        Connection connection = new Connection();
        if (ownClient) {
            context.setRequestConfig(parts.config(request.readTimeout(), request.connectTimeout()));
            context.setAttribute(CONNECTION, connection);
        }
        CompletableFuture<RawResponse> result = new CompletableFuture<>();
        // One byte more than the cap tells an answer over it; the largest cap leaves no byte more to take.
        int limit = request.maxResponseBytes() == Integer.MAX_VALUE ? Integer.MAX_VALUE : request.maxResponseBytes() + 1;
        CappedConsumer consumer = new CappedConsumer(limit, result, connection);
        Future<RawResponse> exchange = client.get().execute(producer, consumer, context, new FutureCallback<>() {
            @Override
            public void completed(RawResponse response) {
                // Not yet: HttpClient completes this before it hands the connection back to the pool. The consumer
                // completes the call once the connection is back (releaseResources), so that the next call finds it.
            }

            @Override
            public void failed(Exception failure) {
                connection.ended();
                // The pool's own lease deadline (a TimeoutException, which is no IOException) is a timeout too.
                result.completeExceptionally(failure instanceof TimeoutException
                        ? noConnection(request.connectTimeout(), failure)
                        : failure);
            }

            @Override
            public void cancelled() {
                connection.ended();
                result.completeExceptionally(connection.timedOut()
                        ? noConnection(request.connectTimeout(), null)
                        : new InterruptedIOException("the exchange was aborted"));
            }
        });
        consumer.exchange = exchange;
        request.onAbort(consumer::abort);
        if (ownClient) {
            connection.checkedBy(connectDeadlines.schedule(request.connectTimeout(), () -> {
                if (!result.isDone() && connection.timeOut()) {
                    exchange.cancel(true);
                }
            }));
        }
        return result;
    }

    /** No connection within the connect timeout: the failure the classic client reports, a timeout. */
    private static ConnectionRequestTimeoutException noConnection(Duration connectTimeout, Exception cause) {
        ConnectionRequestTimeoutException timeout = new ConnectionRequestTimeoutException("no connection within the"
                + " connect timeout of " + connectTimeout.toMillis() + " ms (every pooled connection was in use)");
        if (cause != null) {
            timeout.initCause(cause);
        }
        return timeout;
    }

    /**
     * Buffers the body up to a limit. Completes the call's future itself when the limit is reached, so that an
     * oversized or endless body costs no more than the limit, and then drops the connection by failing the exchange
     * from within: HttpClient ignores a cancel once an error answer's head has arrived after the whole request was
     * sent (it counts the exchange as complete), and would go on reading an endless error body for good.
     */
    private static final class CappedConsumer implements AsyncResponseConsumer<RawResponse> {

        private static final byte[] NO_BYTES = new byte[0];

        /** The largest body buffer made before the bytes arrive. */
        private static final int FIRST_BUFFER_MAX = 64 * 1024;

        private final int limit;
        private final CompletableFuture<RawResponse> result;
        private final Connection connection;
        private volatile Future<RawResponse> exchange;
        private volatile boolean abandoned;
        private FutureCallback<RawResponse> callback;
        private HttpResponse head;
        private byte[] buffer = NO_BYTES;
        private int size;
        private boolean done;
        private volatile Buffered completed;

        CappedConsumer(int limit, CompletableFuture<RawResponse> result, Connection connection) {
            this.limit = limit;
            this.result = result;
            this.connection = connection;
        }

        @Override
        public void consumeResponse(
                HttpResponse response, EntityDetails entity, HttpContext context, FutureCallback<RawResponse> callback) {
            this.head = response;
            this.callback = callback;
            if (entity == null) {
                complete(false);
                return;
            }
            // Sized by the declared length when there is one: a token answer then fills one array of its size instead
            // of growing 1 KB, 2 KB. Never more than FIRST_BUFFER_MAX up front: a length is only a claim.
            long declared = entity.getContentLength();
            buffer = new byte[declared >= 0 ? (int) Math.min(declared, Math.min(limit, FIRST_BUFFER_MAX)) : 1024];
        }

        @Override
        public void informationResponse(HttpResponse response, HttpContext context) {
            // 1xx answers carry nothing the library uses; the deadline bounds an endless stream of them.
        }

        @Override
        public void updateCapacity(CapacityChannel channel) throws IOException {
            channel.update(Integer.MAX_VALUE);
        }

        @Override
        public void consume(ByteBuffer src) throws IOException {
            if (abandoned) {
                src.position(src.limit());
                throw new IOException("the exchange was aborted: the connection is dropped, not drained");
            }
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
                // Failing here makes HttpClient close the connection, whatever it counts the exchange as.
                throw new IOException("the body exceeds " + (limit - 1) + " bytes: the connection is dropped, not"
                        + " drained");
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
            // HttpClient calls this after it has handed the connection back to the pool (or dropped it): only now
            // does the call complete, so that a call made as soon as this one ends reuses the connection, and
            // leasedConnections() is 0 for a creator at rest. Nothing is held beyond the buffer, which the answer keeps.
            Buffered answer = completed;
            if (answer != null) {
                result.complete(answer);
            }
        }

        /**
         * Aborts the exchange: cancels it (which ends the call), closes its connection on the creator's own client, and
         * on a caller's client drops the connection on the next bytes that arrive.
         */
        void abort() {
            abandoned = true;
            Future<RawResponse> current = exchange;
            if (current != null) {
                current.cancel(true);
            }
            connection.close();
        }

        private void complete(boolean overflowed) {
            if (done) {
                return;
            }
            done = true;
            // A buffer sized by the declared length is handed over as it is; after a wrong guess, a copy of its size.
            byte[] body = size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
            Buffered response = new Buffered(head.getCode(), ApacheHeaders.of(head.getHeaders()), body,
                    overflowed ? this::abort : () -> {});
            if (overflowed) {
                // The rest of the body is not wanted: hand over what there is now; the caller drops the connection.
                result.complete(response);
            } else {
                completed = response;
                callback.completed(response);
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
