package io.github.realtimesessions.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.port.ApiCancelledException;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.RateLimitException;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.port.spi.AttemptInfo;
import io.github.realtimesessions.port.spi.RequestListener;
import io.github.realtimesessions.port.spi.RequestObserver;
import io.github.realtimesessions.testkit.Fault;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Wire: a caller that gives up. An interrupt during a blocked read, or {@code close()} while a call is in flight or
 * waits to retry, ends the call promptly with {@link ApiCancelledException}: the interrupt flag kept, the original
 * failure as the cause.
 */
public interface WireCancellation extends ContractSupport {

    /** How soon after the interrupt or close the call must have ended. */
    Duration PROMPTLY = Duration.ofSeconds(2);

    /**
     * An interrupt while the caller waits for the answer ends the call promptly, the thread's flag kept.
     *
     * @throws InterruptedException if the test thread is interrupted
     */
    @Test
    default void interruptDuringABlockedReadEndsTheCall() throws InterruptedException {
        server().enqueue(Fault.neverRespond());
        SessionCreator creator = creator(patientSettings().build());
        Caller caller = Caller.start(() -> creator.createClientSecret(Samples.minimalRealtime()));
        server().takeRequest(Duration.ofSeconds(10));

        long start = System.nanoTime();
        caller.thread.interrupt();
        caller.awaitEnd(PROMPTLY);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PROMPTLY);
        assertThat(caller.thrown.get()).isInstanceOf(ApiCancelledException.class);
        assertThat(caller.interruptedAfterwards.get()).as("interrupt flag kept").isTrue();
    }

    /**
     * An interrupt while the caller waits to retry ends the call at once, with the failure it would have retried.
     *
     * @throws InterruptedException if the test thread is interrupted
     */
    @Test
    default void interruptWhileWaitingToRetryEndsTheCall() throws InterruptedException {
        server().enqueue(Fault.retryAfter(429, "30"));
        CountDownLatch waiting = new CountDownLatch(1);
        SessionCreator creator = creator(patientSettings().listener(retryWaitsSignal(waiting)).build());
        Caller caller = Caller.start(() -> creator.createClientSecret(Samples.minimalRealtime()));
        assertThat(waiting.await(10, TimeUnit.SECONDS)).as("the call waits to retry").isTrue();

        caller.thread.interrupt();
        caller.awaitEnd(PROMPTLY);

        assertThat(caller.thrown.get()).isInstanceOf(ApiCancelledException.class)
                .hasCauseInstanceOf(RateLimitException.class);
        assertThat(caller.interruptedAfterwards.get()).as("interrupt flag kept").isTrue();
        assertThat(server().requestCount()).isEqualTo(1);
    }

    /**
     * Closing the creator ends a call in flight promptly.
     *
     * @throws InterruptedException if the test thread is interrupted
     */
    @Test
    default void closeEndsACallInFlight() throws InterruptedException {
        server().enqueue(Fault.neverRespond());
        SessionCreator creator = creator(patientSettings().build());
        Caller caller = Caller.start(() -> creator.createClientSecret(Samples.minimalRealtime()));
        server().takeRequest(Duration.ofSeconds(10));

        long start = System.nanoTime();
        creator.close();
        caller.awaitEnd(PROMPTLY);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PROMPTLY);
        assertThat(caller.thrown.get()).isInstanceOf(ApiCancelledException.class);
    }

    /**
     * Closing the creator ends a call that waits to retry at once, with the original failure as the cause.
     *
     * @throws InterruptedException if the test thread is interrupted
     */
    @Test
    default void closeEndsACallWaitingToRetryWithTheOriginalFailure() throws InterruptedException {
        server().enqueue(Fault.retryAfter(429, "30"));
        CountDownLatch waiting = new CountDownLatch(1);
        SessionCreator creator = creator(patientSettings().listener(retryWaitsSignal(waiting)).build());
        Caller caller = Caller.start(() -> creator.createClientSecret(Samples.minimalRealtime()));
        assertThat(waiting.await(10, TimeUnit.SECONDS)).as("the call waits to retry").isTrue();

        creator.close();
        caller.awaitEnd(PROMPTLY);

        assertThat(caller.thrown.get()).isInstanceOf(ApiCancelledException.class)
                .hasCauseInstanceOf(RateLimitException.class);
        assertThat(caller.thrown.get().getCause()).hasMessageContaining("429");
        assertThat(server().requestCount()).isEqualTo(1);
    }

    /** Settings that would wait long: only the interrupt or the close can end the call early. */
    private ClientSettings.Builder patientSettings() {
        return settings().responseTimeout(Duration.ofSeconds(30)).callTimeout(Duration.ofSeconds(50))
                .retryPolicy(WireRetries.FAULT_RETRIES);
    }

    /** A listener that counts the latch down when an attempt ends with a retry to follow. */
    private static RequestListener retryWaitsSignal(CountDownLatch waiting) {
        return start -> new RequestObserver() {
            @Override
            public void attemptFinished(AttemptInfo attempt) {
                if (attempt.retryDelay() != null) {
                    waiting.countDown();
                }
            }
        };
    }
}
