package io.github.realtimesessions.transport.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import feign.Client;
import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.port.ApiCancelledException;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.AuthenticationException;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.Fault;
import io.github.realtimesessions.testkit.RecordedRequest;
import io.github.realtimesessions.testkit.SdpSamples;
import io.github.realtimesessions.testkit.contract.HttpTransportContract;
import io.github.realtimesessions.testkit.contract.SessionCreatorFixture;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole HTTP contract over a Feign client the user hands in instead of the default one: feign-core's own
 * {@link Client.Default} over {@code HttpURLConnection}, as {@code new Client.Default(null, null)} makes it (the
 * request body in fixed-length streaming mode, so that the JDK never resends a POST by itself), in OpenAI mode.
 *
 * <p>Every case holds but those overridden below, each for a limit of {@code HttpURLConnection} that no
 * {@code feign.Client} over it can work around, and each checking that the limit is still what it was (so that it
 * fails, and the override can go, once it is lifted) and what still holds:
 * <ul>
 *   <li>A {@code feign.Client} cannot be cancelled from another thread, and {@code HttpURLConnection} offers no abort:
 *       until the answer's head has arrived the library's deadline, an interrupt or {@code close()} can only mark the
 *       exchange aborted. The client's own read timeout ({@code responseTimeout}, passed per request) ends the wait,
 *       and the call then fails with the exception the deadline, interrupt or close calls for. Writing a request body
 *       the server does not read has no timeout at all: only the connection's end stops it. Once the head is there,
 *       the library's deadline holds (the body is closed under the reader).</li>
 *   <li>In streaming mode {@code HttpURLConnection} throws away the body of a {@code 401} ({@code HttpRetryException}):
 *       the status, headers and request id arrive, OpenAI's error fields do not.</li>
 *   <li>It adds {@code Content-Type: application/x-www-form-urlencoded} to a {@code POST} with an (empty) body, such
 *       as a hangup.</li>
 * </ul>
 */
class FeignOverUrlConnectionContractTest extends SessionCreatorFixture implements HttpTransportContract {

    /** Far more than any scheduling delay: how much later than the read timeout a blocked call may end. */
    private static final Duration SLACK = Duration.ofSeconds(3);

    /** The deadline of the contract's hostile-server cases, for the overrides of {@code WireDeadlines}. */
    private static final Duration DEADLINE = Duration.ofMillis(800);

    /** The contract's own margin over a deadline. */
    private static final Duration MARGIN = Duration.ofSeconds(1);

    @Override
    protected SessionCreator createSessionCreator(ClientSettings settings) {
        return FeignSessionCreator.builder(settings).client(new Client.Default(null, null)).build();
    }

    @Override
    public String transportName() {
        return FeignSessionCreator.TRANSPORT_NAME;
    }

    // ----------------------------------------------------------------- deadlines before the head: the read timeout

    /**
     * Overridden: the head never comes and the client cannot be aborted while it waits for it, so its read timeout
     * ({@link #TEST_TIMEOUT}) ends the call instead of the 400 ms deadline. Still a timeout naming the call's
     * deadline, which had aborted the exchange.
     */
    @Override
    @Test
    public void perCallDeadlineBoundsTheCall() {
        server().enqueue(Fault.neverRespond());
        Duration deadline = Duration.ofMillis(400);
        SessionCreator creator = creator();

        ApiTimeoutException thrown = endsAtTheReadTimeoutNotAtTheDeadline(deadline, ApiTimeoutException.class,
                () -> creator.createClientSecret(minimal(), RequestOptions.builder().timeout(deadline).build()));

        assertThat(thrown).hasMessageContaining("the call's deadline");
    }

    /** Overridden for the limit of {@link #perCallDeadlineBoundsTheCall}: a fake that answers after 8 s. */
    @Override
    @Test
    public void perCallDeadlineEndsASlowCall() {
        sessions().clientSecrets().delayNext(Duration.ofSeconds(8));
        Duration deadline = Duration.ofMillis(400);
        SessionCreator creator = creator();

        ApiTimeoutException thrown = endsAtTheReadTimeoutNotAtTheDeadline(deadline, ApiTimeoutException.class,
                () -> creator.createClientSecret(minimal(), RequestOptions.builder().timeout(deadline).build()));

        assertThat(thrown).hasMessageContaining("the call's deadline");
    }

