package io.github.realtimesessions.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.model.RealtimeSession;
import io.github.realtimesessions.model.TranslationClientSecretResponse;
import io.github.realtimesessions.port.SessionCreator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One creator shared by many threads, as every {@code SessionCreator} allows. */
public interface ConcurrencyBehaviour extends ContractSupport {

    /**
     * Eight threads mixing every endpoint on one creator: every call gets its own answer, nothing is lost or mixed up.
     *
     * @throws Exception if a worker fails
     */
    @Test
    default void concurrentCallsStayApart() throws Exception {
        SessionCreator creator = creator();
        int threads = 8;
        int callsPerThread = 24;
        List<String> secrets = Collections.synchronizedList(new ArrayList<>());
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    for (int i = 0; i < callsPerThread; i++) {
                        String name = "thread " + thread + " call " + i;
                        switch (i % 3) {
                            case 0 -> {
                                ClientSecretResponse minted = creator.createClientSecret(Samples.realtime(name));
                                if (!name.equals(((RealtimeSession) minted.session()).instructions())) {
                                    problems.add(name + " got the answer of another call");
                                }
                                secrets.add(minted.value());
                            }
                            case 1 -> {
                                TranslationClientSecretResponse minted =
                                        creator.createTranslationClientSecret(Samples.translation("de"));
                                secrets.add(minted.value());
                            }
                            default -> {
                                RealtimeCall call = creator.createCall(Samples.call());
                                creator.hangUp(call.callId());
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(problems).isEmpty();
        Set<String> distinct = new HashSet<>(secrets);
        assertThat(distinct).hasSize(threads * callsPerThread * 2 / 3);
        assertThat(sessions().callCount()).isEqualTo(threads * callsPerThread * 4 / 3);
        assertThat(sessions().activeCalls()).isEmpty();
        assertThat(sessions().hungUpCalls()).hasSize(threads * callsPerThread / 3);
    }
}
