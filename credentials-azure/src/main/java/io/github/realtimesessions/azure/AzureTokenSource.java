package io.github.realtimesessions.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import io.github.realtimesessions.port.AccessToken;
import io.github.realtimesessions.port.Credential;
import io.github.realtimesessions.port.TokenSource;
import java.util.List;
import java.util.Objects;

/**
 * Microsoft Entra ID tokens for Azure OpenAI, from any azure-core {@link TokenCredential}
 * ({@code DefaultAzureCredential}, a managed identity, a client secret credential...):
 *
 * <pre>{@code
 * ClientSettings settings = ClientSettings.builder()
 *         .azureEndpoint("https://my-resource.openai.azure.com")
 *         .credential(AzureTokenSource.credential(new DefaultAzureCredentialBuilder().build()))
 *         .build();
 * }</pre>
 *
 * <p>The library caches each token until two minutes before it expires and asks for a new one, one thread at a time,
 * when the cached one is about to expire or the server refuses it (see {@link Credential#bearerTokens(TokenSource)}).
 * The token request blocks ({@link TokenCredential#getTokenSync(TokenRequestContext)}). Thread-safe.
 */
public final class AzureTokenSource implements TokenSource {

    /**
     * The scope of Azure AI services tokens, the one Microsoft's Realtime samples use. Azure OpenAI's v1 API also
     * accepts tokens for {@value #AI_AZURE_SCOPE}.
     */
    public static final String COGNITIVE_SERVICES_SCOPE = "https://cognitiveservices.azure.com/.default";

    /** The scope OpenAI's own SDK documentation uses for Azure OpenAI's v1 API. */
    public static final String AI_AZURE_SCOPE = "https://ai.azure.com/.default";

    private final TokenCredential credential;
    private final List<String> scopes;

    private AzureTokenSource(TokenCredential credential, List<String> scopes) {
        this.credential = Objects.requireNonNull(credential, "credential must not be null");
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("at least one scope is required");
        }
        this.scopes = List.copyOf(scopes);
    }

    /**
     * Returns a source of tokens for {@value #COGNITIVE_SERVICES_SCOPE}.
     *
     * @param credential the Azure credential
     * @return the token source
     */
    public static AzureTokenSource of(TokenCredential credential) {
        return new AzureTokenSource(credential, List.of(COGNITIVE_SERVICES_SCOPE));
    }

    /**
     * Returns a source of tokens for the given scopes.
     *
     * @param credential the Azure credential
     * @param scopes the scopes, e.g. {@value #AI_AZURE_SCOPE}
     * @return the token source
     */
    public static AzureTokenSource of(TokenCredential credential, String... scopes) {
        return new AzureTokenSource(credential, List.of(scopes));
    }

    /**
     * Returns a library credential that authorizes requests with tokens from an Azure credential
     * ({@value #COGNITIVE_SERVICES_SCOPE}).
     *
     * @param credential the Azure credential
     * @return the credential, for {@code ClientSettings.Builder.credential(...)}
     */
    public static Credential credential(TokenCredential credential) {
        return Credential.bearerTokens(of(credential));
    }

    /**
     * Returns the scopes tokens are requested for.
     *
     * @return an unmodifiable list
     */
    public List<String> scopes() {
        return scopes;
    }

    /**
     * Requests a token from the Azure credential.
     *
     * @return the token and its expiry
     * @throws IllegalStateException if the credential returns no token
     */
    @Override
    public AccessToken fetchToken() {
        TokenRequestContext context = new TokenRequestContext().setScopes(scopes);
        com.azure.core.credential.AccessToken token = credential.getTokenSync(context);
        if (token == null || token.getToken() == null) {
            throw new IllegalStateException("the Azure credential " + credential.getClass().getName()
                    + " returned no token for " + scopes);
        }
        return new AccessToken(token.getToken(), token.getExpiresAt() == null ? null : token.getExpiresAt().toInstant());
    }

    /** Names the Azure credential's type and the scopes, never a token. */
    @Override
    public String toString() {
        return "AzureTokenSource[" + credential.getClass().getName() + ", scopes=" + scopes + "]";
    }
}
