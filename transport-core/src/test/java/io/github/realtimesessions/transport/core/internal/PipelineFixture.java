package io.github.realtimesessions.transport.core.internal;

import static io.github.realtimesessions.transport.core.internal.WireFixtures.API_KEY;

import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.port.RetryPolicy;
import io.github.realtimesessions.port.spi.AttemptInfo;
import io.github.realtimesessions.port.spi.RequestListener;
import io.github.realtimesessions.port.spi.RequestObserver;
import io.github.realtimesessions.port.spi.RequestResult;
import io.github.realtimesessions.port.spi.RequestStart;
import io.github.realtimesessions.transport.core.AsyncHttpExchange;
import io.github.realtimesessions.transport.core.HttpExchange;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;

/**
 * What the pipeline tests share: settings with fast retries, a {@link Pipeline.Timing} with the real monotonic time
 * (deadlines are real: an exchange blocked past one must be aborted) but a clock the test moves and a fixed jitter,
 * a recording listener, and answers as the API gives them. Every pipeline made here is closed after the test.
 */
abstract class PipelineFixture {

    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    /** The capture's answer as the API sends it. */
    static final String MINTED = WireFixtures.text(WireFixtures.CAPTURE);

    final MutableClock clock = new MutableClock(NOW);
    final RecordingListener listener = new RecordingListener();
    final ScriptedExchange exchange = new ScriptedExchange();
    private final List<Pipeline> pipelines = new CopyOnWriteArrayList<>();

    /** Jitter off: a backoff delay is exactly {@code min(base * 2^(n-1), cap)}. */
    final Pipeline.Timing timing = new Pipeline.Timing() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public Clock clock() {
            return clock;
        }

        @Override
        public RandomGenerator random() {
            return RetriesTest.fixed(0.0);
        }
    };

    /** Settings with an API key, the listener, and retries 10 ms apart (capped at 40 ms). */
    ClientSettings.Builder settings() {
        return ClientSettings.builder()
                .apiKey(API_KEY)
                .listener(listener)
                .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(40))
                        .build());
    }

    Pipeline pipeline() {
        return pipeline(settings().build());
    }

    Pipeline pipeline(ClientSettings settings) {
        return pipeline(settings, exchange, null, null);
    }

    Pipeline pipeline(ClientSettings settings, HttpExchange blocking, AsyncHttpExchange async, Executor executor) {
        Pipeline pipeline = new Pipeline(settings, "fake", blocking, async, executor, timing);
        pipelines.add(pipeline);
        return pipeline;
    }

    /**
     * One call through a pipeline before any test, so that class loading and JIT warm-up are not counted against the
     * deadlines the tests measure.
     */
    @org.junit.jupiter.api.BeforeAll
    static void warmUp() {
        ScriptedExchange warm = new ScriptedExchange().always(PipelineFixture::ok);
        Pipeline pipeline = new Pipeline(ClientSettings.builder().apiKey(API_KEY).build(), "warm-up", warm, null, null,
                Pipeline.Timing.SYSTEM);
        try {
            mint(pipeline);
            pipeline.executeAsync(Operations.CLIENT_SECRETS, request(), RequestOptions.defaults()).join();
        } finally {
            pipeline.close();
        }
    }

    @AfterEach
    void closePipelines() {
        pipelines.forEach(Pipeline::close);
    }

    static ClientSecretResponse mint(Pipeline pipeline) {
        return pipeline.execute(Operations.CLIENT_SECRETS, WireFixtures.specRealtimeRequest(), RequestOptions.defaults());
    }

    static ClientSecretResponse mint(Pipeline pipeline, RequestOptions options) {
        return pipeline.execute(Operations.CLIENT_SECRETS, WireFixtures.specRealtimeRequest(), options);
    }

    static ClientSecretRequest request() {
        return WireFixtures.specRealtimeRequest();
    }

    static FakeResponse ok() {
        return FakeResponse.json(200, MINTED, "x-request-id", "req_ok");
    }

    static FakeResponse error(int status, String... headers) {
        return FakeResponse.json(status, "{\"error\":{\"message\":\"status " + status + "\",\"type\":\"t\",\"param\":null,"
                + "\"code\":\"c" + status + "\"}}", headers);
    }

    /** Measures how long an action takes, in milliseconds. */
    static long millis(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Records what the listener is told. */
    static final class RecordingListener implements RequestListener {
        final List<RequestStart> starts = new CopyOnWriteArrayList<>();
        final List<AttemptInfo> attempts = new CopyOnWriteArrayList<>();
        final List<RequestResult> results = new CopyOnWriteArrayList<>();
        private final java.util.concurrent.Semaphore attemptsSeen = new java.util.concurrent.Semaphore(0);

        /** Waits until the listener has heard of one more finished attempt. */
        void awaitAttempt() throws InterruptedException {
            if (!attemptsSeen.tryAcquire(10, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new AssertionError("no attempt finished");
            }
        }

        @Override
        public RequestObserver requestStarted(RequestStart start) {
            starts.add(start);
            return new RequestObserver() {
                @Override
                public void attemptFinished(AttemptInfo attempt) {
                    attempts.add(attempt);
                    attemptsSeen.release();
                }

                @Override
                public void requestFinished(RequestResult result) {
                    results.add(result);
                }
            };
        }
    }
}
