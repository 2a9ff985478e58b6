package io.github.realtimesessions.docs.examples;

import com.azure.identity.DefaultAzureCredentialBuilder;
import io.github.realtimesessions.azure.AzureTokenSource;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.Credential;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.port.SessionCreators;

/** The examples of docs/azure.md; {@code AzureExamplesTest} runs the key one against the fake server in Azure mode. */
final class AzureExamples {

    private AzureExamples() {}

    static ClientSettings withApiKey(String resourceEndpoint, String azureApiKey) {
        // snippet:azure-api-key
        ClientSettings settings = ClientSettings.builder()
                .azureEndpoint(resourceEndpoint)                     // https://my-resource.openai.azure.com
                .credential(Credential.azureApiKey(azureApiKey))     // sent as the api-key header
                .build();
        // end:azure-api-key
        return settings;
    }

    static ClientSecretResponse mintOnAzure(SessionCreator sessions) {
        // snippet:azure-deployment
        ClientSecretResponse secret = sessions.createClientSecret(ClientSecretRequest.builder()
                .session(RealtimeSessionConfig.builder()
                        .model(RealtimeModel.of("my-gpt-realtime"))  // on Azure: the deployment name
                        .build())
                .build());
        // end:azure-deployment
        return secret;
    }

    static SessionCreator withEntraId(String resourceEndpoint) {
        // snippet:azure-entra
        // realtime-sessions-credentials-azure: Entra ID tokens from the Azure Identity library,
        // cached by the library and refreshed shortly before they expire.
        ClientSettings settings = ClientSettings.builder()
                .azureEndpoint(resourceEndpoint)
                .credential(AzureTokenSource.credential(new DefaultAzureCredentialBuilder().build()))
                .build();
        SessionCreator sessions = SessionCreators.create(settings);
        // end:azure-entra
        return sessions;
    }
}
