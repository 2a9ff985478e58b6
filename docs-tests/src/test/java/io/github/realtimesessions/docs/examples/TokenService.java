package io.github.realtimesessions.docs.examples;

// snippet:testkit-service
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.port.RateLimitException;
import io.github.realtimesessions.port.SessionCreator;
import java.time.Duration;

/** Your code: it depends on the port, so tests hand it a fake and production a transport. */
public final class TokenService {

    private final SessionCreator sessions;

    public TokenService(SessionCreator sessions) {
        this.sessions = sessions;
    }

    /** A one-minute secret for the signed-in user, or empty when OpenAI is busy. */
    public java.util.Optional<ClientSecretResponse> tokenFor(String userId) {
        try {
            return java.util.Optional.of(sessions.createClientSecret(ClientSecretRequest.builder()
                    .expiresAfter(Duration.ofMinutes(1))
                    .safetyIdentifier(Integer.toHexString(userId.hashCode()))   // a real app hashes with a key
                    .session(RealtimeSessionConfig.builder().model(RealtimeModel.GPT_REALTIME).build())
                    .build()));
        } catch (RateLimitException busy) {
            return java.util.Optional.empty();
        }
    }
}
// end:testkit-service
