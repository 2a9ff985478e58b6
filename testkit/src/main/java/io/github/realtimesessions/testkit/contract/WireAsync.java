package io.github.realtimesessions.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.AsyncSessionCreator;
import io.github.realtimesessions.port.RateLimitException;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.port.ResponseFormatException;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.port.spi.AttemptInfo;
import io.github.realtimesessions.port.spi.RequestObserver;
import io.github.realtimesessions.testkit.Fault;
import io.github.realtimesessions.testkit.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wire: the asynchronous half. Every endpoint over the wire as a future, the fault matrix with retries, cancellation
 * of the exchange in flight and of a pending retry, a deadline completing the future with
 * {@link ApiTimeoutException}, and 256 calls in flight at once without deadlock or leaked connection.
 */
public interface WireAsync extends ContractSupport {

    /** Every endpoint goes over the wire as a future, to its path. */
    @Test
    default void asyncCallsGoOverTheWire() {
        AsyncSessionCreator async = creator().async();
        Duration limit = Duration.ofSeconds(10);

        Expect.valueOf(async.createClientSecret(Samples.minimalRealtime()), limit);
        Expect.valueOf(async.createTranslationClientSecret(Samples.translation("pt")), limit);
        RealtimeCall call = Expect.valueOf(async.createCall(Samples.call()), limit);
        Expect.valueOf(async.hangUp(call.callId()), limit);

        List<String> paths = server().requests().stream().map(RecordedRequest::path).toList();
        String base = server().baseUri().getPath();
        assertThat(paths).containsExactly(base + "/realtime/client_secrets",
                base + "/realtime/translations/client_secrets", base + "/realtime/calls",
                base + "/realtime/calls/" + call.callId() + "/hangup");
    }

    /**
     * The fault matrix, asynchronously: the same outcomes and attempts as the blocking calls.
     *
     * @param faults the faults the server applies, in order
     * @param outcome the cause the future fails with, or {@code null} for success
     * @param requests the requests the server must see
     */
    @ParameterizedTest
    @MethodSource("io.github.realtimesessions.testkit.contract.WireAsync#asyncFaults")
    default void asyncFaultMatrix(List<Fault> faults, Class<? extends RealtimeApiException> outcome, int requests) {
        faults.forEach(server()::enqueue);
        // The read timeout outlasts the call's deadline: a stall ends at the deadline, never in a retry.
        SessionCreator creator = creator(settings().retryPolicy(WireRetries.FAULT_RETRIES)
                .callTimeout(WireDeadlines.DEADLINE).connectTimeout(Duration.ofMillis(500))
                .responseTimeout(Duration.ofSeconds(2)).build());

        long start = System.nanoTime();
        CompletableFuture<ClientSecretResponse> future = creator.async().createClientSecret(Samples.minimalRealtime());
        if (outcome == null) {
            assertThat(Expect.valueOf(future, Duration.ofSeconds(10)).value()).startsWith("ek_");
        } else {
            assertThat(Expect.failureOf(future, Duration.ofSeconds(10))).isInstanceOf(outcome);
        }

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(WireDeadlines.DEADLINE.plus(Expect.MARGIN));
        assertThat(server().requestCount()).isEqualTo(requests);
    }

    /**
     * The cases of {@link #asyncFaultMatrix}.
     *
     * @return the cases
     */
    static Stream<Arguments> asyncFaults() {
        Fault serverError = Fault.error(500, "server_error", null, "again");
        return Stream.of(
                Arguments.argumentSet("500, then success", List.of(serverError), null, 2),
                Arguments.argumentSet("reset three times", List.of(Fault.connectionReset(), Fault.connectionReset(),
                        Fault.connectionReset()), ApiConnectionException.class, 3),
                Arguments.argumentSet("head cut short, then success", List.of(Fault.headCutShort()), null, 2),
                Arguments.argumentSet("429 too long to wait for", List.of(Fault.retryAfter(429, "10000000000")),
                        RateLimitException.class, 1),
                Arguments.argumentSet("malformed 200, not retried", List.of(Fault.status(200, "application/json",
                        "{\"value\":", Map.of())), ResponseFormatException.class, 1),
                Arguments.argumentSet("body trickled past the deadline", List.of(Fault.trickleBody(
                        Duration.ofMillis(100))), ApiTimeoutException.class, 1),
                Arguments.argumentSet("endless 102 Processing", List.of(Fault.endlessProcessing(
                        Duration.ofMillis(200))), ApiTimeoutException.class, 1));
    }

