package io.github.realtimesessions.spring.internal;

import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.InvalidRequestException;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.SessionConfig;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.spring.CallPolicy;
import io.github.realtimesessions.spring.ClientSecretPolicy;
import io.github.realtimesessions.spring.RealtimeSessionsProperties;

/** The default policies. */
public final class Policies {

    private static final String SESSION = "realtime.sessions.session.";

    private Policies() {}

    /**
     * Returns the request the {@code realtime.sessions.session.*} properties describe, checked now so that a bad
     * value stops the application at startup rather than failing every request.
     *
     * @param properties the properties
     * @return the request
     * @throws RealtimeSessionsConfigurationException if the properties describe an invalid request
     */
    public static ClientSecretRequest fromProperties(RealtimeSessionsProperties properties) {
        RealtimeSessionsProperties.Session session = properties.getSession();
        try {
            RealtimeSessionConfig.Builder config = RealtimeSessionConfig.builder();
            if (hasText(session.getModel())) {
                config.model(RealtimeModel.of(session.getModel().trim()));
            }
            if (hasText(session.getInstructions())) {
                config.instructions(session.getInstructions());
            }
            if (hasText(session.getVoice())) {
                config.voice(Voice.of(session.getVoice().trim()));
            }
            ClientSecretRequest.Builder request = ClientSecretRequest.builder().session(config.build());
            if (session.getExpiresAfter() != null) {
                request.expiresAfter(session.getExpiresAfter());
            }
            return request.build();
        } catch (InvalidRequestException e) {
            throw new RealtimeSessionsConfigurationException(
                    "The " + SESSION + "* properties describe an invalid session: " + e.getMessage(),
                    "Correct the " + SESSION + "* properties (for expires-after: whole seconds from 10s to 2h).",
                    e);
        } catch (IllegalArgumentException e) {
            throw new RealtimeSessionsConfigurationException(
                    "The " + SESSION + "* properties are invalid: " + e.getMessage(),
                    "Correct the " + SESSION + "* properties (for expires-after: whole seconds from 10s to 2h).",
                    e);
        }
    }

    /**
     * Returns the call policy that asks a client secret policy and uses its request's session.
     *
     * @param policy the client secret policy
     * @return the call policy
     */
    public static CallPolicy calls(ClientSecretPolicy policy) {
        return (principal, parameters) -> {
            ClientSecretRequest request = policy.clientSecretRequest(principal, parameters);
            if (request == null) {
                throw new IllegalStateException("the ClientSecretPolicy returned null");
            }
            SessionConfig session = request.session();
            if (session == null || session instanceof RealtimeSessionConfig) {
                return (RealtimeSessionConfig) session;
            }
            throw new IllegalStateException("the ClientSecretPolicy returned a " + session.type()
                    + " session, but a call needs a realtime session: define a CallPolicy bean");
        };
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
