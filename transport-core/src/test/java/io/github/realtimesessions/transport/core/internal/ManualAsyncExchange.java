package io.github.realtimesessions.transport.core.internal;

import io.github.realtimesessions.transport.core.AsyncHttpExchange;
import io.github.realtimesessions.transport.core.RawRequest;
import io.github.realtimesessions.transport.core.RawResponse;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake of the seam's {@link AsyncHttpExchange} that the test drives: every exchange returns an incomplete future at
 * once (never blocking the calling thread) and waits in a queue for the test to complete it; an abort completes it
 * exceptionally, as a transport's cancel does. Records which thread started each exchange.
 */
final class ManualAsyncExchange implements AsyncHttpExchange {

    /** One started exchange. */
    record Pending(RawRequest request, CompletableFuture<RawResponse> future, Thread thread) {

        void complete(RawResponse response) {
            future.complete(response);
        }

        void fail(Throwable failure) {
            future.completeExceptionally(failure);
        }
    }

    private final BlockingQueue<Pending> pending = new LinkedBlockingQueue<>();
    private final List<Pending> all = new CopyOnWriteArrayList<>();
    private final AtomicInteger aborts = new AtomicInteger();

    @Override
    public CompletableFuture<RawResponse> execute(RawRequest request) {
        CompletableFuture<RawResponse> future = new CompletableFuture<>();
        request.onAbort(() -> {
            aborts.incrementAndGet();
            future.completeExceptionally(new SocketException("aborted"));
        });
        Pending started = new Pending(request, future, Thread.currentThread());
        all.add(started);
        pending.add(started);
        return future;
    }

    /** Waits for the next exchange to start. */
    Pending next() throws InterruptedException {
        Pending next = pending.poll(10, TimeUnit.SECONDS);
        if (next == null) {
            throw new AssertionError("no exchange started");
        }
        return next;
    }

    /** Waits at most {@code millis} for another exchange; {@code null} when none started. */
    Pending nextWithin(long millis) throws InterruptedException {
        return pending.poll(millis, TimeUnit.MILLISECONDS);
    }

    int started() {
        return all.size();
    }

    int aborts() {
        return aborts.get();
    }
}
