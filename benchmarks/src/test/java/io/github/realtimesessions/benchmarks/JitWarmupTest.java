package io.github.realtimesessions.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JitWarmupTest {

    @Test
    void callsTheOperationRepeatedlyAndStopsAtTheLimit() {
        AtomicInteger calls = new AtomicInteger();
        long start = System.nanoTime();

        JitWarmup.run(200, calls::incrementAndGet);

        assertThat(calls.get()).isGreaterThan(1);
        // Bounded by the limit (plus one call), whatever the compiler does meanwhile.
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }

    @Test
    void doesNothingWithoutTime() {
        AtomicInteger calls = new AtomicInteger();

        JitWarmup.run(0, calls::incrementAndGet);

        assertThat(calls.get()).isZero();
    }

    @Test
    void aFailingOperationFailsTheSetup() {
        assertThatThrownBy(() -> JitWarmup.run(1_000, () -> {
                    throw new IOException("refused");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("refused");
    }
}
