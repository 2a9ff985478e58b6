package io.github.realtimesessions.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.realtimesessions.port.InternalServerException;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.port.SessionCreators;
import io.github.realtimesessions.testkit.Fault;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.RecordedRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadmeServerExampleTest {

    private final FakeRealtimeServer openAi = FakeRealtimeServer.start();
    private final SessionCreator sessions = SessionCreators.create(openAi.settings().maxRetries(0).build());
    private final TokenBroker broker = new TokenBroker(sessions);

    @AfterEach
    void stop() {
        sessions.close();
        openAi.close();
    }

    @Test
    void brokerTalksToOpenAiOverHttp() {
        TokenBroker.BrowserToken token = broker.tokenFor("de");

        assertThat(openAi.sessions().isValid(token.value())).isTrue();
        RecordedRequest request = openAi.takeRequest();
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + openAi.apiKey());
        assertThat(request.sessionRequest().inputAudioTranscription().valueOrNull().language()).isEqualTo("de");
    }

    @Test
    void retryAfterHeaderReachesTheBroker() {
        openAi.enqueue(Fault.status(429, "application/json",
                "{\"error\":{\"message\":\"Slow down\",\"type\":\"requests\",\"param\":null,"
                        + "\"code\":\"rate_limit_exceeded\"}}",
                Map.of("retry-after", "3")));

        assertThatThrownBy(() -> broker.tokenFor("de"))
                .isInstanceOfSatisfying(TokenBroker.BusyException.class,
                        busy -> assertThat(busy.retryAfter()).isEqualTo(Duration.ofSeconds(3)));
    }

    @Test
    void proxyErrorPageIsAServerError() {
        openAi.enqueue(Fault.notJson(502, "text/html", "<h1>502 Bad Gateway</h1>"));

        assertThatThrownBy(() -> broker.tokenFor("de"))
                .isInstanceOfSatisfying(InternalServerException.class,
                        e -> assertThat(e.status()).isEqualTo(502));
    }
}
