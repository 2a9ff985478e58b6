package io.github.realtimesessions.transport.core.internal;

import static io.github.realtimesessions.transport.core.internal.ScriptedExchange.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.realtimesessions.port.ApiCancelledException;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.InternalServerException;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.port.RetryPolicy;
import java.net.SocketException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A call ends when the caller says so, whatever the exchange does: the attempt's deadline (connectTimeout +
 * responseTimeout) and the call's (callTimeout or RequestOptions.timeout) abort a blocked exchange within the deadline
 * plus 1 s; an interrupt ends the call promptly, keeping the flag; close() ends running and waiting calls.
 */
class PipelineDeadlineTest extends PipelineFixture {

    /** Slack over a deadline: the watchdog scans every 20 ms; 1 s is the bound the issue sets. */
    private static final long SLACK_MS = 1_000;

    /** Runs a call on its own thread, as a caller would. */
    private static final class Caller<T> {
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final AtomicReference<T> result = new AtomicReference<>();
        final AtomicBoolean interruptedAfter = new AtomicBoolean();
        final Thread thread;
        final CompletableFuture<Long> elapsedMs = new CompletableFuture<>();

        Caller(Supplier<T> call) {
            thread = new Thread(() -> {
                long start = System.nanoTime();
                try {
                    result.set(call.get());
                } catch (Throwable t) {
                    failure.set(t);
                }
                interruptedAfter.set(Thread.currentThread().isInterrupted());
                elapsedMs.complete((System.nanoTime() - start) / 1_000_000);
            }, "test-caller");
            thread.start();
        }

        long awaitEnd() throws Exception {
            return elapsedMs.get(10, TimeUnit.SECONDS);
        }
    }

    // -------------------------------------------------------------------------------------------- deadlines

    @Nested
    class Deadlines {

        @Test
        void anAttemptBlockedPastConnectPlusResponseTimeoutIsAbortedAsATimeout() {
            exchange.then(exchange.blockUntilAborted());
            ClientSettings settings = settings().connectTimeout(Duration.ofMillis(100))
                    .responseTimeout(Duration.ofMillis(200)).maxRetries(0).build();

            Throwable[] thrown = new Throwable[1];
            long elapsed = millis(() -> thrown[0] = catchThrowable(() -> mint(pipeline(settings))));

            assertThat(thrown[0]).isExactlyInstanceOf(ApiTimeoutException.class)
                    .hasMessage("POST https://api.openai.com/v1/realtime/client_secrets did not finish within the"
                            + " attempt's deadline of 300 ms (connectTimeout + responseTimeout) and was aborted")
                    .hasCauseInstanceOf(SocketException.class);
            assertThat(elapsed).isBetween(300L, 300 + SLACK_MS);
            assertThat(exchange.aborts()).as("the abort action registered with onAbort ran").isEqualTo(1);
            assertThat(exchange.request(0).isAborted()).isTrue();
        }

        @Test
        void theResponseTimeoutOfTheCallsOptionsSetsTheAttemptsDeadline() {
            exchange.then(exchange.blockUntilAborted());
            ClientSettings settings = settings().connectTimeout(Duration.ofMillis(100)).maxRetries(0).build();

            Throwable[] thrown = new Throwable[1];
            long elapsed = millis(() -> thrown[0] = catchThrowable(() -> mint(pipeline(settings),
                    RequestOptions.builder().responseTimeout(Duration.ofMillis(150)).build())));

            assertThat(thrown[0]).isExactlyInstanceOf(ApiTimeoutException.class)
                    .hasMessageContaining("attempt's deadline of 250 ms");
            assertThat(elapsed).isBetween(250L, 250 + SLACK_MS);
            assertThat(exchange.request(0).readTimeout()).isEqualTo(Duration.ofMillis(150));
            assertThat(exchange.request(0).connectTimeout()).isEqualTo(Duration.ofMillis(100));
        }

        @Test
        void theCallsDeadlineBoundsAnAttemptThatMayTakeLonger() {
            exchange.then(exchange.blockUntilAborted());
            ClientSettings settings = settings().callTimeout(Duration.ofMillis(400)).build();

            Throwable[] thrown = new Throwable[1];
            long elapsed = millis(() -> thrown[0] = catchThrowable(() -> mint(pipeline(settings))));

            assertThat(thrown[0]).isExactlyInstanceOf(ApiTimeoutException.class)
                    .hasMessageContaining("did not finish within the call's deadline (callTimeout or"
                            + " RequestOptions.timeout) and was aborted");
            assertThat(elapsed).isBetween(400L, 400 + SLACK_MS);
            assertThat(exchange.calls()).as("no retry past the deadline").isEqualTo(1);
        }

