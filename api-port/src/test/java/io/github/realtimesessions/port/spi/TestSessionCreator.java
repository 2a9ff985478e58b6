package io.github.realtimesessions.port.spi;

import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;

/**
 * What the test transports create: remembers which transport made it and with which settings, so that a test can
 * tell which provider {@link io.github.realtimesessions.port.SessionCreators} chose.
 *
 * @param transport the name of the provider that created it
 * @param settings the settings it was created with
 */
public record TestSessionCreator(String transport, ClientSettings settings) implements SessionCreator {

    @Override
    public RealtimeSessionCreateResponse create(RealtimeSessionCreateRequest request) {
        throw new UnsupportedOperationException("test transport " + transport + " creates no sessions");
    }
}