    /**
     * Overridden for the limit of {@link #perCallDeadlineBoundsTheCall}, asynchronously: the executor's thread blocks
     * in the client until its read timeout, then the future fails with the deadline's timeout.
     */
    @Override
    @Test
    public void deadlineIsTheFuturesTimeout() {
        server().enqueue(Fault.neverRespond());
        Duration deadline = Duration.ofMillis(500);
        SessionCreator creator = creator();

        Throwable cause = endsAtTheReadTimeoutNotAtTheDeadline(deadline, ApiTimeoutException.class,
                () -> join(creator.async().createClientSecret(minimal(),
                        RequestOptions.builder().timeout(deadline).build())));

        assertThat(cause).hasMessageContaining("the call's deadline");
    }

    /** Overridden for the limit of {@link #deadlineIsTheFuturesTimeout}: a fake that answers after 8 s. */
    @Override
    @Test
    public void deadlineCompletesTheFutureWithATimeout() {
        sessions().clientSecrets().delayNext(Duration.ofSeconds(8));
        Duration deadline = Duration.ofMillis(400);
        SessionCreator creator = creator();

        Throwable cause = endsAtTheReadTimeoutNotAtTheDeadline(deadline, ApiTimeoutException.class,
                () -> join(creator.async().createClientSecret(minimal(),
                        RequestOptions.builder().timeout(deadline).build())));

        assertThat(cause).hasMessageContaining("the call's deadline");
    }

    /**
     * Overridden for one of its servers only: a head trickled one byte per 100 ms never leaves the read timeout a
     * silence to end on, and {@code HttpURLConnection} reads it (about 40 s) before the library can act. Checked: the
     * call outlives its deadline, and ends as the deadline's timeout as soon as the connection ends. The other
     * stalling servers are cut off at the deadline, as the contract says.
     *
     * @param fault the hostile server
     */
    @Override
    @ParameterizedTest
    @MethodSource("io.github.realtimesessions.testkit.contract.WireDeadlines#stallingServers")
    public void stallingServerEndsAtTheDeadline(Fault fault) {
        if (!(fault instanceof Fault.TrickleHead)) {
            HttpTransportContract.super.stallingServerEndsAtTheDeadline(fault);
            return;
        }
        server().enqueue(fault);
        SessionCreator creator = creator(deadlineSettings().build());
        Call call = Call.start(() -> creator.createClientSecret(minimal()));
        server().takeRequest(Duration.ofSeconds(10));

        assertThat(call.endsWithin(DEADLINE.plus(MARGIN))).as("the call ended at its deadline").isFalse();
        server().close();

        assertThat(call.endsWithin(SLACK)).as("the call ended once the connection did").isTrue();
        assertThat(call.thrown.get()).isInstanceOf(ApiTimeoutException.class)
                .hasMessageContaining("the call's deadline");
    }

    /**
     * Overridden: writing a request body the server does not read blocks {@code HttpURLConnection} with no timeout at
     * all, and nothing can abort it from another thread. Checked: the call outlives its deadline, and ends as the
     * deadline's timeout as soon as the connection ends.
     */
    @Override
    @Test
    public void unreadRequestBodyEndsAtTheDeadline() {
        server().enqueue(Fault.ignoreRequestBody());
        SessionCreator creator = creator(deadlineSettings().maxRequestBytes(8 * 1024 * 1024).build());
        ClientSecretRequest large = ClientSecretRequest.builder()
                .session(RealtimeSessionConfig.builder().instructions("x".repeat(6 * 1024 * 1024)).build())
                .build();
        Call call = Call.start(() -> creator.createClientSecret(large));
        server().takeRequest(Duration.ofSeconds(10));

        assertThat(call.endsWithin(DEADLINE.plus(MARGIN))).as("the call ended at its deadline").isFalse();
        server().close();

        assertThat(call.endsWithin(SLACK)).as("the call ended once the connection did").isTrue();
        assertThat(call.thrown.get()).isInstanceOf(ApiTimeoutException.class)
                .hasMessageContaining("the call's deadline");
    }

