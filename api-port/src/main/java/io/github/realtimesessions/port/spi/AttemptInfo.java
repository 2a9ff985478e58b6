package io.github.realtimesessions.port.spi;

import io.github.realtimesessions.port.Endpoint;
import java.time.Duration;

/**
 * One attempt of a call that ended.
 *
 * @param endpoint the endpoint
 * @param transport the transport's name
 * @param attempt the attempt's number, from 1
 * @param status the HTTP status, or 0 when no answer arrived
 * @param outcome how the attempt ended
 * @param duration how long the attempt took
 * @param requestId the {@code x-request-id} of the answer (redacted), or {@code null}
 * @param retryDelay the wait before the next attempt, or {@code null} when none follows
 */
public record AttemptInfo(
        Endpoint endpoint,
        String transport,
        int attempt,
        int status,
        Outcome outcome,
        Duration duration,
        String requestId,
        Duration retryDelay) {}
