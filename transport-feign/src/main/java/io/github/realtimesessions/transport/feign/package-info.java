/**
 * The OpenFeign transport: {@link io.github.realtimesessions.transport.feign.FeignSessionCreator}, its builder, and
 * {@link io.github.realtimesessions.transport.feign.FeignSessionCreatorProvider} (name {@code feign}) for discovery.
 *
 * <p>The package holds only what is Feign-specific: a Feign interface for {@code POST /realtime/sessions}, and an
 * encoder, decoder, error decoder and request interceptor that hand over to transport-core (encoding, headers,
 * answer reading and failure mapping live there, shared with every transport). Absent values are {@code null}.
 */
package io.github.realtimesessions.transport.feign;
