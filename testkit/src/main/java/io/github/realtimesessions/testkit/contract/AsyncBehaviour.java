package io.github.realtimesessions.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.model.TranslationClientSecretResponse;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateResponse;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.AsyncSessionCreator;
import io.github.realtimesessions.port.RateLimitException;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.port.SessionCreator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link SessionCreator#async()}, as every {@code SessionCreator} behaves: every endpoint as a future, the same
 * exceptions as the future's cause (never wrapped twice), arguments checked on the calling thread, cancellation and
 * deadlines.
 */
@SuppressWarnings("deprecation")
public interface AsyncBehaviour extends ContractSupport {

    /** Every endpoint works as a future. */
    @Test
    default void everyEndpointWorksAsynchronously() {
        AsyncSessionCreator async = creator().async();
        Duration limit = Duration.ofSeconds(10);

        ClientSecretResponse minted = Expect.valueOf(async.createClientSecret(Samples.minimalRealtime()), limit);
        TranslationClientSecretResponse translation =
                Expect.valueOf(async.createTranslationClientSecret(Samples.translation("it")), limit);
        RealtimeCall call = Expect.valueOf(async.createCall(Samples.call()), limit);
        Expect.valueOf(async.hangUp(call.callId()), limit);
        RealtimeSessionCreateResponse beta = Expect.valueOf(async.create(Samples.beta("async")), limit);

        assertThat(minted.value()).startsWith("ek_");
        assertThat(translation.session().audio().output().language()).isEqualTo("it");
        assertThat(sessions().hungUpCalls()).containsExactly(call.callId());
        assertThat(beta.instructions()).isEqualTo("async");
    }

    /** A failure is the future's cause, the same exception type as the blocking call's, wrapped once by join(). */
    @Test
    default void failureIsTheFuturesCauseNeverWrappedTwice() {
        sessions().clientSecrets().failNext(ApiError.of(429, "requests", "rate_limit_exceeded", "Slow down."));
        CompletableFuture<ClientSecretResponse> future = creator().async().createClientSecret(Samples.minimalRealtime());

        Throwable cause = Expect.failureOf(future, Duration.ofSeconds(10));

        assertThat(cause).isInstanceOf(RateLimitException.class);
        assertThat(((RateLimitException) cause).errorCode()).isEqualTo("rate_limit_exceeded");
        assertThatThrownBy(future::join).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(RateLimitException.class);
    }

    /** Arguments and a closed creator are refused on the calling thread, before a future exists. */
    @Test
    default void argumentsAreCheckedOnTheCallingThread() {
        SessionCreator creator = creator();

        assertThatThrownBy(() -> creator.async().createClientSecret(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> creator.async().hangUp("a/b")).isInstanceOf(IllegalArgumentException.class);
        creator.close();
        assertThatThrownBy(() -> creator.async().createCall(Samples.call())).isInstanceOf(IllegalStateException.class);
    }

    /** Cancelling a future the API is working on ends the call; the creator serves the next call as before. */
    @Test
    default void cancellingAFutureEndsTheCall() {
        sessions().clientSecrets().delayNext(Duration.ofSeconds(20));
        SessionCreator creator = creator();
        CompletableFuture<ClientSecretResponse> future = creator.async().createClientSecret(Samples.minimalRealtime());
        sessions().awaitCallCount(1, Duration.ofSeconds(10));

        assertThat(future.cancel(true)).isTrue();

        assertThat(future.isCancelled()).isTrue();
        ClientSecretResponse next = Expect.valueOf(creator.async().createClientSecret(Samples.minimalRealtime()),
                Duration.ofSeconds(10));
        assertThat(next.value()).startsWith("ek_");
    }

    /** A call past its deadline completes the future with {@link ApiTimeoutException} as the cause. */
    @Test
    default void deadlineCompletesTheFutureWithATimeout() {
        sessions().clientSecrets().delayNext(Duration.ofSeconds(8));
        Duration deadline = Duration.ofMillis(400);

        long start = System.nanoTime();
        Throwable cause = Expect.failureOf(creator().async().createClientSecret(Samples.minimalRealtime(),
                RequestOptions.builder().timeout(deadline).build()), Duration.ofSeconds(10));

        assertThat(cause).isInstanceOf(ApiTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(deadline.plus(Expect.MARGIN));
    }

    /**
     * Sixty-four calls in flight at once all complete, each with its own secret.
     *
     * @throws Exception if waiting fails
     */
    @Test
    default void manyCallsInFlightComplete() throws Exception {
        AsyncSessionCreator async = creator().async();
        List<CompletableFuture<ClientSecretResponse>> futures = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            futures.add(async.createClientSecret(Samples.realtime("async " + i)));
        }

        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

        Set<String> secrets = new HashSet<>();
        for (CompletableFuture<ClientSecretResponse> future : futures) {
            secrets.add(future.join().value());
        }
        assertThat(secrets).hasSize(64);
    }
}
