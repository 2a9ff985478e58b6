package io.github.realtimesessions.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.model.RealtimeCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CallSupervisorTest {

    private static final Duration MAX = Duration.ofMinutes(10);
    private static final Duration NANO = Duration.ofNanos(1);
    private static final CallRequest OFFER = CallRequest.of("v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n", null);

    private final ManualScheduler scheduler = new ManualScheduler();
    private final FakeSessionCreator sessions = new FakeSessionCreator();
    private final List<CallSupervisor> opened = new ArrayList<>();

    private CallSupervisor supervisor() {
        return supervisor(builder -> {});
    }

    private CallSupervisor supervisor(Consumer<CallSupervisor.Builder> adjust) {
        CallSupervisor.Builder builder = CallSupervisor.builder(sessions)
                .maxDuration(MAX)
                .clock(scheduler.clock())
                .scheduler(scheduler);
        adjust.accept(builder);
        CallSupervisor supervisor = builder.build();
        opened.add(supervisor);
        return supervisor;
    }

    @AfterEach
    void closeAndCheckNothingFailedUnseen() {
        opened.forEach(CallSupervisor::close);
        assertThat(scheduler.taskFailures()).as("exceptions thrown by the supervisor's timers").isEmpty();
        assertThat(sessions.blockingHangUps()).as("hangups must go through async()").isEmpty();
    }

    private static NotFoundException notFound() {
        return new NotFoundException(ApiError.of(404, "invalid_request_error", null, "call not found"));
    }

    private static InternalServerException serverError() {
        return new InternalServerException(ApiError.ofStatus(503));
    }

    @Nested
    class Supervising {

        @Test
        void createCallDelegatesToTheCreatorAndSchedulesOneTimerAtTheMaximumDuration() {
            CallSupervisor supervisor = supervisor();
            RequestOptions options = RequestOptions.builder().timeout(Duration.ofSeconds(5)).build();

            RealtimeCall call = supervisor.createCall(OFFER, options);

            assertThat(call.callId()).isEqualTo("rtc_1");
            assertThat(sessions.callRequests()).containsExactly(OFFER);
            assertThat(sessions.callOptions()).containsExactly(options);
            assertThat(supervisor.activeCalls()).containsExactly("rtc_1");
            assertThat(scheduler.pendingDelays()).containsExactly(MAX);
            assertThat(supervisor.remaining("rtc_1")).isEqualTo(MAX);
            assertThat(sessions.hangUps()).isEmpty();
        }

        @Test
        void createCallWithoutOptionsPassesTheDefaults() {
            supervisor().createCall(OFFER);

            assertThat(sessions.callOptions()).containsExactly(RequestOptions.defaults());
        }

        @Test
        void aCallThatCouldNotBeCreatedIsNotSupervised() {
            CallSupervisor supervisor = supervisor();
            RateLimitException failure = new RateLimitException(ApiError.ofStatus(429));
            sessions.failCreateCall(failure);

            assertThatThrownBy(() -> supervisor.createCall(OFFER)).isSameAs(failure);
            assertThat(supervisor.activeCalls()).isEmpty();
            assertThat(scheduler.pendingDelays()).isEmpty();
        }

        @Test
        void superviseCountsFromNowAndReturnsTheDeadline() {
            CallSupervisor supervisor = supervisor();
            scheduler.advance(Duration.ofMinutes(3));

            assertThat(supervisor.supervise("rtc_elsewhere"))
                    .isEqualTo(ManualScheduler.START.plus(Duration.ofMinutes(3)).plus(MAX));
            assertThat(supervisor.activeCalls()).containsExactly("rtc_elsewhere");
            assertThat(scheduler.pendingDelays()).containsExactly(MAX);
        }

        @Test
        void supervisingTheSameCallTwiceIsRefusedAndKeepsTheFirstTimer() {
            CallSupervisor supervisor = supervisor();
            supervisor.supervise("rtc_a");
            scheduler.advance(Duration.ofMinutes(1));

            assertThatIllegalStateException()
                    .isThrownBy(() -> supervisor.supervise("rtc_a"))
                    .withMessageContaining("rtc_a")
                    .withMessageContaining("already supervised");

            assertThat(scheduler.pendingDelays()).containsExactly(MAX.minusMinutes(1));
            scheduler.advance(Duration.ofHours(1));
            assertThat(sessions.hangUps()).containsExactly("rtc_a");
        }

        @Test
        void aCallIdWithLineBreaksIsEscapedInTheMessage() {
            CallSupervisor supervisor = supervisor();
            supervisor.supervise("rtc_a\r\nforged line");

            assertThatIllegalStateException()
                    .isThrownBy(() -> supervisor.supervise("rtc_a\r\nforged line"))
                    .withMessageContaining("rtc_a\\r\\nforged line")
                    .withMessageNotContaining("\n");
        }

        @Test
        void aNullCallIdIsRefused() {
            assertThatNullPointerException().isThrownBy(() -> supervisor().supervise(null));
        }

        @Test
        void aMaximumDurationBeyondTheNanosecondRangeStillSchedulesATimer() {
            // Duration.toNanos() overflows past 292 years; the timer's delay saturates instead.
            Duration thousandYears = Duration.ofDays(365L * 1000);
            CallSupervisor supervisor = supervisor(builder -> builder.maxDuration(thousandYears));

            assertThat(supervisor.supervise("rtc_long")).isEqualTo(ManualScheduler.START.plus(thousandYears));
            assertThat(scheduler.requestedDelays()).containsExactly(Duration.ofNanos(Long.MAX_VALUE));
            assertThat(supervisor.remaining("rtc_long")).isEqualTo(thousandYears);
            assertThat(supervisor.callEnded("rtc_long")).isTrue();
        }

        @Test
        void toStringNamesTheDurationAndTheNumberOfCalls() {
            CallSupervisor supervisor = supervisor();
            supervisor.supervise("rtc_a");

            assertThat(supervisor).hasToString("CallSupervisor[maxDuration=PT10M, activeCalls=1]");
            assertThat(supervisor.maxDuration()).isEqualTo(MAX);
        }
    }

    @Nested
    class Expiry {

        @Test
        void aCallIsHungUpExactlyAtTheMaximumDurationAndExactlyOnce() {
            CallSupervisor supervisor = supervisor();
            String id = supervisor.createCall(OFFER).callId();

            scheduler.advance(MAX.minus(NANO));
            assertThat(sessions.hangUps()).isEmpty();
            assertThat(supervisor.activeCalls()).containsExactly(id);

            scheduler.advance(NANO);
            assertThat(sessions.hangUps()).containsExactly(id);
            assertThat(supervisor.activeCalls()).isEmpty();

            scheduler.advance(Duration.ofDays(1));
            assertThat(sessions.hangUps()).containsExactly(id);
            assertThat(scheduler.pendingDelays()).isEmpty();
        }

        @Test
        void eachCallHasItsOwnDeadline() {
            CallSupervisor supervisor = supervisor();
            supervisor.supervise("rtc_first");
            scheduler.advance(Duration.ofMinutes(4));
            supervisor.supervise("rtc_second");

            scheduler.advance(MAX.minusMinutes(4));
            assertThat(sessions.hangUps()).containsExactly("rtc_first");
            assertThat(supervisor.activeCalls()).containsExactly("rtc_second");

            scheduler.advance(Duration.ofMinutes(4));
            assertThat(sessions.hangUps()).containsExactly("rtc_first", "rtc_second");
        }

        @Test
        void aCallIsActiveUntilItsHangupCompletes() {
            CallSupervisor supervisor = supervisor();
            CompletableFuture<Void> pending = new CompletableFuture<>();
            sessions.thenHangUpReturns(pending);
            supervisor.supervise("rtc_a");

            scheduler.advance(MAX.plusMinutes(1));
            assertThat(supervisor.activeCalls()).containsExactly("rtc_a");
            assertThat(supervisor.remaining("rtc_a")).isEqualTo(Duration.ZERO);

            pending.complete(null);
            assertThat(supervisor.activeCalls()).isEmpty();
            assertThat(sessions.hangUps()).containsExactly("rtc_a");
        }

        @Test
        void aCallBeingHungUpIsNotHungUpAgainNorReportedAsEndedByTheCaller() {
            CallSupervisor supervisor = supervisor();
            sessions.thenHangUpReturns(new CompletableFuture<>());
            supervisor.supervise("rtc_a");
            scheduler.advance(MAX);

            assertThat(supervisor.hangUp("rtc_a")).isFalse();
            assertThat(supervisor.callEnded("rtc_a")).isFalse();
            assertThat(sessions.hangUps()).containsExactly("rtc_a");
        }
    }

    @Nested
    class CallEnded {

        @Test
        void aCallReportedEndedBeforeItsDeadlineIsNeverHungUp() {
            CallSupervisor supervisor = supervisor();
            supervisor.supervise("rtc_a");
            scheduler.advance(Duration.ofMinutes(2));

            assertThat(supervisor.callEnded("rtc_a")).isTrue();
            assertThat(scheduler.pendingDelays()).as("the timer is cancelled").isEmpty();
            assertThat(supervisor.activeCalls()).isEmpty();
            assertThat(supervisor.remaining("rtc_a")).isNull();

            scheduler.advance(Duration.ofDays(1));
            assertThat(sessions.hangUps()).isEmpty();
        }

        @Test
        void reportingTheSameCallTwiceIsTrueOnlyTheFirstTime() {
            CallSupervisor supervisor = supervisor();
            supervisor.supervise("rtc_a");

            assertThat(supervisor.callEnded("rtc_a")).isTrue();
            assertThat(supervisor.callEnded("rtc_a")).isFalse();
        }

        @Test
        void anUnknownCallIsFalse() {
            assertThat(supervisor().callEnded("rtc_unknown")).isFalse();
        }

        @Test
        void aCallAlreadyHungUpIsFalse() {
            CallSupervisor supervisor = supervisor();
            supervisor.supervise("rtc_a");
            scheduler.advance(MAX);

            assertThat(supervisor.callEnded("rtc_a")).isFalse();
            assertThat(sessions.hangUps()).containsExactly("rtc_a");
        }

        @Test
        void onlyTheReportedCallIsLeftAlone() {
            CallSupervisor supervisor = supervisor();
            supervisor.supervise("rtc_a");
            supervisor.supervise("rtc_b");

            supervisor.callEnded("rtc_a");
            scheduler.advance(MAX);

            assertThat(sessions.hangUps()).containsExactly("rtc_b");
        }

        @Test
        void anEndedCallMayBeSupervisedAgain() {
            CallSupervisor supervisor = supervisor();
            supervisor.supervise("rtc_a");
            supervisor.callEnded("rtc_a");

            supervisor.supervise("rtc_a");
            scheduler.advance(MAX);

            assertThat(sessions.hangUps()).containsExactly("rtc_a");
        }
    }

    @Nested
    class EarlyHangUp {

        @Test
        void hangUpEndsTheCallNowOnceAndCancelsItsTimer() {
            CallSupervisor supervisor = supervisor();
            supervisor.supervise("rtc_a");
            scheduler.advance(Duration.ofMinutes(1));

            assertThat(supervisor.hangUp("rtc_a")).isTrue();
            assertThat(sessions.hangUps()).containsExactly("rtc_a");
            assertThat(scheduler.pendingDelays()).isEmpty();
            assertThat(supervisor.activeCalls()).isEmpty();

            scheduler.advance(Duration.ofDays(1));
            assertThat(sessions.hangUps()).containsExactly("rtc_a");
            assertThat(supervisor.hangUp("rtc_a")).isFalse();
            assertThat(sessions.hangUps()).containsExactly("rtc_a");
        }

        @Test
        void anUnknownOrEndedCallIsNotHungUp() {
            CallSupervisor supervisor = supervisor();
            supervisor.supervise("rtc_a");
            supervisor.callEnded("rtc_a");

            assertThat(supervisor.hangUp("rtc_a")).isFalse();
            assertThat(supervisor.hangUp("rtc_unknown")).isFalse();
            assertThat(sessions.hangUps()).isEmpty();
        }

        @Test
        void aFailedEarlyHangUpIsRetriedOnceToo() {
            CallSupervisor supervisor = supervisor();
            sessions.thenHangUpFails(serverError());
            supervisor.supervise("rtc_a");

            supervisor.hangUp("rtc_a");
            assertThat(scheduler.pendingDelays()).containsExactly(CallSupervisor.DEFAULT_RETRY_DELAY);
            scheduler.advance(CallSupervisor.DEFAULT_RETRY_DELAY);

            assertThat(sessions.hangUps()).containsExactly("rtc_a", "rtc_a");
            assertThat(supervisor.activeCalls()).isEmpty();
        }
    }

    @Nested
    class FailedHangUp {

        @Test
        void aFailedHangUpIsTriedOnceMoreAfterTheRetryDelayAndThenGivenUp() {
            CallSupervisor supervisor = supervisor();
            sessions.thenHangUpFails(serverError()).thenHangUpFails(serverError());
            supervisor.supervise("rtc_a");

            scheduler.advance(MAX);
            assertThat(sessions.hangUps()).containsExactly("rtc_a");
            assertThat(supervisor.activeCalls()).containsExactly("rtc_a");
            assertThat(scheduler.pendingDelays()).containsExactly(CallSupervisor.DEFAULT_RETRY_DELAY);

            scheduler.advance(CallSupervisor.DEFAULT_RETRY_DELAY.minus(NANO));
            assertThat(sessions.hangUps()).hasSize(1);

            scheduler.advance(NANO);
            assertThat(sessions.hangUps()).containsExactly("rtc_a", "rtc_a");

            assertThat(scheduler.pendingDelays()).as("no third attempt").isEmpty();
            assertThat(supervisor.activeCalls()).isEmpty();
            scheduler.advance(Duration.ofDays(1));
            assertThat(sessions.hangUps()).hasSize(2);
        }

        @Test
        void theRetryWaitsTheConfiguredDelay() {
            Duration retryDelay = Duration.ofSeconds(7);
            CallSupervisor supervisor = supervisor(builder -> builder.retryDelay(retryDelay));
            sessions.thenHangUpFails(serverError());
            supervisor.supervise("rtc_a");

            scheduler.advance(MAX);
            assertThat(scheduler.pendingDelays()).containsExactly(retryDelay);
            scheduler.advance(retryDelay.minus(NANO));
            assertThat(sessions.hangUps()).hasSize(1);
            scheduler.advance(NANO);
            assertThat(sessions.hangUps()).hasSize(2);
        }

        @Test
        void aRetryThatSucceedsEndsTheSupervision() {
            CallSupervisor supervisor = supervisor();
            sessions.thenHangUpFails(new ApiConnectionException("connection reset", null)).thenHangUpSucceeds();
            supervisor.supervise("rtc_a");

            scheduler.advance(MAX.plus(CallSupervisor.DEFAULT_RETRY_DELAY));

            assertThat(sessions.hangUps()).containsExactly("rtc_a", "rtc_a");
            assertThat(supervisor.activeCalls()).isEmpty();
            assertThat(scheduler.pendingDelays()).isEmpty();
        }

        @Test
        void aHangUpThatThrowsInsteadOfFailingItsFutureIsRetriedAlike() {
            CallSupervisor supervisor = supervisor();
            sessions.thenHangUpThrows(new IllegalStateException("creator closed"))
                    .thenHangUpThrows(new IllegalStateException("creator closed"));
            supervisor.supervise("rtc_a");

            scheduler.advance(MAX);
            assertThat(sessions.hangUps()).hasSize(1);
            scheduler.advance(CallSupervisor.DEFAULT_RETRY_DELAY);
            assertThat(sessions.hangUps()).hasSize(2);
            assertThat(supervisor.activeCalls()).isEmpty();
            assertThat(scheduler.pendingDelays()).isEmpty();
        }

        static Stream<Arguments> callAlreadyOver() {
            return Stream.of(
                    argumentSet("future failed with NotFoundException",
                            (Consumer<FakeSessionCreator>) fake -> fake.thenHangUpFails(notFound())),
                    argumentSet("wrapped in a CompletionException",
                            (Consumer<FakeSessionCreator>)
                                    fake -> fake.thenHangUpFails(new CompletionException(notFound()))),
                    argumentSet("wrapped in an ExecutionException",
                            (Consumer<FakeSessionCreator>)
                                    fake -> fake.thenHangUpFails(new ExecutionException(notFound()))),
                    argumentSet("thrown on the calling thread",
                            (Consumer<FakeSessionCreator>) fake -> fake.thenHangUpThrows(notFound())));
        }

        @ParameterizedTest
        @MethodSource("callAlreadyOver")
        void aNotFoundAnswerMeansTheCallIsOverAndIsNotRetried(Consumer<FakeSessionCreator> script) {
            CallSupervisor supervisor = supervisor();
            script.accept(sessions);
            supervisor.supervise("rtc_a");

            scheduler.advance(MAX);

            assertThat(sessions.hangUps()).containsExactly("rtc_a");
            assertThat(scheduler.pendingDelays()).isEmpty();
            assertThat(supervisor.activeCalls()).isEmpty();
            scheduler.advance(Duration.ofDays(1));
            assertThat(sessions.hangUps()).hasSize(1);
        }

        @Test
        void aFailedHangUpIsLoggedAtWarningWithoutTheFailuresTextOrALineBreak() {
            // With nothing else on the class path, System.Logger writes to java.util.logging.
            Logger julLogger = Logger.getLogger(CallSupervisor.class.getName());
            List<LogRecord> records = new ArrayList<>();
            Handler handler = new Handler() {
                @Override
                public void publish(LogRecord record) {
                    records.add(record);
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };
            julLogger.addHandler(handler);
            try {
                CallSupervisor supervisor = supervisor();
                sessions.thenHangUpFails(new IllegalStateException("token sk-SECRET-VALUE"))
                        .thenHangUpFails(serverError());
                supervisor.supervise("rtc_a\nforged: entry");

                scheduler.advance(MAX.plus(CallSupervisor.DEFAULT_RETRY_DELAY));
            } finally {
                julLogger.removeHandler(handler);
            }

            List<String> warnings = records.stream()
                    .filter(record -> record.getLevel().equals(Level.WARNING))
                    .map(LogRecord::getMessage)
                    .collect(Collectors.toList());
            assertThat(warnings).hasSize(2);
            assertThat(warnings.get(0)).contains("trying once more in 2000 ms").contains(IllegalStateException.class.getName());
            assertThat(warnings.get(1)).contains("giving up").contains("HTTP 503");
            assertThat(warnings).allSatisfy(message -> assertThat(message)
                    .contains("rtc_a\\nforged: entry")
                    .doesNotContain("\n")
                    .doesNotContain("SECRET"));
        }
    }

    @Nested
    class Remaining {

        @Test
        void remainingFollowsTheClock() {
            CallSupervisor supervisor = supervisor();
            supervisor.supervise("rtc_a");

            assertThat(supervisor.remaining("rtc_a")).isEqualTo(MAX);
            scheduler.advance(Duration.ofMinutes(3));
            assertThat(supervisor.remaining("rtc_a")).isEqualTo(Duration.ofMinutes(7));
            scheduler.advance(Duration.ofMinutes(7).minus(NANO));
            assertThat(supervisor.remaining("rtc_a")).isEqualTo(NANO);
        }

        @Test
        void anUnsupervisedCallHasNoRemainingTime() {
            CallSupervisor supervisor = supervisor();
            supervisor.supervise("rtc_a");
            scheduler.advance(MAX);

            assertThat(supervisor.remaining("rtc_a")).isNull();
            assertThat(supervisor.remaining("rtc_unknown")).isNull();
        }
    }

    @Nested
    class Closing {

        @Test
        void closeStopsTheTimersLeavesTheCallsAloneAndRefusesNewOnes() {
            CallSupervisor supervisor = supervisor();
            supervisor.supervise("rtc_a");
            supervisor.createCall(OFFER);

            supervisor.close();

            assertThat(scheduler.pendingDelays()).isEmpty();
            assertThat(supervisor.activeCalls()).isEmpty();
            scheduler.advance(Duration.ofDays(1));
            assertThat(sessions.hangUps()).isEmpty();

            assertThatIllegalStateException().isThrownBy(() -> supervisor.createCall(OFFER)).withMessageContaining("closed");
            assertThatIllegalStateException().isThrownBy(() -> supervisor.supervise("rtc_b")).withMessageContaining("closed");
            assertThat(sessions.callRequests()).as("a closed supervisor makes no call").hasSize(1);
            assertThat(supervisor.hangUp("rtc_a")).isFalse();
            assertThat(supervisor.remaining("rtc_a")).isNull();
            assertThat(supervisor).hasToString("CallSupervisor[maxDuration=PT10M, activeCalls=0, closed]");
        }

        @Test
        void closeLeavesTheCallersSchedulerAndCreatorOpen() {
            CallSupervisor supervisor = supervisor();
            supervisor.supervise("rtc_a");

            supervisor.close();

            assertThat(scheduler.isShutdown()).isFalse();
            assertThat(sessions.isClosed()).isFalse();
        }

        @Test
        void closeIsIdempotent() {
            CallSupervisor supervisor = supervisor();
            supervisor.supervise("rtc_a");

            supervisor.close();
            supervisor.close(true);

            assertThat(sessions.hangUps()).as("the second close hangs up nothing").isEmpty();
        }

        @Test
        void closeTrueHangsUpTheRunningCallsOnceEach() {
            CallSupervisor supervisor = supervisor();
            supervisor.supervise("rtc_a");
            supervisor.supervise("rtc_b");
            supervisor.supervise("rtc_ended");
            supervisor.callEnded("rtc_ended");

            supervisor.close(true);

            assertThat(sessions.hangUps()).containsExactlyInAnyOrder("rtc_a", "rtc_b");
            assertThat(scheduler.pendingDelays()).isEmpty();
            scheduler.advance(Duration.ofDays(1));
            assertThat(sessions.hangUps()).hasSize(2);
        }

        @Test
        void aHangUpAtShutdownThatFailsIsNotRetried() {
            CallSupervisor supervisor = supervisor();
            sessions.thenHangUpFails(serverError());
            supervisor.supervise("rtc_a");

            supervisor.close(true);

            assertThat(sessions.hangUps()).containsExactly("rtc_a");
            assertThat(scheduler.pendingDelays()).isEmpty();
            scheduler.advance(Duration.ofDays(1));
            assertThat(sessions.hangUps()).hasSize(1);
        }

        @Test
        void aSchedulerThatRefusesTheTimerLeavesTheCallUnsupervised() {
            CallSupervisor supervisor = supervisor();
            scheduler.shutdown();

            assertThatIllegalStateException()
                    .isThrownBy(() -> supervisor.supervise("rtc_a"))
                    .withMessageContaining("scheduler refused")
                    .withCauseInstanceOf(RejectedExecutionException.class);
            assertThat(supervisor.activeCalls()).isEmpty();
        }

        @Test
        void theSupervisorsOwnThreadIsADaemonThatEndsOnClose() throws InterruptedException {
            Set<Thread> before = supervisorThreads();
            CallSupervisor supervisor = CallSupervisor.builder(sessions).maxDuration(Duration.ofHours(1)).build();
            opened.add(supervisor);
            supervisor.supervise("rtc_a");

            Set<Thread> started = supervisorThreads();
            started.removeAll(before);
            assertThat(started).hasSize(1);
            Thread thread = started.iterator().next();
            assertThat(thread.isDaemon()).isTrue();

            supervisor.close();
            thread.join(TimeUnit.SECONDS.toMillis(10));

            assertThat(thread.isAlive()).isFalse();
            assertThat(sessions.hangUps()).isEmpty();
        }

        private Set<Thread> supervisorThreads() {
            return Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().equals("realtime-call-supervisor"))
                    .collect(Collectors.toSet());
        }
    }

    @Nested
    class RealScheduler {

        @Test
        void aCallIsHungUpOnTheSupervisorsOwnThreadAfterTheMaximumDuration() throws InterruptedException {
            CountDownLatch hungUp = new CountDownLatch(1);
            long[] hungUpAt = new long[1];
            sessions.onHangUp(id -> {
                hungUpAt[0] = System.nanoTime();
                hungUp.countDown();
            });
            Duration max = Duration.ofMillis(50);

            try (CallSupervisor supervisor = CallSupervisor.builder(sessions).maxDuration(max).build()) {
                long start = System.nanoTime();
                String id = supervisor.createCall(OFFER).callId();

                assertThat(hungUp.await(10, TimeUnit.SECONDS)).as("hung up within 10 s").isTrue();
                assertThat(Duration.ofNanos(hungUpAt[0] - start)).isGreaterThanOrEqualTo(max);
                assertThat(sessions.hangUps()).containsExactly(id);
            }
        }
    }

    @Nested
    class Building {

        @Test
        void theMaximumDurationIsRequired() {
            assertThatNullPointerException()
                    .isThrownBy(() -> CallSupervisor.builder(sessions).build())
                    .withMessageContaining("maxDuration");
        }

        static Stream<Arguments> notPositive() {
            return Stream.of(argumentSet("zero", Duration.ZERO), argumentSet("negative", Duration.ofMillis(-1)));
        }

        @ParameterizedTest
        @MethodSource("notPositive")
        void durationsMustBePositive(Duration bad) {
            CallSupervisor.Builder builder = CallSupervisor.builder(sessions);

            assertThatIllegalArgumentException()
                    .isThrownBy(() -> builder.maxDuration(bad))
                    .withMessageContaining("maxDuration")
                    .withMessageContaining("positive");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> builder.retryDelay(bad))
                    .withMessageContaining("retryDelay")
                    .withMessageContaining("positive");
        }

        @Test
        void nullsAreRefused() {
            assertThatNullPointerException().isThrownBy(() -> CallSupervisor.builder(null));
            CallSupervisor.Builder builder = CallSupervisor.builder(sessions);
            assertThatNullPointerException().isThrownBy(() -> builder.maxDuration(null));
            assertThatNullPointerException().isThrownBy(() -> builder.retryDelay(null));
            assertThatNullPointerException().isThrownBy(() -> builder.clock(null));
            assertThatNullPointerException().isThrownBy(() -> builder.scheduler(null));
        }

        @Test
        void theDefaultRetryDelayIsTwoSeconds() {
            assertThat(CallSupervisor.DEFAULT_RETRY_DELAY).isEqualTo(Duration.ofSeconds(2));
        }
    }
}
