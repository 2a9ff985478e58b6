package io.github.realtimesessions.port;

/**
 * Supplies short-lived bearer tokens, for {@link Credential#bearerTokens(TokenSource)}: Microsoft Entra ID tokens for
 * Azure OpenAI, or the tokens of a gateway in front of the API.
 *
 * <p>The library caches the token until shortly before {@link AccessToken#expiresAt()} and calls this method one
 * thread at a time; the method may block (a token request over the network). With the Azure SDK, for example:
 * <pre>{@code
 * TokenCredential azure = new DefaultAzureCredentialBuilder().build();
 * TokenRequestContext scope = new TokenRequestContext().addScopes("https://cognitiveservices.azure.com/.default");
 * TokenSource entra = () -> {
 *     com.azure.core.credential.AccessToken token = azure.getTokenSync(scope);
 *     return new AccessToken(token.getToken(), token.getExpiresAt().toInstant());
 * };
 * }</pre>
 */
@FunctionalInterface
public interface TokenSource {

    /**
     * Returns a token.
     *
     * @return the token, not {@code null}
     * @throws RuntimeException when no token can be had; the call then fails with a {@link CredentialException} whose
     *     cause is this exception
     */
    AccessToken fetchToken();
}
