package io.github.realtimesessions.transport.core.internal;

import static io.github.realtimesessions.transport.core.internal.ScriptedExchange.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.port.AccessToken;
import io.github.realtimesessions.port.ApiCancelledException;
import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.BadRequestException;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.Credential;
import io.github.realtimesessions.port.CredentialException;
import io.github.realtimesessions.port.InternalServerException;
import io.github.realtimesessions.port.NotFoundException;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.transport.core.AsyncHttpExchange;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The asynchronous path: the same decisions as the blocking one, the failure as the future's cause (wrapped once by
 * the future, never by the library), waits on the scheduler with no thread blocked, cancellation and close that abort
 * what is in flight or pending, and the executor fallback when the transport has no non-blocking exchange.
 */
class PipelineAsyncTest extends PipelineFixture {

    private static final long SLACK_MS = 1_000;

    private final ManualAsyncExchange async = new ManualAsyncExchange();

    private Pipeline asyncPipeline(ClientSettings settings) {
        return pipeline(settings, request -> {
            throw new AssertionError("the blocking exchange must not be used when there is a non-blocking one");
        }, async, null);
    }

    private CompletableFuture<ClientSecretResponse> mintAsync(Pipeline pipeline) {
        return pipeline.executeAsync(Operations.CLIENT_SECRETS, request(), RequestOptions.defaults());
    }

    /** The failure a future completed with, as the caller sees it through {@code get()}. */
    private static Throwable causeOf(CompletableFuture<?> future) {
        Throwable thrown = catchThrowable(() -> future.get(10, TimeUnit.SECONDS));
        assertThat(thrown).isInstanceOf(ExecutionException.class);
        return thrown.getCause();
    }

    // -------------------------------------------------------------------------------------------- results

    @Test
    void theSameResultAsTheBlockingPath() throws Exception {
        Pipeline pipeline = asyncPipeline(settings().build());
        CompletableFuture<ClientSecretResponse> future = mintAsync(pipeline);

        assertThat(future).isNotDone();
        async.next().complete(ok());

        ClientSecretResponse response = future.get(10, TimeUnit.SECONDS);
        exchange.then(respond(ok()));
        assertThat(response).isEqualTo(mint(pipeline(settings().build())));
        assertThat(response.metadata().requestId()).isEqualTo("req_ok");
    }

    @Test
    void theFailureIsTheFuturesCauseAndNeverWrappedTwice() throws Exception {
        Pipeline pipeline = asyncPipeline(settings().build());
        CompletableFuture<ClientSecretResponse> future = mintAsync(pipeline);
        async.next().complete(error(400, "x-request-id", "req_400"));

        Throwable cause = causeOf(future);

        assertThat(cause).isExactlyInstanceOf(BadRequestException.class).hasNoCause();
        assertThat(((BadRequestException) cause).requestId()).isEqualTo("req_400");
        assertThat(catchThrowable(future::join)).isExactlyInstanceOf(CompletionException.class).cause().isSameAs(cause);
    }

    @Test
    void aConnectionFailureIsRetriedOnTheSchedulerWithoutBlockingAThread() throws Exception {
        Pipeline pipeline = asyncPipeline(settings().build());
        Thread caller = Thread.currentThread();

        CompletableFuture<ClientSecretResponse> future = mintAsync(pipeline);
        ManualAsyncExchange.Pending first = async.next();
        assertThat(first.thread()).as("the first exchange starts on the calling thread").isSameAs(caller);
        first.complete(error(503, "retry-after-ms", "30"));
        ManualAsyncExchange.Pending second = async.next();
        assertThat(future).as("nothing waits for the retry: the future is still open").isNotDone();
        second.complete(ok());

        assertThat(future.get(10, TimeUnit.SECONDS).value()).isEqualTo(WireFixtures.CAPTURE_SECRET);
        assertThat(second.thread().getName()).isEqualTo("realtime-sessions-fake-scheduler-1");
        assertThat(async.started()).isEqualTo(2);
        assertThat(listener.attempts.get(0).retryDelay()).isEqualTo(Duration.ofMillis(30));
    }

    @Test
    void theRetriesEndWithTheLastFailureCarryingTheEarlierOnes() throws Exception {
        Pipeline pipeline = asyncPipeline(settings().build());
        CompletableFuture<ClientSecretResponse> future = mintAsync(pipeline);
        for (int i = 0; i < 3; i++) {
            async.next().complete(error(500));
        }

        Throwable cause = causeOf(future);

        assertThat(cause).isExactlyInstanceOf(InternalServerException.class);
        assertThat(((InternalServerException) cause).attempts()).isEqualTo(3);
        assertThat(cause.getSuppressed()).hasSize(2);
    }

