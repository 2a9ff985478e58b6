package io.github.realtimesessions.docs.examples;

// snippet:mint-token
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.port.SessionCreators;
import java.time.Duration;

public final class MintToken {

    /** Mints a ten-minute client secret for a browser: POST /v1/realtime/client_secrets. */
    static ClientSecretResponse mint(SessionCreator sessions) {
        ClientSecretRequest request = ClientSecretRequest.builder()
                .expiresAfter(Duration.ofMinutes(10))
                .session(RealtimeSessionConfig.builder()
                        .model(RealtimeModel.GPT_REALTIME)
                        .instructions("You are a friendly assistant.")
                        .voice(Voice.MARIN)
                        .build())
                .build();
        return sessions.createClientSecret(request);
    }

    public static void main(String[] args) {
        // OPENAI_API_KEY (or AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_API_KEY) from the environment;
        // the transport is the one on the class path.
        try (SessionCreator sessions = SessionCreators.create(ClientSettings.fromEnvironment())) {
            ClientSecretResponse secret = mint(sessions);
            // Hand secret.value() (ek_...) to the browser; never log it.
            System.out.println("minted a secret for " + secret.session().type() + ", expires at " + secret.expiresAt());
        }
    }
}
// end:mint-token
