package io.github.realtimesessions.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.RealtimeSession;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.InternalServerException;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.RetryPolicy;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.InMemorySessionCreator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Wire: load with chaos, tagged {@code slow} (it stays in {@code verify}; exclude the tag for a quick run).
 */
public interface WireLoad extends ContractSupport {

    /** The retry policy of the load case: 2 retries, 1 ms base and 5 ms maximum backoff. */
    RetryPolicy LOAD_RETRIES = RetryPolicy.builder().maxRetries(2).baseDelay(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(5)).build();

    /**
     * 8 threads make 60 calls each against a server that answers a seeded 5% of all requests with a {@code 500},
     * retries on. A correctness test, not a timed one: every call ends in a secret or an
     * {@link InternalServerException} after 3 attempts; no call is lost or sent more often than its retries allow;
     * one secret is minted per successful call; every secret is distinct.
     *
     * @throws Exception if the worker pool fails
     */
    @Test
    @Tag("slow")
    default void loadWithInjectedServerErrorsLosesAndDuplicatesNothing() throws Exception {
        int threads = 8;
        int callsPerThread = 60;
        InMemorySessionCreator chaotic = InMemorySessionCreator.builder().seed(20_251_121L)
                .failureRate(0.05, ApiError.of(500, "server_error", null, "Contract chaos: injected failure"))
                .build();
        FakeRealtimeServer chaos = startServer(chaotic);
        SessionCreator creator = creator(settingsFor(chaos).retryPolicy(LOAD_RETRIES)
                .responseTimeout(Duration.ofSeconds(30)).callTimeout(Duration.ofSeconds(60)).build());
        Map<String, String> secretsByCall = new ConcurrentHashMap<>();
        Map<String, RealtimeApiException> failuresByCall = new ConcurrentHashMap<>();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    for (int i = 0; i < callsPerThread; i++) {
                        String call = "load " + thread + "/" + i;
                        try {
                            ClientSecretResponse minted = creator.createClientSecret(ClientSecretRequest.builder()
                                    .session(RealtimeSessionConfig.builder().instructions(call).build()).build());
                            if (!call.equals(((RealtimeSession) minted.session()).instructions())) {
                                problems.add(call + " got another call's answer");
                            }
                            if (secretsByCall.put(call, minted.value()) != null) {
                                problems.add(call + " ended twice");
                            }
                        } catch (InternalServerException e) {
                            failuresByCall.put(call, e);
                        } catch (RuntimeException e) {
                            problems.add(call + " failed with " + e);
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        int calls = threads * callsPerThread;
        assertThat(problems).as("calls that ended neither in a secret nor in a retried 500").isEmpty();
        assertThat(secretsByCall.size() + failuresByCall.size()).as("calls that ended").isEqualTo(calls);
        assertThat(new HashSet<>(secretsByCall.values())).as("distinct secrets").hasSize(secretsByCall.size());
        assertThat(failuresByCall.values()).allSatisfy(failure ->
                Expect.attempts(failure, LOAD_RETRIES.maxRetries() + 1, InternalServerException.class));
        Map<String, Integer> requestsByCall = new HashMap<>();
        for (ClientSecretRequest request : chaotic.clientSecrets().requests()) {
            requestsByCall.merge(((RealtimeSessionConfig) request.session()).instructions(), 1, Integer::sum);
        }
        Map<String, String> mintedByCall = new HashMap<>();
        for (ClientSecretResponse minted : chaotic.clientSecrets().responses()) {
            String earlier = mintedByCall.put(((RealtimeSession) minted.session()).instructions(), minted.value());
            assertThat(earlier).as("a second secret minted for one call").isNull();
        }
        assertThat(requestsByCall).as("calls the server saw").hasSize(calls);
        assertThat(mintedByCall).as("secrets minted, one per successful call").isEqualTo(secretsByCall);
        for (Map.Entry<String, Integer> seen : requestsByCall.entrySet()) {
            int most = LOAD_RETRIES.maxRetries() + 1;
            if (failuresByCall.containsKey(seen.getKey())) {
                assertThat(seen.getValue()).as("requests of failed call " + seen.getKey()).isEqualTo(most);
            } else {
                assertThat(seen.getValue()).as("requests of call " + seen.getKey()).isBetween(1, most);
            }
        }
        int requests = chaotic.callCount();
        assertThat(chaos.requestCount()).isEqualTo(requests);
        assertThat(chaotic.injectedFailures()).as("injected failures").isEqualTo(requests - secretsByCall.size())
                .isBetween((int) (requests * 0.02), (int) (requests * 0.08) + 1);
    }
}
