package io.github.realtimesessions.port;

/**
 * The root of every failure of a {@link SessionCreator}. Unchecked: a caller catches the subtype it can act on.
 *
 * <p>When a {@link RetryPolicy} retried the call, {@link #attempts()} tells how many attempts were made, the message
 * says so, and the failures of the earlier attempts are attached as {@linkplain #getSuppressed() suppressed}
 * exceptions. No message of this tree ever contains the API key or a client secret.
 */
public class RealtimeApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private int attempts = 1;

    /**
     * Creates an exception.
     *
     * @param message the description, free of secrets
     * @param cause the underlying failure, or {@code null}
     */
    public RealtimeApiException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Returns how many attempts were made before this exception surfaced.
     *
     * @return 1 without retries, more when the call was retried
     */
    public int attempts() {
        return attempts;
    }

    /** Records the number of attempts; called by the retry loop on the exception it lets surface. */
    void attempts(int attempts) {
        this.attempts = attempts;
    }

    /** Returns the description, followed by the number of attempts when there was more than one. */
    @Override
    public String getMessage() {
        String message = super.getMessage();
        return attempts > 1 ? message + " (after " + attempts + " attempts)" : message;
    }
}