    /**
     * Overridden: the interrupt cannot end the blocked wait for the head; the client's read timeout does, and the call
     * then ends as cancelled by the interrupt, the thread's flag kept.
     *
     * @throws InterruptedException if the test thread is interrupted
     */
    @Override
    @Test
    public void interruptDuringABlockedReadEndsTheCall() throws InterruptedException {
        server().enqueue(Fault.neverRespond());
        SessionCreator creator = creator(settings().callTimeout(Duration.ofSeconds(50)).build());
        long start = System.nanoTime();
        Call call = Call.start(() -> creator.createClientSecret(minimal()));
        server().takeRequest(Duration.ofSeconds(10));

        call.thread.interrupt();

        assertThat(call.endsWithin(TEST_TIMEOUT.plus(SLACK))).as("the call ended").isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the call lasted the read timeout")
                .isGreaterThanOrEqualTo(TEST_TIMEOUT);
        assertThat(call.thrown.get()).isInstanceOf(ApiCancelledException.class)
                .hasMessageContaining("interrupted");
        assertThat(call.interruptedAfterwards.get()).as("interrupt flag kept").isTrue();
    }

    /**
     * Overridden: {@code close()} cannot end the blocked wait for the head (and never closes the user's client); the
     * client's read timeout does, and the call then ends as cancelled by the close.
     *
     * @throws InterruptedException if the test thread is interrupted
     */
    @Override
    @Test
    public void closeEndsACallInFlight() throws InterruptedException {
        server().enqueue(Fault.neverRespond());
        SessionCreator creator = creator(settings().callTimeout(Duration.ofSeconds(50)).build());
        long start = System.nanoTime();
        Call call = Call.start(() -> creator.createClientSecret(minimal()));
        server().takeRequest(Duration.ofSeconds(10));

        creator.close();

        assertThat(call.endsWithin(TEST_TIMEOUT.plus(SLACK))).as("the call ended").isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the call lasted the read timeout")
                .isGreaterThanOrEqualTo(TEST_TIMEOUT);
        assertThat(call.thrown.get()).isInstanceOf(ApiCancelledException.class)
                .hasMessageContaining("closed");
    }

    // ------------------------------------------------------------------------------------ what the JDK rewrites

