package io.github.realtimesessions.docs.examples;

import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.port.AccessToken;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.Credential;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.port.RetryPolicy;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.port.SessionCreators;
import io.github.realtimesessions.port.TokenSource;
import java.time.Duration;
import java.time.Instant;

/** The examples of docs/configuration.md; {@code ConfigurationExamplesTest} runs them against the fake server. */
final class ConfigurationExamples {

    private ConfigurationExamples() {}

    static ClientSettings everySetting(String apiKey) {
        // snippet:settings-builder
        ClientSettings settings = ClientSettings.builder()
                .apiKey(apiKey)                               // or .credential(...), see below
                .organization("org-123")                      // OpenAI-Organization, optional
                .project("proj_456")                          // OpenAI-Project, optional
                .connectTimeout(Duration.ofSeconds(5))        // per attempt; default 10 s
                .responseTimeout(Duration.ofSeconds(20))      // per attempt, headers and body; default 60 s
                .callTimeout(Duration.ofSeconds(45))          // the whole call, retries included; default 2 min
                .maxRetries(3)                                // default 2
                .userAgentSuffix("acme-voice/4.2")
                .build();
        // end:settings-builder
        return settings;
    }

    static SessionCreator fromTheEnvironment() {
        // snippet:settings-environment
        // OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_ORG_ID, OPENAI_PROJECT_ID,
        // or AZURE_OPENAI_ENDPOINT with AZURE_OPENAI_API_KEY.
        SessionCreator sessions = SessionCreators.create(ClientSettings.fromEnvironment());
        // end:settings-environment
        return sessions;
    }

    static ClientSettings bearerTokens(ClientSettings.Builder base, GatewayTokens gateway) {
        // snippet:bearer-tokens
        TokenSource tokens = () -> {
            GatewayTokens.Token token = gateway.issue();              // may block: called one thread at a time
            return new AccessToken(token.value(), token.expiresAt());
        };
        ClientSettings settings = base
                .credential(Credential.bearerTokens(tokens)
                        .withRefreshMargin(Duration.ofMinutes(1)))    // fetch a new one a minute before expiry
                .build();
        // end:bearer-tokens
        return settings;
    }

    static ClientSecretResponse perCall(SessionCreator sessions, ClientSecretRequest request) {
        // snippet:request-options
        RequestOptions interactive = RequestOptions.builder()
                .timeout(Duration.ofSeconds(3))       // this call, retries included
                .maxRetries(0)                        // a person is waiting: fail fast, let them click again
                .build();
        ClientSecretResponse secret = sessions.createClientSecret(request, interactive);
        // end:request-options
        return secret;
    }

    static ClientSettings customRetries(ClientSettings.Builder base) {
        // snippet:retry-policy
        ClientSettings settings = base
                .retryPolicy(RetryPolicy.builder()
                        .maxRetries(4)
                        .baseDelay(Duration.ofMillis(250))          // doubled per attempt, with jitter
                        .maxServerDelay(Duration.ofSeconds(10))     // a longer Retry-After fails at once
                        .build())
                .build();
        // end:retry-policy
        return settings;
    }

    /** A stand-in for a company's token gateway, so the bearer example compiles and runs. */
    interface GatewayTokens {

        Token issue();

        record Token(String value, Instant expiresAt) {}
    }
}
