/**
 * The OpenFeign transport: {@link io.github.realtimesessions.transport.feign.FeignSessionCreator}, its builder, and
 * {@link io.github.realtimesessions.transport.feign.FeignSessionCreatorProvider} (name {@code feign}) for discovery.
 *
 * <p>The package holds only what is Feign-specific: a Feign interface for {@code POST /realtime/sessions}; an encoder,
 * decoder and error decoder, and a client wrapper adding the library's headers, that hand over to transport-core
 * (encoding, headers, answer reading and failure mapping live there, shared with every transport); and the default
 * {@code feign.Client} over an Apache HttpClient 5 pool. Absent values are {@code null}.
 */
package io.github.realtimesessions.transport.feign;