        @Test
        void theTimeoutOfTheCallsOptionsIsTheCallsDeadline() {
            exchange.then(exchange.blockUntilAborted());

            Throwable[] thrown = new Throwable[1];
            long elapsed = millis(() -> thrown[0] = catchThrowable(() -> mint(pipeline(),
                    RequestOptions.builder().timeout(Duration.ofMillis(300)).build())));

            assertThat(thrown[0]).isExactlyInstanceOf(ApiTimeoutException.class)
                    .hasMessageContaining("the call's deadline");
            assertThat(elapsed).isBetween(300L, 300 + SLACK_MS);
        }

        @Test
        void attemptsTimingOutAreRetriedUntilTheCallsDeadline() {
            for (int i = 0; i < 11; i++) {
                exchange.then(exchange.blockUntilAborted());
            }
            ClientSettings settings = settings().connectTimeout(Duration.ofMillis(50))
                    .responseTimeout(Duration.ofMillis(100)).callTimeout(Duration.ofMillis(500))
                    .retryPolicy(RetryPolicy.builder().maxRetries(10).baseDelay(Duration.ofMillis(1))
                            .maxBackoff(Duration.ofMillis(1)).build())
                    .build();

            Throwable[] thrown = new Throwable[1];
            long elapsed = millis(() -> thrown[0] = catchThrowable(() -> mint(pipeline(settings))));

            assertThat(thrown[0]).isInstanceOf(ApiTimeoutException.class);
            assertThat(((ApiTimeoutException) thrown[0]).attempts()).isBetween(2, 5);
            assertThat(thrown[0].getSuppressed()).allMatch(ApiTimeoutException.class::isInstance);
            assertThat(elapsed).isBetween(500L, 500 + SLACK_MS);
        }

        /** A body that gives a byte every 50 ms, forever, until the exchange is aborted. */
        private java.io.InputStream trickle(io.github.realtimesessions.transport.core.RawRequest request) {
            return new java.io.InputStream() {
                @Override
                public int read() throws java.io.IOException {
                    java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
                    if (request.isAborted()) {
                        throw new SocketException("Socket closed");
                    }
                    return ' ';
                }
            };
        }

        @Test
        void aBodyTrickledByteByByteIsAbortedAtTheAttemptsDeadline() {
            exchange.then(request -> new FakeResponse(200, FakeResponse.headers("Content-Length", "100000"),
                    trickle(request)));
            ClientSettings settings = settings().connectTimeout(Duration.ofMillis(100))
                    .responseTimeout(Duration.ofMillis(300)).maxRetries(0).build();

            Throwable[] thrown = new Throwable[1];
            long elapsed = millis(() -> thrown[0] = catchThrowable(() -> mint(pipeline(settings))));

            assertThat(thrown[0]).isExactlyInstanceOf(ApiTimeoutException.class)
                    .hasMessageContaining("attempt's deadline of 400 ms");
            assertThat(elapsed).isBetween(400L, 400 + SLACK_MS);
            assertThat(exchange.responses()).singleElement().satisfies(response -> {
                assertThat(response.abortedOnce()).as("aborted, never drained or released").isTrue();
                assertThat(response.bytesRead()).isLessThan(100);
            });
        }

        @Test
        void theExchangeIsNotAbortedWhenItEndsInTime() {
            exchange.then(respond(ok()));

            mint(pipeline(settings().connectTimeout(Duration.ofMillis(100)).responseTimeout(Duration.ofMillis(100))
                    .build()));

            assertThat(exchange.request(0).isAborted()).isFalse();
        }
    }

    // -------------------------------------------------------------------------------------------- interrupts

    @Nested
    class Interrupts {

        @Test
        void anInterruptDuringABlockedExchangeEndsTheCallPromptlyAndKeepsTheFlag() throws Exception {
            exchange.then(exchange.blockUntilAborted());
            Pipeline pipeline = pipeline();
            Caller<Object> caller = new Caller<>(() -> mint(pipeline));
            exchange.awaitBlocked();

            long interruptedAt = System.nanoTime();
            caller.thread.interrupt();
            caller.awaitEnd();

            assertThat((System.nanoTime() - interruptedAt) / 1_000_000).isLessThan(SLACK_MS);
            assertThat(caller.failure.get()).isExactlyInstanceOf(ApiCancelledException.class)
                    .hasMessageContaining("was abandoned: the calling thread was interrupted (its interrupt flag stays"
                            + " set)");
            assertThat(caller.interruptedAfter).isTrue();
            assertThat(exchange.aborts()).isEqualTo(1);
            assertThat(exchange.calls()).as("a cancelled call is not retried").isEqualTo(1);
        }

