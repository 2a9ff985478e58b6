package io.github.realtimesessions.transport.apache;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A thread factory for an async client's I/O reactor (set through {@code asyncClientCustomizer}) that names its threads
 * with a prefix unique to the test and keeps every thread it made, so that a test can count the I/O threads and check
 * that none outlives {@code close()}, even while other test classes run their own clients in the same JVM.
 */
final class RecordingThreadFactory implements ThreadFactory {

    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    RecordingThreadFactory(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
        thread.setDaemon(true);
        threads.add(thread);
        return thread;
    }

    /** The prefix of the threads' names. */
    String prefix() {
        return prefix;
    }

    /** How many threads the factory made. */
    int created() {
        return threads.size();
    }

    /** The names of this factory's threads that still run. */
    List<String> alive() {
        return threads.stream().filter(Thread::isAlive).map(Thread::getName).toList();
    }

    /**
     * The names of this factory's live threads that run an I/O reactor's dispatch loop (HttpCore's
     * {@code IOReactorWorker}); the async client makes one more thread with the same factory, which only starts the
     * reactor.
     */
    List<String> ioDispatchers() {
        return threads.stream()
                .filter(Thread::isAlive)
                .filter(thread -> Arrays.stream(thread.getStackTrace())
                        .anyMatch(frame -> frame.getClassName().endsWith(".IOReactorWorker")))
                .map(Thread::getName)
                .toList();
    }

    /** The names of every live thread of the JVM that carries this factory's prefix. */
    List<String> liveThreadNamesInTheJvm() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith(prefix + "-"))
                .toList();
    }

    /** Waits up to the limit for every thread the factory made to end. */
    void awaitAllTerminated(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        for (Thread thread : threads) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                thread.join(Math.max(1, left / 1_000_000));
            }
        }
    }
}
