package io.github.realtimesessions.testkit;

import io.github.realtimesessions.model.ClientSecret;
import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.ResponseFormatException;
import io.github.realtimesessions.port.SessionCreator;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A fake {@link SessionCreator} for tests: no network, no API key, and it behaves like the real transports.
 *
 * <h2>What it answers</h2>
 * Unless scripted, a call is answered like the real API answers it ({@link #defaultAnswer(RealtimeSessionCreateRequest)}):
 * <ul>
 *   <li>every setting of the request is echoed unchanged, and a nullable setting the request disabled comes back
 *       disabled;</li>
 *   <li>what the request leaves unset gets the API's default: model {@code gpt-4o-realtime-preview}, modalities
 *       {@code [audio, text]}, voice {@code alloy}, audio formats {@code pcm16}, turn detection {@code server_vad}
 *       (threshold 0.5, prefix padding 300 ms, silence 500 ms, create and interrupt response on; a
 *       {@code semantic_vad} request gets eagerness {@code auto}), no tools, tool choice {@code auto}, temperature
 *       0.8, max output tokens {@code inf}, speed 1.0; input transcription, noise reduction and tracing off (JSON
 *       {@code null}); instructions only when the request has them;</li>
 *   <li>object {@code realtime.session}, an id {@code sess_...}, and a client secret {@code ek_...} that no earlier
 *       call of this fake got, expiring at the clock's time (whole seconds, as on the wire) plus the requested
 *       {@code client_secret.expires_after.seconds} (default 600).</li>
 * </ul>
 *
 * <h2>Scripting</h2>
 * {@code answerNext(...)} and {@code failNext(...)} queue what the next calls do, first in, first out; one script
 * per call. Failures are the exceptions the transports throw: {@link #failNext(ApiError)} throws the
 * {@link ApiStatusException} subtype for the status, with a request id {@code req_...} like a real answer. A strict
 * fake ({@link Builder#strict(boolean)}) fails a call nobody scripted with an {@link AssertionError} that names the
 * request, instead of answering it.
 *
 * <h2>Random failures (chaos)</h2>
 * {@link Builder#failureRate(double, ApiError)} makes the fake fail a share of the calls that no script covers, drawn
 * from a random source seeded by {@link Builder#seed(long)}: the same calls in the same order fail the same way. It
 * is meant for load and resilience tests, e.g. 5% HTTP 500 behind a {@link FakeRealtimeServer} to prove that a
 * client's retries neither lose nor duplicate calls. Failed calls are recorded like any other;
 * {@link #injectedFailures()} tells how many there were. Scripts always come first.
 *
 * <h2>Recording and verification</h2>
 * {@link #requests()}, {@link #lastRequest()}, {@link #callCount()}, {@link #verifyCalled(int)},
 * {@link #verifyNoMoreScripts()}, the answers it gave ({@link #responses()}), and the secrets it issued
 * ({@link #issuedSecrets()}, {@link #isValid(String)}).
 *
 * <p>Thread-safe. With a fixed clock and seed ({@link #builder()}), the same calls in the same order give the same
 * ids and secrets. {@link #close()} does nothing, so one fake can serve several code paths in a test.
 */
public final class InMemorySessionCreator implements SessionCreator {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String HEX = "0123456789abcdef";
    private static final long CHAOS_SALT = 0x6368616f73L;

    private final Object lock = new Object();
    private final Clock clock;
    private final Random random;
    private final boolean strict;
    private final double failureRate;
    private final Supplier<? extends RealtimeApiException> injectedFailure;
    private final ApiError injectedError;
    private final Random chaos;

    // Guarded by lock.
    private final Deque<Script> scripts = new ArrayDeque<>();
    private final List<RealtimeSessionCreateRequest> requests = new ArrayList<>();
    private final List<RealtimeSessionCreateResponse> responses = new ArrayList<>();
    private final List<ClientSecret> issuedSecrets = new ArrayList<>();
    private final Set<String> minted = new HashSet<>();
    private int injectedFailures;

    private InMemorySessionCreator(Builder builder) {
        this.clock = builder.clock;
        this.random = new Random(builder.seed);
        this.strict = builder.strict;
        this.failureRate = builder.failureRate;
        this.injectedFailure = builder.injectedFailure;
        this.injectedError = builder.injectedError;
        // A source of its own, so that switching failures on does not change the ids and secrets that are minted.
        this.chaos = new Random(Long.rotateLeft(builder.seed, 29) ^ CHAOS_SALT);
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
     * Returns a builder, to fix the clock or seed or to make the fake strict.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates a session: runs the next script, or, with none left, fails at random when a
     * {@linkplain Builder#failureRate(double, ApiError) failure rate} is set, else answers like the API (lenient) or
     * fails the test (strict). Every call is recorded, failed ones included.
     *
     * @param request the session configuration
     * @return the session
     * @throws NullPointerException if {@code request} is {@code null}
     * @throws RealtimeApiException as scripted, or as the failure rate injects
     * @throws ResponseFormatException if a scripted answer has no client secret, as the transports reject such an
     *     answer
     * @throws AssertionError if the fake is strict and nothing was scripted for this call
     */
    @Override
    public RealtimeSessionCreateResponse create(RealtimeSessionCreateRequest request) {
        Objects.requireNonNull(request, "request");
        Script script;
        int call;
        boolean injectFailure = false;
        String injectedRequestId = null;
        synchronized (lock) {
            requests.add(request);
            call = requests.size();
            script = scripts.pollFirst();
            if (script == null && failureRate > 0 && chaos.nextDouble() < failureRate) {
                injectFailure = true;
                injectedFailures++;
                // From the failures' own source, so that the ids and secrets minted stay the same with failures on.
                injectedRequestId = "req_" + randomText(chaos, HEX, 32);
            }
        }
        RealtimeSessionCreateResponse response;
        if (injectFailure) {
            if (injectedError != null) {
                throw ApiStatusException.of(injectedError.requestId() != null
                        ? injectedError : withRequestId(injectedError, injectedRequestId));
            }
            RealtimeApiException failure = injectedFailure.get();
            if (failure == null) {
                throw new IllegalStateException(
                        "the failure supplier of InMemorySessionCreator returned null for call #" + call);
            }
            throw failure;
        } else if (script instanceof Failure failure) {
            throw failure.exception().get();
        } else if (script instanceof Answer answer) {
            // Outside the lock, so that an answer may block (say, on a latch) without stalling other calls.
            response = answer.answer().apply(request);
            if (response == null) {
                throw new IllegalStateException(
                        "a scripted answer of InMemorySessionCreator returned null for call #" + call + ": " + request);
            }
        } else if (strict) {
            throw new AssertionError("InMemorySessionCreator is strict and call #" + call
                    + " of create(...) was not scripted: " + request
                    + ". Script it with answerNext(...) or failNext(...), or build the fake with strict(false)"
                    + " to answer like the API.");
        } else {
            response = defaultAnswer(request);
        }
        if (response.clientSecret() == null) {
            throw new ResponseFormatException(
                    "the answer is not a valid session: client_secret: is missing; it is required in a session answer",
                    null,
                    200,
                    requestId());
        }
        synchronized (lock) {
            responses.add(response);
            issuedSecrets.add(response.clientSecret());
        }
        return response;
    }

    /**
     * Queues an answer: the next call that no earlier script covers returns the given response.
     *
     * @param response the answer; it should carry a client secret, as the transports insist on one
     * @return this fake
     */
    public InMemorySessionCreator answerNext(RealtimeSessionCreateResponse response) {
        Objects.requireNonNull(response, "response");
        return script(new Answer(request -> response, "answer with a given response"));
    }

    /**
     * Queues an answer computed from the request of the next call that no earlier script covers; the function may build on
     * {@link #defaultAnswer(RealtimeSessionCreateRequest)}, e.g.
     * {@code fake.answerNext(r -> fake.defaultAnswer(r).toBuilder().instructions("x").build())}.
     *
     * @param answer computes the response; it runs on the calling thread, outside the fake's lock
     * @return this fake
     */
    public InMemorySessionCreator answerNext(
            Function<RealtimeSessionCreateRequest, RealtimeSessionCreateResponse> answer) {
        Objects.requireNonNull(answer, "answer");
        return script(new Answer(answer, "answer with a function of the request"));
    }

    /**
     * Queues a failure: the next call that no earlier script covers throws the given exception (as is, the same
     * instance).
     *
     * @param exception what to throw, e.g. an {@link io.github.realtimesessions.port.ApiConnectionException}
     * @return this fake
     */
    public InMemorySessionCreator failNext(RealtimeApiException exception) {
        Objects.requireNonNull(exception, "exception");
        return script(new Failure(() -> exception, "fail with " + exception.getClass().getSimpleName()));
    }

    /**
     * Queues a failure as if the API answered with the error: throws
     * {@link ApiStatusException#of(ApiError)}, the subtype for the status. An error without a request id gets one
     * ({@code req_...}), as every real answer has one.
     *
     * @param error the error answer
     * @return this fake
     */
    public InMemorySessionCreator failNext(ApiError error) {
        return failNext(1, error);
    }

    /**
     * Queues a failure as if the API answered with the status and an OpenAI error body.
     *
     * @param status the HTTP status, e.g. 429
     * @param type the OpenAI error type, e.g. {@code rate_limit_exceeded}, or {@code null}
     * @param code the OpenAI error code, or {@code null}
     * @param message the error message, or {@code null}
     * @return this fake
     */
    public InMemorySessionCreator failNext(int status, String type, String code, String message) {
        return failNext(ApiError.of(status, type, code, message));
    }

    /**
     * Queues {@code times} failures as {@link #failNext(ApiError)} does, each with a fresh exception
     * and request id; useful to exhaust retries.
     *
     * @param times how many calls fail, at least 1
     * @param error the error answer
     * @return this fake
     * @throws IllegalArgumentException if {@code times} is less than 1
     */
    public InMemorySessionCreator failNext(int times, ApiError error) {
        Objects.requireNonNull(error, "error");
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1 (was " + times + ")");
        }
        String description = "fail with HTTP " + error.status()
                + (error.type() == null ? "" : " " + error.type())
                + (error.code() == null ? "" : "/" + error.code());
        for (int i = 0; i < times; i++) {
            script(new Failure(() -> ApiStatusException.of(withRequestId(error)), description));
        }
        return this;
    }

    /**
     * Returns the answer the API would give to the request, without recording anything: see the class description.
     * Mints a new session id and secret each time.
     *
     * @param request the request
     * @return a realistic answer
     */
    public RealtimeSessionCreateResponse defaultAnswer(RealtimeSessionCreateRequest request) {
        Objects.requireNonNull(request, "request");
        synchronized (lock) {
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            String id = "sess_" + randomText(ALPHANUMERIC, 24);
            String secret;
            do {
                secret = "ek_" + randomText(ALPHANUMERIC, 32);
            } while (!minted.add(secret));
            return SessionDefaults.answer(request, id, secret, now);
        }
    }

    /**
     * Returns the requests received, failed calls included, oldest first.
     *
     * @return an unmodifiable snapshot
     */
    public List<RealtimeSessionCreateRequest> requests() {
        synchronized (lock) {
            return List.copyOf(requests);
        }
    }

    /**
     * Returns the most recent request.
     *
     * @return the request
     * @throws AssertionError if there was no call
     */
    public RealtimeSessionCreateRequest lastRequest() {
        synchronized (lock) {
            if (requests.isEmpty()) {
                throw new AssertionError("InMemorySessionCreator.create(...) was never called");
            }
            return requests.get(requests.size() - 1);
        }
    }

    /**
     * Returns the answers given by successful calls, oldest first.
     *
     * @return an unmodifiable snapshot
     */
    public List<RealtimeSessionCreateResponse> responses() {
        synchronized (lock) {
            return List.copyOf(responses);
        }
    }

    /**
     * Returns the most recent successful answer.
     *
     * @return the answer
     * @throws AssertionError if no call succeeded
     */
    public RealtimeSessionCreateResponse lastResponse() {
        synchronized (lock) {
            if (responses.isEmpty()) {
                throw new AssertionError("InMemorySessionCreator has not answered any call successfully"
                        + " (calls: " + requests.size() + ")");
            }
            return responses.get(responses.size() - 1);
        }
    }

    /**
     * Returns how often {@link #create(RealtimeSessionCreateRequest)} was called, failed calls included.
     *
     * @return the number of calls
     */
    public int callCount() {
        synchronized (lock) {
            return requests.size();
        }
    }

    /**
     * Asserts how often {@link #create(RealtimeSessionCreateRequest)} was called.
     *
     * @param times the expected number of calls, failed ones included
     * @throws AssertionError naming the expected and actual count and the requests, if they differ
     */
    public void verifyCalled(int times) {
        synchronized (lock) {
            if (requests.size() != times) {
                throw new AssertionError("expected " + times + " call(s) of InMemorySessionCreator.create(...) but"
                        + " there were " + requests.size() + describeRequests());
            }
        }
    }

    /**
     * Asserts that every scripted answer and failure was used.
     *
     * @throws AssertionError listing the unused scripts, if any are left
     */
    public void verifyNoMoreScripts() {
        synchronized (lock) {
            if (!scripts.isEmpty()) {
                throw new AssertionError(scripts.size() + " scripted call(s) of InMemorySessionCreator were never"
                        + " used: " + scripts.stream().map(Script::description).collect(Collectors.toList())
                        + " (calls received: " + requests.size() + ")");
            }
        }
    }

    /**
     * Returns how many scripted answers and failures are still queued.
     *
     * @return the number of unused scripts
     */
    public int pendingScripts() {
        synchronized (lock) {
            return scripts.size();
        }
    }

    /**
     * Returns the client secrets handed out by successful calls, oldest first; {@code toString()} of each redacts
     * the value.
     *
     * @return an unmodifiable snapshot
     */
    public List<ClientSecret> issuedSecrets() {
        synchronized (lock) {
            return List.copyOf(issuedSecrets);
        }
    }

    /**
     * Tells whether a secret value was handed out by this fake and has not expired at the clock's current time.
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
     * Returns how many calls failed because of the {@linkplain Builder#failureRate(double, ApiError) failure rate}
     * (scripted failures not included).
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
     * Forgets the scripts and everything recorded (requests, answers, issued secrets, injected failures), so a fake
     * shared by a long test run does not grow without bound. Secrets minted afterwards still differ from every earlier
     * one: they are 32 random characters drawn from a source that is not reset.
     */
    public void reset() {
        synchronized (lock) {
            injectedFailures = 0;
            scripts.clear();
            requests.clear();
            responses.clear();
            issuedSecrets.clear();
            minted.clear();
        }
    }

    @Override
    public String toString() {
        synchronized (lock) {
            return "InMemorySessionCreator[strict=" + strict + ", calls=" + requests.size() + ", pendingScripts="
                    + scripts.size() + (failureRate > 0 ? ", failureRate=" + failureRate : "") + ", clock=" + clock
                    + "]";
        }
    }

    /** Returns a request id like the API's {@code x-request-id}. */
    String requestId() {
        synchronized (lock) {
            return "req_" + randomText(HEX, 32);
        }
    }

    private ApiError withRequestId(ApiError error) {
        return error.requestId() != null ? error : withRequestId(error, requestId());
    }

    private static ApiError withRequestId(ApiError error, String requestId) {
        return new ApiError(error.status(), error.type(), error.code(), error.param(), error.message(), requestId,
                error.body(), error.retryAfter(), error.shouldRetry());
    }

    private InMemorySessionCreator script(Script script) {
        synchronized (lock) {
            scripts.addLast(script);
        }
        return this;
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

    private String describeRequests() {
        if (requests.isEmpty()) {
            return ".";
        }
        StringBuilder text = new StringBuilder(":");
        for (int i = 0; i < requests.size(); i++) {
            text.append(System.lineSeparator()).append("  #").append(i + 1).append(' ').append(requests.get(i));
        }
        return text.toString();
    }

    /** What a scripted call does. */
    private sealed interface Script permits Answer, Failure {
        String description();
    }

    private record Answer(
            Function<RealtimeSessionCreateRequest, RealtimeSessionCreateResponse> answer, String description)
            implements Script {}

    private record Failure(Supplier<RealtimeApiException> exception, String description) implements Script {}

    /** Builds an {@link InMemorySessionCreator}. Not thread-safe. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private long seed = ThreadLocalRandom.current().nextLong();
        private boolean strict;
        private double failureRate;
        private Supplier<? extends RealtimeApiException> injectedFailure;
        private ApiError injectedError;

        private Builder() {}

        /**
         * Sets the clock that dates secrets and decides their validity; use {@link Clock#fixed} or a mutable test
         * clock to make tests exact.
         *
         * @param clock the clock; the default is the system UTC clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock must not be null");
            return this;
        }

        /**
         * Sets the seed of the ids and secrets, for reproducible runs.
         *
         * @param seed the seed; the default is random
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Makes a call nobody scripted fail with an {@link AssertionError} instead of being answered like the API.
         *
         * @param strict {@code true} for strict; the default is lenient
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Makes a share of the calls that no script covers fail as if the API answered with the error: each throws
         * {@link ApiStatusException#of(ApiError)} with a fresh request id, as {@link #failNext(ApiError)} does.
         * Which calls fail is drawn from a random source seeded by {@link #seed(long)}, so a run is reproducible
         * when the calls arrive in the same order. Behind a {@link FakeRealtimeServer} the failure is sent as its
         * HTTP status, e.g. {@code failureRate(0.05, ApiError.of(500, "server_error", null, "boom"))} answers about
         * 5% of the requests with a 500.
         *
         * @param rate the share of unscripted calls that fail, from 0 (never, the default) to 1 (always)
         * @param error the error answer of a failing call
         * @return this builder
         * @throws IllegalArgumentException if the rate is not within [0, 1]
         */
        public Builder failureRate(double rate, ApiError error) {
            Objects.requireNonNull(error, "error must not be null");
            failureRate(rate, () -> ApiStatusException.of(error));
            this.injectedError = error;
            return this;
        }

        /**
         * Makes a share of the calls that no script covers throw an exception of your choice, e.g.
         * {@code () -> new ApiConnectionException("chaos", null)}, which a {@link FakeRealtimeServer} sends as a reset
         * connection. Seeded and reproducible as {@link #failureRate(double, ApiError)}.
         *
         * @param rate the share of unscripted calls that fail, from 0 (never, the default) to 1 (always)
         * @param failure makes the exception of each failing call; called once per failure, on the calling thread
         * @return this builder
         * @throws IllegalArgumentException if the rate is not within [0, 1]
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
         * @throws IllegalStateException if the fake is strict and has a failure rate: a strict fake fails every call
         *     nobody scripted, so random failures would only hide that
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