        @Test
        void anExchangeThatAnswersAnInterruptItselfEndsTheSameWay() throws Exception {
            exchange.then(exchange.blockUntilInterrupted());
            Pipeline pipeline = pipeline();
            Caller<Object> caller = new Caller<>(() -> mint(pipeline));
            exchange.awaitBlocked();

            caller.thread.interrupt();
            caller.awaitEnd();

            assertThat(caller.failure.get()).isExactlyInstanceOf(ApiCancelledException.class);
            assertThat(caller.interruptedAfter).isTrue();
        }

        @Test
        void anInterruptedCallerSendsNothing() throws Exception {
            Pipeline pipeline = pipeline();
            Caller<Object> caller = new Caller<>(() -> {
                Thread.currentThread().interrupt();
                return mint(pipeline);
            });
            caller.awaitEnd();

            assertThat(caller.failure.get()).isExactlyInstanceOf(ApiCancelledException.class);
            assertThat(caller.interruptedAfter).isTrue();
            assertThat(exchange.calls()).isZero();
        }

        @Test
        void anInterruptDuringARetryWaitEndsItPromptlyWithTheFailureAsCause() throws Exception {
            exchange.then(respond(error(503, "retry-after", "30")));
            Pipeline pipeline = pipeline();
            Caller<Object> caller = new Caller<>(() -> mint(pipeline));
            listener.awaitAttempt();

            long interruptedAt = System.nanoTime();
            caller.thread.interrupt();
            caller.awaitEnd();

            assertThat((System.nanoTime() - interruptedAt) / 1_000_000).isLessThan(SLACK_MS);
            assertThat(caller.failure.get()).isExactlyInstanceOf(ApiCancelledException.class)
                    .hasMessageContaining("interrupted while waiting to retry")
                    .cause().isInstanceOf(InternalServerException.class);
            assertThat(caller.failure.get().getSuppressed()).as("the cause is not repeated").isEmpty();
            assertThat(caller.interruptedAfter).isTrue();
            assertThat(exchange.calls()).isEqualTo(1);
        }
    }

    // -------------------------------------------------------------------------------------------- close

    @Nested
    class Closing {

        @Test
        void closeDuringAnExchangeEndsItPromptlyWithTheOriginalFailureAsCause() throws Exception {
            exchange.then(exchange.blockUntilAborted());
            Pipeline pipeline = pipeline();
            Caller<Object> caller = new Caller<>(() -> mint(pipeline));
            exchange.awaitBlocked();

            long closedAt = System.nanoTime();
            pipeline.close();
            caller.awaitEnd();

            assertThat((System.nanoTime() - closedAt) / 1_000_000).isLessThan(SLACK_MS);
            assertThat(caller.failure.get()).isExactlyInstanceOf(ApiCancelledException.class)
                    .hasMessageContaining("the SessionCreator was closed")
                    .cause().isExactlyInstanceOf(SocketException.class).hasMessage("Socket closed");
            assertThat(exchange.aborts()).isEqualTo(1);
            assertThat(exchange.calls()).isEqualTo(1);
        }

        @Test
        void closeDuringARetryWaitEndsItPromptlyWithTheOriginalFailureAsCause() throws Exception {
            exchange.then(respond(error(503, "retry-after", "30", "x-request-id", "req_503")));
            Pipeline pipeline = pipeline();
            Caller<Object> caller = new Caller<>(() -> mint(pipeline));
            listener.awaitAttempt();

            long closedAt = System.nanoTime();
            pipeline.close();
            caller.awaitEnd();

            assertThat((System.nanoTime() - closedAt) / 1_000_000).isLessThan(SLACK_MS);
            Throwable failure = caller.failure.get();
            assertThat(failure).isExactlyInstanceOf(ApiCancelledException.class)
                    .hasMessageContaining("the SessionCreator was closed while the call waited to retry after"
                            + " InternalServerException");
            assertThat(failure.getCause()).isInstanceOfSatisfying(InternalServerException.class,
                    cause -> assertThat(cause.requestId()).isEqualTo("req_503"));
            assertThat(failure.getSuppressed()).isEmpty();
            assertThat(caller.interruptedAfter).isFalse();
            assertThat(exchange.calls()).isEqualTo(1);
        }

        @Test
        void aCallAfterCloseIsRefusedAndSendsNothing() {
            Pipeline pipeline = pipeline();
            pipeline.close();
            pipeline.close();

            assertThat(pipeline.isClosed()).isTrue();
            assertThatThrownBy(() -> mint(pipeline)).isExactlyInstanceOf(IllegalStateException.class)
                    .hasMessage("this fake SessionCreator is closed");
            assertThatThrownBy(() -> pipeline.executeAsync(Operations.CLIENT_SECRETS, request(),
                    RequestOptions.defaults())).isExactlyInstanceOf(IllegalStateException.class);
            assertThat(exchange.calls()).isZero();
        }
    }
}
