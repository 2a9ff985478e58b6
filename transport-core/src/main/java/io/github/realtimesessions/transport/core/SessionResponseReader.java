package io.github.realtimesessions.transport.core;

import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.ResponseFormatException;
import io.github.realtimesessions.port.internal.Redaction;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what a transport received (status, headers, body) into a session or into the library's exception. The one
 * place that decides what an answer means; transports only move bytes. Thread-safe.
 *
 * <p>A 2xx body must be session JSON with a client secret, else {@link ResponseFormatException}. Any other status
 * becomes the {@link ApiStatusException} subtype for it, carrying the OpenAI error fields when the body has them, the
 * {@code x-request-id}, the server's retry delay and {@code x-should-retry}. Bodies are read up to
 * {@link ClientSettings#maxResponseBytes()}; a larger 2xx body fails, a larger error body is cut. The API key and
 * secret-shaped tokens are redacted from every text an exception carries.
 */
public final class SessionResponseReader {

    /** The response header with the request id. */
    public static final String REQUEST_ID = "x-request-id";

    /** The response header that overrides the retry decision. */
    public static final String SHOULD_RETRY = "x-should-retry";

    /** How much of an error body an exception keeps. */
    static final int MAX_ERROR_BODY_CHARS = 8 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(SessionResponseReader.class);

    private final SessionJsonCodec codec = SessionJsonCodec.instance();
    private final String apiKey;
    private final int maxResponseBytes;
    private final Clock clock;

    /**
     * Creates a reader for the given settings.
     *
     * @param settings the client settings (API key to redact, body cap)
     * @param clock the clock HTTP-date retry delays are measured against
     */
    public SessionResponseReader(ClientSettings settings, Clock clock) {
        this.apiKey = settings.apiKey();
        this.maxResponseBytes = settings.maxResponseBytes();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Reads an answer from a stream, up to the body cap, and interprets it. The caller closes the stream.
     *
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the body, or {@code null} when there is none
     * @return the session, for a 2xx answer
     * @throws RealtimeApiException for any other answer, or a 2xx answer that is not a session
     * @throws IOException if reading the body fails
     */
    public RealtimeSessionCreateResponse read(int status, HeaderLookup headers, InputStream body) throws IOException {
        return read(status, headers, readBody(status, headers, body));
    }

    /**
     * Interprets an answer whose body was already read.
     *
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the body bytes, possibly empty
     * @return the session, for a 2xx answer
     * @throws RealtimeApiException for any other answer, or a 2xx answer that is not a session
     */
    public RealtimeSessionCreateResponse read(int status, HeaderLookup headers, byte[] body) {
        String requestId = headers.first(REQUEST_ID);
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} -> HTTP {} [request id {}]", SessionEndpoint.METHOD, SessionEndpoint.PATH, status,
                    requestId);
        }
        if (status < 200 || status > 299) {
            throw toException(status, headers, body);
        }
        if (body.length > maxResponseBytes) {
            throw tooLarge(status, requestId);
        }
        try {
            return codec.decodeResponse(body);
        } catch (WireFormatException e) {
            // Jackson quotes offending tokens in its messages: keep only a redacted copy, never the raw cause.
            WireFormatException redacted =
                    new WireFormatException(e.field(), Redaction.redact(e.detail(), apiKey), null);
            throw new ResponseFormatException(
                    "the answer is not a valid session: " + redacted.getMessage(), redacted, status, requestId);
        }
    }

    /**
     * Returns the exception for a non-2xx answer.
     *
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the body bytes, possibly empty
     * @return the {@link ApiStatusException} subtype for the status
     */
    public ApiStatusException toException(int status, HeaderLookup headers, byte[] body) {
        OpenAiErrorBody error = codec.decodeError(body);
        String text = body.length == 0
                ? null
                : new String(body, 0, Math.min(body.length, MAX_ERROR_BODY_CHARS), StandardCharsets.UTF_8);
        return ApiStatusException.of(new ApiError(
                status,
                error == null ? null : Redaction.redact(error.type(), apiKey),
                error == null ? null : Redaction.redact(error.code(), apiKey),
                error == null ? null : Redaction.redact(error.param(), apiKey),
                error == null ? null : Redaction.redact(error.message(), apiKey),
                headers.first(REQUEST_ID),
                Redaction.redact(text, apiKey),
                RetryAfter.parse(headers, clock),
                shouldRetry(headers.first(SHOULD_RETRY))));
    }

    /**
     * Reads a body up to the cap. A 2xx body over the cap fails at once (from {@code Content-Length} when known);
     * an error body over the cap is cut, which is enough to describe the error.
     *
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the body, or {@code null}
     * @return the bytes read
     * @throws IOException if reading fails, including an {@link EOFException} when the body ends before its
     *     {@code Content-Length}
     * @throws ResponseFormatException if a 2xx body exceeds the cap
     */
    public byte[] readBody(int status, HeaderLookup headers, InputStream body) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        boolean success = status >= 200 && status <= 299;
        long declared = contentLength(headers);
        if (declared > maxResponseBytes && success) {
            throw tooLarge(status, headers.first(REQUEST_ID));
        }
        if (declared >= 0 && declared <= maxResponseBytes) {
            // The common case: one exact allocation.
            byte[] bytes = new byte[(int) declared];
            int read = body.readNBytes(bytes, 0, bytes.length);
            if (read < bytes.length) {
                // Some clients (HttpURLConnection) report a connection closed mid-body as a normal end of stream:
                // a cut-short answer is a connection failure, not malformed JSON.
                throw new EOFException("the connection closed after " + read + " of " + declared + " body bytes");
            }
            return bytes;
        }
        byte[] bytes = body.readNBytes(maxResponseBytes + 1);
        if (bytes.length > maxResponseBytes) {
            if (success) {
                throw tooLarge(status, headers.first(REQUEST_ID));
            }
            return Arrays.copyOf(bytes, maxResponseBytes);
        }
        return bytes;
    }

    private ResponseFormatException tooLarge(int status, String requestId) {
        return new ResponseFormatException(
                "the answer's body exceeds the limit of " + maxResponseBytes + " bytes (ClientSettings.maxResponseBytes)",
                null,
                status,
                requestId);
    }

    private static long contentLength(HeaderLookup headers) {
        String value = headers.first("content-length");
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Boolean shouldRetry(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }
}
