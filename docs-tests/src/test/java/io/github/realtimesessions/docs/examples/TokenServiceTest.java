package io.github.realtimesessions.docs.examples;

// snippet:testkit-test
import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.Fault;
import io.github.realtimesessions.testkit.InMemorySessionCreator;
import io.github.realtimesessions.testkit.RecordedRequest;
import io.github.realtimesessions.transport.apache.ApacheSessionCreator;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenServiceTest {

    // In memory: no HTTP, answers like the real API, records every request.
    private final InMemorySessionCreator openAi = InMemorySessionCreator.builder().build();
    private final TokenService service = new TokenService(openAi);

    @Test
    void mintsAOneMinuteSecret() {
        ClientSecretResponse secret = service.tokenFor("alice").orElseThrow();

        ClientSecretRequest sent = openAi.clientSecrets().lastRequest();
        assertThat(sent.expiresAfter().seconds()).isEqualTo(60);
        assertThat(secret.value()).startsWith("ek_");
        assertThat(openAi.isValid(secret.value())).isTrue();
    }

    @Test
    void aRateLimitIsNoTokenNotAnError() {
        openAi.clientSecrets().failNext(ApiError.builder(429).type("requests").code("rate_limit_exceeded")
                .message("Rate limit reached").retryAfter(Duration.ofSeconds(2)).build());

        assertThat(service.tokenFor("bob")).isEmpty();
    }

    @Test
    void overRealHttpWithARealTransport() {
        // A loopback server that speaks the API's wire format, with faults on demand.
        try (FakeRealtimeServer server = FakeRealtimeServer.start();
                SessionCreator sessions = ApacheSessionCreator.create(server.settings().maxRetries(0).build())) {
            server.enqueue(Fault.error(429, "requests", "rate_limit_exceeded", "Rate limit reached"));
            TokenService overHttp = new TokenService(sessions);

            Optional<ClientSecretResponse> busy = overHttp.tokenFor("carol");
            Optional<ClientSecretResponse> minted = overHttp.tokenFor("carol");

            assertThat(busy).isEmpty();
            assertThat(minted).isPresent();
            RecordedRequest last = server.takeRequest();
            assertThat(last.header("Authorization")).isEqualTo("Bearer " + server.apiKey());
            assertThat(last.header("OpenAI-Safety-Identifier")).isEqualTo(Integer.toHexString("carol".hashCode()));
        }
    }
}
// end:testkit-test
