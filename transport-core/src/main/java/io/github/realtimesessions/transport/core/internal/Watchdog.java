package io.github.realtimesessions.transport.core.internal;

import io.github.realtimesessions.transport.core.RawRequest;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Ends exchanges that must not go on: past their deadline, on a blocking call whose thread was interrupted (a blocked
 * socket read ignores interrupts), or when the creator closes. One periodic scan on the creator's scheduler thread
 * covers every exchange in flight, and runs only while there are some: registering an exchange costs two set
 * operations, not a timer each. Aborting goes through {@link RawRequest#abort()}, so it works in any phase of the
 * exchange and for any transport. Thread-safe. Not API.
 */
public final class Watchdog {

    /** How often the exchanges in flight are checked: the granularity of deadlines and interrupts. */
    public static final long SCAN_PERIOD_MILLIS = 20;

    /** Why an exchange was aborted. */
    public enum Reason {
        /** The attempt's or the call's deadline passed. */
        DEADLINE,
        /** The blocking caller's thread was interrupted. */
        INTERRUPTED,
        /** The asynchronous caller cancelled the future. */
        CANCELLED,
        /** The creator closed. */
        CLOSED
    }

    private final ScheduledExecutorService scheduler;
    private final LongSupplier nanoTime;
    private final Set<Watch> active = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean scanning = new AtomicBoolean();

    /**
     * Creates a watchdog.
     *
     * @param scheduler runs the scan
     * @param nanoTime the time source deadlines are in
     */
    public Watchdog(ScheduledExecutorService scheduler, LongSupplier nanoTime) {
        this.scheduler = scheduler;
        this.nanoTime = nanoTime;
    }

    /**
     * Starts watching an exchange.
     *
     * @param request the exchange's request, aborted when needed
     * @param deadlineNanos when it must end, on {@code nanoTime}'s scale
     * @param caller the blocking caller's thread, or {@code null} for an asynchronous exchange
     * @return the watch; close it when the exchange is over
     */
    public Watch watch(RawRequest request, long deadlineNanos, Thread caller) {
        Watch watch = new Watch(request, deadlineNanos, caller);
        active.add(watch);
        if (scanning.compareAndSet(false, true)) {
            schedule();
        }
        return watch;
    }

    /**
     * Aborts every exchange in flight.
     *
     * @param reason why
     */
    public void abortAll(Reason reason) {
        for (Watch watch : active) {
            watch.fire(reason);
        }
    }

    private void schedule() {
        try {
            scheduler.schedule(this::scan, SCAN_PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // The scheduler is shut down: the creator is closed and abortAll() ended what was running.
            scanning.set(false);
        }
    }

    private void scan() {
        long now = nanoTime.getAsLong();
        for (Watch watch : active) {
            if (now - watch.deadlineNanos >= 0) {
                watch.fire(Reason.DEADLINE);
            } else if (watch.caller != null && watch.caller.isInterrupted()) {
                watch.fire(Reason.INTERRUPTED);
            }
        }
        if (active.isEmpty()) {
            scanning.set(false);
            // An exchange registered after the check and before the flag was cleared must still be watched.
            if (active.isEmpty() || !scanning.compareAndSet(false, true)) {
                return;
            }
        }
        schedule();
    }

    /** One exchange being watched. */
    public final class Watch implements AutoCloseable {

        private final RawRequest request;
        private final long deadlineNanos;
        private final Thread caller;
        private volatile Reason reason;

        private Watch(RawRequest request, long deadlineNanos, Thread caller) {
            this.request = request;
            this.deadlineNanos = deadlineNanos;
            this.caller = caller;
        }

        /**
         * Aborts the exchange, recording why (the first reason wins).
         *
         * @param why why
         */
        public void fire(Reason why) {
            if (reason == null) {
                reason = why;
            }
            request.abort();
        }

        /**
         * Returns why the exchange was aborted.
         *
         * @return the reason, or {@code null} when it was not
         */
        public Reason reason() {
            return reason;
        }

        /** Stops watching. */
        @Override
        public void close() {
            active.remove(this);
        }
    }
}
