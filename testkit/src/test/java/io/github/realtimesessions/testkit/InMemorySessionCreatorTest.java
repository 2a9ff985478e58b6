package io.github.realtimesessions.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.realtimesessions.model.Audio;
import io.github.realtimesessions.model.AudioInput;
import io.github.realtimesessions.model.AudioTranscription;
import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.ExpiresAfter;
import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.TranscriptionModel;
import io.github.realtimesessions.model.TranscriptionSession;
import io.github.realtimesessions.model.TranscriptionSessionConfig;
import io.github.realtimesessions.model.TranslationClientSecretRequest;
import io.github.realtimesessions.model.TranslationSessionConfig;
import io.github.realtimesessions.model.TurnDetection;
import io.github.realtimesessions.port.ApiCancelledException;
import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.BadRequestException;
import io.github.realtimesessions.port.InternalServerException;
import io.github.realtimesessions.port.NotFoundException;
import io.github.realtimesessions.port.RateLimitException;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.RequestOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class InMemorySessionCreatorTest {

    private static final ClientSecretRequest MINIMAL =
            ClientSecretRequest.builder().session(RealtimeSessionConfig.builder().build()).build();

    private final TestClock clock = TestClock.at(Instant.parse("2026-01-30T12:00:00Z"));

    private InMemorySessionCreator.Builder fake() {
        return InMemorySessionCreator.builder().clock(clock).seed(42);
    }

    @Test
    void mintsSecretsAndIdsOfTheApisShapeReproducibly() {
        InMemorySessionCreator one = fake().build();
        InMemorySessionCreator two = fake().build();

        ClientSecretResponse first = one.createClientSecret(MINIMAL);
        ClientSecretResponse again = two.createClientSecret(MINIMAL);

        assertThat(first.value()).matches("ek_[0-9a-f]{32}");
        assertThat(first.session().id()).matches("sess_[A-Za-z0-9]{21}");
        assertThat(first.metadata().requestId()).matches("req_[0-9a-f]{32}");
        assertThat(first.metadata().status()).isEqualTo(200);
        assertThat(again.value()).as("same seed, same calls, same secret").isEqualTo(first.value());
        assertThat(again.session().id()).isEqualTo(first.session().id());
        assertThat(one.createClientSecret(MINIMAL).value()).isNotEqualTo(first.value());
    }

    @Test
    void secretsExpireByTheClock() {
        InMemorySessionCreator fake = fake().build();

        ClientSecretResponse minted = fake.createClientSecret(MINIMAL.toBuilder().expiresAfter(ExpiresAfter.seconds(60))
                .build());

        assertThat(minted.expiresAt()).isEqualTo(clock.instant().plusSeconds(60));
        assertThat(fake.isValid(minted.value())).isTrue();
        clock.advance(Duration.ofSeconds(60));
        assertThat(fake.isValid(minted.value())).isFalse();
        assertThat(fake.isValid("ek_never_issued")).isFalse();
        assertThat(fake.isValid(null)).isFalse();
        assertThat(fake.issuedSecrets()).singleElement().hasToString(
                "ClientSecret[value=<redacted>, expiresAt=" + minted.expiresAt() + "]");
    }

    @Test
    void transcriptionSessionsGetTheirOwnDefaults() {
        InMemorySessionCreator fake = fake().build();

        ClientSecretResponse minted = fake.createClientSecret(ClientSecretRequest.builder()
                .session(TranscriptionSessionConfig.builder().audio(Audio.builder().input(AudioInput.builder()
                        .transcription(AudioTranscription.of(TranscriptionModel.GPT_4O_TRANSCRIBE)).build()).build())
                        .build())
                .build());

        TranscriptionSession session = (TranscriptionSession) minted.session();
        assertThat(session.object()).isEqualTo("realtime.transcription_session");
        assertThat(session.expiresAt()).isEqualTo(minted.expiresAt());
        TurnDetection.ServerVad vad = (TurnDetection.ServerVad) session.audio().input().turnDetection();
        assertThat(vad.silenceDurationMs()).isEqualTo(200);
        assertThat(vad.createResponse()).as("a transcription session has no response flags").isNull();
        assertThat(session.includeSetting().isEnabled()).isFalse();
    }

    @Test
    void endpointScriptsComeFirstThenScriptsForAnyEndpoint() {
        InMemorySessionCreator fake = fake().build();
        fake.failNext(500, "server_error", null, "any endpoint");
        fake.translationClientSecrets().failNext(429, "requests", "rate_limit_exceeded", "translations only");

        Throwable translation = catchThrowable(() -> fake.createTranslationClientSecret(translation()));
        Throwable mint = catchThrowable(() -> fake.createClientSecret(MINIMAL));

        assertThat(translation).isInstanceOf(RateLimitException.class).hasMessageContaining("translations only");
        assertThat(mint).isInstanceOf(InternalServerException.class).hasMessageContaining("any endpoint");
        assertThat(((InternalServerException) mint).requestId()).startsWith("req_");
        assertThat(fake.createClientSecret(MINIMAL).value()).startsWith("ek_");
        fake.verifyNoMoreScripts();
        assertThat(fake.callCount()).isEqualTo(3);
        fake.clientSecrets().verifyCalled(2);
        fake.translationClientSecrets().verifyCalled(1);
        fake.calls().verifyNeverCalled();
    }

    @Test
    void scriptedAnswersAreReturnedAndCountAsIssued() {
        InMemorySessionCreator fake = fake().build();
        ClientSecretResponse scripted = fake.defaultAnswer(MINIMAL).toBuilder().value("ek_scripted0000").build();
        fake.clientSecrets().answerNext(scripted);
        fake.clientSecrets().answerNext(request -> null);

        assertThat(fake.createClientSecret(MINIMAL)).isSameAs(scripted);
        assertThat(fake.isValid("ek_scripted0000")).isTrue();
        assertThatThrownBy(() -> fake.createClientSecret(MINIMAL)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("returned null");
        assertThat(fake.clientSecrets().responses()).containsExactly(scripted);
        assertThat(fake.clientSecrets().lastResponse()).isSameAs(scripted);
    }

    @Test
    void failNextTimesFailsThatOftenWithFreshRequestIds() {
        InMemorySessionCreator fake = fake().build();
        fake.clientSecrets().failNext(2, ApiError.of(503, "server_error", null, "busy"));

        RealtimeApiException first = (RealtimeApiException) catchThrowable(() -> fake.createClientSecret(MINIMAL));
        RealtimeApiException second = (RealtimeApiException) catchThrowable(() -> fake.createClientSecret(MINIMAL));

        assertThat(first).isNotSameAs(second);
        assertThat(((InternalServerException) first).requestId())
                .isNotEqualTo(((InternalServerException) second).requestId());
        assertThat(((InternalServerException) first).metadata().header("content-type")).isEqualTo("application/json");
        assertThatThrownBy(() -> fake.clientSecrets().failNext(0, ApiError.ofStatus(500)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void strictFakeFailsLoudlyOnWhatItWasNotToldToExpect() {
        InMemorySessionCreator strict = fake().strict(true).build();
        strict.clientSecrets().answerNext(strict::defaultAnswer);

        strict.createClientSecret(MINIMAL);

        assertThatThrownBy(() -> strict.createClientSecret(MINIMAL)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("call #2 of POST /v1/realtime/client_secrets was not scripted");
        assertThatThrownBy(() -> strict.async().hangUp("rtc_1")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("not scripted");
        assertThatThrownBy(() -> fake().strict(true).failureRate(0.1, ApiError.ofStatus(500)).build())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void verificationNamesWhatIsMissing() {
        InMemorySessionCreator fake = fake().build();
        fake.calls().failNext(500, null, null, null);
        fake.createClientSecret(MINIMAL);

        assertThatThrownBy(() -> fake.clientSecrets().verifyCalled(2)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected 2 call(s) of POST /realtime/client_secrets but there were 1");
        assertThatThrownBy(fake::verifyNoMoreScripts).isInstanceOf(AssertionError.class)
                .hasMessageContaining("calls: fail with HTTP 500");
        assertThatThrownBy(() -> fake.hangUps().lastRequest()).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> fake.calls().lastResponse()).isInstanceOf(AssertionError.class);
    }

    @Test
    void failureRateIsSeededAndReproducible() {
        List<Boolean> firstRun = chaosRun();
        List<Boolean> secondRun = chaosRun();

        assertThat(firstRun).isEqualTo(secondRun);
        assertThat(firstRun.stream().filter(failed -> failed).count()).isBetween(10L, 50L);
    }

    private List<Boolean> chaosRun() {
        InMemorySessionCreator chaotic = fake().failureRate(0.3, ApiError.of(500, "server_error", null, "chaos"))
                .build();
        List<Boolean> failed = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            failed.add(catchThrowable(() -> chaotic.createClientSecret(MINIMAL)) != null);
        }
        assertThat(chaotic.injectedFailures()).isEqualTo((int) failed.stream().filter(f -> f).count());
        return failed;
    }

    @Test
    void failureRateCanThrowAnyException() {
        InMemorySessionCreator chaotic = fake().failureRate(1.0, () -> new ApiConnectionException("chaos", null))
                .build();

        assertThatThrownBy(() -> chaotic.createClientSecret(MINIMAL)).isInstanceOf(ApiConnectionException.class);
        assertThatThrownBy(() -> fake().failureRate(1.5, ApiError.ofStatus(500)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesFieldsTheGaApiDoesNotHave() {
        InMemorySessionCreator fake = fake().build();

        BadRequestException refused = (BadRequestException) catchThrowable(() -> fake.createCall(CallRequest.of(
                SdpSamples.browserOffer(), RealtimeSessionConfig.builder().extraFieldJson("voice", "\"alloy\"").build())));

        assertThat(refused.errorCode()).isEqualTo("unknown_parameter");
        assertThat(refused.errorParam()).isEqualTo("session.voice");
        assertThat(fake.calls().callCount()).isEqualTo(1);
        assertThat(fake.activeCalls()).isEmpty();
    }

    @Test
    void callsAndHangupsAreTracked() {
        InMemorySessionCreator fake = fake().build();

        RealtimeCall first = fake.createCall(CallRequest.builder().sdp(SdpSamples.browserOffer()).build());
        RealtimeCall second = fake.createCall(CallRequest.builder().sdp(SdpSamples.browserOffer()).build());
        fake.hangUp(first.callId());

        assertThat(first.location()).isEqualTo("/v1/realtime/calls/" + first.callId());
        assertThat(first.metadata().header("location")).isEqualTo(first.location());
        assertThat(fake.activeCalls()).containsExactly(second.callId());
        assertThat(fake.hungUpCalls()).containsExactly(first.callId());
        NotFoundException again = (NotFoundException) catchThrowable(() -> fake.hangUp(first.callId()));
        assertThat(again.status()).isEqualTo(404);
        assertThatThrownBy(() -> fake.hangUp("not/one/segment")).isInstanceOf(IllegalArgumentException.class);
        assertThat(fake.hangUps().requests()).containsExactly(first.callId(), first.callId());
    }

    @Test
    void retiredBetaAnswersLikeTheRealApi() {
        @SuppressWarnings("deprecation")
        Throwable thrown = catchThrowable(() -> fake().betaRetired(true).build().create(
                io.github.realtimesessions.model.beta.RealtimeSessionCreateRequest.builder().build()));

        assertThat(thrown).isInstanceOf(BadRequestException.class);
        assertThat(((BadRequestException) thrown).errorCode()).isEqualTo("beta_api_shape_disabled");
    }

    @Test
    void delaysRunOnTheInjectedSchedulerAndNeverSleep() {
        ManualScheduler scheduler = new ManualScheduler();
        InMemorySessionCreator fake = fake().scheduler(scheduler).build();
        fake.clientSecrets().delayNext(Duration.ofSeconds(5));

        CompletableFuture<ClientSecretResponse> future = fake.async().createClientSecret(MINIMAL);

        assertThat(future).isNotDone();
        assertThat(fake.clientSecrets().callCount()).as("recorded when made").isEqualTo(1);
        scheduler.advance(Duration.ofSeconds(4));
        assertThat(future).isNotDone();
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(future).isCompleted();
        assertThat(future.join().value()).startsWith("ek_");
    }

    @Test
    void aDelayPastTheDeadlineIsATimeoutAtTheDeadline() {
        ManualScheduler scheduler = new ManualScheduler();
        InMemorySessionCreator fake = fake().scheduler(scheduler).callTimeout(Duration.ofSeconds(30)).build();
        fake.clientSecrets().delayNext(Duration.ofMinutes(5));
        fake.clientSecrets().delayNext(Duration.ofMinutes(5));

        CompletableFuture<ClientSecretResponse> perCall = fake.async().createClientSecret(MINIMAL,
                RequestOptions.builder().timeout(Duration.ofSeconds(2)).build());
        CompletableFuture<ClientSecretResponse> byDefault = fake.async().createClientSecret(MINIMAL);
        scheduler.advance(Duration.ofSeconds(2));

        assertThat(perCall).isCompletedExceptionally();
        assertThat(catchThrowable(perCall::join)).hasCauseInstanceOf(ApiTimeoutException.class);
        assertThat(byDefault).isNotDone();
        scheduler.advance(Duration.ofSeconds(28));
        assertThat(catchThrowable(byDefault::join)).hasCauseInstanceOf(ApiTimeoutException.class);
        assertThat(fake.issuedSecrets()).isEmpty();
    }

    @Test
    void cancellingAFutureCancelsItsDelay() {
        ManualScheduler scheduler = new ManualScheduler();
        InMemorySessionCreator fake = fake().scheduler(scheduler).build();
        fake.clientSecrets().delayNext(Duration.ofSeconds(5));

        CompletableFuture<ClientSecretResponse> future = fake.async().createClientSecret(MINIMAL);
        future.cancel(true);

        assertThat(scheduler.pending()).isZero();
        scheduler.advance(Duration.ofSeconds(5));
        assertThat(fake.issuedSecrets()).isEmpty();
    }

    @Test
    void futuresCompleteOnTheGivenExecutor() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor(task -> new Thread(task, "caller-visible"));
        ManualScheduler scheduler = new ManualScheduler();
        try {
            InMemorySessionCreator fake = fake().executor(executor).scheduler(scheduler).build();
            fake.clientSecrets().delayNext(Duration.ofMillis(10));
            AtomicReference<String> thread = new AtomicReference<>();

            CompletableFuture<Void> observed = fake.async().createClientSecret(MINIMAL)
                    .thenRun(() -> thread.set(Thread.currentThread().getName()));
            scheduler.advance(Duration.ofMillis(10));
            observed.get(5, TimeUnit.SECONDS);

            assertThat(thread.get()).isEqualTo("caller-visible");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aBlockingCallWaitingOutADelayEndsOnInterruptWithTheFlagKept() throws Exception {
        ManualScheduler scheduler = new ManualScheduler();
        InMemorySessionCreator fake = fake().scheduler(scheduler).build();
        fake.clientSecrets().delayNext(Duration.ofSeconds(5));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> flag = new AtomicReference<>();
        CountDownLatch ended = new CountDownLatch(1);
        Thread caller = new Thread(() -> {
            try {
                fake.createClientSecret(MINIMAL);
            } catch (Throwable t) {
                thrown.set(t);
            } finally {
                flag.set(Thread.currentThread().isInterrupted());
                ended.countDown();
            }
        });

        caller.start();
        fake.awaitCallCount(1, Duration.ofSeconds(5));
        caller.interrupt();

        assertThat(ended.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(thrown.get()).isInstanceOf(ApiCancelledException.class);
        assertThat(flag.get()).isTrue();
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void closeEndsPendingCallsAndRefusesNewOnesButKeepsTheRecord() {
        ManualScheduler scheduler = new ManualScheduler();
        InMemorySessionCreator fake = fake().scheduler(scheduler).build();
        fake.clientSecrets().delayNext(Duration.ofSeconds(5));
        CompletableFuture<ClientSecretResponse> pending = fake.async().createClientSecret(MINIMAL);

        fake.close();
        fake.close();

        assertThat(catchThrowable(pending::join)).hasCauseInstanceOf(ApiCancelledException.class);
        assertThatThrownBy(() -> fake.createClientSecret(MINIMAL)).isInstanceOf(IllegalStateException.class);
        assertThat(fake.isClosed()).isTrue();
        assertThat(fake.clientSecrets().callCount()).isEqualTo(1);
        assertThat(scheduler.isShutdown()).as("a scheduler handed in is never shut down").isFalse();
    }

    @Test
    void isThreadSafe() throws Exception {
        InMemorySessionCreator fake = fake().build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Void>> all = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                all.add(CompletableFuture.runAsync(() -> fake.createClientSecret(MINIMAL), pool));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(fake.callCount()).isEqualTo(400);
        assertThat(fake.issuedSecrets()).hasSize(400);
        assertThat(fake.issuedSecrets().stream().map(secret -> secret.value()).distinct()).hasSize(400);
    }

    @Test
    void resetForgetsTheRecordButNotTheSecretsMinted() {
        InMemorySessionCreator fake = fake().build();
        String before = fake.createClientSecret(MINIMAL).value();
        fake.clientSecrets().failNext(500, null, null, null);

        fake.reset();

        assertThat(fake.callCount()).isZero();
        assertThat(fake.pendingScripts()).isZero();
        assertThat(fake.issuedSecrets()).isEmpty();
        assertThat(fake.createClientSecret(MINIMAL).value()).isNotEqualTo(before);
    }

    @Test
    void awaitCallCountFailsWhenTheCallsDoNotCome() {
        InMemorySessionCreator fake = fake().build();

        assertThatThrownBy(() -> fake.awaitCallCount(1, Duration.ofMillis(50))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("received 0 call(s)");
    }

    private static TranslationClientSecretRequest translation() {
        return TranslationClientSecretRequest.builder()
                .session(TranslationSessionConfig.builder().model("gpt-realtime-translate").targetLanguage("es")
                        .build())
                .build();
    }
}
