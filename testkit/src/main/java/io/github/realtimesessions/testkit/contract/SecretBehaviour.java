package io.github.realtimesessions.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.McpTool;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.TranslationClientSecretResponse;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.SdpSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Secrets in descriptions, as every {@code SessionCreator} keeps them out. */
public interface SecretBehaviour extends ContractSupport {

    /**
     * Neither the credential nor a client secret (nor an MCP server's authorization or headers) appears in the
     * {@code toString()} of settings, requests, answers, secrets or the creator.
     */
    @Test
    default void descriptionsNameNoSecret() {
        ClientSettings settings = settings().build();
        SessionCreator creator = creator(settings);
        ClientSecretRequest withMcp = ClientSecretRequest.builder().session(RealtimeSessionConfig.builder()
                        .tools(McpTool.builder().serverLabel("crm").serverUrl("https://mcp.example.com")
                                .authorization("mcp-oauth-token-5f1e2d3c4b5a6978").headers(Map.of("X-Api-Key",
                                        "mcp-header-secret-0a1b2c3d"))
                                .build())
                        .build())
                .build();

        ClientSecretResponse minted = creator.createClientSecret(withMcp);
        TranslationClientSecretResponse translation = creator.createTranslationClientSecret(Samples.translation("es"));
        CallRequest ephemeral = CallRequest.builder().sdp(SdpSamples.browserOffer()).ephemeralKey(minted.value())
                .build();

        List<String> secrets = new ArrayList<>(credentials());
        secrets.addAll(List.of(minted.value(), translation.value(), "mcp-oauth-token-5f1e2d3c4b5a6978",
                "mcp-header-secret-0a1b2c3d"));
        for (Object described : List.of(settings, settings.credential(), withMcp, minted, minted.clientSecret(),
                minted.session(), translation, translation.clientSecret(), ephemeral, creator, creator.async())) {
            String text = String.valueOf(described);
            for (String secret : secrets) {
                assertThat(text).as("toString() of " + described.getClass().getName()).doesNotContain(secret);
            }
            assertThat(text).as("toString() of " + described.getClass().getName())
                    .doesNotContainPattern(Expect.SECRET_VALUE);
        }
    }
}
