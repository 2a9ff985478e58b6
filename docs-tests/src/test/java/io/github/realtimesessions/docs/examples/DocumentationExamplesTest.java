package io.github.realtimesessions.docs.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.Endpoint;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.Fault;
import io.github.realtimesessions.testkit.RecordedRequest;
import io.github.realtimesessions.testkit.SdpSamples;
import io.github.realtimesessions.transport.apache.ApacheSessionCreator;
import io.github.realtimesessions.transport.feign.FeignSessionCreator;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the examples the pages of {@code docs/} quote, against the fake server over real HTTP: each test proves that
 * what a page says the example does is what it does.
 */
class DocumentationExamplesTest {

    private static final ClientSecretRequest REQUEST = ClientSecretRequest.builder()
            .session(RealtimeSessionConfig.builder().model(RealtimeModel.GPT_REALTIME).build())
            .build();

    private final FakeRealtimeServer openAi = FakeRealtimeServer.start();

    @AfterEach
    void stopServer() {
        openAi.close();
    }

    private SessionCreator apache(ClientSettings.Builder settings) {
        return ApacheSessionCreator.create(settings.build());
    }

    @Test
    void everySettingOfTheBuilderExampleReachesTheWire() {
        ClientSettings settings = ConfigurationExamples.everySetting(openAi.apiKey());
        assertThat(settings.callTimeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(settings.maxRetries()).isEqualTo(3);

        try (SessionCreator sessions = apache(settings.toBuilder().baseUri(openAi.baseUri()))) {
            sessions.createClientSecret(REQUEST);
        }
        RecordedRequest sent = openAi.takeRequest();
        assertThat(sent.header("OpenAI-Organization")).isEqualTo("org-123");
        assertThat(sent.header("OpenAI-Project")).isEqualTo("proj_456");
        assertThat(sent.header("User-Agent")).endsWith("acme-voice/4.2");
    }

    @Test
    void bearerTokensComeFromTheSourceAndAreCached() {
        AtomicInteger issued = new AtomicInteger();
        ConfigurationExamples.GatewayTokens gateway = () -> {
            issued.incrementAndGet();
            return new ConfigurationExamples.GatewayTokens.Token(
                    openAi.tokenSource().fetchToken().token(), Instant.now().plus(Duration.ofHours(1)));
        };
        try (SessionCreator sessions = ApacheSessionCreator.create(
                ConfigurationExamples.bearerTokens(openAi.bearerSettings(), gateway))) {
            sessions.createClientSecret(REQUEST);
            sessions.createClientSecret(REQUEST);
        }
        assertThat(issued).hasValue(1);
        assertThat(openAi.takeRequest().header("Authorization")).startsWith("Bearer ");
    }

    @Test
    void aPerCallDeadlineEndsTheCallWithoutRetrying() {
        openAi.enqueue(Fault.delayBeforeHeaders(Duration.ofSeconds(30)));
        try (SessionCreator sessions = apache(openAi.settings())) {
            assertThatThrownBy(() -> ConfigurationExamples.perCall(sessions, REQUEST))
                    .isInstanceOf(ApiTimeoutException.class);
        }
        assertThat(openAi.requestCount(Endpoint.CLIENT_SECRETS)).isEqualTo(1);
    }

    @Test
    void theRetryPolicyExampleRetriesFourTimes() {
        openAi.enqueue(5, Fault.error(503, "server_error", null, "Slow down"));
        ClientSettings settings = ConfigurationExamples.customRetries(openAi.settings());
        try (SessionCreator sessions = ApacheSessionCreator.create(settings)) {
            assertThatThrownBy(() -> sessions.createClientSecret(REQUEST))
                    .hasMessageContaining("503");
        }
        assertThat(openAi.requestCount(Endpoint.CLIENT_SECRETS)).isEqualTo(5);
    }

    @Test
    void theAzureKeyExampleMintsOnTheDeployment() {
        try (FakeRealtimeServer azure = FakeRealtimeServer.startAzure();
                SessionCreator sessions = ApacheSessionCreator.create(
                        AzureExamples.withApiKey(azure.endpoint().toString(), azure.apiKey()))) {
            ClientSecretResponse secret = AzureExamples.mintOnAzure(sessions);

            assertThat(secret.value()).startsWith("ek_");
            RecordedRequest sent = azure.takeRequest();
            assertThat(sent.path()).isEqualTo("/openai/v1/realtime/client_secrets");
            assertThat(sent.header("api-key")).isEqualTo(azure.apiKey());
            assertThat(sent.header("Authorization")).isNull();
            assertThat(sent.json().toJson()).contains("\"model\":\"my-gpt-realtime\"");
        }
    }

    @Test
    void theErrorExampleAnswersEachFailureItsWay() {
        try (SessionCreator sessions = apache(openAi.settings().maxRetries(0))) {
            assertThat(ErrorHandling.mint(sessions, REQUEST)).isInstanceOf(ErrorHandling.Answer.Minted.class);

            openAi.enqueue(Fault.retryAfter(429, "7"));
            assertThat(ErrorHandling.mint(sessions, REQUEST))
                    .isEqualTo(new ErrorHandling.Answer.TryLater(Duration.ofSeconds(7)));

            openAi.enqueue(Fault.error(500, "server_error", null, "The server had an error"));
            assertThat(ErrorHandling.mint(sessions, REQUEST)).isInstanceOfSatisfying(
                    ErrorHandling.Answer.Unavailable.class, answer -> assertThat(answer.requestId()).startsWith("req_"));

            openAi.enqueue(Fault.connectionReset());
            assertThat(ErrorHandling.mint(sessions, REQUEST)).isEqualTo(new ErrorHandling.Answer.Unavailable(null));

            int before = openAi.requestCount();
            // Rules are checked by build(); what only sending can tell (the body's size) is checked before sending.
            ClientSecretRequest tooLarge = ClientSecretRequest.builder()
                    .session(RealtimeSessionConfig.builder().instructions("x".repeat(2 << 20)).build())
                    .build();
            assertThat(ErrorHandling.mint(sessions, tooLarge)).isInstanceOfSatisfying(
                    ErrorHandling.Answer.Refused.class,
                    refused -> assertThat(refused.why()).contains("1048576"));
            assertThat(openAi.requestCount()).as("refused before sending").isEqualTo(before);
        }
    }

    @Test
    void theCallBrokerAnswersTheOfferAndHangsUpOnce() {
        try (SessionCreator sessions = apache(openAi.settings()); CallBroker broker = new CallBroker(sessions)) {
            RealtimeCall call = broker.answer(SdpSamples.browserOffer());
            assertThat(call.callId()).startsWith("rtc_");
            assertThat(call.sdpAnswer()).startsWith("v=0");
            assertThat(openAi.takeRequest().endpoint()).isEqualTo(Endpoint.CALLS);

            assertThat(broker.hangUp(call.callId())).isTrue();
            assertThat(broker.hangUp(call.callId())).as("hung up already").isFalse();

            RecordedRequest hangup = openAi.takeRequest(Duration.ofSeconds(10));
            assertThat(hangup.path()).isEqualTo("/v1/realtime/calls/" + call.callId() + "/hangup");
        }
    }

    @Test
    void closingTheBrokerHangsUpTheCallsStillRunning() {
        try (SessionCreator sessions = apache(openAi.settings())) {
            String callId;
            try (CallBroker broker = new CallBroker(sessions)) {
                callId = broker.answer(SdpSamples.browserOffer()).callId();
            }
            assertThat(openAi.takeRequest().endpoint()).isEqualTo(Endpoint.CALLS);
            RecordedRequest hangup = openAi.takeRequest(Duration.ofSeconds(10));
            assertThat(hangup.path()).isEqualTo("/v1/realtime/calls/" + callId + "/hangup");
        }
    }

    @Test
    void theAsyncExamplesCompleteWithTheValueOrTheFallback() throws Exception {
        try (SessionCreator sessions = apache(openAi.settings().maxRetries(0))) {
            assertThat(AsyncExamples.tokenForBrowser(sessions, REQUEST).get(30, TimeUnit.SECONDS)).startsWith("ek_");

            openAi.enqueue(Fault.retryAfter(429, "3"));
            assertThat(AsyncExamples.withFallback(sessions, REQUEST).get(30, TimeUnit.SECONDS))
                    .isEqualTo("busy, retry after PT3S");

            openAi.enqueue(Fault.error(500, "server_error", null, "The server had an error"));
            assertThatThrownBy(() -> AsyncExamples.withFallback(sessions, REQUEST).join())
                    .isInstanceOf(CompletionException.class)
                    .cause().hasMessageContaining("500");
        }
    }

    @Test
    void eachTransportExampleMintsOverHttp() throws Exception {
        ClientSettings settings = openAi.settings().build();
        TransportExamples.OwnClient own = TransportExamples.apacheOwnClient(settings);
        try (SessionCreator discovered = TransportExamples.discovered(settings);
                SessionCreator apache = TransportExamples.apache(settings);
                SessionCreator apacheOwn = own.sessions();
                SessionCreator feign = TransportExamples.feign(settings)) {
            assertThat(feign).isInstanceOf(FeignSessionCreator.class);
            for (SessionCreator sessions : new SessionCreator[] {discovered, apache, apacheOwn, feign}) {
                assertThat(sessions.createClientSecret(REQUEST).value()).startsWith("ek_");
            }
        }
        // Closing the creator left the caller's client open: it still works, and is closed by its owner.
        own.client().execute(new org.apache.hc.client5.http.classic.methods.HttpGet(openAi.baseUri()), answer -> null);
        own.client().close();
        assertThat(openAi.requestCount(Endpoint.CLIENT_SECRETS)).isEqualTo(4);
    }
}