    /**
     * Overridden for the {@code 401} only: {@code HttpURLConnection} in streaming mode drops its body, so OpenAI's
     * error fields are lost; the exception type, status, request id and attempts are still right, and the 401 is not
     * taken for a connection cut short (nor retried). Every other status holds as the contract says.
     *
     * @param status the HTTP status
     * @param type the expected exception type
     * @param errorType the OpenAI error type
     * @param code the OpenAI error code
     * @param retryAfter the server's delay, or {@code null}
     */
    @Override
    @ParameterizedTest
    @MethodSource("io.github.realtimesessions.testkit.contract.ErrorBehaviour#statuses")
    public void errorStatusBecomesItsExceptionType(int status, Class<? extends ApiStatusException> type,
            String errorType, String code, Duration retryAfter) {
        if (status != 401) {
            HttpTransportContract.super.errorStatusBecomesItsExceptionType(status, type, errorType, code, retryAfter);
            return;
        }
        sessions().clientSecrets().failNext(1, ApiError.builder(status).type(errorType).code(code)
                .param("session.model").message("Contract error " + status + ".").build());
        SessionCreator creator = creator(settings().maxRetries(2).build());

        Throwable thrown = catchThrowable(() -> creator.createClientSecret(minimal()));

        assertThat(thrown).isExactlyInstanceOf(AuthenticationException.class);
        AuthenticationException refused = (AuthenticationException) thrown;
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.requestId()).startsWith("req_");
        assertThat(refused.attempts()).isEqualTo(1);
        assertThat(refused.getMessage()).contains("HTTP 401");
        assertThat(refused.errorType()).as("the body HttpURLConnection dropped").isNull();
        assertThat(refused.errorMessage()).isNull();
        assertThat(server().requestCount()).isEqualTo(1);
    }

    /**
     * Overridden: {@code HttpURLConnection} gives the hangup (a {@code POST} with an empty body) a
     * {@code Content-Type: application/x-www-form-urlencoded} of its own. Everything else the contract checks holds:
     * every endpoint's path, method, credential, {@code Accept}, and no query.
     */
    @Override
    @Test
    public void everyEndpointGoesToItsPath() {
        SessionCreator creator = creator();
        String base = server().baseUri().getPath();

        creator.createClientSecret(minimal());
        creator.createTranslationClientSecret(io.github.realtimesessions.model.TranslationClientSecretRequest.builder()
                .session(io.github.realtimesessions.model.TranslationSessionConfig.builder().model("gpt-realtime-translate")
                        .targetLanguage("fr").build()).build());
        RealtimeCall call = creator.createCall(CallRequest.of(SdpSamples.browserOffer(),
                RealtimeSessionConfig.builder().instructions("Be brief.").build()));
        creator.hangUp(call.callId());
        @SuppressWarnings("deprecation")
        Object beta = creator.create(io.github.realtimesessions.model.beta.RealtimeSessionCreateRequest.builder()
                .instructions("x").build());
        assertThat(beta).isNotNull();

        List<RecordedRequest> requests = List.of(server().takeRequest(), server().takeRequest(),
                server().takeRequest(), server().takeRequest(), server().takeRequest());
        assertThat(requests).extracting(RecordedRequest::path).containsExactly(
                base + "/realtime/client_secrets",
                base + "/realtime/translations/client_secrets",
                base + "/realtime/calls",
                base + "/realtime/calls/" + call.callId() + "/hangup",
                base + "/realtime/sessions");
        for (RecordedRequest request : requests) {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.query()).isNull();
            assertThat(request.headerValues("Authorization")).containsExactly("Bearer " + server().apiKey());
            assertThat(request.header("OpenAI-Beta")).isNull();
        }
        assertThat(requests.get(2).headerValues("Accept")).containsExactly("application/sdp");
        RecordedRequest hangUp = requests.get(3);
        assertThat(hangUp.body()).as("a hangup has no body").isEmpty();
        assertThat(hangUp.headerValues("Content-Type")).as("the JDK's own default")
                .containsExactly("application/x-www-form-urlencoded");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** The contract's settings for hostile servers: an 800 ms call deadline, 500 ms connect and read timeouts. */
    private ClientSettings.Builder deadlineSettings() {
        return settings().connectTimeout(Duration.ofMillis(500)).responseTimeout(Duration.ofMillis(500))
                .callTimeout(DEADLINE);
    }

    /**
     * Runs a call that must fail with {@code type}, later than the contract allows after the deadline (the limit),
     * and within the read timeout plus {@link #SLACK} (what still holds).
     */
    private static <T extends Throwable> T endsAtTheReadTimeoutNotAtTheDeadline(
            Duration deadline, Class<T> type, Runnable call) {
        long start = System.nanoTime();
        Throwable thrown = catchThrowable(call::run);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(thrown).isInstanceOf(type);
        assertThat(elapsed).as("ended by the read timeout, not by the deadline")
                .isGreaterThan(deadline.plus(MARGIN))
                .isLessThan(TEST_TIMEOUT.plus(SLACK));
        return type.cast(thrown);
    }

    /** Waits for a future and rethrows its failure's cause, as a blocking call would throw it. */
    private static void join(CompletableFuture<?> future) {
        try {
            future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError(e.getCause());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static ClientSecretRequest minimal() {
        return ClientSecretRequest.builder().session(RealtimeSessionConfig.builder().build()).build();
    }

    /** A blocking call on a thread of its own, for cases that interrupt it or wait beside it. */
    private static final class Call {
        final Thread thread;
        final AtomicReference<Throwable> thrown = new AtomicReference<>();
        final AtomicBoolean interruptedAfterwards = new AtomicBoolean();

        private Call(Runnable call) {
            thread = new Thread(() -> {
                try {
                    call.run();
                } catch (Throwable t) {
                    thrown.set(t);
                } finally {
                    interruptedAfterwards.set(Thread.currentThread().isInterrupted());
                }
            }, "url-connection-contract-caller");
            thread.setDaemon(true);
        }

        static Call start(Runnable call) {
            Call started = new Call(call);
            started.thread.start();
            return started;
        }

        boolean endsWithin(Duration limit) {
            try {
                thread.join(limit.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for the call", e);
            }
            return !thread.isAlive();
        }
    }
}
