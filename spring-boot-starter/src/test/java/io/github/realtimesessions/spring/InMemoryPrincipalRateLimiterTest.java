package io.github.realtimesessions.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InMemoryPrincipalRateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final InMemoryPrincipalRateLimiter limiter = new InMemoryPrincipalRateLimiter(10, Duration.ofMinutes(1), clock);

    @Test
    void tenPassAndTheEleventhWaitsForTheOldestToLeaveTheWindow() {
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire("principal:alice").allowed()).isTrue();
            clock.advance(Duration.ofSeconds(2));
        }
        PrincipalRateLimiter.Decision denied = limiter.tryAcquire("principal:alice");
        assertThat(denied.allowed()).isFalse();
        assertThat(denied.retryAfter()).isEqualTo(Duration.ofSeconds(40));
        clock.advance(Duration.ofSeconds(39));
        assertThat(limiter.tryAcquire("principal:alice").allowed()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.tryAcquire("principal:alice").allowed()).as("the first left the window").isTrue();
        assertThat(limiter.tryAcquire("principal:alice").allowed()).as("the second has not").isFalse();
    }

    @Test
    void principalsHaveTheirOwnBudgets() {
        for (int i = 0; i < 10; i++) {
            limiter.tryAcquire("principal:alice");
        }
        assertThat(limiter.tryAcquire("principal:alice").allowed()).isFalse();
        assertThat(limiter.tryAcquire("principal:bob").allowed()).isTrue();
        assertThat(limiter.trackedPrincipals()).isEqualTo(2);
    }

    @Test
    void deniedRequestsDoNotCount() {
        for (int i = 0; i < 50; i++) {
            limiter.tryAcquire("principal:alice");
        }
        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire("principal:alice").allowed()).isTrue();
        }
    }

    @Test
    void idlePrincipalsAreForgotten() {
        for (int i = 0; i < 1000; i++) {
            limiter.tryAcquire("principal:user" + i);
        }
        clock.advance(Duration.ofMinutes(2));
        for (int i = 0; i < 30; i++) {
            limiter.tryAcquire("principal:late");
        }
        assertThat(limiter.trackedPrincipals()).isLessThan(100);
    }

    @Test
    void concurrentCallersNeverGetMoreThanTheLimit() throws InterruptedException {
        InMemoryPrincipalRateLimiter shared = new InMemoryPrincipalRateLimiter(100, Duration.ofHours(1), clock);
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 1000; i++) {
            pool.execute(() -> {
                if (shared.tryAcquire("principal:alice").allowed()) {
                    allowed.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(allowed).hasValue(100);
    }

    @Test
    void invalidLimitsAreRefused() {
        assertThatThrownBy(() -> new InMemoryPrincipalRateLimiter(0, Duration.ofMinutes(1), clock))
                .hasMessageContaining("maxRequests");
        assertThatThrownBy(() -> new InMemoryPrincipalRateLimiter(1, Duration.ZERO, clock))
                .hasMessageContaining("window");
        assertThatThrownBy(() -> PrincipalRateLimiter.Decision.deny(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
