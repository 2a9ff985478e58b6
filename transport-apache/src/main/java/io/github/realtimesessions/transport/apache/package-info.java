/**
 * The Apache HttpClient 5 transport: {@link io.github.realtimesessions.transport.apache.ApacheSessionCreator} (classic
 * client, pooled connections) with its builder for bringing your own {@code CloseableHttpClient} or sizing the pool,
 * and {@link io.github.realtimesessions.transport.apache.ApacheSessionCreatorProvider}, which lets
 * {@link io.github.realtimesessions.port.SessionCreators} find the transport as {@code apache}.
 *
 * <p>The transport moves bytes only: encoding, headers, reading answers and mapping failures are
 * {@code transport-core}'s. Absent values are {@code null} throughout this package.
 */
package io.github.realtimesessions.transport.apache;