    @Test
    void aForeignRealtimeApiExceptionPassesThroughUnmodified() throws Exception {
        NotFoundException foreign = new NotFoundException(ApiError.ofStatus(404));
        Pipeline pipeline = asyncPipeline(settings().build());
        CompletableFuture<ClientSecretResponse> future = mintAsync(pipeline);
        async.next().fail(new CompletionException(foreign));

        assertThat(causeOf(future)).isSameAs(foreign);
        assertThat(foreign.attempts()).isEqualTo(1);
        assertThat(async.started()).isEqualTo(1);
    }

    @Test
    void anExchangeThatThrowsInsteadOfFailingItsFutureIsAConnectionFailure() {
        AsyncHttpExchange throwing = request -> {
            throw new IllegalStateException("client closed");
        };
        Pipeline pipeline = pipeline(settings().maxRetries(0).build(), exchange, throwing, null);

        Throwable cause = causeOf(mintAsync(pipeline));

        assertThat(cause).isExactlyInstanceOf(ApiConnectionException.class)
                .hasMessageContaining("IllegalStateException: client closed");
    }

    @Test
    void aTokenSourceFailureIsTheFuturesCause() {
        IllegalStateException failure = new IllegalStateException("no token");
        ClientSettings settings = settings().credential(Credential.bearerTokens(() -> {
            throw failure;
        })).build();

        Throwable cause = causeOf(mintAsync(asyncPipeline(settings)));

        assertThat(cause).isExactlyInstanceOf(CredentialException.class).hasCause(failure);
        assertThat(async.started()).isZero();
    }

    @Test
    void aRefusedBearerTokenIsRefreshedOnce() throws Exception {
        AtomicInteger fetches = new AtomicInteger();
        ClientSettings settings = settings().credential(Credential.bearerTokens(
                () -> new AccessToken("token-" + fetches.incrementAndGet(), null))).build();
        CompletableFuture<ClientSecretResponse> future = mintAsync(asyncPipeline(settings));
        async.next().complete(error(401));
        ManualAsyncExchange.Pending second = async.next();
        second.complete(ok());

        assertThat(future.get(10, TimeUnit.SECONDS).value()).isNotNull();
        assertThat(second.request().headers().first("Authorization")).isEqualTo("Bearer token-2");
    }

    // -------------------------------------------------------------------------------------------- cancel, timeout, close

    @Nested
    class Ending {

        @Test
        void cancellingTheFutureAbortsTheExchangeInFlight() throws Exception {
            CompletableFuture<ClientSecretResponse> future = mintAsync(asyncPipeline(settings().build()));
            ManualAsyncExchange.Pending inFlight = async.next();

            assertThat(future.cancel(true)).isTrue();

            assertThat(inFlight.request().isAborted()).isTrue();
            assertThat(async.aborts()).isEqualTo(1);
            assertThat(inFlight.future()).isCompletedExceptionally();
            assertThat(catchThrowable(future::join)).isInstanceOf(CancellationException.class);
            assertThat(async.nextWithin(100)).as("a cancelled call is not retried").isNull();
        }

        @Test
        void cancellingTheFutureDropsThePendingRetry() throws Exception {
            CompletableFuture<ClientSecretResponse> future = mintAsync(asyncPipeline(settings().build()));
            async.next().complete(error(503, "retry-after-ms", "400"));
            listener.awaitAttempt();

            future.cancel(false);

            assertThat(async.nextWithin(1_000)).as("the retry, due after 400 ms, never starts").isNull();
            assertThat(async.started()).isEqualTo(1);
        }

        @Test
        void anExchangePastItsDeadlineIsAbortedAsATimeout() {
            ClientSettings settings = settings().connectTimeout(Duration.ofMillis(100))
                    .responseTimeout(Duration.ofMillis(200)).maxRetries(0).build();

            long start = System.nanoTime();
            Throwable cause = causeOf(mintAsync(asyncPipeline(settings)));
            long elapsed = (System.nanoTime() - start) / 1_000_000;

            assertThat(cause).isExactlyInstanceOf(ApiTimeoutException.class)
                    .hasMessageContaining("the attempt's deadline of 300 ms");
            assertThat(elapsed).isBetween(300L, 300 + SLACK_MS);
            assertThat(async.aborts()).isEqualTo(1);
        }

        @Test
        void theCallsDeadlineFromTheOptions() {
            Pipeline pipeline = asyncPipeline(settings().build());

            long start = System.nanoTime();
            Throwable cause = causeOf(pipeline.executeAsync(Operations.CLIENT_SECRETS, request(),
                    RequestOptions.builder().timeout(Duration.ofMillis(250)).build()));
            long elapsed = (System.nanoTime() - start) / 1_000_000;

            assertThat(cause).isExactlyInstanceOf(ApiTimeoutException.class).hasMessageContaining("the call's deadline");
            assertThat(elapsed).isBetween(250L, 250 + SLACK_MS);
        }

