package io.github.realtimesessions.port;

/**
 * HTTP 400: the API rejected the request as malformed or invalid. Not retried.
 */
public class BadRequestException extends ApiStatusException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; prefer {@link ApiStatusException#of(ApiError)}.
     *
     * @param error the error answer
     */
    public BadRequestException(ApiError error) {
        super(error);
    }
}
