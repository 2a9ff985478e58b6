package io.github.realtimesessions.port.spi;

import io.github.realtimesessions.port.Endpoint;

/**
 * A call that is starting.
 *
 * @param endpoint the endpoint
 * @param transport the transport's name, e.g. {@code apache}
 * @param async whether the call was made through {@code SessionCreator.async()}
 */
public record RequestStart(Endpoint endpoint, String transport, boolean async) {}
