package io.github.realtimesessions.transport.core.internal;

import io.github.realtimesessions.model.InvalidRequestException;
import io.github.realtimesessions.port.ApiCancelledException;
import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.AuthenticationException;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.Credential;
import io.github.realtimesessions.port.CredentialException;
import io.github.realtimesessions.port.Endpoint;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.port.ResponseFormatException;
import io.github.realtimesessions.port.internal.ExceptionAccess;
import io.github.realtimesessions.port.internal.MessageText;
import io.github.realtimesessions.port.spi.AttemptInfo;
import io.github.realtimesessions.port.spi.Outcome;
import io.github.realtimesessions.port.spi.RequestListener;
import io.github.realtimesessions.port.spi.RequestObserver;
import io.github.realtimesessions.port.spi.RequestResult;
import io.github.realtimesessions.port.spi.RequestStart;
import io.github.realtimesessions.transport.core.AsyncHttpExchange;
import io.github.realtimesessions.transport.core.HttpExchange;
import io.github.realtimesessions.transport.core.RawRequest;
import io.github.realtimesessions.transport.core.RawResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a call of any endpoint over a transport's exchange: encodes and sizes the request, adds the headers and the
 * credential, watches the deadlines, reads and decodes the answer, maps every failure into the exception tree,
 * retries under the policy (waits that the caller's interrupt or {@code close()} cut short), refreshes a refused bearer
 * token once, tells the request listener, and logs. The blocking and the asynchronous path share every decision; the
 * asynchronous one waits on the scheduler, never on a blocked thread. Thread-safe. Not API.
 *
 * <p>Logging (SLF4J, logger {@code io.github.realtimesessions.transport.core.HttpSessionCreator}) is at DEBUG: method,
 * path, transport, attempt, status, request id, outcome, duration and the delay before a retry. Bodies, header values
 * and secrets are never logged.
 */
public final class Pipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("io.github.realtimesessions.transport.core.HttpSessionCreator");

    private final ClientSettings settings;
    private final String transport;
    private final HttpExchange exchange;
    private final AsyncHttpExchange asyncExchange;
    private final Executor asyncExecutor;
    private final ExecutorService ownedExecutor;
    private final ScheduledThreadPoolExecutor scheduler;
    /** Runs asynchronous token fetches when there is no executor of asynchronous calls; created on first need. */
    private ExecutorService ownedTokenExecutor;
    private final Watchdog watchdog;
    private final Timing timing;
    private final Redactor redactor;
    private final AnswerReader reader;
    private final RequestHeaders headers;
    private final TokenCache tokens;
    private final String[] fixedCredentialHeader;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Object closeMonitor = new Object();
    private final Set<AsyncCall<?>> asyncCalls = ConcurrentHashMap.newKeySet();

    /**
     * The last request encoded per endpoint, with its bytes. A server that mints tokens sends one request object over
     * and over; reusing its bytes saves the encoding (a few microseconds and kilobytes per call, measured by the
     * {@code apacheTransportDistinctRequests} benchmark). Safe because every request type is deeply immutable, so an
     * identical reference means identical bytes; the entry is published through a volatile array slot, and a race
     * between two requests only costs an extra encoding. Multipart bodies are never cached (each gets a fresh
     * boundary).
     */
    private final AtomicReferenceArray<Encoded> lastEncoded = new AtomicReferenceArray<>(Endpoint.values().length);

    /** Per endpoint whose URI does not depend on the request: the URI and its description, built on first use. */
    private final AtomicReferenceArray<Target> fixedTargets = new AtomicReferenceArray<>(Endpoint.values().length);

    /**
     * Creates a pipeline.
     *
     * @param settings the client settings
     * @param transport the transport's name, e.g. {@code apache}
     * @param exchange the transport's blocking exchange
     * @param asyncExchange the transport's non-blocking exchange, or {@code null} to run the blocking one on
     *     {@code asyncExecutor}
     * @param asyncExecutor where asynchronous calls run the blocking exchange when there is no non-blocking one, or
     *     {@code null} for a cached pool of daemon threads owned by the pipeline
     * @param timing time and randomness, {@link Timing#SYSTEM} outside tests
     */
    public Pipeline(
            ClientSettings settings,
            String transport,
            HttpExchange exchange,
            AsyncHttpExchange asyncExchange,
            Executor asyncExecutor,
            Timing timing) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.exchange = Objects.requireNonNull(exchange, "exchange");
        this.asyncExchange = asyncExchange;
        this.timing = Objects.requireNonNull(timing, "timing");
        if (asyncExchange == null && asyncExecutor == null) {
            this.ownedExecutor = Executors.newCachedThreadPool(daemonThreads("realtime-sessions-" + transport + "-async"));
            this.asyncExecutor = ownedExecutor;
        } else {
            this.ownedExecutor = null;
            this.asyncExecutor = asyncExecutor;
        }
        this.scheduler = new ScheduledThreadPoolExecutor(1, daemonThreads("realtime-sessions-" + transport + "-scheduler"));
        scheduler.setRemoveOnCancelPolicy(true);
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.watchdog = new Watchdog(scheduler, timing::nanoTime);
        Credential credential = settings.credential();
        this.tokens = credential instanceof Credential.BearerTokens bearer ? new TokenCache(bearer, timing.clock()) : null;
        this.redactor = Redactor.of(credential, tokens == null ? List::of : tokens::recentTokens);
        this.reader = new AnswerReader(redactor, timing.clock());
        this.headers = new RequestHeaders(settings, transport);
        if (credential instanceof Credential.ApiKey key) {
            this.fixedCredentialHeader = new String[] {"Authorization", "Bearer " + key.key(), null};
        } else if (credential instanceof Credential.AzureApiKey key) {
            this.fixedCredentialHeader = new String[] {"api-key", key.key(), null};
        } else {
            this.fixedCredentialHeader = null;
        }
    }

    /**
     * Returns the settings.
     *
     * @return the settings
     */
    public ClientSettings settings() {
        return settings;
    }

    /**
     * Returns the redactor of this pipeline's secrets.
     *
     * @return the redactor
     */
    public Redactor redactor() {
        return redactor;
    }

    /**
     * Tells whether {@link #close()} ran.
     *
     * @return {@code true} once closed
     */
    public boolean isClosed() {
        return closed.get();
    }

    // --------------------------------------------------------------------------------------------- blocking calls

    /**
     * Runs a call, blocking.
     *
     * @param operation the endpoint
     * @param request the request
     * @param options the call's options
     * @param <R> the request type
     * @param <T> the result type
     * @return the result
     * @throws RealtimeApiException if the call failed
     */
    public <R, T> T execute(Operation<R, T> operation, R request, RequestOptions options) {
        Prepared<R, T> call = prepare(operation, request, options);
        Thread caller = Thread.currentThread();
        State state = new State(timing.nanoTime(), call.timeoutNanos, observe(call, false));
        while (true) {
            if (caller.isInterrupted()) {
                throw end(call, state, cancelled(call, "the calling thread was interrupted (its interrupt flag stays"
                        + " set)", state.last, null), true);
            }
            if (closed.get()) {
                throw end(call, state, closedWhileWaiting(call, state.last), true);
            }
            state.attempt++;
            Attempt<T> attempt = attempt(call, state, attemptDeadline(call, state), caller, null);
            Decision decision = decide(call, state, attempt);
            if (decision.done) {
                return attempt.value;
            }
            if (decision.delay == null) {
                throw end(call, state, decision.failure, decision.ours);
            }
            if (!decision.delay.isZero() && !waitBeforeRetry(decision.delay)) {
                RealtimeApiException failure = caller.isInterrupted()
                        ? cancelled(call, "the calling thread was interrupted while waiting to retry (its interrupt flag"
                                + " stays set)", attempt.failure, null)
                        : closedWhileWaiting(call, attempt.failure);
                state.earlier.remove(attempt.failure);
                throw end(call, state, failure, true);
            }
        }
    }

    // ------------------------------------------------------------------------------------------ asynchronous calls

    /**
     * Runs a call asynchronously. The request is checked and encoded on the calling thread.
     *
     * @param operation the endpoint
     * @param request the request
     * @param options the call's options
     * @param <R> the request type
     * @param <T> the result type
     * @return completes with the result, or exceptionally with a {@link RealtimeApiException}
     */
    public <R, T> CompletableFuture<T> executeAsync(Operation<R, T> operation, R request, RequestOptions options) {
        Prepared<R, T> call = prepare(operation, request, options);
        AsyncCall<T> async = new AsyncCall<>(call, new State(timing.nanoTime(), call.timeoutNanos, observe(call, true)));
        asyncCalls.add(async);
        async.result.whenComplete((value, failure) -> asyncCalls.remove(async));
        if (closed.get()) {
            async.closeNow();
        } else {
            async.next();
        }
        return async.result;
    }

    /** One asynchronous call: its attempts chained through futures, its waits on the scheduler. */
    private final class AsyncCall<T> {

        final Prepared<?, T> call;
        final CompletableFuture<T> result = new CompletableFuture<>();
        final State state;
        volatile Watchdog.Watch inFlight;
        volatile ScheduledFuture<?> pendingRetry;

        AsyncCall(Prepared<?, T> call, State state) {
            this.call = call;
            this.state = state;
            result.whenComplete((value, failure) -> {
                if (result.isCancelled()) {
                    cancelInFlight(Watchdog.Reason.CANCELLED);
                }
            });
        }

        void next() {
            if (result.isDone()) {
                return;
            }
            if (closed.get()) {
                closeNow();
                return;
            }
            state.attempt++;
            long attemptDeadline = attemptDeadline(call, state);
            CompletableFuture<Attempt<T>> attempt;
            if (asyncExchange != null) {
                attempt = asyncAttempt(call, state, attemptDeadline, this);
            } else {
                try {
                    attempt = CompletableFuture.supplyAsync(
                            () -> attempt(call, state, attemptDeadline, null, this), asyncExecutor);
                } catch (RejectedExecutionException e) {
                    attempt = CompletableFuture.completedFuture(Attempt.failed(closed.get()
                            ? closedWhileWaiting(call, state.last)
                            : new ApiConnectionException(call.target + " could not start: the executor refused it", e),
                            0, null, null, true, 0));
                }
            }
            attempt.whenComplete((done, failure) -> finishAttempt(failure == null
                    ? done
                    : Attempt.failed(unexpected(call, unwrap(failure), null), 0, null, null, true, 0)));
        }

        private void finishAttempt(Attempt<T> attempt) {
            inFlight = null;
            if (result.isDone()) {
                return;
            }
            Decision decision = decide(call, state, attempt);
            if (decision.done) {
                result.complete(attempt.value);
                return;
            }
            if (decision.delay == null) {
                result.completeExceptionally(end(call, state, decision.failure, decision.ours));
                return;
            }
            try {
                pendingRetry = scheduler.schedule(this::next, decision.delay.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                closeNow();
            }
        }

        void cancelInFlight(Watchdog.Reason reason) {
            ScheduledFuture<?> retry = pendingRetry;
            if (retry != null) {
                retry.cancel(false);
            }
            Watchdog.Watch watch = inFlight;
            if (watch != null) {
                watch.fire(reason);
            }
        }

        void closeNow() {
            cancelInFlight(Watchdog.Reason.CLOSED);
            if (!result.isDone()) {
                RealtimeApiException failure = closedWhileWaiting(call, state.last);
                state.earlier.remove(state.last);
                result.completeExceptionally(end(call, state, failure, true));
            }
        }
    }

    // --------------------------------------------------------------------------------------------------- attempts

    private <R, T> Prepared<R, T> prepare(Operation<R, T> operation, R request, RequestOptions options) {
        Objects.requireNonNull(request, "request must not be null");
        Objects.requireNonNull(options, "options must not be null");
        if (closed.get()) {
            throw new IllegalStateException("this " + transport + " SessionCreator is closed");
        }
        Operation.Body body = encode(operation, request);
        if (body.bytes().length > settings.maxRequestBytes()) {
            throw new InvalidRequestException("request", List.of(new InvalidRequestException.Violation(
                    "(request body)",
                    "must be at most " + settings.maxRequestBytes() + " bytes (ClientSettings.maxRequestBytes)",
                    body.bytes().length + " bytes")));
        }
        Target target = target(operation, request);
        URI uri = target.uri();
        Duration timeout = options.timeout() == null ? settings.callTimeout() : options.timeout();
        Duration responseTimeout = options.responseTimeout() == null ? settings.responseTimeout() : options.responseTimeout();
        int maxRetries = options.maxRetries() == null ? settings.maxRetries() : options.maxRetries();
        return new Prepared<>(
                operation,
                uri,
                body,
                options,
                Retries.saturatedNanos(timeout),
                Retries.saturatedNanos(settings.connectTimeout().plus(responseTimeout)),
                responseTimeout,
                maxRetries,
                operation.ephemeralKey(request),
                operation.safetyIdentifier(request),
                target.description());
    }

    /** Where a call goes, and how messages name it ({@code POST http://host/v1/realtime/client_secrets}). */
    private record Target(URI uri, String description) {}

    private <R> Target target(Operation<R, ?> operation, R request) {
        if (!operation.uriIsFixed()) {
            URI uri = operation.uri(settings, request);
            return new Target(uri, operation.endpoint().method() + " " + MessageText.describe(uri));
        }
        int slot = operation.endpoint().ordinal();
        Target fixed = fixedTargets.get(slot);
        if (fixed == null) {
            URI uri = operation.uri(settings, request);
            // Racing first calls build equal targets; any of them may stay.
            fixed = new Target(uri, operation.endpoint().method() + " " + MessageText.describe(uri));
            fixedTargets.set(slot, fixed);
        }
        return fixed;
    }

    private <R> Operation.Body encode(Operation<R, ?> operation, R request) {
        if (!operation.encodingIsCacheable()) {
            return operation.body(request);
        }
        int slot = operation.endpoint().ordinal();
        Encoded last = lastEncoded.get(slot);
        if (last != null && last.request == request) {
            return last.body;
        }
        Operation.Body body = operation.body(request);
        lastEncoded.set(slot, new Encoded(request, body));
        return body;
    }

    /** A request and its bytes; see {@link #lastEncoded}. */
    private record Encoded(Object request, Operation.Body body) {}

    private RawRequest rawRequest(Prepared<?, ?> call, String[] credential) {
        return RawRequest.builder(call.operation.endpoint().method(), call.uri)
                .headers(headers.build(credential[0], credential[1], call.body.contentType(),
                        call.operation.accept(), call.safetyIdentifier, call.options))
                .body(call.body.bytes())
                .connectTimeout(settings.connectTimeout())
                .readTimeout(call.responseTimeout)
                .maxResponseBytes(settings.maxResponseBytes())
                .build();
    }

    /** Returns the credential header, fetching a bearer token when needed; {@code [2]} is the token used. */
    private String[] credentialHeader(Prepared<?, ?> call, State state) {
        if (call.ephemeralKey != null) {
            return new String[] {"Authorization", "Bearer " + call.ephemeralKey, null};
        }
        if (fixedCredentialHeader != null) {
            // Shared by every call: nothing writes to these arrays.
            return fixedCredentialHeader;
        }
        String refused = state.refusedToken;
        state.refusedToken = null;
        String token = refused != null ? tokens.refresh(refused) : tokens.token();
        return new String[] {"Authorization", "Bearer " + token, token};
    }

    private <T> Attempt<T> attempt(
            Prepared<?, T> call, State state, long deadline, Thread caller, AsyncCall<T> async) {
        long start = timing.nanoTime();
        long callDeadline = state.deadline;
        String[] credential;
        try {
            credential = credentialHeader(call, state);
        } catch (CredentialException e) {
            return Attempt.failed(e, 0, null, null, true, timing.nanoTime() - start);
        }
        RawRequest raw = rawRequest(call, credential);
        Watchdog.Watch watch = watchdog.watch(raw, deadline, caller);
        if (async != null) {
            async.inFlight = watch;
        }
        try {
            RawResponse response;
            try {
                response = exchange.execute(raw);
            } catch (RealtimeApiException foreign) {
                // Not the library's own: a caller's interceptor threw it. It surfaces as it is, unretried.
                return Attempt.failed(foreign, 0, null, credential[2], false, timing.nanoTime() - start);
            }
            Answer answer = reader.read(response, settings.maxResponseBytes(), call.operation.expectsBody(),
                    call.ephemeralKey);
            T value = decode(call, answer);
            return Attempt.succeeded(value, answer.status(), answer.requestId(), timing.nanoTime() - start);
        } catch (ApiStatusException e) {
            return Attempt.failed(e, e.status(), e.requestId(), credential[2], true, timing.nanoTime() - start);
        } catch (ResponseFormatException e) {
            return Attempt.failed(e, e.status(), e.requestId(), credential[2], true, timing.nanoTime() - start);
        } catch (RealtimeApiException e) {
            return Attempt.failed(e, 0, null, credential[2], true, timing.nanoTime() - start);
        } catch (IOException | RuntimeException e) {
            RealtimeApiException failure = failureOf(call, e, watch.reason(), deadline, callDeadline);
            return Attempt.failed(failure, 0, null, credential[2], true, timing.nanoTime() - start);
        } finally {
            watch.close();
        }
    }

    /** Decodes an answer; its body buffer goes back to the pool whatever happens, as nothing decoded keeps it. */
    private <T> T decode(Prepared<?, T> call, Answer answer) {
        try {
            return call.operation.decode(answer, call.ephemeralKey, redactor);
        } finally {
            AnswerReader.recycle(answer);
        }
    }

    private <T> CompletableFuture<Attempt<T>> asyncAttempt(
            Prepared<?, T> call, State state, long deadline, AsyncCall<T> async) {
        if (needsTokenFetch(call, state)) {
            // A token source may block (a token request over the network): never on the caller's thread, which may
            // be an event loop, nor on an I/O or scheduler thread.
            long start = timing.nanoTime();
            CompletableFuture<String[]> credential;
            try {
                credential = CompletableFuture.supplyAsync(() -> credentialHeader(call, state), tokenExecutor());
            } catch (RejectedExecutionException e) {
                return CompletableFuture.completedFuture(Attempt.failed(closedWhileWaiting(call, state.last), 0, null,
                        null, true, 0));
            }
            return credential.handle((header, thrown) -> thrown == null
                            ? asyncExchangeAttempt(call, state, deadline, async, header)
                            : CompletableFuture.completedFuture(Attempt.<T>failed(credentialFailure(call, thrown), 0,
                                    null, null, true, timing.nanoTime() - start)))
                    .thenCompose(attempt -> attempt);
        }
        String[] credential;
        try {
            credential = credentialHeader(call, state);
        } catch (CredentialException e) {
            return CompletableFuture.completedFuture(Attempt.failed(e, 0, null, null, true, 0));
        }
        return asyncExchangeAttempt(call, state, deadline, async, credential);
    }

    /** Tells whether the next attempt's credential means asking the token source (which may block). */
    private boolean needsTokenFetch(Prepared<?, ?> call, State state) {
        return tokens != null && call.ephemeralKey == null && (state.refusedToken != null || tokens.cachedToken() == null);
    }

    /** What a failed asynchronous token fetch ends the attempt with: its {@link CredentialException}, as sync. */
    private RealtimeApiException credentialFailure(Prepared<?, ?> call, Throwable thrown) {
        Throwable cause = unwrap(thrown);
        return cause instanceof RealtimeApiException failure ? failure : unexpected(call, cause, null);
    }

    /** Where asynchronous token fetches run: the executor of asynchronous calls, else one the pipeline owns. */
    private Executor tokenExecutor() {
        if (asyncExecutor != null) {
            return asyncExecutor;
        }
        synchronized (closeMonitor) {
            if (closed.get()) {
                throw new RejectedExecutionException("closed");
            }
            if (ownedTokenExecutor == null) {
                ownedTokenExecutor = Executors.newCachedThreadPool(
                        daemonThreads("realtime-sessions-" + transport + "-tokens"));
            }
            return ownedTokenExecutor;
        }
    }

    private <T> CompletableFuture<Attempt<T>> asyncExchangeAttempt(
            Prepared<?, T> call, State state, long deadline, AsyncCall<T> async, String[] credential) {
        long start = timing.nanoTime();
        long callDeadline = state.deadline;
        RawRequest raw = rawRequest(call, credential);
        Watchdog.Watch watch = watchdog.watch(raw, deadline, null);
        async.inFlight = watch;
        CompletableFuture<RawResponse> exchanged;
        try {
            exchanged = asyncExchange.execute(raw);
        } catch (RuntimeException e) {
            exchanged = CompletableFuture.failedFuture(e);
        }
        return exchanged.handle((response, thrown) -> {
            try {
                if (thrown != null) {
                    Throwable cause = unwrap(thrown);
                    if (cause instanceof RealtimeApiException foreign) {
                        return Attempt.<T>failed(foreign, 0, null, credential[2], false, timing.nanoTime() - start);
                    }
                    return Attempt.<T>failed(failureOf(call, cause, watch.reason(), deadline, callDeadline), 0, null,
                            credential[2], true, timing.nanoTime() - start);
                }
                Answer answer = reader.read(response, settings.maxResponseBytes(), call.operation.expectsBody(),
                        call.ephemeralKey);
                T value = decode(call, answer);
                return Attempt.succeeded(value, answer.status(), answer.requestId(), timing.nanoTime() - start);
            } catch (ApiStatusException e) {
                return Attempt.<T>failed(e, e.status(), e.requestId(), credential[2], true, timing.nanoTime() - start);
            } catch (ResponseFormatException e) {
                return Attempt.<T>failed(e, e.status(), e.requestId(), credential[2], true, timing.nanoTime() - start);
            } catch (RealtimeApiException e) {
                return Attempt.<T>failed(e, 0, null, credential[2], true, timing.nanoTime() - start);
            } catch (IOException | RuntimeException e) {
                return Attempt.<T>failed(failureOf(call, e, watch.reason(), deadline, callDeadline), 0, null,
                        credential[2], true, timing.nanoTime() - start);
            } finally {
                watch.close();
            }
        });
    }

    /**
     * What to do after an attempt: it succeeded, or retry after {@code delay} (zero: at once), or end with
     * {@code failure}.
     */
    private record Decision(boolean done, Duration delay, RealtimeApiException failure, boolean ours) {

        static final Decision DONE = new Decision(true, null, null, true);

        static Decision retry(Duration delay) {
            return new Decision(false, delay, null, true);
        }

        static Decision fail(RealtimeApiException failure, boolean ours) {
            return new Decision(false, null, failure, ours);
        }
    }

    private <T> Decision decide(Prepared<?, T> call, State state, Attempt<T> attempt) {
        if (attempt.failure == null) {
            tellAttempt(call, state, attempt, null);
            log(call, state.attempt, attempt, null);
            end(call, state, null, true);
            return Decision.DONE;
        }
        RealtimeApiException failure = attempt.failure;
        state.last = failure;
        if (attempt.ours && attempt.token != null && failure instanceof AuthenticationException && !state.refreshed) {
            // A bearer token the server refused: fetch a fresh one, once, and try again at once. If the fresh one is
            // refused too, that 401 surfaces: there is no second refresh.
            state.refreshed = true;
            tellAttempt(call, state, attempt, Duration.ZERO);
            log(call, state.attempt, attempt, Duration.ZERO);
            state.earlier.add(failure);
            // The fetch happens as the next attempt starts, on that attempt's thread: never on an I/O thread.
            state.refusedToken = attempt.token;
            return Decision.retry(Duration.ZERO);
        }
        Duration delay = attempt.ours ? retryDelay(call, state, failure) : null;
        tellAttempt(call, state, attempt, delay);
        log(call, state.attempt, attempt, delay);
        if (delay == null) {
            return Decision.fail(failure, attempt.ours);
        }
        state.retries++;
        state.earlier.add(failure);
        return Decision.retry(delay);
    }

    private Duration retryDelay(Prepared<?, ?> call, State state, RealtimeApiException failure) {
        if (state.retries >= call.maxRetries || closed.get() || !Retries.isRetryable(failure)) {
            return null;
        }
        Duration delay = Retries.delayBefore(state.retries + 1, failure, settings.retryPolicy(), timing.random());
        if (delay == null) {
            return null;
        }
        long remaining = state.deadline - timing.nanoTime();
        // A wait that would end past the call's deadline is not started: the failure surfaces now.
        return Retries.saturatedNanos(delay) < remaining ? delay : null;
    }

    private long attemptDeadline(Prepared<?, ?> call, State state) {
        long attemptEnd = saturatedAdd(timing.nanoTime(), call.attemptTimeoutNanos);
        return attemptEnd - state.deadline < 0 ? attemptEnd : state.deadline;
    }

    private boolean waitBeforeRetry(Duration delay) {
        long end = saturatedAdd(timing.nanoTime(), Retries.saturatedNanos(delay));
        synchronized (closeMonitor) {
            while (!closed.get()) {
                long remaining = end - timing.nanoTime();
                if (remaining <= 0) {
                    return true;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(closeMonitor, remaining);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------------- failures

    private RealtimeApiException failureOf(
            Prepared<?, ?> call, Throwable failure, Watchdog.Reason reason, long deadline, long callDeadline) {
        Throwable cause = redactor.safeCause(failure);
        if (reason != null) {
            switch (reason) {
                case DEADLINE:
                    boolean whole = deadline == callDeadline;
                    return new ApiTimeoutException(call.target + " did not finish within "
                            + (whole ? "the call's deadline (callTimeout or RequestOptions.timeout)"
                                    : "the attempt's deadline of " + millis(call.attemptTimeoutNanos)
                                            + " ms (connectTimeout + responseTimeout)")
                            + " and was aborted", cause);
                case INTERRUPTED:
                    return cancelled(call, "the calling thread was interrupted (its interrupt flag stays set)", null, cause);
                case CANCELLED:
                    return cancelled(call, "the future was cancelled", null, cause);
                case CLOSED:
                    return cancelled(call, "the SessionCreator was closed", null, cause);
                default:
                    break;
            }
        }
        if (closed.get()) {
            return cancelled(call, "the SessionCreator was closed", null, cause);
        }
        return unexpected(call, failure, cause);
    }

    private RealtimeApiException unexpected(Prepared<?, ?> call, Throwable failure, Throwable safeCause) {
        Throwable cause = safeCause == null ? redactor.safeCause(failure) : safeCause;
        String what = failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + redactor.forMessage(failure.getMessage(), 300));
        if (failure instanceof RealtimeApiException already) {
            return already;
        }
        if (failure instanceof CancellationException || (failure instanceof InterruptedIOException
                && Thread.currentThread().isInterrupted())) {
            return cancelled(call, "the exchange was cancelled (" + what + ")", null, cause);
        }
        if (isTimeout(failure)) {
            return new ApiTimeoutException(call.target + " timed out (" + what + ")", cause);
        }
        if (failure instanceof IOException) {
            return new ApiConnectionException(call.target + " failed without a complete answer (" + what + ")", cause);
        }
        // A transport that broke its contract (threw something other than IOException): still a typed failure.
        return new ApiConnectionException(call.target + " failed in the " + transport + " transport (" + what + ")",
                cause);
    }

    private ApiCancelledException cancelled(
            Prepared<?, ?> call, String why, RealtimeApiException earlier, Throwable cause) {
        return new ApiCancelledException(call.target + " was abandoned: " + why, earlier != null ? earlier : cause);
    }

    private ApiCancelledException closedWhileWaiting(Prepared<?, ?> call, RealtimeApiException earlier) {
        return cancelled(call, earlier == null
                ? "the SessionCreator was closed"
                : "the SessionCreator was closed while the call waited to retry after " + earlier.getClass().getSimpleName(),
                earlier, null);
    }

    private static boolean isTimeout(Throwable failure) {
        if (failure instanceof InterruptedIOException) {
            return true;
        }
        // Matched by name: an instanceof would make this jar need the java.net.http module on the module path.
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            String name = type.getName();
            if (name.equals("java.net.http.HttpTimeoutException") || name.endsWith(".ConnectTimeoutException")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    // ------------------------------------------------------------------------------------------------- the end

    /** Ends a call: the failure surfaces with its attempts and the earlier failures; the listener hears of it. */
    private RealtimeApiException end(Prepared<?, ?> call, State state, RealtimeApiException failure, boolean ours) {
        if (failure != null && ours) {
            ExceptionAccess.setAttempts(failure, Math.max(1, state.attempt));
            for (RealtimeApiException previous : state.earlier) {
                if (previous != failure && previous != failure.getCause()) {
                    failure.addSuppressed(previous);
                }
            }
        }
        int status = failure instanceof ApiStatusException s ? s.status() : (failure == null ? state.lastStatus : 0);
        String requestId = failure instanceof ApiStatusException s ? s.requestId() : state.lastRequestId;
        if (state.observer == RequestObserver.NONE) {
            return failure;
        }
        RequestResult result = new RequestResult(call.operation.endpoint(), transport, Math.max(1, state.attempt),
                status, Outcome.of(failure), Duration.ofNanos(timing.nanoTime() - state.start), requestId, failure);
        try {
            state.observer.requestFinished(result);
        } catch (RuntimeException e) {
            LOG.warn("the request listener failed on requestFinished; ignored ({})", e.getClass().getName());
        }
        return failure;
    }

    private RequestObserver observe(Prepared<?, ?> call, boolean async) {
        if (settings.listener() == RequestListener.NONE) {
            // Nobody listens: no event objects on every call.
            return RequestObserver.NONE;
        }
        try {
            RequestObserver observer = settings.listener().requestStarted(
                    new RequestStart(call.operation.endpoint(), transport, async));
            return observer == null ? RequestObserver.NONE : observer;
        } catch (RuntimeException e) {
            LOG.warn("the request listener failed on requestStarted; ignored ({})", e.getClass().getName());
            return RequestObserver.NONE;
        }
    }

    private void tellAttempt(Prepared<?, ?> call, State state, Attempt<?> attempt, Duration delay) {
        state.lastStatus = attempt.status;
        state.lastRequestId = attempt.requestId;
        if (state.observer == RequestObserver.NONE) {
            return;
        }
        try {
            state.observer.attemptFinished(new AttemptInfo(call.operation.endpoint(), transport, state.attempt,
                    attempt.status, Outcome.of(attempt.failure), Duration.ofNanos(attempt.nanos), attempt.requestId,
                    delay));
        } catch (RuntimeException e) {
            LOG.warn("the request listener failed on attemptFinished; ignored ({})", e.getClass().getName());
        }
    }

    private void log(Prepared<?, ?> call, int attempt, Attempt<?> result, Duration delay) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        String path = call.operation.endpoint().pathTemplate();
        long ms = result.nanos / 1_000_000;
        String id = result.requestId == null ? "" : " [request id " + MessageText.sanitize(result.requestId, 200) + "]";
        if (result.failure == null) {
            LOG.debug("POST {} via {} attempt {} -> HTTP {} in {} ms{}", path, transport, attempt, result.status, ms, id);
        } else if (delay == null) {
            LOG.debug("POST {} via {} attempt {} failed in {} ms{}: {}", path, transport, attempt, ms, id,
                    result.failure.getClass().getSimpleName());
        } else {
            LOG.debug("POST {} via {} attempt {} failed in {} ms{}: {}; retrying in {} ms", path, transport, attempt,
                    ms, id, result.failure.getClass().getSimpleName(), delay.toMillis());
        }
    }

    // ------------------------------------------------------------------------------------------------- closing

    /**
     * Closes the pipeline: running calls are aborted and calls waiting to retry end at once, each with an
     * {@link ApiCancelledException} carrying its earlier failure; the scheduler and an owned executor stop.
     * Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        synchronized (closeMonitor) {
            closeMonitor.notifyAll();
        }
        watchdog.abortAll(Watchdog.Reason.CLOSED);
        for (AsyncCall<?> call : asyncCalls) {
            call.closeNow();
        }
        scheduler.shutdownNow();
        if (ownedExecutor != null) {
            ownedExecutor.shutdownNow();
        }
        synchronized (closeMonitor) {
            if (ownedTokenExecutor != null) {
                ownedTokenExecutor.shutdownNow();
            }
        }
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Time and randomness, injectable for tests. */
    public interface Timing {

        /** The system's clock, {@link System#nanoTime()} and a thread-local random source. */
        Timing SYSTEM = new Timing() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public Clock clock() {
                return Clock.systemUTC();
            }

            @Override
            public RandomGenerator random() {
                return ThreadLocalRandom.current();
            }
        };

        /**
         * Returns a monotonic time in nanoseconds.
         *
         * @return the time
         */
        long nanoTime();

        /**
         * Returns the clock HTTP-dates and token expiries are measured against.
         *
         * @return the clock
         */
        Clock clock();

        /**
         * Returns the source of retry jitter.
         *
         * @return a source safe to use on the calling thread
         */
        RandomGenerator random();
    }

    /** A call checked, encoded and ready to send. */
    private record Prepared<R, T>(
            Operation<R, T> operation,
            URI uri,
            Operation.Body body,
            RequestOptions options,
            long timeoutNanos,
            long attemptTimeoutNanos,
            Duration responseTimeout,
            int maxRetries,
            String ephemeralKey,
            String safetyIdentifier,
            String target) {}

    /** What happens over the attempts of one call. */
    private static final class State {
        final long start;
        final long deadline;
        final RequestObserver observer;
        final List<RealtimeApiException> earlier = new ArrayList<>(2);
        int attempt;
        int retries;
        boolean refreshed;
        /** The bearer token the server refused with a 401: the next attempt fetches a fresh one first. */
        String refusedToken;
        RealtimeApiException last;
        int lastStatus;
        String lastRequestId;

        State(long start, long timeoutNanos, RequestObserver observer) {
            this.start = start;
            this.deadline = saturatedAdd(start, timeoutNanos);
            this.observer = observer;
        }
    }

    /** One attempt's outcome. */
    private static final class Attempt<T> {
        final T value;
        final RealtimeApiException failure;
        final int status;
        final String requestId;
        final String token;
        final boolean ours;
        final long nanos;

        private Attempt(T value, RealtimeApiException failure, int status, String requestId, String token, boolean ours,
                long nanos) {
            this.value = value;
            this.failure = failure;
            this.status = status;
            this.requestId = requestId;
            this.token = token;
            this.ours = ours;
            this.nanos = nanos;
        }

        static <T> Attempt<T> succeeded(T value, int status, String requestId, long nanos) {
            return new Attempt<>(value, null, status, requestId, null, true, nanos);
        }

        static <T> Attempt<T> failed(
                RealtimeApiException failure, int status, String requestId, String token, boolean ours, long nanos) {
            return new Attempt<>(null, failure, status, requestId, token, ours, nanos);
        }
    }
}
