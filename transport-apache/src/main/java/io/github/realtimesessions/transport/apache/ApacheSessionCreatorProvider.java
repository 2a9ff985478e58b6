package io.github.realtimesessions.transport.apache;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.port.spi.SessionCreatorProvider;

/**
 * Makes the Apache HttpClient transport known to {@link io.github.realtimesessions.port.SessionCreators} under the
 * name {@value ApacheSessionCreator#TRANSPORT_NAME}; registered in
 * {@code META-INF/services/io.github.realtimesessions.port.spi.SessionCreatorProvider}. Creating the provider is free;
 * each {@link #create(ClientSettings)} builds an {@link ApacheSessionCreator} with a client of its own.
 */
public final class ApacheSessionCreatorProvider implements SessionCreatorProvider {

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public ApacheSessionCreatorProvider() {}

    /**
     * Returns {@value ApacheSessionCreator#TRANSPORT_NAME}.
     *
     * @return the transport's name
     */
    @Override
    public String name() {
        return ApacheSessionCreator.TRANSPORT_NAME;
    }

    /**
     * Creates an {@link ApacheSessionCreator} that owns its client, as {@link ApacheSessionCreator#create} does.
     *
     * @param settings the settings
     * @return a new creator, to be closed by the caller
     */
    @Override
    public SessionCreator create(ClientSettings settings) {
        return ApacheSessionCreator.create(settings);
    }
}
