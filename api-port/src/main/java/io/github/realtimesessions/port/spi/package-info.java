/**
 * The service-provider interfaces of the port: {@link io.github.realtimesessions.port.spi.SessionCreatorProvider},
 * through which transports make themselves known to {@link io.github.realtimesessions.port.SessionCreators} (implement
 * it only to add a transport), and {@link io.github.realtimesessions.port.spi.RequestListener}, which hears about every
 * call for metrics and traces.
 */
package io.github.realtimesessions.port.spi;
