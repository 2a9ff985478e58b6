package io.github.realtimesessions.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import io.github.realtimesessions.port.Credential;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class AzureTokenSourceTest {

    private static final OffsetDateTime EXPIRY = OffsetDateTime.of(2026, 12, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    /** An Azure credential of the test's own, recording the scopes it was asked for. */
    private static final class RecordingCredential implements TokenCredential {
        final List<List<String>> requested = new ArrayList<>();
        AccessToken next = new AccessToken("eyJ0eXAi.entra-token.sig", EXPIRY);

        @Override
        public Mono<AccessToken> getToken(TokenRequestContext request) {
            return Mono.fromCallable(() -> getTokenSync(request));
        }

        @Override
        public AccessToken getTokenSync(TokenRequestContext request) {
            requested.add(List.copyOf(request.getScopes()));
            return next;
        }
    }

    @Test
    void asksForTheCognitiveServicesScopeByDefaultAndKeepsTheExpiry() {
        RecordingCredential azure = new RecordingCredential();

        io.github.realtimesessions.port.AccessToken token = AzureTokenSource.of(azure).fetchToken();

        assertThat(azure.requested).containsExactly(List.of(AzureTokenSource.COGNITIVE_SERVICES_SCOPE));
        assertThat(token.token()).isEqualTo("eyJ0eXAi.entra-token.sig");
        assertThat(token.expiresAt()).isEqualTo(Instant.parse("2026-12-01T12:00:00Z"));
    }

    @Test
    void asksForTheGivenScopes() {
        RecordingCredential azure = new RecordingCredential();

        AzureTokenSource.of(azure, AzureTokenSource.AI_AZURE_SCOPE).fetchToken();

        assertThat(azure.requested).containsExactly(List.of(AzureTokenSource.AI_AZURE_SCOPE));
    }

    @Test
    void aCredentialWithoutATokenIsAFailureNamingTheCredential() {
        RecordingCredential azure = new RecordingCredential();
        azure.next = null;

        assertThatThrownBy(() -> AzureTokenSource.of(azure).fetchToken())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(RecordingCredential.class.getName());
    }

    @Test
    void theLibraryCredentialSendsBearerTokensFromTheSource() {
        Credential credential = AzureTokenSource.credential(new RecordingCredential());

        assertThat(credential).isInstanceOf(Credential.BearerTokens.class);
        assertThat(((Credential.BearerTokens) credential).source()).isInstanceOf(AzureTokenSource.class);
        assertThat(credential.headerName()).isEqualTo("Authorization");
    }

    @Test
    void descriptionNamesTheCredentialAndScopesButNoToken() {
        AzureTokenSource source = AzureTokenSource.of(new RecordingCredential());

        assertThat(source.toString()).contains("RecordingCredential", AzureTokenSource.COGNITIVE_SERVICES_SCOPE)
                .doesNotContain("entra-token");
    }

    @Test
    void noScopeIsRefused() {
        assertThatThrownBy(() -> AzureTokenSource.of(new RecordingCredential(), new String[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scope");
    }
}
