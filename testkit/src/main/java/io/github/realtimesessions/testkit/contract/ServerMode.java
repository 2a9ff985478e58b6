package io.github.realtimesessions.testkit.contract;

/**
 * What the contract's {@link io.github.realtimesessions.testkit.FakeRealtimeServer} acts as, and how the settings of
 * {@link ContractSupport#settings()} authorize against it. A transport's contract test runs in {@link #OPENAI} mode;
 * a subclass that overrides {@link SessionCreatorFixture#serverMode()} runs the same cases against an Azure OpenAI
 * resource.
 */
public enum ServerMode {

    /** The OpenAI API under {@code /v1}, with an API key sent as {@code Authorization: Bearer}. */
    OPENAI,

    /** An Azure OpenAI resource under {@code /openai/v1}, with its key sent as the {@code api-key} header. */
    AZURE_API_KEY,

    /**
     * An Azure OpenAI resource under {@code /openai/v1}, with Microsoft Entra ID style bearer tokens from the server's
     * token source ({@code Credential.bearerTokens}).
     */
    AZURE_BEARER_TOKEN;

    /**
     * Tells whether the server acts as an Azure OpenAI resource.
     *
     * @return {@code true} for the Azure modes
     */
    public boolean isAzure() {
        return this != OPENAI;
    }
}
