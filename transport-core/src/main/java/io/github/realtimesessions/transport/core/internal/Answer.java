package io.github.realtimesessions.transport.core.internal;

import io.github.realtimesessions.model.ResponseMetadata;
import io.github.realtimesessions.transport.core.HttpHeaders;

/**
 * A 2xx answer read to its end (or to the body cap). Not API.
 *
 * @param status the HTTP status
 * @param headers the response headers, as received
 * @param body the body bytes
 * @param metadata status and redacted headers, for the result
 * @param requestId the redacted {@code x-request-id}, or {@code null}
 */
public record Answer(int status, HttpHeaders headers, byte[] body, ResponseMetadata metadata, String requestId) {}
