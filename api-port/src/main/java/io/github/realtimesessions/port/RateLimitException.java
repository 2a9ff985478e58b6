package io.github.realtimesessions.port;

/**
 * HTTP 429: rate limit or quota reached. Retried by the {@link RetryPolicy} when the server's delay
 * ({@link #retryAfter()}) is within its limit; a longer delay surfaces at once, for the caller to schedule.
 */
public class RateLimitException extends ApiStatusException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; prefer {@link ApiStatusException#of(ApiError)}.
     *
     * @param error the error answer
     */
    public RateLimitException(ApiError error) {
        super(error);
    }
}
