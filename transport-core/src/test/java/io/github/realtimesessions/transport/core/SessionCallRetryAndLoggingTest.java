package io.github.realtimesessions.transport.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.realtimesessions.model.ClientSecret;
import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.InternalServerException;
import java.io.ByteArrayInputStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** SessionCall applies the settings' retry policy in one place, and logs each attempt without a secret. */
class SessionCallRetryAndLoggingTest {

    private static final String API_KEY = "sk-proj-LOGGED-NEVER-1234567890";
    private static final String SECRET = "ek_never_logged_0123456789";

    private final List<Duration> sleeps = new ArrayList<>();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final List<Logger> watched = new ArrayList<>();

    @BeforeEach
    void watchLogs() {
        appender.start();
        for (Class<?> type : List.of(SessionCall.class, SessionResponseReader.class)) {
            Logger logger = (Logger) LoggerFactory.getLogger(type);
            logger.setLevel(Level.DEBUG);
            logger.addAppender(appender);
            watched.add(logger);
        }
    }

    @AfterEach
    void stopWatching() {
        for (Logger logger : watched) {
            logger.detachAppender(appender);
            logger.setLevel(null);
        }
    }

    private SessionCall call(int maxRetries) {
        ClientSettings settings =
                ClientSettings.builder().apiKey(API_KEY).maxRetries(maxRetries).build();
        return SessionCall.create(settings, "lambda", Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), sleeps::add);
    }

    @Test
    void aServerErrorThenSuccessTakesTwoAttemptsAndLogsBoth() {
        SessionCall call = call(2);
        AtomicInteger attempts = new AtomicInteger();

        RealtimeSessionCreateResponse session = call.execute(RealtimeSessionCreateRequest.builder().build(), body -> {
            if (attempts.incrementAndGet() == 1) {
                return call.responses().read(500, name -> name.equals("x-request-id") ? "req_1" : null,
                        new ByteArrayInputStream(("{\"error\":{\"message\":\"boom " + API_KEY + "\",\"type\":\"server_error\"}}")
                                .getBytes(StandardCharsets.UTF_8)));
            }
            return call.responses().read(200, HeaderLookup.NONE, session().getBytes(StandardCharsets.UTF_8));
        });

        assertThat(session.clientSecret().value()).isEqualTo(SECRET);
        assertThat(attempts).hasValue(2);
        assertThat(sleeps).hasSize(1);
        assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
        String logs = logText();
        assertThat(logs)
                .contains("POST /realtime/sessions -> HTTP 500 [request id req_1]")
                .contains("attempt 1 failed")
                .contains("retrying after attempt 1 (InternalServerException) in")
                .contains("attempt 2 succeeded")
                .doesNotContain(API_KEY)
                .doesNotContain(SECRET)
                .doesNotContain("ek_");
    }

    @Test
    void exhaustedRetriesSurfaceTheLastFailureWithTheHistory() {
        SessionCall call = call(2);

        InternalServerException failure = catchThrowableOfType(InternalServerException.class,
                () -> call.execute(RealtimeSessionCreateRequest.builder().build(),
                        body -> call.responses().read(503, HeaderLookup.NONE, new byte[0])));

        assertThat(failure.attempts()).isEqualTo(3);
        assertThat(failure.getSuppressed()).hasSize(2).allMatch(e -> e instanceof InternalServerException);
        assertThat(failure.getMessage()).endsWith("(after 3 attempts)");
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void withRetriesOffAConnectionFailureSurfacesAtOnce() {
        SessionCall call = call(0);

        ConnectException refused = new ConnectException("Connection refused");
        Throwable failure = catchThrowableOfType(RuntimeException.class,
                () -> call.execute(RealtimeSessionCreateRequest.builder().build(), body -> {
                    throw refused;
                }));

        assertThat(failure).hasCause(refused);
        assertThat(sleeps).isEmpty();
        assertThat(logText()).contains("attempt 1 failed").doesNotContain("retrying");
    }

    @Test
    void theJdkHttpClientsTimeoutCountsAsATimeout() {
        java.net.http.HttpTimeoutException timeout = new java.net.http.HttpTimeoutException("request timed out");
        assertThat(TransportFailures.toException(timeout, java.net.URI.create("http://127.0.0.1/v1"), API_KEY))
                .isInstanceOf(io.github.realtimesessions.port.ApiTimeoutException.class)
                .hasCause(timeout);
    }

    private String logText() {
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).collect(Collectors.joining("\n"));
    }

    private static String session() {
        return new String(SessionJsonCodec.instance().encodeResponse(RealtimeSessionCreateResponse.builder()
                        .id("sess_1")
                        .clientSecret(new ClientSecret(SECRET, Instant.ofEpochSecond(600)))
                        .build()),
                StandardCharsets.UTF_8);
    }

}
