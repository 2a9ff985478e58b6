package io.github.realtimesessions.transport.feign;

import feign.FeignException;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.internal.Redaction;
import io.github.realtimesessions.transport.core.SessionCall;
import io.github.realtimesessions.transport.core.SessionEndpoint;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Takes the library's answer back out of Feign's exceptions. Feign wraps what the codecs throw ({@code DecodeException}
 * around a decoder's {@link RuntimeException}, a {@link FeignException} around a body that could not be read) and
 * turns an {@link IOException} of the client into a {@code RetryableException}; the library's exception or the
 * {@link IOException} inside is what counts, and mapping the latter is left to
 * {@link io.github.realtimesessions.transport.core.TransportFailures} through {@link SessionCall}.
 */
final class FeignFailures {

    /** Bounds the walk down a cause chain, which could in theory be cyclic. */
    private static final int MAX_CAUSE_DEPTH = 16;

    private FeignFailures() {}

    /**
     * Returns the library's exception for a Feign exception, or throws the I/O failure inside it.
     *
     * @param failure what the Feign proxy threw
     * @param call the call, for the response reader, the endpoint and the key to redact
     * @return the exception to throw
     * @throws IOException the I/O failure Feign wrapped, for {@link SessionCall} to map
     */
    static RealtimeApiException translate(FeignException failure, SessionCall call) throws IOException {
        Throwable cause = failure.getCause();
        for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof RealtimeApiException libraryFailure) {
                return libraryFailure;
            }
            if (cause instanceof IOException ioFailure) {
                throw ioFailure;
            }
        }
        int status = failure.status();
        if (status >= 100 && (status < 200 || status > 299)) {
            // Only reachable when something outside the library's codecs (e.g. a user's ResponseInterceptor) threw a
            // status exception. ApiStatusException has no cause parameter, so Feign's exception is kept as suppressed.
            byte[] body = failure.responseBody().map(FeignFailures::bytes).orElseGet(() -> new byte[0]);
            ApiStatusException mapped =
                    call.responses().toException(status, FeignHeaders.of(failure.responseHeaders()), body);
            mapped.addSuppressed(failure);
            return mapped;
        }
        return new RealtimeApiException(
                SessionEndpoint.METHOD + " " + call.uri() + " failed in Feign ("
                        + failure.getClass().getSimpleName() + ": "
                        + Redaction.redact(failure.getMessage(), call.settings().apiKey()) + ")",
                failure);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }
}