        @Test
        void closeCompletesACallInFlightAndOneWaitingToRetry() throws Exception {
            Pipeline pipeline = asyncPipeline(settings().build());
            CompletableFuture<ClientSecretResponse> inFlight = mintAsync(pipeline);
            ManualAsyncExchange.Pending running = async.next();
            CompletableFuture<ClientSecretResponse> waiting = mintAsync(pipeline);
            async.next().complete(error(503, "retry-after", "30"));
            listener.awaitAttempt();

            pipeline.close();

            Throwable first = causeOf(inFlight);
            Throwable second = causeOf(waiting);
            assertThat(first).isExactlyInstanceOf(ApiCancelledException.class)
                    .hasMessageContaining("the SessionCreator was closed");
            assertThat(running.request().isAborted()).isTrue();
            assertThat(second).isExactlyInstanceOf(ApiCancelledException.class)
                    .hasMessageContaining("closed while the call waited to retry after InternalServerException")
                    .cause().isInstanceOf(InternalServerException.class);
            assertThat(async.nextWithin(100)).isNull();
        }

        @Test
        void aCallAfterCloseIsRefused() {
            Pipeline pipeline = asyncPipeline(settings().build());
            pipeline.close();

            assertThat(catchThrowable(() -> mintAsync(pipeline))).isExactlyInstanceOf(IllegalStateException.class);
            assertThat(async.started()).isZero();
        }
    }

    // -------------------------------------------------------------------------------------------- fallback

    @Nested
    class WithoutANonBlockingExchange {

        @Test
        void theBlockingExchangeRunsOnTheGivenExecutor() throws Exception {
            AtomicInteger tasks = new AtomicInteger();
            Executor counting = task -> {
                tasks.incrementAndGet();
                new Thread(task, "callers-executor").start();
            };
            exchange.then(respond(error(502)), respond(ok()));
            Pipeline pipeline = pipeline(settings().build(), exchange, null, counting);

            ClientSecretResponse response = mintAsync(pipeline).get(10, TimeUnit.SECONDS);

            assertThat(response.value()).isEqualTo(WireFixtures.CAPTURE_SECRET);
            assertThat(tasks).as("one task per attempt").hasValue(2);
            assertThat(exchange.threads()).extracting(Thread::getName).containsOnly("callers-executor");
        }

        @Test
        void withoutAnExecutorTheCreatorsOwnDaemonThreadsRunIt() throws Exception {
            exchange.then(respond(ok()));
            Pipeline pipeline = pipeline(settings().build(), exchange, null, null);

            mintAsync(pipeline).get(10, TimeUnit.SECONDS);

            assertThat(exchange.threads()).singleElement().satisfies(thread -> {
                assertThat(thread.getName()).startsWith("realtime-sessions-fake-async-");
                assertThat(thread.isDaemon()).isTrue();
            });
        }

        @Test
        void anExecutorThatRefusesTheTaskIsAConnectionFailure() {
            Executor refusing = task -> {
                throw new java.util.concurrent.RejectedExecutionException("full");
            };
            Pipeline pipeline = pipeline(settings().maxRetries(0).build(), exchange, null, refusing);

            assertThat(causeOf(mintAsync(pipeline))).isExactlyInstanceOf(ApiConnectionException.class)
                    .hasMessageContaining("the executor refused it");
            assertThat(exchange.calls()).isZero();
        }

        @Test
        void theDeadlineHoldsOnTheFallbackToo() {
            exchange.then(exchange.blockUntilAborted());
            Pipeline pipeline = pipeline(settings().connectTimeout(Duration.ofMillis(100))
                    .responseTimeout(Duration.ofMillis(100)).maxRetries(0).build(), exchange, null, null);

            long start = System.nanoTime();
            Throwable cause = causeOf(mintAsync(pipeline));

            assertThat(cause).isExactlyInstanceOf(ApiTimeoutException.class);
            assertThat((System.nanoTime() - start) / 1_000_000).isBetween(200L, 200 + SLACK_MS);
            assertThat(exchange.aborts()).isEqualTo(1);
        }

        @Test
        void closeCompletesTheFallbacksCallInFlight() throws Exception {
            exchange.then(exchange.blockUntilAborted());
            Pipeline pipeline = pipeline(settings().build(), exchange, null, null);
            CompletableFuture<ClientSecretResponse> future = mintAsync(pipeline);
            exchange.awaitBlocked();

            pipeline.close();

            assertThat(causeOf(future)).isExactlyInstanceOf(ApiCancelledException.class);
            assertThat(exchange.aborts()).isEqualTo(1);
        }
    }
}
