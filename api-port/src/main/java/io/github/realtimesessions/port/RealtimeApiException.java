package io.github.realtimesessions.port;

import io.github.realtimesessions.port.internal.ExceptionAccess;

/**
 * The root of every failure of a {@link SessionCreator}. Unchecked: a caller catches the subtype it can act on.
 *
 * <p>When the call was retried, {@link #attempts()} tells how many attempts were made, the message says so, and the
 * failures of the earlier attempts are attached as {@linkplain #getSuppressed() suppressed} exceptions. No message of
 * this tree contains a credential or a client secret, a line break from a server, or more than about a thousand
 * characters of a server's text; the accessors of the subtypes give the full (redacted) text.
 */
public class RealtimeApiException extends RuntimeException {

    private static final long serialVersionUID = 2L;

    static {
        ExceptionAccess.install((exception, count) -> exception.attempts = count);
    }

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

    /** Returns the description, followed by the number of attempts when there was more than one. */
    @Override
    public String getMessage() {
        String message = super.getMessage();
        return attempts > 1 ? message + " (after " + attempts + " attempts)" : message;
    }
}
