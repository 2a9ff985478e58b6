package io.github.realtimesessions.port.spi;

import io.github.realtimesessions.port.Endpoint;
import io.github.realtimesessions.port.RealtimeApiException;
import java.time.Duration;

/**
 * A call that ended.
 *
 * @param endpoint the endpoint
 * @param transport the transport's name
 * @param attempts how many attempts were made
 * @param status the HTTP status of the last answer, or 0 when none arrived
 * @param outcome how the call ended
 * @param duration how long the call took, retries and waits included
 * @param requestId the {@code x-request-id} of the last answer (redacted), or {@code null}
 * @param failure the exception the call ends with, or {@code null} on success
 */
public record RequestResult(
        Endpoint endpoint,
        String transport,
        int attempts,
        int status,
        Outcome outcome,
        Duration duration,
        String requestId,
        RealtimeApiException failure) {}
