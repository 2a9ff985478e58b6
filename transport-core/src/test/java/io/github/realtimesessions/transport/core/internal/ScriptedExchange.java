package io.github.realtimesessions.transport.core.internal;

import io.github.realtimesessions.transport.core.HttpExchange;
import io.github.realtimesessions.transport.core.RawRequest;
import io.github.realtimesessions.transport.core.RawResponse;
import java.io.IOException;
import java.net.SocketException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A fake of the seam's {@link HttpExchange}, as a transport behaves: it answers each exchange with the next scripted
 * step, records every request, and an exchange blocked in a step ends only when the library aborts it (as a blocked
 * socket read does: an interrupt alone does nothing). An exchange beyond the script fails the test loudly.
 */
final class ScriptedExchange implements HttpExchange {

    /** One exchange's behaviour. */
    @FunctionalInterface
    interface Step {
        RawResponse run(RawRequest request) throws IOException;
    }

    private final Deque<Step> steps = new ArrayDeque<>();
    private Step always;
    private final List<RawRequest> requests = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final List<FakeResponse> responses = new CopyOnWriteArrayList<>();
    private final AtomicInteger aborts = new AtomicInteger();
    /** Counted down when an exchange starts to block. */
    private volatile CountDownLatch blocked = new CountDownLatch(1);

    /** Adds steps to the script. */
    synchronized ScriptedExchange then(Step... next) {
        for (Step step : next) {
            steps.addLast(step);
        }
        return this;
    }

    /** Answers every exchange beyond the script with a fresh response. */
    synchronized ScriptedExchange always(Supplier<FakeResponse> response) {
        this.always = request -> response.get();
        return this;
    }

    @Override
    public RawResponse execute(RawRequest request) throws IOException {
        requests.add(request);
        threads.add(Thread.currentThread());
        Step step;
        synchronized (this) {
            step = steps.isEmpty() ? always : steps.pollFirst();
        }
        if (step == null) {
            throw new AssertionError("an exchange the test did not expect: " + request);
        }
        RawResponse response = step.run(request);
        if (response instanceof FakeResponse fake) {
            responses.add(fake);
        }
        return response;
    }

    // ------------------------------------------------------------------------------------------------ steps

    static Step respond(FakeResponse response) {
        return request -> response;
    }

    static Step fail(IOException failure) {
        return request -> {
            throw failure;
        };
    }

    static Step failUnchecked(RuntimeException failure) {
        return request -> {
            throw failure;
        };
    }

    /**
     * Blocks until the library aborts the exchange, then fails as a transport whose connection was closed under it.
     * Like a blocked socket read it ignores an interrupt, leaving the flag set (which is how the library notices one).
     */
    Step blockUntilAborted() {
        return request -> {
            Thread blockedThread = Thread.currentThread();
            java.util.concurrent.atomic.AtomicBoolean aborted = new java.util.concurrent.atomic.AtomicBoolean();
            request.onAbort(() -> {
                aborts.incrementAndGet();
                aborted.set(true);
                java.util.concurrent.locks.LockSupport.unpark(blockedThread);
            });
            blocked.countDown();
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!aborted.get()) {
                if (System.nanoTime() - giveUp > 0) {
                    throw new AssertionError("the exchange was never aborted");
                }
                if (Thread.currentThread().isInterrupted()) {
                    // park returns at once while the flag is set: wait for the watchdog without clearing it.
                    Thread.onSpinWait();
                } else {
                    java.util.concurrent.locks.LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(50));
                }
            }
            throw new SocketException("Socket closed");
        };
    }

    /**
     * Blocks until the calling thread is interrupted, and then fails as {@code AsyncHttpExchange.blocking()} does: an
     * {@link java.io.InterruptedIOException} with the flag set again.
     */
    Step blockUntilInterrupted() {
        return request -> {
            blocked.countDown();
            try {
                new CountDownLatch(1).await(30, TimeUnit.SECONDS);
                throw new AssertionError("the calling thread was never interrupted");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while waiting for the answer");
            }
        };
    }

    // ------------------------------------------------------------------------------------------------ checks

    /** Waits until an exchange blocks in {@link #blockUntilAborted()}, and arms the next wait. */
    void awaitBlocked() throws InterruptedException {
        CountDownLatch latch = blocked;
        if (!latch.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("no exchange blocked");
        }
        blocked = new CountDownLatch(1);
    }

    List<RawRequest> requests() {
        return new ArrayList<>(requests);
    }

    RawRequest request(int index) {
        return requests.get(index);
    }

    int calls() {
        return requests.size();
    }

    List<Thread> threads() {
        return new ArrayList<>(threads);
    }

    List<FakeResponse> responses() {
        return new ArrayList<>(responses);
    }

    /** How many exchanges saw their abort action run. */
    int aborts() {
        return aborts.get();
    }
}
