package io.github.realtimesessions.transport.apache.internal;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the connect-timeout checks of the async exchanges on the creator's own client ({@link
 * AsyncExchange.ConnectDeadlines}), on one timer thread. One periodic scan covers every exchange still waiting for a
 * connection, and runs only while there are some: an exchange costs a set insertion and removal, not a timer task of
 * its own. (A task per exchange woke the timer thread on every call: the queue is empty most of the time, because a
 * pooled connection is handed out at once, so each new task was the queue's head.) A check runs at most
 * {@value #SCAN_PERIOD_MILLIS} ms after its time. Thread-safe. Not API.
 */
public final class ConnectWatch implements AsyncExchange.ConnectDeadlines {

    /** How often the waiting exchanges are checked: the granularity of the connect timeout on the async client. */
    public static final long SCAN_PERIOD_MILLIS = 50;

    private final ScheduledThreadPoolExecutor timer;
    private final Set<Waiting> waiting = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean scanning = new AtomicBoolean();

    /** Creates the watch and its timer thread, {@code realtime-sessions-apache-connect-timer}, a daemon. */
    public ConnectWatch() {
        timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "realtime-sessions-apache-connect-timer");
            thread.setDaemon(true);
            return thread;
        });
        timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    @Override
    public Runnable schedule(Duration after, Runnable check) {
        Waiting entry = new Waiting(System.nanoTime() + saturatedNanos(after), check);
        waiting.add(entry);
        if (scanning.compareAndSet(false, true)) {
            scheduleScan();
        }
        return () -> waiting.remove(entry);
    }

    /**
     * Returns how many exchanges are being watched: 0 once every exchange has its connection or has ended.
     *
     * @return the exchanges still waiting for a connection
     */
    public int pending() {
        return waiting.size();
    }

    /** Stops the timer thread; checks not run by then are dropped (the creator cancels every exchange anyway). */
    public void close() {
        timer.shutdownNow();
        waiting.clear();
    }

    private void scheduleScan() {
        try {
            timer.schedule(this::scan, SCAN_PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            // The creator is closing: every exchange is being cancelled anyway.
            scanning.set(false);
        }
    }

    private void scan() {
        long now = System.nanoTime();
        for (Waiting entry : waiting) {
            if (now - entry.deadlineNanos >= 0 && waiting.remove(entry)) {
                entry.check.run();
            }
        }
        if (waiting.isEmpty()) {
            scanning.set(false);
            // An exchange added after the check and before the flag was cleared must still be watched.
            if (waiting.isEmpty() || !scanning.compareAndSet(false, true)) {
                return;
            }
        }
        scheduleScan();
    }

    private static long saturatedNanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE / 2;
        }
    }

    /** One exchange waiting for its connection; identity is what tells two apart. */
    private static final class Waiting {
        final long deadlineNanos;
        final Runnable check;

        Waiting(long deadlineNanos, Runnable check) {
            this.deadlineNanos = deadlineNanos;
            this.check = check;
        }
    }
}
