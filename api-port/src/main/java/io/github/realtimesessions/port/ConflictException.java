package io.github.realtimesessions.port;

/**
 * HTTP 409: the request conflicts with the state of a resource. Retried by the {@link RetryPolicy}.
 */
public class ConflictException extends ApiStatusException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; prefer {@link ApiStatusException#of(ApiError)}.
     *
     * @param error the error answer
     */
    public ConflictException(ApiError error) {
        super(error);
    }
}