    /** A valid chunked body with a wrong {@code Content-Length} beside it is read by its chunks, asynchronously too. */
    @Test
    default void asyncChunkedFramingWinsOverContentLength() {
        server().enqueue(Fault.chunkedWithContentLength(3));

        ClientSecretResponse response = Expect.valueOf(
                creator(settings().maxRetries(2).build()).async().createClientSecret(Samples.minimalRealtime()),
                Duration.ofSeconds(10));

        assertThat(response.value()).startsWith("ek_");
        assertThat(server().requestCount()).isEqualTo(1);
    }

    /** Cancelling the future cancels the exchange in flight; the creator serves the next call. */
    @Test
    default void cancellingCancelsTheExchangeInFlight() {
        server().enqueue(Fault.neverRespond());
        SessionCreator creator = creator(settings().responseTimeout(Duration.ofSeconds(30)).build());
        CompletableFuture<ClientSecretResponse> future = creator.async().createClientSecret(Samples.minimalRealtime());
        server().takeRequest(Duration.ofSeconds(10));

        assertThat(future.cancel(true)).isTrue();

        assertThat(Expect.valueOf(creator.async().createClientSecret(Samples.minimalRealtime()),
                Duration.ofSeconds(10)).value()).startsWith("ek_");
    }

    /** Cancelling a future at once, before anything was sent, leaves the creator usable. */
    @Test
    default void cancellingAtOnceLeavesTheCreatorUsable() {
        // A held answer, so that the call cannot finish before it is cancelled (over loopback it may take 100 us).
        // If the cancel comes before the request reached the server, the next call gets the hold: 1 s, no more.
        server().enqueue(Fault.delayBeforeHeaders(Duration.ofSeconds(1)));
        SessionCreator creator = creator();

        assertThat(creator.async().createClientSecret(Samples.minimalRealtime()).cancel(true)).isTrue();

        assertThat(Expect.valueOf(creator.async().createClientSecret(Samples.minimalRealtime()),
                Duration.ofSeconds(10)).value()).startsWith("ek_");
    }

    /**
     * Cancelling a future that waits to retry cancels the retry: the server never sees it.
     *
     * @throws InterruptedException if the test thread is interrupted
     */
    @Test
    default void cancellingCancelsAPendingRetry() throws InterruptedException {
        server().enqueue(Fault.retryAfter(429, "0.5"));
        CountDownLatch waiting = new CountDownLatch(1);
        SessionCreator creator = creator(settings().retryPolicy(WireRetries.FAULT_RETRIES)
                .listener(start -> new RequestObserver() {
                    @Override
                    public void attemptFinished(AttemptInfo attempt) {
                        if (attempt.retryDelay() != null) {
                            waiting.countDown();
                        }
                    }
                }).build());
        CompletableFuture<ClientSecretResponse> future = creator.async().createClientSecret(Samples.minimalRealtime());
        assertThat(waiting.await(10, TimeUnit.SECONDS)).as("the call waits to retry").isTrue();

        assertThat(future.cancel(true)).isTrue();

        server().takeRequest();
        AssertionError none = Expect.thrownBy(AssertionError.class, () -> server().takeRequest(Duration.ofMillis(900)));
        assertThat(none).hasMessageContaining("no new request");
        assertThat(server().requestCount()).isEqualTo(1);
    }

    /** A call past its deadline completes the future with {@link ApiTimeoutException} as the cause. */
    @Test
    default void deadlineIsTheFuturesTimeout() {
        server().enqueue(Fault.neverRespond());
        Duration deadline = Duration.ofMillis(500);

        long start = System.nanoTime();
        Throwable cause = Expect.failureOf(creator().async().createClientSecret(Samples.minimalRealtime(),
                RequestOptions.builder().timeout(deadline).build()), Duration.ofSeconds(10));

        assertThat(cause).isInstanceOf(ApiTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(deadline.plus(Expect.MARGIN));
    }

    /**
     * 256 calls in flight at once all complete, each with its own secret, without deadlock.
     *
     * @throws Exception if waiting fails
     */
    @Test
    default void twoHundredFiftySixCallsInFlightComplete() throws Exception {
        AsyncSessionCreator async = creator(settings().responseTimeout(Duration.ofSeconds(20))
                .callTimeout(Duration.ofSeconds(40)).build()).async();
        List<CompletableFuture<ClientSecretResponse>> futures = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            futures.add(async.createClientSecret(Samples.realtime("in flight " + i)));
        }

        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(45, TimeUnit.SECONDS);

        Set<String> secrets = new HashSet<>();
        for (CompletableFuture<ClientSecretResponse> future : futures) {
            secrets.add(future.join().value());
        }
        assertThat(secrets).hasSize(256);
        assertThat(server().requestCount()).isEqualTo(256);
    }
}
