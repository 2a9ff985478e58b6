package io.github.realtimesessions.transport.core.internal;

import static io.github.realtimesessions.transport.core.internal.ScriptedExchange.respond;
import static io.github.realtimesessions.transport.core.internal.WireFixtures.API_KEY;
import static io.github.realtimesessions.transport.core.internal.WireFixtures.CAPTURE_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.port.AccessToken;
import io.github.realtimesessions.port.Credential;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.port.spi.AttemptInfo;
import io.github.realtimesessions.port.spi.RequestObserver;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** DEBUG lines carry method, path, transport, attempt, status and request id; never a credential or a secret. */
class PipelineLoggingTest extends PipelineFixture {

    private static final String EPHEMERAL = "ek_68af296e8e408191a1120ab6383263c2";
    private static final String TOKEN = "entraTokenValue0123456789";

    private final Logger logger = (Logger) LoggerFactory.getLogger("io.github.realtimesessions.transport.core.HttpSessionCreator");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Level previous;

    @BeforeEach
    void capture() {
        previous = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void release() {
        logger.detachAppender(appender);
        logger.setLevel(previous);
    }

    private List<String> lines() {
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    private void assertNoSecretLogged() {
        for (ILoggingEvent event : appender.list) {
            String line = event.getFormattedMessage();
            assertThat(line).doesNotContain(API_KEY, "sk-test", TOKEN, EPHEMERAL, CAPTURE_SECRET, "68af296e8e408191", "971d8f42c1b0", "XYZ0123456789");
            assertThat(event.getThrowableProxy()).as("no exception (and its message) in a log line").isNull();
        }
    }

    @Test
    void eachAttemptIsOneLineWithMethodPathTransportAttemptStatusAndRequestId() {
        exchange.then(respond(error(503, "x-request-id", "req_1", "retry-after-ms", "5")),
                respond(FakeResponse.json(200, MINTED, "x-request-id", "req_2")));

        mint(pipeline());

        assertThat(lines()).hasSize(2);
        assertThat(lines().get(0)).matches("POST /realtime/client_secrets via fake attempt 1 failed in \\d+ ms"
                + " \\[request id req_1]: InternalServerException; retrying in 5 ms");
        assertThat(lines().get(1)).matches("POST /realtime/client_secrets via fake attempt 2 -> HTTP 200 in \\d+ ms"
                + " \\[request id req_2]");
        assertThat(appender.list).allMatch(event -> event.getLevel() == Level.DEBUG);
        assertNoSecretLogged();
    }

    @Test
    void aHangUpIsLoggedByItsPathTemplateWithoutTheCallId() {
        exchange.then(respond(FakeResponse.of(200, "")));

        pipeline().execute(Operations.HANGUP, "rtc_secretish123", RequestOptions.defaults());

        assertThat(lines()).singleElement().asString()
                .startsWith("POST /realtime/calls/{call_id}/hangup via fake attempt 1 -> HTTP 200 in ")
                .doesNotContain("rtc_secretish123");
    }

    @Test
    void aFinalFailureSaysSoWithoutRetry() {
        exchange.then(respond(error(400, "x-request-id", "req_400")));

        catchThrowable(() -> mint(pipeline()));

        assertThat(lines()).singleElement().asString().matches("POST /realtime/client_secrets via fake attempt 1 failed"
                + " in \\d+ ms \\[request id req_400]: BadRequestException");
    }

    @Test
    void secretsInRequestsAnswersErrorsAndRequestIdsAreNeverLogged() {
        exchange.then(
                respond(FakeResponse.json(200, MINTED, "x-request-id", "Bearer " + API_KEY)),
                respond(FakeResponse.json(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + API_KEY
                        + "\"}}", "x-request-id", EPHEMERAL)),
                respond(FakeResponse.framed(201, WireFixtures.SDP_ANSWER, "Content-Type", "application/sdp",
                        "Location", "/v1/realtime/calls/rtc_1", "x-request-id", EPHEMERAL)));
        Pipeline pipeline = pipeline();

        mint(pipeline);
        catchThrowable(() -> mint(pipeline));
        pipeline.execute(Operations.CALLS, CallRequest.builder().sdp(WireFixtures.SDP_OFFER).ephemeralKey(EPHEMERAL)
                .build(), RequestOptions.defaults());

        assertThat(lines()).hasSize(3);
        assertThat(lines().get(0)).contains("[request id Bearer " + Redactor.MASK + "]");
        assertThat(lines().get(2)).startsWith("POST /realtime/calls via fake attempt 1 -> HTTP 201");
        assertNoSecretLogged();
    }

    @Test
    void bearerTokensAreNeverLogged() {
        exchange.then(respond(FakeResponse.json(401, "{\"error\":{\"message\":\"bad token " + TOKEN + "\"}}",
                "x-request-id", TOKEN)), respond(ok()));

        mint(pipeline(settings().credential(Credential.bearerTokens(() -> new AccessToken(TOKEN, null))).build()));

        assertThat(lines()).hasSize(2);
        assertThat(lines().get(0)).contains("[request id " + Redactor.MASK + "]").endsWith("retrying in 0 ms");
        assertNoSecretLogged();
    }

    @Test
    void aFailingListenerIsAWarningNamingOnlyTheExceptionType() {
        exchange.then(respond(ok()));
        RequestObserver failing = new RequestObserver() {
            @Override
            public void attemptFinished(AttemptInfo attempt) {
                throw new IllegalStateException("listener saw " + API_KEY);
            }
        };

        mint(pipeline(settings().listener(start -> failing).build()));

        assertThat(appender.list).filteredOn(event -> event.getLevel() == Level.WARN)
                .extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("the request listener failed on attemptFinished; ignored (java.lang.IllegalStateException)");
        assertNoSecretLogged();
    }

    @Test
    void nothingIsLoggedAboveDebugForAnOrdinaryCall() {
        logger.setLevel(Level.INFO);
        exchange.then(respond(error(500)), respond(ok()));

        mint(pipeline());

        assertThat(appender.list).isEmpty();
    }
}
