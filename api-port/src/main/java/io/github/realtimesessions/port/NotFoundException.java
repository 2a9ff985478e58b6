package io.github.realtimesessions.port;

/**
 * HTTP 404: the endpoint or model does not exist for this key. Not retried.
 */
public class NotFoundException extends ApiStatusException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; prefer {@link ApiStatusException#of(ApiError)}.
     *
     * @param error the error answer
     */
    public NotFoundException(ApiError error) {
        super(error);
    }
}
