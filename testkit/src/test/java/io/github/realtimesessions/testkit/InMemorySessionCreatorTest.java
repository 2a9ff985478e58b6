package io.github.realtimesessions.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.realtimesessions.model.ClientSecret;
import io.github.realtimesessions.model.Eagerness;
import io.github.realtimesessions.model.InputAudioTranscription;
import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.model.Setting;
import io.github.realtimesessions.model.TranscriptionModel;
import io.github.realtimesessions.model.TurnDetection;
import io.github.realtimesessions.model.TurnDetectionType;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.InternalServerException;
import io.github.realtimesessions.port.RateLimitException;
import io.github.realtimesessions.port.ResponseFormatException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InMemorySessionCreatorTest {

    private static final Instant T0 = Instant.parse("2025-08-27T10:00:00Z");
    private static final RealtimeSessionCreateRequest EMPTY = RealtimeSessionCreateRequest.builder().build();

    private final TestClock clock = TestClock.at(T0);
    private final InMemorySessionCreator fake = InMemorySessionCreator.builder().clock(clock).seed(7).build();

    @Nested
    class DefaultAnswers {

        @Test
        void nullRequestIsRefusedAndNotRecorded() {
            assertThatThrownBy(() -> fake.create(null)).isInstanceOf(NullPointerException.class);
            assertThat(fake.callCount()).isZero();
        }

        @Test
        void idsAndSecretsLookLikeTheApisAndAreUnique() {
            Set<String> secrets = new HashSet<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < 500; i++) {
                RealtimeSessionCreateResponse response = fake.create(EMPTY);
                assertThat(response.id()).matches("sess_[A-Za-z0-9]{24}");
                assertThat(response.clientSecret().value()).matches("ek_[A-Za-z0-9]{32}");
                ids.add(response.id());
                secrets.add(response.clientSecret().value());
            }
            assertThat(secrets).hasSize(500);
            assertThat(ids).hasSize(500);
        }

        @Test
        void sameSeedAndClockGiveSameAnswers() {
            InMemorySessionCreator twin = InMemorySessionCreator.builder().clock(TestClock.at(T0)).seed(7).build();
            InMemorySessionCreator other = InMemorySessionCreator.builder().clock(TestClock.at(T0)).seed(8).build();

            List<RealtimeSessionCreateResponse> first = List.of(fake.create(EMPTY), fake.create(EMPTY));
            List<RealtimeSessionCreateResponse> second = List.of(twin.create(EMPTY), twin.create(EMPTY));

            assertThat(second).isEqualTo(first);
            assertThat(other.create(EMPTY).clientSecret().value()).isNotEqualTo(first.get(0).clientSecret().value());
        }

        @Test
        void secretExpiryCountsFromClockInWholeSeconds() {
            clock.set(T0.plusMillis(900));

            RealtimeSessionCreateResponse response =
                    fake.create(RealtimeSessionCreateRequest.builder().expiresAfterSeconds(30).build());

            assertThat(response.clientSecret().expiresAt()).isEqualTo(T0.plusSeconds(30));
        }

        @Test
        void explicitValuesAreEchoedAndOnlyTheGapsFilled() {
            RealtimeSessionCreateRequest request = RealtimeSessionCreateRequest.builder()
                    .voice(Voice.CORAL)
                    .turnDetection(TurnDetection.builder().threshold(0.9).createResponse(false).build())
                    .inputAudioTranscription(InputAudioTranscription.of(TranscriptionModel.WHISPER_1))
                    .build();

            RealtimeSessionCreateResponse response = fake.create(request);

            assertThat(response.voice()).isEqualTo(Voice.CORAL);
            assertThat(response.inputAudioTranscription()).isEqualTo(request.inputAudioTranscription());
            assertThat(response.turnDetection()).isEqualTo(Setting.enabled(TurnDetection.serverVad()
                    .threshold(0.9)
                    .prefixPaddingMs(300)
                    .silenceDurationMs(500)
                    .createResponse(false)
                    .interruptResponse(true)
                    .build()));
        }

        @Test
        void semanticVadGetsItsOwnDefaults() {
            RealtimeSessionCreateResponse response = fake.create(RealtimeSessionCreateRequest.builder()
                    .turnDetection(TurnDetection.semanticVad().build())
                    .build());

            assertThat(response.turnDetection()).isEqualTo(Setting.enabled(TurnDetection.semanticVad()
                    .eagerness(Eagerness.AUTO)
                    .createResponse(true)
                    .interruptResponse(true)
                    .build()));
        }

        @Test
        void unknownTurnDetectionTypeKeepsItsValues() {
            TurnDetection future = TurnDetection.builder().type(TurnDetectionType.of("future_vad")).build();

            RealtimeSessionCreateResponse response =
                    fake.create(RealtimeSessionCreateRequest.builder().turnDetection(future).build());

            assertThat(response.turnDetection()).isEqualTo(Setting.enabled(
                    future.toBuilder().createResponse(true).interruptResponse(true).build()));
        }

        @Test
        void defaultAnswerRecordsNothing() {
            RealtimeSessionCreateResponse answer = fake.defaultAnswer(EMPTY);

            assertThat(answer.clientSecret()).isNotNull();
            assertThat(fake.callCount()).isZero();
            assertThat(fake.issuedSecrets()).isEmpty();
            assertThat(fake.isValid(answer.clientSecret().value())).isFalse();
        }
    }

    @Nested
    class Scripting {

        @Test
        void scriptsRunInOrderThenTheFakeAnswersAsTheApi() {
            RealtimeSessionCreateResponse canned = fake.defaultAnswer(EMPTY).toBuilder().instructions("canned").build();
            fake.answerNext(canned)
                    .failNext(503, "server_error", "overloaded", "Try later.")
                    .answerNext(request -> fake.defaultAnswer(request).toBuilder().instructions("computed").build());

            assertThat(fake.create(EMPTY)).isSameAs(canned);
            assertThatThrownBy(() -> fake.create(EMPTY)).isInstanceOf(InternalServerException.class);
            assertThat(fake.create(EMPTY).instructions()).isEqualTo("computed");
            assertThat(fake.create(EMPTY).instructions()).isNull();
            fake.verifyCalled(4);
            fake.verifyNoMoreScripts();
        }

        @Test
        void answerFunctionSeesTheRequest() {
            fake.answerNext(request -> fake.defaultAnswer(request).toBuilder()
                    .instructions("echo: " + request.instructions())
                    .build());

            RealtimeSessionCreateResponse response =
                    fake.create(RealtimeSessionCreateRequest.builder().instructions("hi").build());

            assertThat(response.instructions()).isEqualTo("echo: hi");
        }

        @Test
        void aBlockingAnswerDoesNotStallOtherCalls() throws Exception {
            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            fake.answerNext(request -> {
                entered.countDown();
                awaitQuietly(release);
                return fake.defaultAnswer(request);
            });
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<RealtimeSessionCreateResponse> blocked = pool.submit(() -> fake.create(EMPTY));
                assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

                RealtimeSessionCreateResponse meanwhile = fake.create(EMPTY);
                release.countDown();

                assertThat(blocked.get(5, TimeUnit.SECONDS).clientSecret()).isNotEqualTo(meanwhile.clientSecret());
                fake.verifyCalled(2);
            } finally {
                release.countDown();
                pool.shutdownNow();
            }
        }

        @Test
        void failNextWithApiErrorThrowsTheStatusSubtypeWithARequestId() {
            fake.failNext(new ApiError(429, "requests", "rate_limit_exceeded", null, "Slow down", null, null,
                    Duration.ofSeconds(2), null));

            RateLimitException thrown = catchThrowableOfType(RateLimitException.class, () -> fake.create(EMPTY));

            assertThat(thrown).isNotNull();
            assertThat(thrown.requestId()).matches("req_[0-9a-f]{32}");
            assertThat(thrown.retryAfter()).isEqualTo(Duration.ofSeconds(2));
            assertThat(thrown.errorCode()).isEqualTo("rate_limit_exceeded");
        }

        @Test
        void failNextKeepsAGivenRequestId() {
            fake.failNext(new ApiError(418, null, null, null, null, "req_given", null, null, null));

            ApiStatusException thrown = catchThrowableOfType(ApiStatusException.class, () -> fake.create(EMPTY));

            assertThat(thrown).isExactlyInstanceOf(ApiStatusException.class);
            assertThat(thrown.requestId()).isEqualTo("req_given");
        }

        @Test
        void repeatedFailuresAreFreshExceptions() {
            fake.failNext(2, ApiError.ofStatus(500));

            InternalServerException first = catchThrowableOfType(InternalServerException.class, () -> fake.create(EMPTY));
            InternalServerException second =
                    catchThrowableOfType(InternalServerException.class, () -> fake.create(EMPTY));

            assertThat(first).isNotSameAs(second);
            assertThat(first.requestId()).isNotEqualTo(second.requestId());
            assertThat(fake.create(EMPTY)).isNotNull();
        }

        @Test
        void failNextWithExceptionThrowsThatInstance() {
            ApiConnectionException broken = new ApiConnectionException("broken", null);
            fake.failNext(broken);

            assertThatThrownBy(() -> fake.create(EMPTY)).isSameAs(broken);
        }

        @Test
        void failNextNeedsAPositiveCount() {
            assertThatThrownBy(() -> fake.failNext(0, ApiError.ofStatus(500)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("times");
        }

        @Test
        void answerWithoutSecretIsRejectedLikeTheTransportsDo() {
            fake.answerNext(RealtimeSessionCreateResponse.builder().id("sess_x").build());

            assertThatThrownBy(() -> fake.create(EMPTY))
                    .isInstanceOf(ResponseFormatException.class)
                    .hasMessageContaining("client_secret");
        }

        @Test
        void answerFunctionReturningNullIsAnError() {
            fake.answerNext(request -> null);

            assertThatThrownBy(() -> fake.create(EMPTY)).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void strictFakeFailsUnscriptedCallsNamingTheRequest() {
            InMemorySessionCreator strict = InMemorySessionCreator.builder().strict(true).build();
            strict.answerNext(strict.defaultAnswer(EMPTY));
            strict.create(EMPTY);

            assertThatThrownBy(() -> strict.create(RealtimeSessionCreateRequest.builder().instructions("who?").build()))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("strict")
                    .hasMessageContaining("call #2")
                    .hasMessageContaining("who?");
            strict.verifyCalled(2);
            assertThat(strict.isStrict()).isTrue();
        }

        @Test
        void resetForgetsScriptsAndRecords() {
            fake.create(EMPTY);
            fake.failNext(ApiError.ofStatus(500));
            fake.answerNext(fake.defaultAnswer(EMPTY));

            fake.reset();

            assertThat(fake.pendingScripts()).isZero();
            assertThat(fake.callCount()).isZero();
            assertThat(fake.issuedSecrets()).isEmpty();
            assertThat(fake.responses()).isEmpty();
        }
    }

    @Nested
    class Verification {

        @Test
        void recordsRequestsAndAnswersInOrder() {
            RealtimeSessionCreateRequest first = RealtimeSessionCreateRequest.builder().instructions("1").build();
            RealtimeSessionCreateRequest second = RealtimeSessionCreateRequest.builder().instructions("2").build();

            RealtimeSessionCreateResponse a = fake.create(first);
            RealtimeSessionCreateResponse b = fake.create(second);

            assertThat(fake.requests()).containsExactly(first, second);
            assertThat(fake.lastRequest()).isSameAs(second);
            assertThat(fake.responses()).containsExactly(a, b);
            assertThat(fake.lastResponse()).isSameAs(b);
            assertThat(fake.issuedSecrets()).containsExactly(a.clientSecret(), b.clientSecret());
            assertThatThrownBy(() -> fake.requests().clear()).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void failedCallsAreRecordedToo() {
            fake.failNext(ApiError.ofStatus(500));

            assertThatThrownBy(() -> fake.create(EMPTY)).isInstanceOf(InternalServerException.class);

            fake.verifyCalled(1);
            assertThat(fake.responses()).isEmpty();
        }

        @Test
        void verifyCalledNamesExpectedActualAndRequests() {
            fake.create(RealtimeSessionCreateRequest.builder().instructions("only call").build());

            assertThatThrownBy(() -> fake.verifyCalled(2))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("expected 2")
                    .hasMessageContaining("there were 1")
                    .hasMessageContaining("only call");
            fake.verifyCalled(1);
        }

        @Test
        void verifyNoMoreScriptsListsTheLeftovers() {
            fake.failNext(429, "requests", "rate_limit_exceeded", "slow");

            assertThatThrownBy(fake::verifyNoMoreScripts)
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("HTTP 429");
        }

        @Test
        void lastRequestAndLastResponseFailWhenThereIsNone() {
            assertThatThrownBy(fake::lastRequest).isInstanceOf(AssertionError.class).hasMessageContaining("never");
            assertThatThrownBy(fake::lastResponse).isInstanceOf(AssertionError.class);
        }

        @Test
        void secretIsValidUntilItExpiresByTheClock() {
            String secret = fake.create(RealtimeSessionCreateRequest.builder().expiresAfterSeconds(60).build())
                    .clientSecret()
                    .value();

            clock.advance(Duration.ofSeconds(59));
            assertThat(fake.isValid(secret)).isTrue();
            clock.advance(Duration.ofSeconds(1));
            assertThat(fake.isValid(secret)).isFalse();
        }

        @Test
        void foreignOrNullSecretsAreNotValid() {
            fake.create(EMPTY);

            assertThat(fake.isValid("ek_notIssuedByThisFake")).isFalse();
            assertThat(fake.isValid(null)).isFalse();
        }

        @Test
        void descriptionsKeepSecretsOut() {
            ClientSecret secret = fake.create(EMPTY).clientSecret();

            assertThat(fake.toString()).doesNotContain(secret.value());
            assertThat(fake.issuedSecrets().toString()).doesNotContain(secret.value());
        }
    }

    @Nested
    class RandomFailures {

        private final ApiError serverError = ApiError.of(500, "server_error", null, "chaos");

        @Test
        void failsAboutTheGivenShareOfCallsWithFreshStatusExceptions() {
            InMemorySessionCreator chaotic = InMemorySessionCreator.builder().seed(11).failureRate(0.2, serverError)
                    .build();
            Set<String> requestIds = new HashSet<>();
            int failures = 0;

            for (int i = 0; i < 2000; i++) {
                try {
                    chaotic.create(EMPTY);
                } catch (InternalServerException e) {
                    failures++;
                    assertThat(e.errorType()).isEqualTo("server_error");
                    assertThat(e.requestId()).matches("req_[0-9a-f]{32}");
                    requestIds.add(e.requestId());
                }
            }

            assertThat(failures).isBetween(320, 480).isEqualTo(chaotic.injectedFailures());
            assertThat(requestIds).as("a request id per failure").hasSize(failures);
            chaotic.verifyCalled(2000);
            assertThat(chaotic.responses()).hasSize(2000 - failures);
        }

        @Test
        void sameSeedFailsTheSameCallsAndMintsTheSameSecretsAsWithoutFailures() {
            List<String> first = outcomes(InMemorySessionCreator.builder().clock(clock).seed(5)
                    .failureRate(0.3, serverError).build());
            List<String> second = outcomes(InMemorySessionCreator.builder().clock(clock).seed(5)
                    .failureRate(0.3, serverError).build());
            List<String> withoutFailures = outcomes(InMemorySessionCreator.builder().clock(clock).seed(5).build());

            assertThat(first).isEqualTo(second).contains("failed");
            assertThat(withoutFailures).doesNotContain("failed");
            assertThat(first.stream().filter(outcome -> !outcome.equals("failed")).toList())
                    .as("the secrets minted, in order, do not depend on the failures")
                    .isEqualTo(withoutFailures.subList(0, (int) first.stream()
                            .filter(outcome -> !outcome.equals("failed")).count()));
        }

        private List<String> outcomes(InMemorySessionCreator creator) {
            List<String> outcomes = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                try {
                    outcomes.add(creator.create(EMPTY).clientSecret().value());
                } catch (InternalServerException e) {
                    outcomes.add("failed");
                }
            }
            return outcomes;
        }

        @Test
        void scriptsComeFirst() {
            InMemorySessionCreator chaotic = InMemorySessionCreator.builder().failureRate(1.0, serverError).build();
            chaotic.failNext(429, "requests", "rate_limit_exceeded", "slow down");
            chaotic.answerNext(request -> chaotic.defaultAnswer(request));

            assertThatThrownBy(() -> chaotic.create(EMPTY)).isInstanceOf(RateLimitException.class);
            assertThat(chaotic.create(EMPTY).clientSecret()).isNotNull();
            assertThatThrownBy(() -> chaotic.create(EMPTY)).isInstanceOf(InternalServerException.class);
            assertThat(chaotic.injectedFailures()).isEqualTo(1);
        }

        @Test
        void aSupplierChoosesTheException() {
            InMemorySessionCreator chaotic = InMemorySessionCreator.builder()
                    .failureRate(1.0, () -> new ApiConnectionException("chaos: reset", null))
                    .build();

            assertThatThrownBy(() -> chaotic.create(EMPTY))
                    .isExactlyInstanceOf(ApiConnectionException.class)
                    .hasMessage("chaos: reset");
            assertThat(chaotic.toString()).contains("failureRate=1.0");
        }

        @Test
        void rateZeroNeverFailsAndResetForgetsTheCount() {
            InMemorySessionCreator never = InMemorySessionCreator.builder().failureRate(0, serverError).build();
            InMemorySessionCreator always = InMemorySessionCreator.builder().failureRate(1, serverError).build();

            for (int i = 0; i < 100; i++) {
                never.create(EMPTY);
            }
            assertThatThrownBy(() -> always.create(EMPTY)).isInstanceOf(InternalServerException.class);
            always.reset();

            assertThat(never.injectedFailures()).isZero();
            assertThat(always.injectedFailures()).isZero();
            assertThat(always.failureRate()).isEqualTo(1.0);
        }

        @Test
        void rateOutsideZeroToOneOrOnAStrictFakeIsRefused() {
            for (double rate : new double[] {-0.01, 1.01, Double.NaN}) {
                assertThatThrownBy(() -> InMemorySessionCreator.builder().failureRate(rate, serverError))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("[0, 1]");
            }
            assertThatThrownBy(() -> InMemorySessionCreator.builder().strict(true).failureRate(0.1, serverError)
                            .build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("lenient");
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void concurrentCallsAreAllRecordedWithUniqueSecrets() throws Exception {
        int threads = 8;
        int callsEach = 200;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    List<String> secrets = new ArrayList<>();
                    for (int i = 0; i < callsEach; i++) {
                        secrets.add(fake.create(EMPTY).clientSecret().value());
                    }
                    return secrets;
                }));
            }
            start.countDown();
            Set<String> secrets = new HashSet<>();
            for (Future<List<String>> result : results) {
                secrets.addAll(result.get(30, TimeUnit.SECONDS));
            }
            assertThat(secrets).hasSize(threads * callsEach);
            fake.verifyCalled(threads * callsEach);
            assertThat(fake.issuedSecrets()).hasSize(threads * callsEach);
        } finally {
            pool.shutdownNow();
        }
    }
}
