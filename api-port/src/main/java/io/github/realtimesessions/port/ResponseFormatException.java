package io.github.realtimesessions.port;

import io.github.realtimesessions.port.internal.MessageText;

/**
 * The API answered 2xx but the body is not what the endpoint returns: malformed or mistyped JSON, larger than the
 * configured limit, without its essential fields (a client secret without a value), or an SDP answer without a call
 * id. Not retried: the secret or call may exist on the server.
 */
public class ResponseFormatException extends RealtimeApiException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String requestId;

    /**
     * Creates the exception.
     *
     * @param message what is wrong with the body, free of secrets
     * @param cause the parse failure, or {@code null}
     * @param status the HTTP status of the answer
     * @param requestId the {@code x-request-id} of the answer, or {@code null}
     */
    public ResponseFormatException(String message, Throwable cause, int status, String requestId) {
        super(describe(message, status, requestId), cause);
        this.status = status;
        this.requestId = requestId;
    }

    /**
     * Returns the HTTP status of the answer.
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    /**
     * Returns the {@code x-request-id} of the answer.
     *
     * @return the request id, or {@code null}
     */
    public String requestId() {
        return requestId;
    }

    private static String describe(String message, int status, String requestId) {
        String text = "HTTP " + status + ": " + MessageText.sanitize(message, MessageText.MAX_QUOTED);
        return requestId == null ? text : text + " [request id " + MessageText.sanitize(requestId, 200) + "]";
    }
}
