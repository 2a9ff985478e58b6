package io.github.realtimesessions.transport.feign;

import static io.github.realtimesessions.transport.feign.TestSamples.CAP;
import static io.github.realtimesessions.transport.feign.TestSamples.NOT_DRAINED_BOUND;
import static io.github.realtimesessions.transport.feign.TestSamples.limits;
import static io.github.realtimesessions.transport.feign.TestSamples.minimal;
import static io.github.realtimesessions.transport.feign.TestSamples.quick;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import feign.Retryer;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.port.ApiCancelledException;
import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.InternalServerException;
import io.github.realtimesessions.port.RateLimitException;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.ResponseFormatException;
import io.github.realtimesessions.port.RetryPolicy;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.Fault;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client the creator builds and owns ({@code FeignSessionCreator.create(settings)}: the library's
 * {@code PooledApacheClient} over a pooled Apache HttpClient 5), against real servers on 127.0.0.1. Proves that it
 * aborts a huge 2xx body instead of draining it, retries nothing behind the library's {@code RetryPolicy} (neither
 * Feign's {@code Retryer} nor HttpClient's), follows no redirect, reuses one connection for sequential calls, and that
 * {@code close()} ends calls in flight with {@link ApiCancelledException}, closes every connection and refuses new
 * calls, without hanging.
 */
class DefaultClientTest {

    private FakeRealtimeServer server;

