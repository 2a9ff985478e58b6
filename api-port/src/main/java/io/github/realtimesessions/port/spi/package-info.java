/**
 * The service-provider interface through which transports make themselves known to
 * {@link io.github.realtimesessions.port.SessionCreators}. Implement it only to add a transport.
 */
package io.github.realtimesessions.port.spi;
