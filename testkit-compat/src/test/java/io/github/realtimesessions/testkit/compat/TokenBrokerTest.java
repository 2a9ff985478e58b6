package io.github.realtimesessions.testkit.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.Fault;
import io.github.realtimesessions.testkit.InMemorySessionCreator;
import io.github.realtimesessions.testkit.RecordedRequest;
import io.github.realtimesessions.testkit.TestClock;
import io.github.realtimesessions.transport.core.AsyncHttpExchange;
import io.github.realtimesessions.transport.core.HttpHeaders;
import io.github.realtimesessions.transport.core.HttpSessionCreator;
import io.github.realtimesessions.transport.core.RawResponse;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A user's tests of their {@link TokenBroker} on the JUnit their project pins (5.11 in {@code junit5}, 6.1 in
 * {@code junit6}, which share these sources): with the in-memory fake, and over HTTP against the fake server. The
 * build fails if no test runs (surefire's {@code failIfNoTests}), which is what a JUnit that does not fit the platform
 * would cause.
 */
class TokenBrokerTest {

    private final TestClock clock = TestClock.at(Instant.parse("2026-09-01T12:00:00Z"));
    private final InMemorySessionCreator openAi = InMemorySessionCreator.builder().clock(clock).seed(42).build();
    private final TokenBroker broker = new TokenBroker(openAi);

    @Test
    void runsOnThisProjectsJUnitNotTheTestkits() {
        assertThat(Test.class.getPackage().getImplementationVersion()).startsWith(System.getProperty("expected.junit"));
    }

    @Test
    void mintsAOneMinuteTokenInTheCustomersLanguage() {
        TokenBroker.BrowserToken token = broker.tokenFor("alice@example.com", "de");

        openAi.clientSecrets().verifyCalled(1);
        ClientSecretRequest sent = openAi.clientSecrets().lastRequest();
        RealtimeSessionConfig session = (RealtimeSessionConfig) sent.session();
        assertThat(session.audio().output().voice()).isEqualTo(Voice.MARIN);
        assertThat(session.audio().input().transcription().language()).isEqualTo("de");
        assertThat(sent.safetyIdentifier()).hasSize(64).doesNotContain("alice");
        assertThat(token.value()).startsWith("ek_");
        assertThat(token.expiresAt()).isEqualTo(clock.instant().plusSeconds(60));
        assertThat(openAi.isValid(token.value())).isTrue();
    }

    @Test
    void tokenStopsWorkingAfterOneMinute() {
        TokenBroker.BrowserToken token = broker.tokenFor("bob", "en");

        clock.advance(Duration.ofSeconds(59));
        assertThat(openAi.isValid(token.value())).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(openAi.isValid(token.value())).isFalse();
    }

    @Test
    void rateLimitBecomesBusyWithTheServersDelay() {
        openAi.clientSecrets().failNext(ApiError.builder(429).type("requests").code("rate_limit_exceeded")
                .message("Rate limit reached").retryAfter(Duration.ofSeconds(2)).build());

        assertThatThrownBy(() -> broker.tokenFor("carol", "en"))
                .isInstanceOfSatisfying(TokenBroker.BusyException.class,
                        busy -> assertThat(busy.retryAfter()).isEqualTo(Duration.ofSeconds(2)));
        assertThat(broker.tokenFor("carol", "en").value()).startsWith("ek_");
        openAi.verifyNoMoreScripts();
    }

    @Test
    void strictFakeFailsOnCallsNobodyScripted() {
        InMemorySessionCreator strict = InMemorySessionCreator.builder().strict(true).build();
        strict.clientSecrets().answerNext(strict::defaultAnswer);
        TokenBroker strictBroker = new TokenBroker(strict);

        strictBroker.tokenFor("dave", "fr");

        assertThatThrownBy(() -> strictBroker.tokenFor("dave", "fr"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("was not scripted");
    }

    @Test
    void brokerTalksToOpenAiOverHttp() {
        try (FakeRealtimeServer server = FakeRealtimeServer.start();
                SessionCreator sessions = new JdkTransport(server.settings().maxRetries(0).build())) {
            TokenBroker.BrowserToken token = new TokenBroker(sessions).tokenFor("erin", "it");

            assertThat(server.sessions().isValid(token.value())).isTrue();
            RecordedRequest request = server.takeRequest();
            assertThat(request.path()).isEqualTo("/v1/realtime/client_secrets");
            assertThat(request.header("Authorization")).isEqualTo("Bearer " + server.apiKey());
            assertThat(request.header("OpenAI-Safety-Identifier")).hasSize(64);
            RealtimeSessionConfig session = (RealtimeSessionConfig) request.clientSecretRequest().session();
            assertThat(session.audio().input().transcription().language()).isEqualTo("it");
        }
    }

    @Test
    void retryAfterHeaderReachesTheBroker() {
        try (FakeRealtimeServer server = FakeRealtimeServer.start();
                SessionCreator sessions = new JdkTransport(server.settings().maxRetries(0).build())) {
            server.enqueue(Fault.retryAfter(429, "3"));

            assertThatThrownBy(() -> new TokenBroker(sessions).tokenFor("frank", "en"))
                    .isInstanceOfSatisfying(TokenBroker.BusyException.class,
                            busy -> assertThat(busy.retryAfter()).isEqualTo(Duration.ofSeconds(3)));
        }
    }

    /** The transport this project's tests bring: the JDK's HttpClient behind the library's one seam. */
    private static final class JdkTransport extends HttpSessionCreator {

        JdkTransport(ClientSettings settings) {
            this(settings, exchange(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()));
        }

        private JdkTransport(ClientSettings settings, AsyncHttpExchange exchange) {
            super(settings, "jdk", exchange.blocking(), exchange, null);
        }

        private static AsyncHttpExchange exchange(HttpClient client) {
            return raw -> {
                HttpRequest.Builder request = HttpRequest.newBuilder(raw.uri()).timeout(raw.readTimeout())
                        .method(raw.method(), HttpRequest.BodyPublishers.ofByteArray(raw.body()));
                raw.headers().forEach(request::header);
                var answer = client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                raw.onAbort(() -> answer.cancel(true));
                return answer.thenApply(JdkTransport::response);
            };
        }

        private static RawResponse response(HttpResponse<byte[]> response) {
            HttpHeaders.Builder headers = HttpHeaders.builder();
            response.headers().map().forEach((name, values) -> values.forEach(value -> headers.add(name, value)));
            HttpHeaders built = headers.build();
            return new RawResponse() {
                @Override
                public int status() {
                    return response.statusCode();
                }

                @Override
                public HttpHeaders headers() {
                    return built;
                }

                @Override
                public InputStream body() {
                    return new ByteArrayInputStream(response.body());
                }

                @Override
                public void release() {}

                @Override
                public void abort() {}
            };
        }

        @Override
        protected void closeTransport() {}
    }
}