    @BeforeEach
    void startServer() {
        server = FakeRealtimeServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @ParameterizedTest
    @EnumSource(HugeAnswerServer.Framing.class)
    void hugeSuccessBodyIsAbortedAtTheCapNotDrained(HugeAnswerServer.Framing framing) throws Exception {
        try (HugeAnswerServer huge = HugeAnswerServer.start(framing);
                FeignSessionCreator sessions = FeignSessionCreator.create(limits(ClientSettings.builder()
                        .baseUri(huge.baseUri()).apiKey("sk-default-client-cap-0000")).maxResponseBytes(CAP).build())) {

            assertThatThrownBy(() -> sessions.createClientSecret(minimal()))
                    .isInstanceOf(ResponseFormatException.class)
                    .hasMessageContaining("exceeds the limit of " + CAP + " bytes");

            assertThat(huge.awaitClientGone(Duration.ofSeconds(10))).as("the client closed the connection").isTrue();
            assertThat(huge.bodyBytesWritten()).as("body bytes the server could write").isLessThan(NOT_DRAINED_BOUND);
            assertThat(sessions.leasedConnections()).isZero();
        }
    }

    static Stream<Arguments> retryableFailures() {
        return Stream.of(
                Arguments.argumentSet("503", Fault.error(503, "server_error", null, "overloaded")),
                Arguments.argumentSet("503 with x-should-retry: true",
                        Fault.error(503, "server_error", null, "overloaded", Map.of("x-should-retry", "true"))),
                Arguments.argumentSet("429 with Retry-After: 0", Fault.retryAfter(429, "0")),
                Arguments.argumentSet("connection reset before the answer", Fault.connectionReset()),
                Arguments.argumentSet("connection reset mid-body", Fault.resetMidBody()));
    }

    /** Feign's retryer, set by a customizer, and HttpClient's automatic retries would each resend the POST. */
    @ParameterizedTest
    @MethodSource("retryableFailures")
    void retryableFailureIsSentOnceWithTheLibrarysRetriesOff(Fault fault) {
        server.enqueue(fault);
        try (FeignSessionCreator sessions = FeignSessionCreator.builder(quick(server).maxRetries(0).build())
                .customize(feign -> feign.retryer(new Retryer.Default(1, 1, 5)))
                .build()) {

            Throwable thrown = catchThrowable(() -> sessions.createClientSecret(minimal()));

            assertThat(thrown).isInstanceOfAny(ApiStatusException.class, ApiConnectionException.class);
            assertThat(((RealtimeApiException) thrown).attempts()).isEqualTo(1);
        }
        assertThat(server.requestCount()).as("requests the server received").isEqualTo(1);
    }

    @Test
    void onlyTheLibrarysRetryPolicyRetries() {
        server.enqueue(3, Fault.error(503, "server_error", null, "overloaded"));
        RetryPolicy twoQuickRetries = RetryPolicy.builder().maxRetries(2).baseDelay(Duration.ofMillis(1))
                .maxBackoff(Duration.ofMillis(5)).build();
        try (FeignSessionCreator sessions = FeignSessionCreator.builder(quick(server).retryPolicy(twoQuickRetries)
                        .build())
                .customize(feign -> feign.retryer(new Retryer.Default(1, 1, 5)))
                .build()) {

            assertThatThrownBy(() -> sessions.createClientSecret(minimal()))
                    .isInstanceOfSatisfying(InternalServerException.class, e -> assertThat(e.attempts()).isEqualTo(3));
        }
        assertThat(server.requestCount()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void redirectIsReportedNotFollowed(int status) {
        try (FakeRealtimeServer elsewhere = FakeRealtimeServer.start();
                FeignSessionCreator sessions = FeignSessionCreator.create(quick(server).build())) {
            server.enqueue(Fault.status(status, "text/plain", "moved",
                    Map.of("Location", elsewhere.baseUri() + "/realtime/client_secrets")));

            assertThatThrownBy(() -> sessions.createClientSecret(minimal()))
                    .isInstanceOfSatisfying(ApiStatusException.class, e -> assertThat(e.status()).isEqualTo(status));

            assertThat(elsewhere.requestCount()).as("requests that followed the redirect").isZero();
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void sequentialCallsReuseOneConnectionAcrossSuccessesAndErrors() {
        try (FeignSessionCreator sessions = FeignSessionCreator.create(quick(server).build())) {
            sessions.createClientSecret(minimal());
            server.enqueue(Fault.error(429, "requests", "rate_limit_exceeded", "slow down"));
            assertThatThrownBy(() -> sessions.createClientSecret(minimal())).isInstanceOf(RateLimitException.class);
            server.enqueue(Fault.error(400, "invalid_request_error", null, "bad"));
            assertThatThrownBy(() -> sessions.createClientSecret(minimal())).isInstanceOf(ApiStatusException.class);
            sessions.hangUp(sessions.createCall(io.github.realtimesessions.model.CallRequest.of(
                    io.github.realtimesessions.testkit.SdpSamples.browserOffer(), null)).callId());
            ClientSecretResponse last = sessions.createClientSecret(minimal());

            assertThat(last.value()).startsWith("ek_");
            assertThat(server.requestCount()).isEqualTo(6);
            assertThat(server.openConnections()).as("connections the server saw open").isEqualTo(1);
            assertThat(sessions.leasedConnections()).isZero();
        }
    }

    @Test
    void closeEndsCallsInFlightClosesEveryConnectionAndRefusesNewCalls() throws Exception {
        FeignSessionCreator sessions = FeignSessionCreator.create(quick(server)
                .responseTimeout(Duration.ofSeconds(30)).callTimeout(Duration.ofSeconds(50)).build());
        sessions.createClientSecret(minimal()); // leaves an idle connection in the pool
        server.takeRequest();
        server.enqueue(2, Fault.neverRespond());
        AtomicReference<Throwable> blockingFailure = new AtomicReference<>();
        Thread blocking = new Thread(() -> blockingFailure.set(catchThrowable(
                () -> sessions.createClientSecret(minimal()))), "blocking-caller");
        blocking.start();
        CompletableFuture<ClientSecretResponse> async = sessions.async().createClientSecret(minimal());
        server.takeRequest(Duration.ofSeconds(10));
        server.takeRequest(Duration.ofSeconds(10));
        assertThat(sessions.leasedConnections()).as("the two calls in flight").isEqualTo(2);

        sessions.close();

        blocking.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(blocking.isAlive()).as("the blocking call still runs").isFalse();
        assertThat(blockingFailure.get()).isInstanceOf(ApiCancelledException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> async.get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(ApiCancelledException.class);
        assertThat(sessions.leasedConnections()).isZero();
        assertThat(awaitNoOpenConnection()).as("connections still open at the server").isZero();
        assertThatThrownBy(() -> sessions.createClientSecret(minimal()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        sessions.close(); // idempotent
        assertThat(sessions).hasToString("FeignSessionCreator[" + server.baseUri()
                + ", client=io.github.realtimesessions.transport.feign.internal.PooledApacheClient (default), closed]");
        assertThat(server.requestCount()).isEqualTo(3);
    }

    @Test
    void ownsTheClientItBuilds() {
        try (FeignSessionCreator sessions = FeignSessionCreator.create(quick(server).build())) {
            assertThat(sessions.ownsClient()).isTrue();
            assertThat(sessions.transport()).isEqualTo("feign");
            assertThat(sessions.toString()).contains("PooledApacheClient (default)");
        }
    }

    /**
     * Waits up to 5 s for the server to see every connection closed; there is no event to wait for (the server notices
     * when its read ends), so this polls.
     */
    private int awaitNoOpenConnection() {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (server.openConnections() > 0 && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
        return server.openConnections();
    }
}
