package io.github.realtimesessions.port;

import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;

/**
 * Creates Realtime sessions: one call of {@code POST /v1/realtime/sessions}, answered with the session and its
 * ephemeral {@link io.github.realtimesessions.model.ClientSecret}.
 *
 * <p>Implementations are thread-safe and immutable once built: share one instance across the application and close
 * it on shutdown. Every failure is a {@link RealtimeApiException} (unchecked):
 * <ul>
 *   <li>{@link ApiStatusException} and its subtypes for a non-2xx answer,</li>
 *   <li>{@link ApiConnectionException} when no answer arrived ({@link ApiTimeoutException} when it came too late),</li>
 *   <li>{@link ResponseFormatException} for a 2xx answer that is not the expected JSON.</li>
 * </ul>
 * An invalid request never reaches an implementation: it cannot be built
 * ({@link io.github.realtimesessions.model.InvalidRequestException}).
 */
public interface SessionCreator extends AutoCloseable {

    /**
     * Creates a session.
     *
     * @param request the session configuration
     * @return the created session with its client secret
     * @throws NullPointerException if {@code request} is {@code null}
     * @throws RealtimeApiException if the session could not be created
     */
    RealtimeSessionCreateResponse create(RealtimeSessionCreateRequest request);

    /**
     * Releases what this creator owns (connection pools, threads). Idempotent; throws nothing. Resources the caller
     * handed in stay open. The default does nothing.
     */
    @Override
    default void close() {}
}
