package io.github.realtimesessions.port;

/**
 * The call was given up before it finished, by the caller: the calling thread was interrupted (its interrupt flag
 * stays set), the {@code CompletableFuture} of an asynchronous call was cancelled, or the creator was closed while the
 * call was running or waiting to retry. When the call had already failed once, that failure is the
 * {@linkplain #getCause() cause}. Never retried.
 */
public class ApiCancelledException extends RealtimeApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the description, free of secrets
     * @param cause the failure the call had before it was given up, or the I/O failure the abort caused, or
     *     {@code null}
     */
    public ApiCancelledException(String message, Throwable cause) {
        super(message, cause);
    }
}
