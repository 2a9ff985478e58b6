package io.github.realtimesessions.port;

/**
 * HTTP 500 and above: a failure on the server's side. Retried by the {@link RetryPolicy}.
 */
public class InternalServerException extends ApiStatusException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; prefer {@link ApiStatusException#of(ApiError)}.
     *
     * @param error the error answer
     */
    public InternalServerException(ApiError error) {
        super(error);
    }
}
