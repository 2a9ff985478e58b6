package io.github.realtimesessions.testkit;

import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.model.ClientSecret;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.InvalidRequestException;
import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.model.RealtimeSession;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.ResponseMetadata;
import io.github.realtimesessions.model.TranslationClientSecretRequest;
import io.github.realtimesessions.model.TranslationClientSecretResponse;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateResponse;
import io.github.realtimesessions.model.beta.internal.BetaSchemas;
import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.model.internal.WireType;
import io.github.realtimesessions.port.ApiCancelledException;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.AsyncSessionCreator;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.Endpoint;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.transport.core.internal.WireCodec;
import io.github.realtimesessions.transport.core.internal.WireFormatException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A fake {@link SessionCreator} for tests: no network, no API key, and it answers every endpoint the way the real GA
 * API does.
 *
 * <h2>What it answers</h2>
 * Unless scripted, a call is answered as the API answers it (the shapes and defaults of the recorded answer in the
 * spec's captures):
 * <ul>
 *   <li>{@link #createClientSecret}: a fresh secret {@code ek_} + 32 hex digits expiring at the clock's time (whole
 *       seconds) plus {@code expires_after.seconds} (default 600), and the session: {@code type}/{@code object}
 *       {@code realtime}/{@code realtime.session}, an id {@code sess_...}, every setting of the request echoed and the
 *       API's defaults for the rest (model {@code gpt-realtime}, {@code output_modalities [audio]}, {@code tools []},
 *       {@code tool_choice auto}, {@code max_output_tokens "inf"}, {@code truncation auto}, input and output format
 *       PCM 24 kHz, server VAD with threshold 0.5, prefix padding 300 ms, silence 200 ms, create and interrupt
 *       response on, voice {@code alloy}, speed 1.0), JSON {@code null} for every feature that is off
 *       ({@code tracing}, {@code prompt}, {@code include}, {@code transcription}, {@code noise_reduction},
 *       {@code idle_timeout_ms}), and {@code expires_at} 0 on the session (none). A transcription session gets object
 *       {@code realtime.transcription_session} and the secret's expiry;</li>
 *   <li>{@link #createTranslationClientSecret}: the same secret, and a translation session expiring with it;</li>
 *   <li>{@link #createCall}: {@code 201} with an SDP answer derived from the offer (same media sections and mids,
 *       {@code a=setup:active}, fresh ICE credentials and fingerprint) and {@code Location:
 *       /v1/realtime/calls/rtc_<hex>}; with an ephemeral key, the key must be one this fake issued and still valid
 *       (else {@code 401});</li>
 *   <li>{@link #hangUp}: recorded; a call id this fake never created, or hung up already, is a
 *       {@link io.github.realtimesessions.port.NotFoundException} ({@code 404 invalid_request_error}), as the API
 *       answers;</li>
 *   <li>the deprecated {@link #create}: the beta session with its secret (or, with
 *       {@link Builder#betaRetired(boolean)}, the {@code 400 beta_api_shape_disabled} the real API answers today).</li>
 * </ul>
 * Requests are checked as the API checks them before anything else: a field the GA schema does not have (say
 * {@code session.temperature}, or a {@code model} in a transcription session, sent through the model's extra fields)
 * is a {@link io.github.realtimesessions.port.BadRequestException} with code {@code unknown_parameter} and the field's
 * JSON path as {@code param}. Every answer carries {@link ResponseMetadata} like the API's (status,
 * {@code x-request-id: req_...}, {@code openai-version}, {@code openai-processing-ms}, {@code x-ratelimit-*}).
 *
 * <h2>Scripting, per endpoint</h2>
 * Each endpoint has a {@link Stub}: {@link #clientSecrets()}, {@link #translationClientSecrets()}, {@link #calls()},
 * {@link #hangUps()}, {@link #betaSessions()}. {@code answerNext}, {@code failNext} and {@code delayNext} queue what
 * the next calls of that endpoint do, first in, first out. The fake's own {@link #failNext(ApiError)} (and friends)
 * queue failures for the next call of any endpoint; an endpoint's own scripts come first. Failures are the
 * exceptions the transports throw: {@link Stub#failNext(ApiError)} throws the {@link ApiStatusException} subtype for
 * the status, with a request id like a real answer. A strict fake ({@link Builder#strict(boolean)}) fails a call
 * nobody scripted with an {@link AssertionError} naming the call, instead of answering it.
 *
 * <h2>Time, delays and asynchronous calls</h2>
 * Secrets are dated by the {@link Builder#clock(Clock)}. {@link Stub#delayNext(Duration)} makes the next call answer
 * after a delay, measured by the {@link Builder#scheduler(ScheduledExecutorService) scheduler} (a test can pass its
 * own, manually driven one: no call ever sleeps): a blocking call waits for it (interruptible: an interrupt ends the
 * call with {@link ApiCancelledException}, the flag kept), a call whose delay outlasts its deadline
 * ({@link RequestOptions#timeout()}, else {@link Builder#callTimeout(Duration)}) fails with
 * {@link ApiTimeoutException} at the deadline. {@link #async()} offers every call as a {@code CompletableFuture} that
 * completes on the {@link Builder#executor(Executor) executor} (by default on the thread that finishes the call: the
 * calling thread, or the scheduler's for a delayed call); cancelling it cancels a pending delay.
 * {@link #close()} ends pending calls with {@link ApiCancelledException} and refuses new ones with
 * {@link IllegalStateException}, like every {@code SessionCreator}; verification keeps working.
 *
 * <h2>Random failures (chaos)</h2>
 * {@link Builder#failureRate(double, ApiError)} fails a share of the calls no script covers, drawn from a random source
 * seeded by {@link Builder#seed(long)}: the same calls in the same order fail the same way.
 *
 * <h2>Recording and verification</h2>
 * Per endpoint: {@link Stub#requests()}, {@link Stub#lastRequest()}, {@link Stub#options()},
 * {@link Stub#responses()}, {@link Stub#verifyCalled(int)}. Overall: {@link #callCount()},
 * {@link #verifyNoMoreScripts()}, {@link #issuedSecrets()}, {@link #isValid(String)}, {@link #activeCalls()},
 * {@link #hungUpCalls()}.
 *
 * <p>Thread-safe. With a fixed clock and seed, the same calls in the same order give the same ids and secrets.
 */
@SuppressWarnings("deprecation")
public final class InMemorySessionCreator implements SessionCreator {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String HEX = "0123456789abcdef";
    private static final long CHAOS_SALT = 0x6368616f73L;
    private static final WireCodec CODEC = WireCodec.instance();

    private final Object lock = new Object();
    private final Clock clock;
    private final Random random;
    private final boolean strict;
    private final double failureRate;
    private final Supplier<? extends RealtimeApiException> injectedFailure;
    private final ApiError injectedError;
    private final Random chaos;
    private final Executor executor;
    private final ScheduledExecutorService givenScheduler;
    private final Duration callTimeout;
    private final boolean betaRetired;
    private final AsyncSessionCreator async = new AsyncView();

    private final Stub<ClientSecretRequest, ClientSecretResponse> clientSecrets;
    private final Stub<TranslationClientSecretRequest, TranslationClientSecretResponse> translations;
    private final Stub<CallRequest, RealtimeCall> calls;
    private final Stub<String, Void> hangUps;
    private final Stub<RealtimeSessionCreateRequest, RealtimeSessionCreateResponse> betaSessions;

    // Guarded by lock.
    private final Deque<Script<Object, Object>> anyEndpoint = new ArrayDeque<>();
    private final List<ClientSecret> issuedSecrets = new ArrayList<>();
    private final Set<String> minted = new HashSet<>();
    private final Map<String, Boolean> callsById = new LinkedHashMap<>();
    private final List<String> hungUp = new ArrayList<>();
    private final Set<Pending<?>> pending = new LinkedHashSet<>();
    private ScheduledExecutorService ownedScheduler;
    private int totalCalls;
    private int injectedFailures;
    private boolean closed;

    private InMemorySessionCreator(Builder builder) {
        this.clock = builder.clock;
        this.random = new Random(builder.seed);
        this.strict = builder.strict;
        this.failureRate = builder.failureRate;
        this.injectedFailure = builder.injectedFailure;
        this.injectedError = builder.injectedError;
        // A source of its own, so that switching failures on does not change the ids and secrets that are minted.
        this.chaos = new Random(Long.rotateLeft(builder.seed, 29) ^ CHAOS_SALT);
        this.executor = builder.executor;
        this.givenScheduler = builder.scheduler;
        this.callTimeout = builder.callTimeout;
        this.betaRetired = builder.betaRetired;
        this.clientSecrets = new Stub<>(Endpoint.CLIENT_SECRETS, this::answerClientSecret);
        this.translations = new Stub<>(Endpoint.TRANSLATION_CLIENT_SECRETS, this::answerTranslation);
        this.calls = new Stub<>(Endpoint.CALLS, this::answerCall);
        this.hangUps = new Stub<>(Endpoint.HANGUP, this::answerHangUp);
        this.betaSessions = new Stub<>(Endpoint.SESSIONS, this::answerBeta);
    }

    /**
     * Creates a lenient fake on the system UTC clock with a random seed.
     *
     * @return a new fake
     */
    public static InMemorySessionCreator create() {
        return builder().build();
    }

    /**
     * Returns a builder, to fix the clock or seed, make the fake strict, or set executors.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    // ------------------------------------------------------------------------------------------------- the port

    @Override
    public ClientSecretResponse createClientSecret(ClientSecretRequest request, RequestOptions options) {
        return callBlocking(clientSecrets, request, options);
    }

    @Override
    public TranslationClientSecretResponse createTranslationClientSecret(
            TranslationClientSecretRequest request, RequestOptions options) {
        return callBlocking(translations, request, options);
    }

    @Override
    public RealtimeCall createCall(CallRequest request, RequestOptions options) {
        return callBlocking(calls, request, options);
    }

    @Override
    public void hangUp(String callId, RequestOptions options) {
        callBlocking(hangUps, checkCallId(callId), options);
    }

    @Override
    @Deprecated(since = "0.1.0")
    public RealtimeSessionCreateResponse create(RealtimeSessionCreateRequest request, RequestOptions options) {
        return callBlocking(betaSessions, request, options);
    }

    @Override
    public AsyncSessionCreator async() {
        return async;
    }

    /**
     * Ends calls still waiting out a scripted delay with {@link ApiCancelledException}, stops the scheduler thread
     * the fake started (never one handed in), and refuses later calls with {@link IllegalStateException}. Recording,
     * verification and scripting keep working. Idempotent.
     */
    @Override
    public void close() {
        List<Pending<?>> cancelled;
        ScheduledExecutorService owned;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            cancelled = new ArrayList<>(pending);
            pending.clear();
            owned = ownedScheduler;
        }
        for (Pending<?> call : cancelled) {
            call.cancel(new ApiCancelledException(call.target + " was abandoned: the SessionCreator was closed", null));
        }
        if (owned != null) {
            owned.shutdownNow();
        }
    }

    /**
     * Tells whether {@link #close()} ran.
     *
     * @return {@code true} once closed
     */
    public boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    // ------------------------------------------------------------------------------------------------- endpoints

    /**
     * Returns the script and the record of {@code POST /v1/realtime/client_secrets}.
     *
     * @return the endpoint's stub
     */
    public Stub<ClientSecretRequest, ClientSecretResponse> clientSecrets() {
        return clientSecrets;
    }

    /**
     * Returns the script and the record of {@code POST /v1/realtime/translations/client_secrets}.
     *
     * @return the endpoint's stub
     */
    public Stub<TranslationClientSecretRequest, TranslationClientSecretResponse> translationClientSecrets() {
        return translations;
    }

    /**
     * Returns the script and the record of {@code POST /v1/realtime/calls}.
     *
     * @return the endpoint's stub
     */
    public Stub<CallRequest, RealtimeCall> calls() {
        return calls;
    }

    /**
     * Returns the script and the record of {@code POST /v1/realtime/calls/{call_id}/hangup}; its requests are the call
     * ids, its answers {@code null}.
     *
     * @return the endpoint's stub
     */
    public Stub<String, Void> hangUps() {
        return hangUps;
    }

    /**
     * Returns the script and the record of the retired beta {@code POST /v1/realtime/sessions}.
     *
     * @return the endpoint's stub
     */
    public Stub<RealtimeSessionCreateRequest, RealtimeSessionCreateResponse> betaSessions() {
        return betaSessions;
    }

    /**
     * Returns the stub of an endpoint.
     *
     * @param endpoint the endpoint
     * @return its stub
     */
    public Stub<?, ?> stub(Endpoint endpoint) {
        return switch (Objects.requireNonNull(endpoint, "endpoint")) {
            case CLIENT_SECRETS -> clientSecrets;
            case TRANSLATION_CLIENT_SECRETS -> translations;
            case CALLS -> calls;
            case HANGUP -> hangUps;
            case SESSIONS -> betaSessions;
        };
    }

    // ------------------------------------------------------------------------------------------- any endpoint

    /**
     * Queues a failure for the next call of any endpoint that its own scripts do not cover: throws
     * {@link ApiStatusException#of(ApiError)} with a request id {@code req_...} added when the error has none.
     *
     * @param error the error answer
     * @return this fake
     */
    public InMemorySessionCreator failNext(ApiError error) {
        return failNext(1, error);
    }

    /**
     * Queues a failure for the next call of any endpoint, as if the API answered with the status and an OpenAI error
     * body.
     *
     * @param status the HTTP status, e.g. 429
     * @param type the OpenAI error type, or {@code null}
     * @param code the OpenAI error code, or {@code null}
     * @param message the error message, or {@code null}
     * @return this fake
     */
    public InMemorySessionCreator failNext(int status, String type, String code, String message) {
        return failNext(ApiError.of(status, type, code, message));
    }

    /**
     * Queues {@code times} failures for the next calls of any endpoint, each a fresh exception with a fresh request
     * id; useful to exhaust retries behind a {@link FakeRealtimeServer}.
     *
     * @param times how many calls fail, at least 1
     * @param error the error answer
     * @return this fake
     */
    public InMemorySessionCreator failNext(int times, ApiError error) {
        Objects.requireNonNull(error, "error");
        checkTimes(times);
        synchronized (lock) {
            for (int i = 0; i < times; i++) {
                anyEndpoint.addLast(Script.failure(() -> ApiStatusException.of(completed(error)), describe(error)));
            }
        }
        return this;
    }

    /**
     * Queues a failure for the next call of any endpoint: throws the given exception (the same instance).
     *
     * @param exception what to throw, e.g. an {@link io.github.realtimesessions.port.ApiConnectionException}
     * @return this fake
     */
    public InMemorySessionCreator failNext(RealtimeApiException exception) {
        Objects.requireNonNull(exception, "exception");
        synchronized (lock) {
            anyEndpoint.addLast(Script.failure(() -> exception, "fail with " + exception.getClass().getSimpleName()));
        }
        return this;
    }

    // ------------------------------------------------------------------------------------------- defaults

    /**
     * Returns the answer the API gives to a client secret request, without recording anything; mints a new session id
     * and secret each time (the secret counts as issued only when a call returns it).
     *
     * @param request the request
     * @return a realistic answer
     */
    public ClientSecretResponse defaultAnswer(ClientSecretRequest request) {
        Objects.requireNonNull(request, "request");
        synchronized (lock) {
            return GaDefaults.clientSecret(request, sessionId(), newSecret(), now(), metadata(200, "application/json"));
        }
    }

    /**
     * Returns the answer the API gives to a translation client secret request, without recording anything.
     *
     * @param request the request
     * @return a realistic answer
     */
    public TranslationClientSecretResponse defaultAnswer(TranslationClientSecretRequest request) {
        Objects.requireNonNull(request, "request");
        synchronized (lock) {
            return GaDefaults.translation(request, sessionId(), newSecret(), now(), metadata(200, "application/json"));
        }
    }

    /**
     * Returns the answer the API gives to a call request (an SDP answer for the offer, a new call id), without
     * recording anything and without checking an ephemeral key.
     *
     * @param request the request
     * @return a realistic answer
     * @throws ApiStatusException 400 if the offer has no media section
     */
    public RealtimeCall defaultAnswer(CallRequest request) {
        Objects.requireNonNull(request, "request");
        synchronized (lock) {
            String sdp;
            try {
                sdp = SdpAnswers.answer(request.sdp(), random);
            } catch (IllegalArgumentException e) {
                throw ApiStatusException.of(completed(ApiError.builder(400).type(ApiErrors.INVALID_REQUEST)
                        .code("invalid_offer").param("sdp").message("Invalid SDP offer: " + e.getMessage() + ".")
                        .build()));
            }
            String callId = "rtc_" + randomText(HEX, 32);
            String location = "/v1/realtime/calls/" + callId;
            Map<String, List<String>> headers = baseHeaders("application/sdp");
            headers.put("location", List.of(location));
            return new RealtimeCall(callId, sdp, location, ResponseMetadata.of(201, headers));
        }
    }

    /**
     * Returns the answer the retired beta endpoint gave to a request, without recording anything.
     *
     * @param request the request
     * @return a realistic answer
     */
    public RealtimeSessionCreateResponse defaultAnswer(RealtimeSessionCreateRequest request) {
        Objects.requireNonNull(request, "request");
        synchronized (lock) {
            return BetaDefaults.answer(request, sessionId(), newSecret(), now(), metadata(200, "application/json"));
        }
    }

    /**
     * Returns the session the API would configure for a realtime session configuration (the session of a call, say).
     *
     * @param config the configuration
     * @return the session with the API's defaults filled in
     */
    public RealtimeSession defaultSession(RealtimeSessionConfig config) {
        Objects.requireNonNull(config, "config");
        synchronized (lock) {
            return GaDefaults.realtimeSession(config, sessionId());
        }
    }

    // ------------------------------------------------------------------------------------------- overall record

    /**
     * Returns how many calls were made, every endpoint and failed calls included.
     *
     * @return the number of calls
     */
    public int callCount() {
        synchronized (lock) {
            return totalCalls;
        }
    }

    /**
     * Waits until at least {@code count} calls have been made (of every endpoint, failed ones included), for code
     * under test that calls from another thread.
     *
     * @param count the number of calls to wait for
     * @param timeout how long to wait at most
     * @throws AssertionError if fewer calls were made in time
     */
    public void awaitCallCount(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (totalCalls < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("InMemorySessionCreator received " + totalCalls + " call(s) within "
                            + timeout + ", expected at least " + count);
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for calls", e);
                }
            }
        }
    }

    /**
     * Asserts that every scripted answer, failure and delay was used, of every endpoint.
     *
     * @throws AssertionError listing the unused scripts, if any are left
     */
    public void verifyNoMoreScripts() {
        synchronized (lock) {
            List<String> left = new ArrayList<>();
            for (Stub<?, ?> stub : List.of(clientSecrets, translations, calls, hangUps, betaSessions)) {
                for (Script<?, ?> script : stub.scripts) {
                    left.add(stub.endpoint.tag() + ": " + script.description());
                }
            }
            for (Script<?, ?> script : anyEndpoint) {
                left.add("any endpoint: " + script.description());
            }
            if (!left.isEmpty()) {
                throw new AssertionError(left.size() + " scripted call(s) of InMemorySessionCreator were never used: "
                        + left + " (calls received: " + totalCalls + ")");
            }
        }
    }

    /**
     * Returns how many scripted answers, failures and delays are still queued, of every endpoint.
     *
     * @return the number of unused scripts
     */
    public int pendingScripts() {
        synchronized (lock) {
            int count = anyEndpoint.size();
            for (Stub<?, ?> stub : List.of(clientSecrets, translations, calls, hangUps, betaSessions)) {
                count += stub.scripts.size();
            }
            return count;
        }
    }

    /**
     * Returns the client secrets handed out by successful calls of every minting endpoint, oldest first;
     * {@code toString()} of each redacts the value.
     *
     * @return an unmodifiable snapshot
     */
    public List<ClientSecret> issuedSecrets() {
        synchronized (lock) {
            return List.copyOf(issuedSecrets);
        }
    }

    /**
     * Tells whether a secret was handed out by this fake and has not expired at the clock's current time.
     *
     * @param secretValue the {@code ek_...} value, e.g. what your code passed on to a browser
     * @return {@code true} if issued here and still valid
     */
    public boolean isValid(String secretValue) {
        if (secretValue == null) {
            return false;
        }
        synchronized (lock) {
            for (ClientSecret secret : issuedSecrets) {
                if (secret.value().equals(secretValue)) {
                    return !secret.isExpired(clock);
                }
            }
            return false;
        }
    }

    /**
     * Returns the ids of the calls created and not hung up, oldest first.
     *
     * @return an unmodifiable snapshot
     */
    public List<String> activeCalls() {
        synchronized (lock) {
            return callsById.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
        }
    }

    /**
     * Returns the ids of the calls hung up successfully, in the order they were hung up.
     *
     * @return an unmodifiable snapshot
     */
    public List<String> hungUpCalls() {
        synchronized (lock) {
            return List.copyOf(hungUp);
        }
    }

    /**
     * Returns how many calls failed because of the {@linkplain Builder#failureRate(double, ApiError) failure rate}.
     *
     * @return the number of injected failures
     */
    public int injectedFailures() {
        synchronized (lock) {
            return injectedFailures;
        }
    }

    /**
     * Returns the share of unscripted calls that fail at random.
     *
     * @return the rate, 0 when random failures are off
     */
    public double failureRate() {
        return failureRate;
    }

    /**
     * Returns the clock this fake reads.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Tells whether unscripted calls fail the test.
     *
     * @return {@code true} if strict
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Forgets the scripts and everything recorded (requests, answers, issued secrets, calls, injected failures), so a
     * fake shared by a long test run does not grow without bound. Secrets minted afterwards still differ from every
     * earlier one.
     */
    public void reset() {
        synchronized (lock) {
            anyEndpoint.clear();
            for (Stub<?, ?> stub : List.of(clientSecrets, translations, calls, hangUps, betaSessions)) {
                stub.clear();
            }
            issuedSecrets.clear();
            callsById.clear();
            hungUp.clear();
            totalCalls = 0;
            injectedFailures = 0;
        }
    }

    @Override
    public String toString() {
        synchronized (lock) {
            return "InMemorySessionCreator[strict=" + strict + ", calls=" + totalCalls + ", pendingScripts="
                    + pendingScripts() + (failureRate > 0 ? ", failureRate=" + failureRate : "") + ", clock=" + clock
                    + (closed ? ", closed" : "") + "]";
        }
    }

    // ------------------------------------------------------------------------------------------- the machinery

    /** Runs a blocking call. */
    private <R, T> T callBlocking(Stub<R, T> stub, R request, RequestOptions options) {
        return callBlocking(stub, request, options, false);
    }

    /**
     * Answers a request {@link FakeRealtimeServer} has decoded strictly already, so it is not checked twice; otherwise
     * exactly a blocking call.
     */
    <R, T> T answerDecoded(Stub<R, T> stub, R request) {
        return callBlocking(stub, request, RequestOptions.defaults(), true);
    }

    private <R, T> T callBlocking(Stub<R, T> stub, R request, RequestOptions options, boolean decoded) {
        Planned<R, T> plan = plan(stub, request, options, decoded);
        if (plan.delay == null) {
            return plan.produce();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        scheduleDelayed(plan, result, Runnable::run);
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(false);
            Thread.currentThread().interrupt();
            throw new ApiCancelledException(plan.target + " was abandoned: the calling thread was interrupted (its"
                    + " interrupt flag stays set)", null);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (CancellationException e) {
            throw new ApiCancelledException(plan.target + " was abandoned: the call was cancelled", null);
        }
    }

    /** Runs an asynchronous call; arguments and a closed fake are refused on the calling thread. */
    private <R, T> CompletableFuture<T> callAsync(Stub<R, T> stub, R request, RequestOptions options) {
        Planned<R, T> plan = plan(stub, request, options, false);
        CompletableFuture<T> result = new CompletableFuture<>();
        if (plan.delay == null) {
            try {
                T value = plan.produce();
                executeOrRun(() -> result.complete(value));
            } catch (RuntimeException e) {
                executeOrRun(() -> result.completeExceptionally(e));
            }
            return result;
        }
        scheduleDelayed(plan, result, executor);
        return result;
    }

    private void executeOrRun(Runnable task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            task.run();
        }
    }

    /**
     * Checks, records and decides a call: validation like the API's, then the endpoint's next script, the next script
     * for any endpoint, a random failure, or the default answer (strict: an {@link AssertionError}).
     */
    private <R, T> Planned<R, T> plan(Stub<R, T> stub, R request, RequestOptions options, boolean decoded) {
        Objects.requireNonNull(request, "request must not be null");
        Objects.requireNonNull(options, "options must not be null");
        String target = stub.endpoint.method() + " /v1" + stub.endpoint.pathTemplate();
        ApiError invalid = decoded && stub.endpoint != Endpoint.SESSIONS ? null : validate(stub.endpoint, request);
        Script<R, T> script;
        int call;
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("this InMemorySessionCreator is closed");
            }
            stub.requests.add(request);
            stub.options.add(options);
            totalCalls++;
            lock.notifyAll();
            call = stub.requests.size();
            if (invalid != null) {
                script = Script.failure(() -> ApiStatusException.of(completed(invalid)), "invalid request");
            } else {
                script = stub.scripts.pollFirst();
                if (script == null) {
                    script = castAny(anyEndpoint.pollFirst());
                }
                if (script == null && failureRate > 0 && chaos.nextDouble() < failureRate) {
                    injectedFailures++;
                    String requestId = "req_" + randomText(chaos, HEX, 32);
                    script = Script.failure(() -> injected(requestId), "injected failure");
                }
            }
        }
        if (script == null && strict) {
            throw new AssertionError("InMemorySessionCreator is strict and call #" + call + " of " + target
                    + " was not scripted: " + request + ". Script it with " + stub.endpoint.tag()
                    + "-stub answerNext(...), failNext(...) or delayNext(...), or build the fake with strict(false)"
                    + " to answer like the API.");
        }
        Duration delay = script == null ? null : script.delay();
        Duration timeout = options.timeout() != null ? options.timeout() : callTimeout;
        return new Planned<>(stub, request, script, delay, timeout, target);
    }

    private RealtimeApiException injected(String requestId) {
        if (injectedError != null) {
            ApiError error = injectedError.requestId() != null
                    ? injectedError : completed(injectedError.toBuilder().requestId(requestId).build());
            return ApiStatusException.of(error);
        }
        RealtimeApiException failure = injectedFailure.get();
        if (failure == null) {
            throw new IllegalStateException("the failure supplier of InMemorySessionCreator returned null");
        }
        return failure;
    }

    @SuppressWarnings("unchecked")
    private static <R, T> Script<R, T> castAny(Script<Object, Object> script) {
        return (Script<R, T>) (Script<?, ?>) script;
    }

    private <R, T> void scheduleDelayed(Planned<R, T> plan, CompletableFuture<T> result, Executor completion) {
        Pending<T> call = new Pending<>(plan.target, result);
        boolean timesOut = plan.timeout.compareTo(plan.delay) < 0;
        Duration wait = timesOut ? plan.timeout : plan.delay;
        Runnable finish = () -> {
            if (result.isDone()) {
                return;
            }
            Runnable complete;
            if (timesOut) {
                ApiTimeoutException timeout = new ApiTimeoutException(plan.target + " did not finish within the call's"
                        + " deadline of " + plan.timeout.toMillis() + " ms (the scripted delay is "
                        + plan.delay.toMillis() + " ms)", null);
                complete = () -> result.completeExceptionally(timeout);
            } else {
                try {
                    T value = plan.produce();
                    complete = () -> result.complete(value);
                } catch (RuntimeException | Error e) {
                    complete = () -> result.completeExceptionally(e);
                }
            }
            try {
                completion.execute(complete);
            } catch (RejectedExecutionException e) {
                complete.run();
            }
        };
        synchronized (lock) {
            if (closed) {
                result.completeExceptionally(
                        new ApiCancelledException(plan.target + " was abandoned: the SessionCreator was closed", null));
                return;
            }
            pending.add(call);
            try {
                call.task = scheduler().schedule(finish, wait.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                pending.remove(call);
                result.completeExceptionally(new ApiCancelledException(
                        plan.target + " was abandoned: the scheduler refused the delay", e));
                return;
            }
        }
        result.whenComplete((value, failure) -> {
            synchronized (lock) {
                pending.remove(call);
            }
            ScheduledFuture<?> task = call.task;
            if (result.isCancelled() && task != null) {
                task.cancel(false);
            }
        });
    }

    private ScheduledExecutorService scheduler() {
        if (givenScheduler != null) {
            return givenScheduler;
        }
        if (ownedScheduler == null) {
            ScheduledThreadPoolExecutor owned = new ScheduledThreadPoolExecutor(1, task -> {
                Thread thread = new Thread(task, "in-memory-session-creator-delays");
                thread.setDaemon(true);
                return thread;
            });
            owned.setRemoveOnCancelPolicy(true);
            ownedScheduler = owned;
        }
        return ownedScheduler;
    }

    private static RuntimeException rethrow(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("a scripted answer of InMemorySessionCreator failed", cause);
    }

    /** Checks a request as the API decodes it: strictly, so a field the GA schema lacks is an error. */
    private ApiError validate(Endpoint endpoint, Object request) {
        try {
            switch (endpoint) {
                case CLIENT_SECRETS -> roundTrip(Schemas.CLIENT_SECRET_REQUEST, (ClientSecretRequest) request);
                case TRANSLATION_CLIENT_SECRETS ->
                        roundTrip(Schemas.TRANSLATION_CLIENT_SECRET_REQUEST, (TranslationClientSecretRequest) request);
                case CALLS -> {
                    RealtimeSessionConfig session = ((CallRequest) request).session();
                    if (session != null) {
                        try {
                            roundTrip(Schemas.REALTIME_SESSION_CONFIG, session);
                        } catch (WireFormatException e) {
                            throw new WireFormatException(e.field() == null ? "session" : "session." + e.field(),
                                    e.detail(), null);
                        }
                    }
                }
                case SESSIONS -> {
                    if (betaRetired) {
                        return ApiErrors.betaShapeDisabled().build();
                    }
                    roundTrip(BetaSchemas.SESSION_REQUEST, (RealtimeSessionCreateRequest) request);
                }
                case HANGUP -> {
                    // The call id is checked against the calls made when the call is answered.
                }
            }
            return null;
        } catch (WireFormatException e) {
            return ApiErrors.fromWireFormat(e).build();
        } catch (InvalidRequestException e) {
            return ApiErrors.fromInvalidRequest(e).build();
        }
    }

    private static <T> void roundTrip(WireType<T, ?> type, T value) {
        CODEC.decodeRequest(type, CODEC.encode(type, value));
    }

    private ClientSecretResponse answerClientSecret(ClientSecretRequest request) {
        return defaultAnswer(request);
    }

    private TranslationClientSecretResponse answerTranslation(TranslationClientSecretRequest request) {
        return defaultAnswer(request);
    }

    private RealtimeCall answerCall(CallRequest request) {
        String key = request.ephemeralKey();
        if (key != null && !isValid(key)) {
            throw ApiStatusException.of(completed(ApiErrors.invalidApiKey(key).build()));
        }
        return defaultAnswer(request);
    }

    private Void answerHangUp(String callId) {
        synchronized (lock) {
            Boolean active = callsById.get(callId);
            if (active == null || !active) {
                throw ApiStatusException.of(completed(ApiErrors.callNotFound(callId).build()));
            }
        }
        return null;
    }

    private RealtimeSessionCreateResponse answerBeta(RealtimeSessionCreateRequest request) {
        return defaultAnswer(request);
    }

    /** Records what a successful answer hands out: secrets, calls, hangups. */
    private void recordAnswer(Endpoint endpoint, Object request, Object answer) {
        synchronized (lock) {
            if (answer instanceof ClientSecretResponse secret) {
                issue(secret.clientSecret());
            } else if (answer instanceof TranslationClientSecretResponse secret) {
                issue(secret.clientSecret());
            } else if (answer instanceof RealtimeSessionCreateResponse beta && beta.clientSecret() != null) {
                issue(beta.clientSecret());
            } else if (answer instanceof RealtimeCall call) {
                callsById.put(call.callId(), Boolean.TRUE);
            }
            if (endpoint == Endpoint.HANGUP) {
                String callId = (String) request;
                callsById.put(callId, Boolean.FALSE);
                hungUp.add(callId);
            }
        }
    }

    private void issue(ClientSecret secret) {
        issuedSecrets.add(secret);
        minted.add(secret.value());
    }

    private static String checkCallId(String callId) {
        if (callId == null) {
            throw new NullPointerException("callId must not be null");
        }
        if (!callId.matches("[A-Za-z0-9._~-]{1,256}")) {
            throw new IllegalArgumentException("callId must be one path segment of letters, digits and . _ ~ -, as"
                    + " the API's rtc_... ids are");
        }
        return callId;
    }

    /** An error as the API sends it: with a request id and the answer's headers. */
    private ApiError completed(ApiError error) {
        ApiError.Builder builder = error.toBuilder();
        String requestId = error.requestId();
        if (requestId == null) {
            synchronized (lock) {
                requestId = requestId();
            }
            builder.requestId(requestId);
        }
        if (error.metadata().headers().isEmpty()) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            headers.put("content-type", List.of("application/json"));
            headers.put("x-request-id", List.of(requestId));
            headers.put("openai-version", List.of("2020-10-01"));
            if (error.retryAfter() != null) {
                long millis = error.retryAfter().toMillis();
                headers.put("retry-after-ms", List.of(Long.toString(millis)));
                headers.put("retry-after", List.of(Long.toString((millis + 999) / 1000)));
            }
            if (error.shouldRetry() != null) {
                headers.put("x-should-retry", List.of(error.shouldRetry().toString()));
            }
            builder.metadata(ResponseMetadata.of(error.status(), headers));
        }
        return builder.build();
    }

    private static String describe(ApiError error) {
        return "fail with HTTP " + error.status() + (error.type() == null ? "" : " " + error.type())
                + (error.code() == null ? "" : "/" + error.code());
    }

    private static void checkTimes(int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1 (was " + times + ")");
        }
    }

    // Guarded by lock, like everything drawing from the seeded source.

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private String sessionId() {
        return "sess_" + randomText(ALPHANUMERIC, 21);
    }

    private String newSecret() {
        String secret;
        do {
            secret = "ek_" + randomText(HEX, 32);
        } while (minted.contains(secret));
        minted.add(secret);
        return secret;
    }

    private String requestId() {
        return "req_" + randomText(HEX, 32);
    }

    private ResponseMetadata metadata(int status, String contentType) {
        return ResponseMetadata.of(status, baseHeaders(contentType));
    }

    /** The headers of an answer as the API sends them (the capture's, plus the rate-limit headers). */
    private Map<String, List<String>> baseHeaders(String contentType) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("content-type", List.of(contentType));
        headers.put("x-request-id", List.of(requestId()));
        headers.put("openai-version", List.of("2020-10-01"));
        headers.put("openai-processing-ms", List.of(Integer.toString(40 + random.nextInt(160))));
        headers.put("x-ratelimit-limit-requests", List.of("5000"));
        headers.put("x-ratelimit-remaining-requests", List.of("4999"));
        headers.put("x-ratelimit-reset-requests", List.of("12ms"));
        headers.put("x-ratelimit-limit-tokens", List.of("800000"));
        headers.put("x-ratelimit-remaining-tokens", List.of("799500"));
        headers.put("x-ratelimit-reset-tokens", List.of("37ms"));
        return headers;
    }

    private String randomText(String alphabet, int length) {
        return randomText(random, alphabet, length);
    }

    private static String randomText(Random source, String alphabet, int length) {
        char[] text = new char[length];
        for (int i = 0; i < length; i++) {
            text[i] = alphabet.charAt(source.nextInt(alphabet.length()));
        }
        return new String(text);
    }

    /** What a scripted call does: answer (by a function or like the API), or fail; possibly after a delay. */
    private record Script<R, T>(Function<? super R, ? extends T> answer, Supplier<? extends RealtimeApiException> failure,
            Duration delay, String description) {

        static <R, T> Script<R, T> failure(Supplier<? extends RealtimeApiException> failure, String description) {
            return new Script<>(null, failure, null, description);
        }
    }

    /** A call checked and decided, to be produced now or after its delay. */
    private final class Planned<R, T> {
        final Stub<R, T> stub;
        final R request;
        final Script<R, T> script;
        final Duration delay;
        final Duration timeout;
        final String target;

        Planned(Stub<R, T> stub, R request, Script<R, T> script, Duration delay, Duration timeout, String target) {
            this.stub = stub;
            this.request = request;
            this.script = script;
            this.delay = delay;
            this.timeout = timeout;
            this.target = target;
        }

        /** Produces the answer, or throws the failure; records a successful answer. */
        T produce() {
            T answer;
            if (script != null && script.failure() != null) {
                RealtimeApiException failure = script.failure().get();
                throw Objects.requireNonNull(failure, "a scripted failure supplied null");
            } else if (script != null && script.answer() != null) {
                // Outside the lock, so that an answer may block (on a latch, say) without stalling other calls.
                answer = script.answer().apply(request);
                if (answer == null && stub.endpoint != Endpoint.HANGUP) {
                    throw new IllegalStateException("a scripted answer of InMemorySessionCreator returned null for "
                            + target + ": " + request);
                }
            } else {
                answer = stub.answerer.apply(request);
            }
            synchronized (lock) {
                stub.responses.add(answer);
            }
            recordAnswer(stub.endpoint, request, answer);
            return answer;
        }
    }

    /** A delayed call not yet done, for {@link #close()}. */
    private static final class Pending<T> {
        final String target;
        final CompletableFuture<T> result;
        volatile ScheduledFuture<?> task;

        Pending(String target, CompletableFuture<T> result) {
            this.target = target;
            this.result = result;
        }

        void cancel(RealtimeApiException why) {
            ScheduledFuture<?> current = task;
            if (current != null) {
                current.cancel(false);
            }
            result.completeExceptionally(why);
        }
    }

    /**
     * The script and the record of one endpoint. Thread-safe; obtained from the fake
     * ({@link InMemorySessionCreator#clientSecrets()} and its siblings).
     *
     * @param <R> the request type (for hangups: the call id)
     * @param <T> the answer type (for hangups: {@link Void}, always {@code null})
     */
    public final class Stub<R, T> {

        private final Endpoint endpoint;
        private final Function<R, T> answerer;
        // Guarded by the fake's lock.
        private final Deque<Script<R, T>> scripts = new ArrayDeque<>();
        private final List<R> requests = new ArrayList<>();
        private final List<RequestOptions> options = new ArrayList<>();
        private final List<T> responses = new ArrayList<>();

        private Stub(Endpoint endpoint, Function<R, T> answerer) {
            this.endpoint = endpoint;
            this.answerer = answerer;
        }

        /**
         * Returns the endpoint this stub stands for.
         *
         * @return the endpoint
         */
        public Endpoint endpoint() {
            return endpoint;
        }

        /**
         * Queues an answer: the next call of this endpoint returns it (as is; it is still recorded, and a secret or
         * call id in it counts as issued).
         *
         * @param answer the answer; {@code null} only for hangups
         * @return this stub
         */
        public Stub<R, T> answerNext(T answer) {
            if (answer == null && endpoint != Endpoint.HANGUP) {
                throw new NullPointerException("answer must not be null");
            }
            return script(new Script<>(request -> answer, null, null, "answer with a given value"));
        }

        /**
         * Queues an answer computed from the request of the next call of this endpoint; the function may build on the
         * fake's {@code defaultAnswer(...)}, e.g.
         * {@code fake.clientSecrets().answerNext(r -> fake.defaultAnswer(r).toBuilder()...build())}. It runs on the
         * thread that finishes the call, outside the fake's lock.
         *
         * @param answer computes the answer
         * @return this stub
         */
        public Stub<R, T> answerNext(Function<? super R, ? extends T> answer) {
            Objects.requireNonNull(answer, "answer");
            return script(new Script<>(answer, null, null, "answer with a function of the request"));
        }

        /**
         * Queues a failure: the next call of this endpoint throws the given exception (the same instance).
         *
         * @param exception what to throw, e.g. an {@link io.github.realtimesessions.port.ApiConnectionException}
         * @return this stub
         */
        public Stub<R, T> failNext(RealtimeApiException exception) {
            Objects.requireNonNull(exception, "exception");
            return script(Script.failure(() -> exception, "fail with " + exception.getClass().getSimpleName()));
        }

        /**
         * Queues a failure as if the API answered with the error: throws {@link ApiStatusException#of(ApiError)}, the
         * subtype for the status, with a request id {@code req_...} and the answer's headers added when missing.
         *
         * @param error the error answer
         * @return this stub
         */
        public Stub<R, T> failNext(ApiError error) {
            return failNext(1, error);
        }

        /**
         * Queues a failure as if the API answered with the status and an OpenAI error body.
         *
         * @param status the HTTP status, e.g. 429
         * @param type the OpenAI error type, or {@code null}
         * @param code the OpenAI error code, or {@code null}
         * @param message the error message, or {@code null}
         * @return this stub
         */
        public Stub<R, T> failNext(int status, String type, String code, String message) {
            return failNext(ApiError.of(status, type, code, message));
        }

        /**
         * Queues {@code times} failures, each a fresh exception with a fresh request id; useful to exhaust retries.
         *
         * @param times how many calls fail, at least 1
         * @param error the error answer
         * @return this stub
         */
        public Stub<R, T> failNext(int times, ApiError error) {
            Objects.requireNonNull(error, "error");
            checkTimes(times);
            for (int i = 0; i < times; i++) {
                script(Script.failure(() -> ApiStatusException.of(completed(error)), describe(error)));
            }
            return this;
        }

        /**
         * Queues a delay: the next call of this endpoint is answered like the API answers it, after the delay on the
         * fake's scheduler (or fails with {@link ApiTimeoutException} at its deadline, when that comes first).
         *
         * @param delay how long the answer takes, positive
         * @return this stub
         */
        public Stub<R, T> delayNext(Duration delay) {
            return script(new Script<>(null, null, positive(delay), "answer after " + delay.toMillis() + " ms"));
        }

        /**
         * Returns the answer the API would give to a request of this endpoint, without recording anything.
         *
         * @param request the request
         * @return the answer
         */
        public T defaultAnswer(R request) {
            return answerer.apply(Objects.requireNonNull(request, "request"));
        }

        /**
         * Returns the requests this endpoint received, failed calls included, oldest first.
         *
         * @return an unmodifiable snapshot
         */
        public List<R> requests() {
            synchronized (lock) {
                return List.copyOf(requests);
            }
        }

        /**
         * Returns the most recent request.
         *
         * @return the request
         * @throws AssertionError if the endpoint was never called
         */
        public R lastRequest() {
            synchronized (lock) {
                if (requests.isEmpty()) {
                    throw new AssertionError("InMemorySessionCreator: " + endpoint + " was never called");
                }
                return requests.get(requests.size() - 1);
            }
        }

        /**
         * Returns the options of each call, in the order of {@link #requests()}.
         *
         * @return an unmodifiable snapshot
         */
        public List<RequestOptions> options() {
            synchronized (lock) {
                return List.copyOf(options);
            }
        }

        /**
         * Returns the answers given by successful calls, oldest first (for hangups: none are kept).
         *
         * @return an unmodifiable snapshot
         */
        public List<T> responses() {
            synchronized (lock) {
                return responses.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableList());
            }
        }

        /**
         * Returns the most recent successful answer.
         *
         * @return the answer
         * @throws AssertionError if no call of this endpoint succeeded
         */
        public T lastResponse() {
            List<T> answers = responses();
            if (answers.isEmpty()) {
                throw new AssertionError("InMemorySessionCreator: " + endpoint + " has not answered any call"
                        + " successfully (calls: " + callCount() + ")");
            }
            return answers.get(answers.size() - 1);
        }

        /**
         * Returns how often this endpoint was called, failed calls included.
         *
         * @return the number of calls
         */
        public int callCount() {
            synchronized (lock) {
                return requests.size();
            }
        }

        /**
         * Asserts how often this endpoint was called.
         *
         * @param times the expected number of calls, failed ones included
         * @throws AssertionError naming the expected and actual count and the requests, if they differ
         */
        public void verifyCalled(int times) {
            synchronized (lock) {
                if (requests.size() != times) {
                    StringBuilder text = new StringBuilder("expected " + times + " call(s) of " + endpoint
                            + " but there were " + requests.size());
                    for (int i = 0; i < requests.size(); i++) {
                        text.append(System.lineSeparator()).append("  #").append(i + 1).append(' ')
                                .append(requests.get(i));
                    }
                    throw new AssertionError(text.toString());
                }
            }
        }

        /**
         * Asserts that this endpoint was never called.
         *
         * @throws AssertionError if it was
         */
        public void verifyNeverCalled() {
            verifyCalled(0);
        }

        /**
         * Returns how many scripts of this endpoint are still queued.
         *
         * @return the number of unused scripts
         */
        public int pendingScripts() {
            synchronized (lock) {
                return scripts.size();
            }
        }

        private Stub<R, T> script(Script<R, T> script) {
            synchronized (lock) {
                scripts.addLast(script);
            }
            return this;
        }

        private void clear() {
            scripts.clear();
            requests.clear();
            options.clear();
            responses.clear();
        }

        @Override
        public String toString() {
            synchronized (lock) {
                return "Stub[" + endpoint + ", calls=" + requests.size() + ", pendingScripts=" + scripts.size() + "]";
            }
        }
    }

    private static Duration positive(Duration delay) {
        Objects.requireNonNull(delay, "delay must not be null");
        if (delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException("delay must be positive (was " + delay + ")");
        }
        return delay;
    }

    /** The asynchronous view: the same calls, as futures. */
    private final class AsyncView implements AsyncSessionCreator {

        @Override
        public CompletableFuture<ClientSecretResponse> createClientSecret(
                ClientSecretRequest request, RequestOptions options) {
            return callAsync(clientSecrets, request, options);
        }

        @Override
        public CompletableFuture<TranslationClientSecretResponse> createTranslationClientSecret(
                TranslationClientSecretRequest request, RequestOptions options) {
            return callAsync(translations, request, options);
        }

        @Override
        public CompletableFuture<RealtimeCall> createCall(CallRequest request, RequestOptions options) {
            return callAsync(calls, request, options);
        }

        @Override
        public CompletableFuture<Void> hangUp(String callId, RequestOptions options) {
            return callAsync(hangUps, checkCallId(callId), options);
        }

        @Override
        @Deprecated(since = "0.1.0")
        public CompletableFuture<RealtimeSessionCreateResponse> create(
                RealtimeSessionCreateRequest request, RequestOptions options) {
            return callAsync(betaSessions, request, options);
        }

        @Override
        public String toString() {
            return "async " + InMemorySessionCreator.this;
        }
    }

    /** Builds an {@link InMemorySessionCreator}. Not thread-safe. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private long seed = ThreadLocalRandom.current().nextLong();
        private boolean strict;
        private double failureRate;
        private Supplier<? extends RealtimeApiException> injectedFailure;
        private ApiError injectedError;
        private Executor executor = Runnable::run;
        private ScheduledExecutorService scheduler;
        private Duration callTimeout = ClientSettings.DEFAULT_CALL_TIMEOUT;
        private boolean betaRetired;

        private Builder() {}

        /**
         * Sets the clock that dates secrets and decides their validity; a {@link TestClock} makes tests exact.
         *
         * @param clock the clock; the default is the system UTC clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock must not be null");
            return this;
        }

        /**
         * Sets the seed of the ids, secrets and SDP answers, for reproducible runs.
         *
         * @param seed the seed; the default is random
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Makes a call nobody scripted fail with an {@link AssertionError}, thrown on the calling thread (for an
         * asynchronous call too), instead of being answered like the API.
         *
         * @param strict {@code true} for strict; the default is lenient
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Sets where the futures of {@link InMemorySessionCreator#async()} complete, so that a test sees (and can
         * control) the thread their dependent stages run on.
         *
         * @param executor the executor; the default runs the completion directly, on the thread that finishes the
         *     call
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor must not be null");
            return this;
        }

        /**
         * Sets the scheduler that measures scripted delays and deadlines, e.g. a test's manually driven one; the fake
         * never shuts it down.
         *
         * @param scheduler the scheduler; the default is one daemon thread of the fake's own, started at the first
         *     delay and stopped by {@link InMemorySessionCreator#close()}
         * @return this builder
         */
        public Builder scheduler(ScheduledExecutorService scheduler) {
            this.scheduler = Objects.requireNonNull(scheduler, "scheduler must not be null");
            return this;
        }

        /**
         * Sets the deadline of a delayed call without {@link RequestOptions#timeout()}.
         *
         * @param callTimeout a positive duration; the default is {@link ClientSettings#DEFAULT_CALL_TIMEOUT}
         * @return this builder
         */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = positive(callTimeout);
            return this;
        }

        /**
         * Makes the retired beta endpoint answer as the real API does today: {@code 400 invalid_request_error} with
         * code {@code beta_api_shape_disabled}.
         *
         * @param retired {@code true} for the real API's answer; the default emulates the beta endpoint
         * @return this builder
         */
        public Builder betaRetired(boolean retired) {
            this.betaRetired = retired;
            return this;
        }

        /**
         * Makes a share of the calls no script covers fail as if the API answered with the error, each with a fresh
         * request id. Which calls fail is drawn from a random source seeded by {@link #seed(long)}. Behind a
         * {@link FakeRealtimeServer} the failure is sent as its HTTP status.
         *
         * @param rate the share of unscripted calls that fail, from 0 (never, the default) to 1 (always)
         * @param error the error answer of a failing call
         * @return this builder
         */
        public Builder failureRate(double rate, ApiError error) {
            Objects.requireNonNull(error, "error must not be null");
            failureRate(rate, () -> ApiStatusException.of(error));
            this.injectedError = error;
            return this;
        }

        /**
         * Makes a share of the calls no script covers throw an exception of your choice, e.g.
         * {@code () -> new ApiConnectionException("chaos", null)}, which a {@link FakeRealtimeServer} sends as a reset
         * connection. Seeded and reproducible as {@link #failureRate(double, ApiError)}.
         *
         * @param rate the share of unscripted calls that fail, from 0 to 1
         * @param failure makes the exception of each failing call
         * @return this builder
         */
        public Builder failureRate(double rate, Supplier<? extends RealtimeApiException> failure) {
            Objects.requireNonNull(failure, "failure must not be null");
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("failure rate must be within [0, 1] (was " + rate + ")");
            }
            this.failureRate = rate;
            this.injectedFailure = failure;
            this.injectedError = null;
            return this;
        }

        /**
         * Builds the fake.
         *
         * @return a new fake
         * @throws IllegalStateException if the fake is strict and has a failure rate
         */
        public InMemorySessionCreator build() {
            if (strict && failureRate > 0) {
                throw new IllegalStateException("a failure rate needs a lenient fake: a strict InMemorySessionCreator"
                        + " fails every call nobody scripted; build it with strict(false)");
            }
            return new InMemorySessionCreator(this);
        }
    }
}
