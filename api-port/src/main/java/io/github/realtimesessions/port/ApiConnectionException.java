package io.github.realtimesessions.port;

/**
 * No answer arrived: the connection could not be made, was reset, or broke off before a complete answer. The request
 * may or may not have reached the server. Retried by the {@link RetryPolicy}.
 */
public class ApiConnectionException extends RealtimeApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the description, free of secrets
     * @param cause the I/O failure
     */
    public ApiConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
