package io.github.realtimesessions.transport.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.port.AccessToken;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.Credential;
import io.github.realtimesessions.port.CredentialException;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.port.TokenSource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bearer tokens on the asynchronous path: a token source may block (a token request over the network), so a fetch
 * never runs on the caller's thread (an event loop, perhaps), nor on the thread that completed the exchange (an I/O
 * thread), including the one refresh after a 401; a cached token costs no thread hop at all.
 */
class PipelineAsyncCredentialTest extends PipelineFixture {

    private final ManualAsyncExchange async = new ManualAsyncExchange();
    private final List<Thread> fetchedOn = new CopyOnWriteArrayList<>();
    private final ExecutorService ioThread = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "io"));

    @AfterEach
    void stopIoThread() {
        ioThread.shutdownNow();
    }

    private TokenSource recordingTokens() {
        return () -> {
            fetchedOn.add(Thread.currentThread());
            return new AccessToken("token-" + fetchedOn.size(), clock.instant().plus(Duration.ofMinutes(10)));
        };
    }

    private Pipeline pipeline(TokenSource tokens, Executor executor) {
        return pipeline(settings().credential(Credential.bearerTokens(tokens)).build(), request -> {
            throw new AssertionError("the blocking exchange must not be used when there is a non-blocking one");
        }, async, executor);
    }

    private CompletableFuture<ClientSecretResponse> mintAsync(Pipeline pipeline) {
        return pipeline.executeAsync(Operations.CLIENT_SECRETS, request(), RequestOptions.defaults());
    }

    /** Completes the next exchange from the "io" thread, as a transport's I/O thread does. */
    private void answerFromIoThread(FakeResponse response) throws Exception {
        ManualAsyncExchange.Pending next = async.next();
        ioThread.submit(() -> next.complete(response)).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theFirstFetchRunsOnAPipelineThreadNotTheCallers() throws Exception {
        Pipeline pipeline = pipeline(recordingTokens(), null);

        CompletableFuture<ClientSecretResponse> future = mintAsync(pipeline);
        answerFromIoThread(ok());

        assertThat(future.get(10, TimeUnit.SECONDS).value()).startsWith("ek_");
        assertThat(fetchedOn).singleElement().satisfies(thread -> {
            assertThat(thread).isNotSameAs(Thread.currentThread());
            assertThat(thread.getName()).startsWith("realtime-sessions-fake-tokens");
        });
    }

    @Test
    void aCachedTokenIsUsedOnTheCallersThreadWithoutAFetch() throws Exception {
        Pipeline pipeline = pipeline(recordingTokens(), null);
        CompletableFuture<ClientSecretResponse> first = mintAsync(pipeline);
        answerFromIoThread(ok());
        first.get(10, TimeUnit.SECONDS);

        CompletableFuture<ClientSecretResponse> second = mintAsync(pipeline);
        ManualAsyncExchange.Pending exchange = async.next();

        assertThat(exchange.thread()).as("no hop for a cached token").isSameAs(Thread.currentThread());
        assertThat(exchange.request().headers().first("Authorization")).isEqualTo("Bearer token-1");
        exchange.complete(ok());
        second.get(10, TimeUnit.SECONDS);
        assertThat(fetchedOn).hasSize(1);
    }

    @Test
    void theRefreshAfterA401RunsNeitherOnTheIoThreadNorTheCallers() throws Exception {
        Pipeline pipeline = pipeline(recordingTokens(), null);

        CompletableFuture<ClientSecretResponse> future = mintAsync(pipeline);
        answerFromIoThread(error(401));
        ManualAsyncExchange.Pending retried = async.next();
        retried.complete(ok());

        assertThat(future.get(10, TimeUnit.SECONDS).value()).startsWith("ek_");
        assertThat(retried.request().headers().first("Authorization")).isEqualTo("Bearer token-2");
        assertThat(fetchedOn).hasSize(2).allSatisfy(thread -> {
            assertThat(thread.getName()).isNotEqualTo("io");
            assertThat(thread).isNotSameAs(Thread.currentThread());
        });
    }

    @Test
    void theCallersExecutorRunsTheFetchWhenThereIsOne() throws Exception {
        ExecutorService callers = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "callers"));
        try {
            Pipeline pipeline = pipeline(recordingTokens(), callers);

            CompletableFuture<ClientSecretResponse> future = mintAsync(pipeline);
            answerFromIoThread(ok());

            future.get(10, TimeUnit.SECONDS);
            assertThat(fetchedOn).singleElement().extracting(Thread::getName).isEqualTo("callers");
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aFailingSourceFailsTheFutureWithTheCredentialExceptionAndNothingIsSent() {
        Pipeline pipeline = pipeline(() -> {
            throw new IllegalStateException("no token today");
        }, null);

        Throwable thrown = catchThrowable(() -> mintAsync(pipeline).get(10, TimeUnit.SECONDS));

        assertThat(thrown).isInstanceOf(ExecutionException.class).cause().isInstanceOf(CredentialException.class)
                .cause().isInstanceOf(IllegalStateException.class);
        assertThat(async.started()).isZero();
    }

    @Test
    void aSlowFetchDoesNotHoldTheCaller() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Pipeline pipeline = pipeline(() -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new AccessToken("slow", clock.instant().plus(Duration.ofMinutes(10)));
        }, null);

        CompletableFuture<ClientSecretResponse> future = mintAsync(pipeline);

        assertThat(future).as("returned before the source answered").isNotDone();
        release.countDown();
        answerFromIoThread(ok());
        assertThat(future.get(10, TimeUnit.SECONDS).value()).startsWith("ek_");
    }
}
