package io.github.realtimesessions.transport.core.internal;

import io.github.realtimesessions.model.ResponseMetadata;
import io.github.realtimesessions.transport.core.HttpHeaders;

/**
 * A 2xx answer read to its end (or to the body cap). Not API.
 *
 * @param status the HTTP status
 * @param headers the response headers, as received
 * @param body the body bytes: the first {@code length} bytes of this array
 * @param length how many bytes of {@code body} are the body
 * @param pooled whether {@code body} is a reused buffer, handed back by {@link AnswerReader#recycle(Answer)} once the
 *     answer is decoded (so no decoded value may keep the array)
 * @param metadata status and redacted headers, for the result
 * @param requestId the redacted {@code x-request-id}, or {@code null}
 */
public record Answer(
        int status,
        HttpHeaders headers,
        byte[] body,
        int length,
        boolean pooled,
        ResponseMetadata metadata,
        String requestId) {

    /**
     * An answer whose body is the whole array, not pooled.
     *
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the body bytes
     * @param metadata status and redacted headers
     * @param requestId the redacted {@code x-request-id}, or {@code null}
     */
    public Answer(int status, HttpHeaders headers, byte[] body, ResponseMetadata metadata, String requestId) {
        this(status, headers, body, body.length, false, metadata, requestId);
    }
}
