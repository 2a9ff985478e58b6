package io.github.realtimesessions.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.port.AccessToken;
import io.github.realtimesessions.port.AuthenticationException;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.Credential;
import io.github.realtimesessions.port.CredentialException;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.InMemorySessionCreator;
import io.github.realtimesessions.testkit.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Wire: Azure OpenAI and bearer-token credentials, against Azure-mode fake servers of the cases' own (so this
 * concern runs whatever the fixture's mode): the {@code /openai/v1} paths without {@code api-version}, the
 * {@code api-key} header, Entra ID style tokens fetched once, cached, refreshed once on 401 and never more, and a
 * token source that fails.
 */
public interface WireAzure extends ContractSupport {

    /** An Azure key goes in {@code api-key}, every endpoint below {@code /openai/v1}, no {@code api-version}. */
    @Test
    default void azureKeyAndPaths() {
        FakeRealtimeServer azure = azureServer();
        SessionCreator creator = creator(limits(azure.settings()).build());

        creator.createClientSecret(Samples.minimalRealtime());
        RealtimeCall call = creator.createCall(Samples.call());
        creator.hangUp(call.callId());

        assertThat(azure.requests()).extracting(RecordedRequest::path).containsExactly(
                "/openai/v1/realtime/client_secrets", "/openai/v1/realtime/calls",
                "/openai/v1/realtime/calls/" + call.callId() + "/hangup");
        for (RecordedRequest request : azure.requests()) {
            assertThat(request.query()).as("no api-version").isNull();
            assertThat(request.headerValues("api-key")).containsExactly(azure.apiKey());
            assertThat(request.header("Authorization")).isNull();
            assertThat(request.header("OpenAI-Beta")).isNull();
        }
        assertThat(call.location()).isEqualTo("/openai/v1/realtime/calls/" + call.callId());
    }

    /** A bearer token is fetched once and reused while it is valid. */
    @Test
    default void bearerTokenIsFetchedOnceAndCached() {
        FakeRealtimeServer azure = azureServer();
        SessionCreator creator = creator(limits(azure.bearerSettings()).build());

        for (int i = 0; i < 3; i++) {
            creator.createClientSecret(Samples.minimalRealtime());
        }

        assertThat(azure.tokenFetches()).isEqualTo(1);
        String token = azure.issuedTokens().get(0);
        assertThat(azure.requests()).allSatisfy(request ->
                assertThat(request.headerValues("Authorization")).containsExactly("Bearer " + token));
    }

    /** A token the server calls expired (401) is refreshed once, and the call goes through with the fresh one. */
    @Test
    default void expiredTokenIsRefreshedOnceOn401() {
        FakeRealtimeServer azure = azureServer();
        SessionCreator creator = creator(limits(azure.bearerSettings()).build());
        creator.createClientSecret(Samples.minimalRealtime());

        azure.expireTokens();
        creator.createClientSecret(Samples.minimalRealtime());

        assertThat(azure.tokenFetches()).isEqualTo(2);
        assertThat(azure.requestCount()).as("the first call, the refused attempt, the retry").isEqualTo(3);
    }

    /** A fresh token that is refused too ends the call with {@link AuthenticationException}: one refresh, no loop. */
    @Test
    default void refusedFreshTokenIsAnAuthenticationFailure() {
        FakeRealtimeServer azure = azureServer();
        AtomicInteger fetches = new AtomicInteger();
        Credential tokens = Credential.bearerTokens(() -> new AccessToken(
                "not-a-token-the-server-issued-" + fetches.incrementAndGet(), Instant.now().plusSeconds(3600)));
        SessionCreator creator = creator(limits(ClientSettings.builder().azureEndpoint(azure.endpoint().toString())
                .credential(tokens)).build());

        AuthenticationException refused = Expect.thrownBy(AuthenticationException.class,
                () -> creator.createClientSecret(Samples.minimalRealtime()));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(fetches.get()).isEqualTo(2);
        assertThat(azure.requestCount()).isEqualTo(2);
        Expect.noSecretIn(refused, List.of("not-a-token-the-server-issued-1",
                "not-a-token-the-server-issued-2"));
    }

    /** A token source that fails ends the call with {@link CredentialException}; nothing is sent. */
    @Test
    default void failingTokenSourceIsACredentialFailure() {
        FakeRealtimeServer azure = azureServer();
        Credential broken = Credential.bearerTokens(() -> {
            throw new IllegalStateException("vault unreachable; cached secret hunter2-0123456789 is stale");
        });
        SessionCreator creator = creator(limits(ClientSettings.builder().azureEndpoint(azure.endpoint().toString())
                .credential(broken)).build());

        CredentialException thrown = Expect.thrownBy(CredentialException.class,
                () -> creator.createClientSecret(Samples.minimalRealtime()));

        assertThat(thrown.getMessage()).doesNotContain("hunter2");
        assertThat(azure.requestCount()).isZero();
    }

    private FakeRealtimeServer azureServer() {
        InMemorySessionCreator fake = InMemorySessionCreator.builder().clock(clock()).build();
        return startServer(FakeRealtimeServer.builder().azure(true).sessions(fake));
    }

    private static ClientSettings.Builder limits(ClientSettings.Builder builder) {
        return builder.maxRetries(0).connectTimeout(Duration.ofSeconds(2)).responseTimeout(Duration.ofSeconds(2))
                .callTimeout(Duration.ofSeconds(10));
    }
}
