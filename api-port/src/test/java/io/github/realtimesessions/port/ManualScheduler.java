package io.github.realtimesessions.port;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A deterministic {@link ScheduledExecutorService} for tests: time stands still until {@link #advance(Duration)} moves
 * it, and due tasks run on the calling thread, in due-time order (ties in submission order). {@link #clock()} reads
 * the same time, so that a supervisor's deadlines and its timers agree. Not thread-safe: one test thread drives it.
 */
final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    /** Where the clock starts. */
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final PriorityQueue<Task<?>> queue = new PriorityQueue<>();
    private final List<Duration> requestedDelays = new ArrayList<>();
    private final List<Throwable> taskFailures = new ArrayList<>();
    private long nowNanos;
    private long sequence;
    private boolean shutdown;

    /**
     * Returns a clock that shows this scheduler's time.
     *
     * @return the clock, starting at {@link #START}
     */
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                return START.plusNanos(nowNanos);
            }
        };
    }

    /**
     * Moves time forward, running every task that falls due on the way at its own time, tasks that those tasks
     * schedule included.
     *
     * @param duration how far
     */
    void advance(Duration duration) {
        long target = Math.addExact(nowNanos, duration.toNanos());
        while (true) {
            Task<?> next = queue.peek();
            if (next == null || next.dueNanos > target) {
                break;
            }
            queue.poll();
            nowNanos = Math.max(nowNanos, next.dueNanos);
            next.run();
        }
        nowNanos = target;
    }

    /** Runs what is due now, without moving time. */
    void runDueTasks() {
        advance(Duration.ZERO);
    }

    /**
     * Returns how long from now each task still waiting (not cancelled, not run) is due, soonest first.
     *
     * @return the delays
     */
    List<Duration> pendingDelays() {
        List<Task<?>> waiting = new ArrayList<>(queue);
        waiting.sort(null);
        List<Duration> delays = new ArrayList<>();
        for (Task<?> task : waiting) {
            if (!task.isCancelled()) {
                delays.add(Duration.ofNanos(task.dueNanos - nowNanos));
            }
        }
        return delays;
    }

    /**
     * Returns the delay of every {@code schedule} call accepted so far, in order.
     *
     * @return the delays as requested
     */
    List<Duration> requestedDelays() {
        return List.copyOf(requestedDelays);
    }

    /**
     * Returns what the tasks that ran threw, for a test to assert that nothing failed unseen.
     *
     * @return the failures, in order
     */
    List<Throwable> taskFailures() {
        return List.copyOf(taskFailures);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return schedule(() -> {
            command.run();
            return null;
        }, delay, unit);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        if (shutdown) {
            throw new RejectedExecutionException("ManualScheduler is shut down");
        }
        long nanos = Math.max(0, unit.toNanos(delay));
        requestedDelays.add(Duration.ofNanos(nanos));
        long due = nanos > Long.MAX_VALUE - nowNanos ? Long.MAX_VALUE : nowNanos + nanos;
        Task<V> task = new Task<>(callable, due, sequence++);
        queue.add(task);
        return task;
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException("not needed by the code under test");
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("not needed by the code under test");
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> never = new ArrayList<>(queue);
        queue.clear();
        return never;
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown && queue.stream().allMatch(Task::isCancelled);
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isTerminated();
    }

    /** A task waiting for its time. */
    private final class Task<V> implements ScheduledFuture<V>, Runnable {
        private final Callable<V> callable;
        private final long dueNanos;
        private final long order;
        private boolean cancelled;
        private boolean done;
        private V result;
        private Throwable failure;

        Task(Callable<V> callable, long dueNanos, long order) {
            this.callable = callable;
            this.dueNanos = dueNanos;
            this.order = order;
        }

        @Override
        public void run() {
            if (cancelled || done) {
                return;
            }
            try {
                result = callable.call();
            } catch (Throwable t) {
                // As a ScheduledThreadPoolExecutor does: the failure is kept in the future, not thrown at the caller.
                failure = t;
                taskFailures.add(t);
            }
            done = true;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueNanos - nowNanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            Task<?> that = (Task<?>) other;
            int byTime = Long.compare(dueNanos, that.dueNanos);
            return byTime != 0 ? byTime : Long.compare(order, that.order);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            if (done || cancelled) {
                return false;
            }
            cancelled = true;
            queue.remove(this);
            return true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done || cancelled;
        }

        @Override
        public V get() throws ExecutionException {
            if (cancelled) {
                throw new CancellationException();
            }
            if (!done) {
                throw new IllegalStateException("a ManualScheduler task runs only when time is advanced");
            }
            if (failure != null) {
                throw new ExecutionException(failure);
            }
            return result;
        }

        @Override
        public V get(long timeout, TimeUnit unit) throws ExecutionException, TimeoutException {
            if (!isDone()) {
                throw new TimeoutException();
            }
            return get();
        }
    }
}
