package io.github.realtimesessions.transport.core;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * What a transport with non-blocking I/O implements besides {@link HttpExchange}: the same exchange, completing a
 * future instead of blocking a thread.
 *
 * <p>The same rules apply as for {@link HttpExchange}, with these differences: {@link #execute(RawRequest)} must not
 * block; the future completes once the whole body has arrived, buffered in memory up to
 * {@link RawRequest#maxResponseBytes()} plus one byte (beyond that the transport stops, aborts the connection and
 * completes with what it has, so that the library reports the body as too large); the returned response's body reads
 * from that buffer; and the abort action registered with {@link RawRequest#onAbort(Runnable)} cancels the exchange,
 * completing the future exceptionally. A transport without non-blocking I/O simply has none: the library then runs
 * its blocking exchange on an executor.
 */
@FunctionalInterface
public interface AsyncHttpExchange {

    /**
     * Starts the exchange.
     *
     * @param request the request
     * @return completes with the answer, its body buffered; or exceptionally with the {@link java.io.IOException} (or
     *     other exception) that ended it
     */
    CompletableFuture<RawResponse> execute(RawRequest request);

    /**
     * Returns a blocking exchange that waits for this one, for a transport that has only a non-blocking client (its
     * bodies then arrive buffered). An interrupt of the waiting thread aborts the exchange.
     *
     * @return the blocking exchange
     */
    default HttpExchange blocking() {
        return request -> {
            CompletableFuture<RawResponse> answer = execute(request);
            try {
                return answer.get();
            } catch (InterruptedException e) {
                request.abort();
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for the answer");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IOException(cause);
            }
        };
    }
}
