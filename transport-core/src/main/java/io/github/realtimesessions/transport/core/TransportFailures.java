package io.github.realtimesessions.transport.core;

import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.internal.Redaction;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;

/**
 * Maps an I/O failure of any HTTP library to the library's exception tree: a timeout (every
 * {@link InterruptedIOException}, which covers socket and connect timeouts, and the JDK HTTP client's
 * {@code HttpTimeoutException}) to {@link ApiTimeoutException},
 * anything else (refused, reset, unknown host, a body cut short) to {@link ApiConnectionException}. The cause stays
 * attached; the message names the endpoint and never a secret.
 */
public final class TransportFailures {

    private TransportFailures() {}

    /**
     * Returns the exception for an I/O failure.
     *
     * @param failure what the HTTP library threw
     * @param uri the endpoint that was called
     * @param apiKey the API key to keep out of the message
     * @return an {@link ApiTimeoutException} or an {@link ApiConnectionException}
     */
    public static ApiConnectionException toException(IOException failure, URI uri, String apiKey) {
        String what = failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + Redaction.redact(failure.getMessage(), apiKey));
        String target = SessionEndpoint.METHOD + " " + uri;
        if (isTimeout(failure) && !Thread.currentThread().isInterrupted()) {
            return new ApiTimeoutException(target + " timed out (" + what + ")", failure);
        }
        return new ApiConnectionException(target + " failed without an answer (" + what + ")", failure);
    }

    private static boolean isTimeout(IOException failure) {
        if (failure instanceof InterruptedIOException) {
            return true;
        }
        // Matched by name: an instanceof would make this jar need the java.net.http module on the module path.
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals("java.net.http.HttpTimeoutException")) {
                return true;
            }
        }
        return false;
    }
}
