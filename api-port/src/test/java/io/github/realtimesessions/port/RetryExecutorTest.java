package io.github.realtimesessions.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryExecutorTest {

    /** Just below 1: the largest value a well-behaved {@link RandomGenerator#nextDouble()} returns. */
    private static final double ALMOST_ONE = 0.999999;

    private final List<Duration> sleeps = new ArrayList<>();
    private final RetryExecutor.Sleeper recordingSleeper = sleeps::add;

    @AfterEach
    void clearInterruptFlag() {
        // A failing interruption test must not leave the flag set for the tests after it.
        Thread.interrupted();
    }

    private RetryExecutor executor(RetryPolicy policy, double random) {
        return RetryExecutor.builder(policy).sleeper(recordingSleeper).random(fixed(random)).build();
    }

    private RetryExecutor executor(RetryPolicy policy) {
        return executor(policy, 0);
    }

    private static RandomGenerator fixed(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }

    private static ApiStatusException status(int code) {
        return ApiStatusException.of(ApiError.of(code, "server_error", null, "failure " + code));
    }

    private static ApiStatusException status(int code, Duration retryAfter, Boolean shouldRetry) {
        return ApiStatusException.of(
                new ApiError(code, null, null, null, "failure " + code, "req_" + code, null, retryAfter, shouldRetry));
    }

    private static ApiConnectionException connectionFailure() {
        return new ApiConnectionException("connection refused", new IOException("Connection refused"));
    }

    /** One attempt per call: throws the scripted failures in order, then answers "ok". */
    private static final class Script implements Supplier<String> {
        private final Deque<RuntimeException> failures;
        private int calls;

        Script(RuntimeException... failures) {
            this.failures = new ArrayDeque<>(List.of(failures));
        }

        @Override
        public String get() {
            calls++;
            RuntimeException next = failures.poll();
            if (next != null) {
                throw next;
            }
            return "ok";
        }
    }

    /** Fails every time with a fresh exception from the factory, recording each. */
    private static final class AlwaysFailing implements Supplier<String> {
        private final Supplier<RealtimeApiException> factory;
        private final List<RealtimeApiException> thrown = new ArrayList<>();

        AlwaysFailing(Supplier<RealtimeApiException> factory) {
            this.factory = factory;
        }

        @Override
        public String get() {
            RealtimeApiException failure = factory.get();
            thrown.add(failure);
            throw failure;
        }
    }

    @Nested
    class WhatIsRetried {

        static Stream<Arguments> retryable() {
            return Stream.of(
                    argumentSet("connection failure", (Supplier<RealtimeApiException>) RetryExecutorTest::connectionFailure),
                    argumentSet("timeout", (Supplier<RealtimeApiException>)
                            () -> new ApiTimeoutException("read timed out", new SocketTimeoutException())),
                    argumentSet("408", (Supplier<RealtimeApiException>) () -> status(408)),
                    argumentSet("409", (Supplier<RealtimeApiException>) () -> status(409)),
                    argumentSet("429", (Supplier<RealtimeApiException>) () -> status(429)),
                    argumentSet("500", (Supplier<RealtimeApiException>) () -> status(500)),
                    argumentSet("502", (Supplier<RealtimeApiException>) () -> status(502)),
                    argumentSet("503", (Supplier<RealtimeApiException>) () -> status(503)),
                    argumentSet("599", (Supplier<RealtimeApiException>) () -> status(599)));
        }

        static Stream<Arguments> notRetryable() {
            return Stream.of(
                    argumentSet("400", (Supplier<RealtimeApiException>) () -> status(400)),
                    argumentSet("401", (Supplier<RealtimeApiException>) () -> status(401)),
                    argumentSet("403", (Supplier<RealtimeApiException>) () -> status(403)),
                    argumentSet("404", (Supplier<RealtimeApiException>) () -> status(404)),
                    argumentSet("422", (Supplier<RealtimeApiException>) () -> status(422)),
                    argumentSet("418", (Supplier<RealtimeApiException>) () -> status(418)),
                    argumentSet("response format", (Supplier<RealtimeApiException>)
                            () -> new ResponseFormatException("not JSON", null, 200, "req_1")),
                    argumentSet("bare RealtimeApiException", (Supplier<RealtimeApiException>)
                            () -> new RealtimeApiException("something", null)));
        }

        @ParameterizedTest
        @MethodSource("retryable")
        void aRetryableFailureIsRetriedAndTheNextSuccessReturned(Supplier<RealtimeApiException> failure) {
            Script call = new Script(failure.get());

            assertThat(executor(RetryPolicy.defaults()).execute(call)).isEqualTo("ok");
            assertThat(call.calls).isEqualTo(2);
            assertThat(sleeps).containsExactly(Duration.ofMillis(500));
            assertThat(RetryExecutor.isRetryable(failure.get())).isTrue();
        }

        @ParameterizedTest
        @MethodSource("notRetryable")
        void aFailureThatIsNotRetryableSurfacesAfterOneAttempt(Supplier<RealtimeApiException> failure) {
            RealtimeApiException thrown = failure.get();
            Script call = new Script(thrown);

            assertThatThrownBy(() -> executor(RetryPolicy.defaults()).execute(call)).isSameAs(thrown);
            assertThat(call.calls).isEqualTo(1);
            assertThat(sleeps).isEmpty();
            assertThat(thrown.attempts()).isEqualTo(1);
            assertThat(thrown.getMessage()).doesNotContain("attempts");
            assertThat(RetryExecutor.isRetryable(failure.get())).isFalse();
        }

        @Test
        void anExceptionOutsideTheTreeIsAProgrammingErrorAndNeverRetried() {
            IllegalStateException bug = new IllegalStateException("bug");
            Script call = new Script(bug);

            assertThatThrownBy(() -> executor(RetryPolicy.defaults()).execute(call)).isSameAs(bug);
            assertThat(call.calls).isEqualTo(1);
            assertThat(sleeps).isEmpty();
        }

        @Test
        void shouldRetryTrueMakesA400Retryable() {
            Script call = new Script(status(400, null, Boolean.TRUE));

            assertThat(executor(RetryPolicy.defaults()).execute(call)).isEqualTo("ok");
            assertThat(call.calls).isEqualTo(2);
        }

        @Test
        void shouldRetryFalseStopsA500() {
            ApiStatusException failure = status(500, null, Boolean.FALSE);
            Script call = new Script(failure);

            assertThatThrownBy(() -> executor(RetryPolicy.defaults()).execute(call)).isSameAs(failure);
            assertThat(call.calls).isEqualTo(1);
            assertThat(sleeps).isEmpty();
        }

        @Test
        void shouldRetryFalseAlsoStopsA429() {
            assertThat(RetryExecutor.isRetryable(status(429, null, Boolean.FALSE))).isFalse();
            assertThat(RetryExecutor.isRetryable(status(404, null, Boolean.TRUE))).isTrue();
        }

        @Test
        void withoutRetriesEvenARetryableFailureSurfacesAtOnce() {
            ApiStatusException failure = status(503);
            Script call = new Script(failure);

            assertThatThrownBy(() -> executor(RetryPolicy.none()).execute(call)).isSameAs(failure);
            assertThat(call.calls).isEqualTo(1);
            assertThat(failure.attempts()).isEqualTo(1);
        }

        @Test
        void aSuccessAtTheFirstAttemptNeitherSleepsNorRetries() {
            Script call = new Script();

            assertThat(executor(RetryPolicy.defaults()).execute(call)).isEqualTo("ok");
            assertThat(call.calls).isEqualTo(1);
            assertThat(sleeps).isEmpty();
        }
    }

    @Nested
    class WhatSurfaces {

        @Test
        void twoRetriesMeanThreeAttemptsThenTheLastFailureWithTheEarlierOnesSuppressed() {
            AlwaysFailing call = new AlwaysFailing(() -> status(500));

            ApiStatusException surfaced = catchThrowableOfType(
                    ApiStatusException.class, () -> executor(RetryPolicy.defaults()).execute(call));

            assertThat(call.thrown).hasSize(3);
            assertThat(surfaced).isSameAs(call.thrown.get(2));
            assertThat(surfaced.attempts()).isEqualTo(3);
            assertThat(surfaced.getSuppressed()).containsExactly(call.thrown.get(0), call.thrown.get(1));
            assertThat(surfaced).hasMessage("HTTP 500 (server_error): failure 500 (after 3 attempts)");
            assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 1, 4})
        void maxRetriesIsHonoured(int maxRetries) {
            AlwaysFailing call = new AlwaysFailing(RetryExecutorTest::connectionFailure);

            RealtimeApiException surfaced = catchThrowableOfType(RealtimeApiException.class,
                    () -> executor(RetryPolicy.defaults().withMaxRetries(maxRetries)).execute(call));

            assertThat(call.thrown).hasSize(maxRetries + 1);
            assertThat(surfaced.attempts()).isEqualTo(maxRetries + 1);
            assertThat(surfaced.getSuppressed()).hasSize(maxRetries);
            assertThat(sleeps).hasSize(maxRetries);
        }

        @Test
        void aNonRetryableFailureAfterARetryableOneSurfacesWithTheEarlierOneSuppressed() {
            ApiConnectionException first = connectionFailure();
            ApiStatusException second = status(401);
            Script call = new Script(first, second);

            assertThatThrownBy(() -> executor(RetryPolicy.defaults()).execute(call)).isSameAs(second);
            assertThat(second.attempts()).isEqualTo(2);
            assertThat(second.getSuppressed()).containsExactly(first);
            assertThat(second).hasMessageEndingWith("(after 2 attempts)");
        }

        @Test
        void theSameInstanceThrownEveryTimeIsNotSuppressedIntoItself() {
            ApiStatusException shared = status(503);
            Script call = new Script(shared, shared, shared);

            assertThatThrownBy(() -> executor(RetryPolicy.defaults()).execute(call)).isSameAs(shared);
            assertThat(call.calls).isEqualTo(3);
            assertThat(shared.attempts()).isEqualTo(3);
            assertThat(shared.getSuppressed()).isEmpty();
        }

        @Test
        void aPolicyWithTheLargestRetryCountWorks() {
            // The executor must not size anything by maxRetries.
            Script call = new Script(status(500), status(500));
            RetryPolicy forever = RetryPolicy.defaults().withMaxRetries(Integer.MAX_VALUE);

            assertThat(executor(forever).execute(call)).isEqualTo("ok");
            assertThat(call.calls).isEqualTo(3);
        }

        @Test
        void theListenerHearsOfEachRetryButNotOfTheFinalFailure() {
            record Retry(int attempt, Duration delay, RealtimeApiException failure) {}
            List<Retry> heard = new ArrayList<>();
            List<Integer> sleepsWhenHeard = new ArrayList<>();
            RetryExecutor executor = RetryExecutor.builder(RetryPolicy.defaults())
                    .sleeper(recordingSleeper)
                    .random(fixed(0))
                    .listener((attempt, delay, failure) -> {
                        heard.add(new Retry(attempt, delay, failure));
                        sleepsWhenHeard.add(sleeps.size());
                    })
                    .build();
            AlwaysFailing call = new AlwaysFailing(() -> status(429, Duration.ofMillis(20), null));

            assertThatThrownBy(() -> executor.execute(call)).isSameAs(call.thrown.get(2));

            assertThat(heard).containsExactly(
                    new Retry(1, Duration.ofMillis(20), call.thrown.get(0)),
                    new Retry(2, Duration.ofMillis(20), call.thrown.get(1)));
            // Told before the wait, so that a log line appears when the wait begins.
            assertThat(sleepsWhenHeard).containsExactly(0, 1);
        }
    }

    @Nested
    class ServerDelay {

        @Test
        void aShortServerDelayIsSleptAsIsWithoutJitter() {
            Script call = new Script(status(429, Duration.ofMillis(50), null));

            assertThat(executor(RetryPolicy.defaults(), ALMOST_ONE).execute(call)).isEqualTo("ok");
            assertThat(sleeps).containsExactly(Duration.ofMillis(50));
        }

        @Test
        void aZeroServerDelayMeansRetryAtOnce() {
            Script call = new Script(status(503, Duration.ZERO, null));

            assertThat(executor(RetryPolicy.defaults()).execute(call)).isEqualTo("ok");
            assertThat(sleeps).containsExactly(Duration.ZERO);
        }

        @Test
        void aServerDelayOfExactlyTheLimitIsHonoured() {
            Script call = new Script(status(429, Duration.ofSeconds(60), null));

            assertThat(executor(RetryPolicy.defaults()).execute(call)).isEqualTo("ok");
            assertThat(sleeps).containsExactly(Duration.ofSeconds(60));
        }

        @Test
        void aServerDelayAboveTheLimitFailsAtOnceWithoutSleeping() {
            ApiStatusException failure = status(429, Duration.ofSeconds(3600), null);
            Script call = new Script(failure);

            assertThatThrownBy(() -> executor(RetryPolicy.defaults()).execute(call)).isSameAs(failure);
            assertThat(call.calls).isEqualTo(1);
            assertThat(sleeps).isEmpty();
            assertThat(failure.attempts()).isEqualTo(1);
            assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(3600));
            assertThat(executor(RetryPolicy.defaults()).delayBefore(1, failure)).isNull();
        }

        @Test
        void aServerDelayAboveTheLimitOnALaterAttemptKeepsTheEarlierFailures() {
            ApiStatusException first = status(503);
            ApiStatusException second = status(429, Duration.ofMinutes(5), null);
            Script call = new Script(first, second);

            assertThatThrownBy(() -> executor(RetryPolicy.defaults()).execute(call)).isSameAs(second);
            assertThat(second.attempts()).isEqualTo(2);
            assertThat(second.getSuppressed()).containsExactly(first);
            assertThat(sleeps).containsExactly(Duration.ofMillis(500));
        }

        @Test
        void aNegativeServerDelayIsIgnoredInFavourOfBackoff() {
            ApiStatusException failure = status(503, Duration.ofSeconds(-5), null);

            assertThat(executor(RetryPolicy.defaults()).delayBefore(2, failure)).isEqualTo(Duration.ofSeconds(1));
        }

        @Test
        void theServerDelayLimitComesFromThePolicy() {
            RetryPolicy strict = new RetryPolicy(2, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMillis(10));
            RetryExecutor executor = executor(strict);

            assertThat(executor.delayBefore(1, status(429, Duration.ofMillis(10), null))).isEqualTo(Duration.ofMillis(10));
            assertThat(executor.delayBefore(1, status(429, Duration.ofMillis(11), null))).isNull();
        }
    }

    @Nested
    class Backoff {

        @Test
        void withoutJitterTheDelayDoublesFromTheBaseUpToTheCap() {
            RetryExecutor executor = executor(RetryPolicy.defaults(), 0);
            RealtimeApiException failure = connectionFailure();

            assertThat(List.of(1, 2, 3, 4, 5, 6, 7).stream().map(n -> executor.delayBefore(n, failure)))
                    .containsExactly(
                            Duration.ofMillis(500),
                            Duration.ofSeconds(1),
                            Duration.ofSeconds(2),
                            Duration.ofSeconds(4),
                            Duration.ofSeconds(8),
                            Duration.ofSeconds(8),
                            Duration.ofSeconds(8));
        }

        @Test
        void theLoopSleepsTheBackoffOfEachRetryInTurn() {
            AlwaysFailing call = new AlwaysFailing(() -> status(502));

            assertThatThrownBy(() -> executor(RetryPolicy.defaults().withMaxRetries(6)).execute(call))
                    .isSameAs(call.thrown.get(6));
            assertThat(sleeps).containsExactly(
                    Duration.ofMillis(500),
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(4),
                    Duration.ofSeconds(8),
                    Duration.ofSeconds(8));
        }

        @Test
        void aStatusWithoutServerDelayBacksOffToo() {
            assertThat(executor(RetryPolicy.defaults()).delayBefore(3, status(500))).isEqualTo(Duration.ofSeconds(2));
        }

        @Test
        void fullJitterTakesOffAQuarter() {
            RetryExecutor executor = executor(RetryPolicy.defaults(), ALMOST_ONE);
            RealtimeApiException failure = connectionFailure();

            assertThat(executor.delayBefore(1, failure))
                    .isBetween(Duration.ofMillis(375), Duration.ofMillis(375).plusNanos(1_000));
            assertThat(executor.delayBefore(5, failure))
                    .isBetween(Duration.ofSeconds(6), Duration.ofSeconds(6).plusNanos(10_000));
            assertThat(executor.delayBefore(9, failure))
                    .isBetween(Duration.ofSeconds(6), Duration.ofSeconds(6).plusNanos(10_000));
        }

        @Test
        void halfJitterTakesOffAnEighth() {
            assertThat(executor(RetryPolicy.defaults(), 0.5).delayBefore(4, connectionFailure()))
                    .isEqualTo(Duration.ofMillis(3500));
        }

        @ParameterizedTest
        @ValueSource(doubles = {0.0, 0.1, 0.5, 0.9, ALMOST_ONE, 0.9999999999999999})
        void jitterStaysBetweenThreeQuartersAndAllOfTheBackoff(double random) {
            RetryExecutor executor = executor(RetryPolicy.defaults(), random);
            RealtimeApiException failure = connectionFailure();

            for (int retry = 1; retry <= 70; retry++) {
                long unjittered = Math.min(500_000_000L << Math.min(retry - 1, 20), 8_000_000_000L);
                long delay = executor.delayBefore(retry, failure).toNanos();

                assertThat(delay).as("retry %d", retry).isLessThanOrEqualTo(unjittered);
                assertThat(delay).as("retry %d", retry).isGreaterThanOrEqualTo(unjittered * 3 / 4);
            }
        }

        @Test
        void theDefaultRandomSourceStaysWithinTheBounds() {
            RetryExecutor executor = RetryExecutor.of(RetryPolicy.defaults());
            RealtimeApiException failure = connectionFailure();

            for (int i = 0; i < 1_000; i++) {
                assertThat(executor.delayBefore(2, failure))
                        .isBetween(Duration.ofMillis(750), Duration.ofSeconds(1));
            }
        }

        @ParameterizedTest
        @ValueSource(ints = {31, 32, 62, 63, 64, 65, 1_000, Integer.MAX_VALUE})
        void veryLargeRetryNumbersStayAtTheCap(int retry) {
            assertThat(executor(RetryPolicy.defaults(), 0).delayBefore(retry, connectionFailure()))
                    .isEqualTo(Duration.ofSeconds(8));
        }

        @Test
        void aCapBeyondTheRangeOfNanosecondsDoesNotOverflow() {
            RetryPolicy huge = new RetryPolicy(
                    2, Duration.ofSeconds(1), Duration.ofSeconds(Long.MAX_VALUE), Duration.ofSeconds(60));
            RetryExecutor executor = executor(huge, 0);

            assertThat(executor.delayBefore(1, connectionFailure())).isEqualTo(Duration.ofSeconds(1));
            assertThat(executor.delayBefore(11, connectionFailure())).isEqualTo(Duration.ofSeconds(1024));
            assertThat(executor.delayBefore(Integer.MAX_VALUE, connectionFailure()))
                    .isEqualTo(Duration.ofNanos(Long.MAX_VALUE));
        }

        @Test
        void aZeroBaseDelayRetriesWithoutWaiting() {
            RetryPolicy instant = new RetryPolicy(3, Duration.ZERO, Duration.ZERO, Duration.ZERO);

            assertThat(executor(instant).delayBefore(3, connectionFailure())).isEqualTo(Duration.ZERO);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
        void retryNumbersStartAtOne(int retry) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> executor(RetryPolicy.defaults()).delayBefore(retry, connectionFailure()))
                    .withMessageContaining("1-based");
        }
    }

    @Nested
    class Interruption {

        @Test
        void anInterruptedWaitStopsTheLoopAndKeepsTheFlag() {
            AlwaysFailing call = new AlwaysFailing(() -> status(503));
            RetryExecutor executor = RetryExecutor.builder(RetryPolicy.defaults().withMaxRetries(5))
                    .sleeper(duration -> Thread.currentThread().interrupt())
                    .random(fixed(0))
                    .build();

            try {
                assertThatThrownBy(() -> executor.execute(call)).isSameAs(call.thrown.get(0));
                assertThat(call.thrown).hasSize(1);
                assertThat(call.thrown.get(0).attempts()).isEqualTo(1);
                assertThat(Thread.currentThread().isInterrupted()).isTrue();
            } finally {
                Thread.interrupted();
            }
        }

        @Test
        void anInterruptDuringALaterWaitSurfacesThatAttemptsFailureWithTheEarlierOnes() {
            AlwaysFailing call = new AlwaysFailing(RetryExecutorTest::connectionFailure);
            RetryExecutor executor = RetryExecutor.builder(RetryPolicy.defaults().withMaxRetries(5))
                    .sleeper(duration -> {
                        sleeps.add(duration);
                        if (sleeps.size() == 2) {
                            Thread.currentThread().interrupt();
                        }
                    })
                    .random(fixed(0))
                    .build();

            try {
                assertThatThrownBy(() -> executor.execute(call)).isSameAs(call.thrown.get(1));
                assertThat(call.thrown).hasSize(2);
                assertThat(call.thrown.get(1).attempts()).isEqualTo(2);
                assertThat(call.thrown.get(1).getSuppressed()).containsExactly(call.thrown.get(0));
                assertThat(Thread.currentThread().isInterrupted()).isTrue();
            } finally {
                Thread.interrupted();
            }
        }

        @Test
        void theSystemSleeperGivesUpAtOnceOnAnInterruptedThreadAndKeepsTheFlag() {
            Thread.currentThread().interrupt();
            try {
                long start = System.nanoTime();
                RetryExecutor.Sleeper.SYSTEM.sleep(Duration.ofMinutes(10));
                assertThat(Thread.currentThread().isInterrupted()).isTrue();
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(1));
            } finally {
                Thread.interrupted();
            }
        }

        @Test
        void theSystemSleeperAcceptsADelayBeyondTheRangeOfNanoseconds() {
            // A policy may honour server delays of centuries; converting those to nanoseconds must not overflow.
            Thread.currentThread().interrupt();
            try {
                RetryExecutor.Sleeper.SYSTEM.sleep(Duration.ofDays(365L * 300));
                assertThat(Thread.currentThread().isInterrupted()).isTrue();
            } finally {
                Thread.interrupted();
            }
        }

        @Test
        void theDefaultExecutorStopsRetryingOnAnInterruptedThread() {
            // Real sleeper: the interrupt flag makes Thread.sleep throw before any time passes.
            AlwaysFailing call = new AlwaysFailing(() -> status(500));
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> RetryExecutor.of(RetryPolicy.defaults()).execute(call))
                        .isSameAs(call.thrown.get(0));
                assertThat(call.thrown).hasSize(1);
                assertThat(Thread.currentThread().isInterrupted()).isTrue();
            } finally {
                Thread.interrupted();
            }
        }
    }

    @Nested
    class Construction {

        @Test
        void theExecutorKeepsItsPolicy() {
            RetryPolicy policy = RetryPolicy.defaults().withMaxRetries(7);
            assertThat(RetryExecutor.of(policy).policy()).isSameAs(policy);
            assertThat(RetryExecutor.builder(policy).build().policy()).isSameAs(policy);
        }

        @Test
        void nullsAreRejected() {
            assertThatNullPointerException().isThrownBy(() -> RetryExecutor.of(null));
            assertThatNullPointerException().isThrownBy(() -> RetryExecutor.builder(null));
            assertThatNullPointerException()
                    .isThrownBy(() -> RetryExecutor.builder(RetryPolicy.defaults()).sleeper(null).build());
            assertThatNullPointerException()
                    .isThrownBy(() -> RetryExecutor.builder(RetryPolicy.defaults()).listener(null).build());
            assertThatNullPointerException()
                    .isThrownBy(() -> RetryExecutor.of(RetryPolicy.defaults()).execute(null));
        }
    }
}
