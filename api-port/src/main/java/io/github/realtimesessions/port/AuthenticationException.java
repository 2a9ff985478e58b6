package io.github.realtimesessions.port;

/**
 * HTTP 401: the API key is missing, wrong or revoked. Not retried.
 */
public class AuthenticationException extends ApiStatusException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; prefer {@link ApiStatusException#of(ApiError)}.
     *
     * @param error the error answer
     */
    public AuthenticationException(ApiError error) {
        super(error);
    }
}
