package io.github.realtimesessions.port.spi;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;

/**
 * A transport, as found by {@link java.util.ServiceLoader}: register the implementation in
 * {@code META-INF/services/io.github.realtimesessions.port.spi.SessionCreatorProvider} (and in {@code module-info} as
 * {@code provides}, for a named module). Implementations need a public no-argument constructor and must be cheap to
 * create: discovery instantiates every provider on the class path.
 */
public interface SessionCreatorProvider {

    /**
     * Returns the transport's short name, e.g. {@code apache} or {@code feign}, as users select it.
     *
     * @return a lower-case name, unique among transports
     */
    String name();

    /**
     * Creates a session creator of this transport.
     *
     * @param settings the settings
     * @return a new creator, owned (and to be closed) by the caller
     */
    SessionCreator create(ClientSettings settings);
}
