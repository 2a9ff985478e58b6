package io.github.realtimesessions.transport.feign;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.port.spi.SessionCreatorProvider;

/**
 * Makes the Feign transport available to {@link io.github.realtimesessions.port.SessionCreators} under the name
 * {@value #NAME}. Registered in {@code META-INF/services}.
 */
public final class FeignSessionCreatorProvider implements SessionCreatorProvider {

    /** The transport's name. */
    public static final String NAME = FeignSessionCreator.TRANSPORT_NAME;

    /** Creates the provider; cheap, as discovery requires. */
    public FeignSessionCreatorProvider() {}

    /**
     * Returns {@value #NAME}.
     *
     * @return the name
     */
    @Override
    public String name() {
        return NAME;
    }

    /**
     * Creates a {@link FeignSessionCreator} with its default client.
     *
     * @param settings the settings
     * @return a new creator
     */
    @Override
    public SessionCreator create(ClientSettings settings) {
        return FeignSessionCreator.create(settings);
    }
}
