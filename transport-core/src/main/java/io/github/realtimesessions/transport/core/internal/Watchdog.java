package io.github.realtimesessions.transport.core.internal;

import io.github.realtimesessions.transport.core.RawRequest;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.LongSupplier;

/**
 * Ends exchanges that must not go on: past their deadline, on a blocking call whose thread was interrupted (a blocked
 * socket read ignores interrupts), or when the creator closes. One periodic scan on the creator's scheduler thread
 * covers every exchange in flight, and runs only while there are some: registering an exchange takes a free slot of
 * an array (one compare-and-set; a concurrent set holds the exchanges beyond the slots), not a timer each, and
 * closing a watch clears its slot. A set per exchange (an identity hash, a node and a bin lock to add and to remove)
 * was a tenth of what the library adds to an HTTP call in the profiles. Aborting goes through
 * {@link RawRequest#abort()}, so it works in any phase of the exchange and for any transport. Thread-safe. Not API.
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
    /**
     * Slots for the exchanges in flight; a thread starts looking for a free one at a place of its own, a cache line
     * away from its neighbours' (16 references), so that concurrent callers rarely touch the same line.
     */
    static final int SLOTS = 256;
    private static final int SLOT_MASK = SLOTS - 1;
    private static final int SPREAD = 16;

    private final AtomicReferenceArray<Watch> slots = new AtomicReferenceArray<>(SLOTS);
    /** The exchanges in flight while every slot is taken. */
    private final Set<Watch> overflow = ConcurrentHashMap.newKeySet();
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
        int start = (int) Thread.currentThread().getId() * SPREAD;
        boolean placed = false;
        for (int probe = 0; probe < SLOTS && !placed; probe++) {
            int at = (start + probe) & SLOT_MASK;
            if (slots.get(at) == null) {
                watch.slot = at; // before the compare-and-set that publishes the watch
                placed = slots.compareAndSet(at, null, watch);
            }
        }
        if (!placed) {
            watch.slot = -1;
            overflow.add(watch);
        }
        // Read first: while a scan is scheduled (nearly always under load) no caller writes the shared flag.
        if (!scanning.get() && scanning.compareAndSet(false, true)) {
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
        for (int at = 0; at < SLOTS; at++) {
            Watch watch = slots.get(at);
            if (watch != null) {
                watch.fire(reason);
            }
        }
        for (Watch watch : overflow) {
            watch.fire(reason);
        }
    }

    /** Whether no exchange is watched. */
    private boolean idle() {
        for (int at = 0; at < SLOTS; at++) {
            if (slots.get(at) != null) {
                return false;
            }
        }
        return overflow.isEmpty();
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
        for (int at = 0; at < SLOTS; at++) {
            Watch watch = slots.get(at);
            if (watch != null) {
                check(watch, now);
            }
        }
        for (Watch watch : overflow) {
            check(watch, now);
        }
        if (idle()) {
            scanning.set(false);
            // An exchange registered after the check and before the flag was cleared must still be watched.
            if (idle() || !scanning.compareAndSet(false, true)) {
                return;
            }
        }
        schedule();
    }

    private static void check(Watch watch, long now) {
        if (now - watch.deadlineNanos >= 0) {
            watch.fire(Reason.DEADLINE);
        } else if (watch.caller != null && watch.caller.isInterrupted()) {
            watch.fire(Reason.INTERRUPTED);
        }
    }

    /** One exchange being watched. */
    public final class Watch implements AutoCloseable {

        private final RawRequest request;
        private final long deadlineNanos;
        private final Thread caller;
        private volatile Reason reason;
        /**
         * The slot this watch holds, or -1 when it is in the overflow set; written by the registering thread before it
         * publishes the watch, and read by whoever closes it, which runs after the exchange the watch was made for.
         */
        private int slot = -1;

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
            if (slot >= 0) {
                slots.compareAndSet(slot, this, null); // a watch closed twice must not clear a successor's slot
            } else {
                overflow.remove(this);
            }
        }
    }
}
