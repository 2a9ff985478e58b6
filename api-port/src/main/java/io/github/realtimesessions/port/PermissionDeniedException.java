package io.github.realtimesessions.port;

/**
 * HTTP 403: the key may not use this model, project or endpoint. Not retried.
 */
public class PermissionDeniedException extends ApiStatusException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; prefer {@link ApiStatusException#of(ApiError)}.
     *
     * @param error the error answer
     */
    public PermissionDeniedException(ApiError error) {
        super(error);
    }
}
