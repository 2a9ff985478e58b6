package io.github.realtimesessions.port;

/**
 * HTTP 422: the request was well-formed but could not be processed. Not retried.
 */
public class UnprocessableEntityException extends ApiStatusException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; prefer {@link ApiStatusException#of(ApiError)}.
     *
     * @param error the error answer
     */
    public UnprocessableEntityException(ApiError error) {
        super(error);
    }
}
