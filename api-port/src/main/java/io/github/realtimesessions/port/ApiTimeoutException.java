package io.github.realtimesessions.port;

/**
 * The answer did not arrive in time: connecting took longer than the connect timeout, or the server sent nothing for
 * longer than the response timeout (see {@link ClientSettings}). Retried by the {@link RetryPolicy}.
 */
public class ApiTimeoutException extends ApiConnectionException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the description, free of secrets
     * @param cause the timeout
     */
    public ApiTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
