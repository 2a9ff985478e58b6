package io.github.realtimesessions.port;

/**
 * The credential could not supply what a request needs: the {@link TokenSource} threw, returned nothing, or returned
 * a token that cannot go into an HTTP header. Nothing was sent. Never retried; the cause is the token source's failure,
 * whose message the library does not repeat (it may name a secret).
 */
public class CredentialException extends RealtimeApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the description, free of secrets
     * @param cause the token source's failure, or {@code null}
     */
    public CredentialException(String message, Throwable cause) {
        super(message, cause);
    }
}
