package io.github.realtimesessions.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/** A call on a thread of its own, recording how it ended. */
final class Caller {
    final Thread thread;
    final AtomicReference<Throwable> thrown = new AtomicReference<>();
    final AtomicBoolean interruptedAfterwards = new AtomicBoolean();
    private final CountDownLatch ended = new CountDownLatch(1);

    private Caller(Runnable call) {
        this.thread = new Thread(() -> {
            try {
                call.run();
            } catch (Throwable t) {
                thrown.set(t);
            } finally {
                interruptedAfterwards.set(Thread.currentThread().isInterrupted());
                ended.countDown();
            }
        }, "contract-caller");
        thread.setDaemon(true);
    }

    static Caller start(Runnable call) {
        Caller caller = new Caller(call);
        caller.thread.start();
        return caller;
    }

    void awaitEnd(Duration limit) throws InterruptedException {
        assertThat(ended.await(limit.toMillis(), TimeUnit.MILLISECONDS))
                .as("the call ended within " + limit).isTrue();
    }
}
