package io.github.realtimesessions.port;

import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.port.internal.MessageText;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Enforces a maximum length on the WebRTC calls a server brokers: each call it starts (or is told about) is hung up
 * when the duration is reached, so that a call cannot run for an hour on your bill.
 *
 * <pre>{@code
 * CallSupervisor calls = CallSupervisor.builder(sessions).maxDuration(Duration.ofMinutes(10)).build();
 * RealtimeCall call = calls.createCall(CallRequest.of(browserOffer, session));   // hung up after 10 minutes
 * calls.callEnded(call.callId());                                               // the server ended it earlier
 * }</pre>
 *
 * <p>Guarantees: a call is hung up at most once by the supervisor; a failed hangup is logged at WARNING and tried once
 * more after {@link Builder#retryDelay(Duration)} (not when the API answers 404, which means the call is over); a call
 * reported with {@link #callEnded(String)} is not hung up. Hangups go through {@link SessionCreator#async()}, so the
 * scheduler thread never blocks on the network. Timers run on one daemon thread of the supervisor's own, or on the
 * caller's {@link ScheduledExecutorService} (which the supervisor never shuts down). Thread-safe.
 *
 * <p>Logs through {@link System.Logger} (logger {@code io.github.realtimesessions.port.CallSupervisor}), which SLF4J
 * and Spring Boot route to the application's logging.
 */
public final class CallSupervisor implements AutoCloseable {

    /** The default wait before the one retry of a failed hangup: 2 seconds. */
    public static final Duration DEFAULT_RETRY_DELAY = Duration.ofSeconds(2);

    private static final System.Logger LOG = System.getLogger(CallSupervisor.class.getName());

    private final SessionCreator sessions;
    private final Duration maxDuration;
    private final Duration retryDelay;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final boolean ownsScheduler;
    private final Map<String, Supervised> calls = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    private CallSupervisor(Builder builder) {
        this.sessions = builder.sessions;
        this.maxDuration = Objects.requireNonNull(builder.maxDuration, "maxDuration must be set");
        this.retryDelay = builder.retryDelay;
        this.clock = builder.clock;
        this.ownsScheduler = builder.scheduler == null;
        this.scheduler = ownsScheduler ? Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "realtime-call-supervisor");
            thread.setDaemon(true);
            return thread;
        }) : builder.scheduler;
    }

    /**
     * Returns a builder.
     *
     * @param sessions the creator that makes and ends the calls
     * @return a new builder
     */
    public static Builder builder(SessionCreator sessions) {
        return new Builder(Objects.requireNonNull(sessions, "sessions must not be null"));
    }

    /**
     * Creates a call and supervises it.
     *
     * @param request the offer and the session
     * @return the call, hung up after the maximum duration
     * @throws RealtimeApiException if the call could not be created
     * @throws IllegalStateException if the supervisor is closed
     */
    public RealtimeCall createCall(CallRequest request) {
        return createCall(request, RequestOptions.defaults());
    }

    /**
     * Creates a call with options for this call only, and supervises it.
     *
     * @param request the offer and the session
     * @param options a deadline or headers for the create call
     * @return the call, hung up after the maximum duration
     * @throws RealtimeApiException if the call could not be created
     * @throws IllegalStateException if the supervisor is closed
     */
    public RealtimeCall createCall(CallRequest request, RequestOptions options) {
        checkOpen();
        RealtimeCall call = sessions.createCall(request, options);
        supervise(call.callId());
        return call;
    }

    /**
     * Supervises a call made elsewhere, counting its duration from now.
     *
     * @param callId the call id
     * @return when the call will be hung up
     * @throws IllegalStateException if the supervisor is closed, or already supervises the call
     */
    public Instant supervise(String callId) {
        Objects.requireNonNull(callId, "callId must not be null");
        checkOpen();
        Instant deadline = clock.instant().plus(maxDuration);
        Supervised call = new Supervised(callId, deadline);
        if (calls.putIfAbsent(callId, call) != null) {
            throw new IllegalStateException("call " + MessageText.sanitize(callId, 200) + " is already supervised");
        }
        try {
            // convert saturates where toNanos() would overflow (a maximum duration of more than 292 years).
            call.timer = scheduler.schedule(
                    () -> expire(call), TimeUnit.NANOSECONDS.convert(maxDuration), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            calls.remove(callId);
            throw new IllegalStateException("the supervisor's scheduler refused the call's timer", e);
        }
        return deadline;
    }

    /**
     * Tells the supervisor that a call has ended by other means (the user hung up, the server ended it): it will not
     * be hung up.
     *
     * @param callId the call id
     * @return {@code true} if the call was supervised and not yet hung up
     */
    public boolean callEnded(String callId) {
        Supervised call = calls.remove(callId);
        if (call == null || !call.ended.compareAndSet(false, true)) {
            return false;
        }
        call.cancelTimer();
        return true;
    }

    /**
     * Hangs a supervised call up now, before its maximum duration.
     *
     * @param callId the call id
     * @return {@code true} if the call was supervised and is now being hung up; {@code false} if it was not
     *     supervised or already ended
     */
    public boolean hangUp(String callId) {
        Supervised call = calls.get(callId);
        if (call == null) {
            return false;
        }
        call.cancelTimer();
        return hangUpOnce(call, "on request");
    }

    /**
     * Returns how long a supervised call may still run.
     *
     * @param callId the call id
     * @return the time left, {@link Duration#ZERO} when due, or {@code null} when the call is not supervised
     */
    public Duration remaining(String callId) {
        Supervised call = calls.get(callId);
        if (call == null) {
            return null;
        }
        Duration left = Duration.between(clock.instant(), call.deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * Returns the ids of the calls supervised now.
     *
     * @return an unmodifiable snapshot
     */
    public Set<String> activeCalls() {
        return Set.copyOf(calls.keySet());
    }

    /**
     * Returns the maximum call duration.
     *
     * @return the duration
     */
    public Duration maxDuration() {
        return maxDuration;
    }

    /** Stops supervising: calls still running are left to run (see {@link #close(boolean)}). Idempotent. */
    @Override
    public void close() {
        close(false);
    }

    /**
     * Stops supervising, and optionally hangs up the calls still running (asynchronously, once each, without the
     * retry). Idempotent.
     *
     * @param hangUpRunning {@code true} to hang up the calls still supervised
     */
    public void close(boolean hangUpRunning) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (Supervised call : calls.values()) {
            call.cancelTimer();
            if (hangUpRunning) {
                hangUpOnce(call, "at shutdown");
            }
        }
        calls.clear();
        if (ownsScheduler) {
            scheduler.shutdown();
        }
    }

    /** Names the duration and the number of calls. */
    @Override
    public String toString() {
        return "CallSupervisor[maxDuration=" + maxDuration + ", activeCalls=" + calls.size()
                + (closed.get() ? ", closed" : "") + "]";
    }

    private void expire(Supervised call) {
        hangUpOnce(call, "after the maximum duration of " + maxDuration);
    }

    private boolean hangUpOnce(Supervised call, String why) {
        if (!call.ended.compareAndSet(false, true)) {
            return false;
        }
        LOG.log(Level.DEBUG, "hanging up call {0} {1}", call.safeId(), why);
        attemptHangUp(call, true);
        return true;
    }

    private void attemptHangUp(Supervised call, boolean retryOnFailure) {
        try {
            sessions.async().hangUp(call.id).whenComplete((ok, failure) -> {
                if (failure == null) {
                    calls.remove(call.id, call);
                    return;
                }
                hangUpFailed(call, unwrap(failure), retryOnFailure);
            });
        } catch (RuntimeException e) {
            hangUpFailed(call, e, retryOnFailure);
        }
    }

    private void hangUpFailed(Supervised call, Throwable failure, boolean retry) {
        if (failure instanceof NotFoundException) {
            // The call is over already: nothing left to end.
            LOG.log(Level.DEBUG, "call {0} had already ended", call.safeId());
            calls.remove(call.id, call);
            return;
        }
        if (!retry || closed.get()) {
            LOG.log(Level.WARNING, "hanging up call " + call.safeId() + " failed; giving up: " + describe(failure));
            calls.remove(call.id, call);
            return;
        }
        LOG.log(Level.WARNING, "hanging up call " + call.safeId() + " failed; trying once more in "
                + retryDelay.toMillis() + " ms: " + describe(failure));
        try {
            scheduler.schedule(
                    () -> attemptHangUp(call, false), TimeUnit.NANOSECONDS.convert(retryDelay), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "hanging up call " + call.safeId() + " failed and the scheduler refused the retry");
            calls.remove(call.id, call);
        }
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof java.util.concurrent.CompletionException
                        || current instanceof java.util.concurrent.ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static String describe(Throwable failure) {
        // Messages of the library's exceptions are free of secrets; for anything else, the type is enough.
        return failure instanceof RealtimeApiException ? failure.getMessage() : failure.getClass().getName();
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("this CallSupervisor is closed");
        }
    }

    /** One supervised call. */
    private static final class Supervised {
        final String id;
        final Instant deadline;
        final AtomicBoolean ended = new AtomicBoolean();
        volatile ScheduledFuture<?> timer;

        Supervised(String id, Instant deadline) {
            this.id = id;
            this.deadline = deadline;
        }

        /** The id as a log line may quote it: a caller may supervise any text, line breaks included. */
        String safeId() {
            return MessageText.sanitize(id, 200);
        }

        void cancelTimer() {
            ScheduledFuture<?> current = timer;
            if (current != null) {
                current.cancel(false);
            }
        }
    }

    /** Builds a {@link CallSupervisor}. */
    public static final class Builder {
        private final SessionCreator sessions;
        private Duration maxDuration;
        private Duration retryDelay = DEFAULT_RETRY_DELAY;
        private Clock clock = Clock.systemUTC();
        private ScheduledExecutorService scheduler;

        private Builder(SessionCreator sessions) {
            this.sessions = sessions;
        }

        /**
         * Sets how long a call may run before it is hung up (required).
         *
         * @param maxDuration a positive duration
         * @return this builder
         */
        public Builder maxDuration(Duration maxDuration) {
            this.maxDuration = ClientSettings.positive(maxDuration, "maxDuration");
            return this;
        }

        /**
         * Sets the wait before the one retry of a failed hangup (default 2 s).
         *
         * @param retryDelay a positive duration
         * @return this builder
         */
        public Builder retryDelay(Duration retryDelay) {
            this.retryDelay = ClientSettings.positive(retryDelay, "retryDelay");
            return this;
        }

        /**
         * Sets the clock {@link #remaining(String)} and deadlines are read from (default the system clock). Timers
         * run on the scheduler; give both a test's fake to run supervision in no time.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock must not be null");
            return this;
        }

        /**
         * Runs timers on the caller's scheduler instead of a thread of the supervisor's own; the supervisor never
         * shuts it down.
         *
         * @param scheduler the scheduler
         * @return this builder
         */
        public Builder scheduler(ScheduledExecutorService scheduler) {
            this.scheduler = Objects.requireNonNull(scheduler, "scheduler must not be null");
            return this;
        }

        /**
         * Builds the supervisor.
         *
         * @return the supervisor; close it on shutdown
         * @throws NullPointerException if no maximum duration was set
         */
        public CallSupervisor build() {
            return new CallSupervisor(this);
        }
    }
}
