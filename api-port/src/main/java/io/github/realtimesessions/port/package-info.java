/**
 * The port of the library: {@link io.github.realtimesessions.port.SessionCreator} and what every adapter shares in
 * plain Java, namely {@link io.github.realtimesessions.port.ClientSettings}, the unchecked exception tree under
 * {@link io.github.realtimesessions.port.RealtimeApiException}, the
 * {@link io.github.realtimesessions.port.RetryPolicy}, and transport discovery through
 * {@link io.github.realtimesessions.port.SessionCreators}.
 *
 * <p>Absent values are {@code null} throughout this package, as in the model. This package depends on the JDK and
 * {@code io.github.realtimesessions.model} only.
 */
package io.github.realtimesessions.port;
