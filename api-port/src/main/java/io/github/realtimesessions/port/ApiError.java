package io.github.realtimesessions.port;

import java.time.Duration;

/**
 * A non-2xx answer of the API, as the transports read it: the HTTP status, the OpenAI error body
 * {@code {"error":{"message","type","param","code"}}} when there was one, and the headers that matter.
 *
 * <p>Text fields are already free of secrets: the transports redact the API key and client secrets before they build
 * this record.
 *
 * @param status the HTTP status code
 * @param type the OpenAI error type, e.g. {@code invalid_request_error}, or {@code null}
 * @param code the OpenAI error code, e.g. {@code invalid_api_key}, or {@code null}
 * @param param the request parameter the error is about, or {@code null}
 * @param message the OpenAI error message, or {@code null} when the body had none
 * @param requestId the {@code x-request-id} header, or {@code null}
 * @param body the raw response body as text (redacted, possibly shortened), or {@code null} when empty
 * @param retryAfter the delay the server asked for ({@code retry-after-ms} or {@code Retry-After}), or {@code null}
 * @param shouldRetry the {@code x-should-retry} header as a boolean, or {@code null} when absent or unreadable
 */
public record ApiError(
        int status,
        String type,
        String code,
        String param,
        String message,
        String requestId,
        String body,
        Duration retryAfter,
        Boolean shouldRetry) {

    /**
     * Returns an error with a status and nothing else, e.g. for a fake.
     *
     * @param status the HTTP status code
     * @return the error
     */
    public static ApiError ofStatus(int status) {
        return new ApiError(status, null, null, null, null, null, null, null, null);
    }

    /**
     * Returns an error with a status and an OpenAI error body's fields.
     *
     * @param status the HTTP status code
     * @param type the OpenAI error type, or {@code null}
     * @param code the OpenAI error code, or {@code null}
     * @param message the OpenAI error message, or {@code null}
     * @return the error
     */
    public static ApiError of(int status, String type, String code, String message) {
        return new ApiError(status, type, code, null, message, null, null, null, null);
    }
}
