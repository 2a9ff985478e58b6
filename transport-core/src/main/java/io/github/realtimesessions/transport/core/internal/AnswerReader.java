package io.github.realtimesessions.transport.core.internal;

import io.github.realtimesessions.model.ResponseMetadata;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.ResponseFormatException;
import io.github.realtimesessions.transport.core.HttpHeaders;
import io.github.realtimesessions.transport.core.RawResponse;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads what a transport received and decides what it means, for every endpoint and transport: the body under its cap
 * with exact framing, then release or abort of the connection, then a non-2xx status as the
 * {@link ApiStatusException} subtype for it. Thread-safe. Not API.
 *
 * <p>Framing: with {@code Transfer-Encoding} the body is read to its end whatever a {@code Content-Length} says (RFC
 * 9112 §6.3); with a {@code Content-Length} exactly that many bytes are read, fewer being a connection cut short; with
 * neither, the body runs to the end of the stream. A 2xx answer with neither and no byte of body where the endpoint
 * returns one is a connection cut before the answer was complete (a head without its blank line reads so), not a
 * malformed answer. A 2xx body over the cap fails as {@link ResponseFormatException}; an error body over its cap is cut.
 * Either way the connection is aborted, never drained.
 *
 * <p>Secrets: error texts are redacted first (by the credential's exact value and by shape) and cut to
 * {@value #MAX_ERROR_BODY_CHARS} characters after, so no part of a secret survives at the cut; header values go into
 * {@link ResponseMetadata} redacted.
 */
public final class AnswerReader {

    /** The response header with the request id. */
    public static final String REQUEST_ID = "x-request-id";

    /** The response header that overrides the retry decision. */
    public static final String SHOULD_RETRY = "x-should-retry";

    /** How much of an error body an exception keeps. */
    public static final int MAX_ERROR_BODY_CHARS = 8 * 1024;

    /** How much of an error body is read: enough to describe any error. */
    static final int MAX_ERROR_BODY_BYTES = 64 * 1024;

    private final Redactor redactor;
    private final Clock clock;
    private final WireCodec codec = WireCodec.instance();

    /**
     * Creates a reader.
     *
     * @param redactor removes secrets from what the answer repeats
     * @param clock the clock HTTP-date retry delays are measured against
     */
    public AnswerReader(Redactor redactor, Clock clock) {
        this.redactor = redactor;
        this.clock = clock;
    }

    /**
     * Reads an answer, releasing or aborting its connection.
     *
     * @param response the answer
     * @param cap the largest body accepted
     * @param expectsBody whether a 2xx answer of this endpoint carries a body
     * @param callSecret a secret of this call to redact (an ephemeral key), or {@code null}
     * @return the 2xx answer
     * @throws ApiStatusException for a non-2xx status
     * @throws ResponseFormatException for a 2xx body over the cap
     * @throws IOException if the body could not be read, or was cut short
     */
    public Answer read(RawResponse response, int cap, boolean expectsBody, String callSecret) throws IOException {
        int status = response.status();
        HttpHeaders headers = response.headers();
        boolean success = status >= 200 && status <= 299;
        boolean chunked = headers.contains("transfer-encoding");
        long declared = chunked ? -1 : contentLength(headers);
        int limit = success ? cap : Math.min(cap, MAX_ERROR_BODY_BYTES);
        byte[] body;
        boolean complete;
        try {
            if (success && declared > cap) {
                response.abort();
                throw tooLarge(status, cap, requestId(headers, callSecret));
            }
            InputStream in = response.body();
            if (declared >= 0 && declared <= limit) {
                body = new byte[(int) declared];
                int read = in.readNBytes(body, 0, body.length);
                if (read < body.length) {
                    // Some clients report a connection closed mid-body as a normal end of stream: it is a connection
                    // failure, not malformed JSON.
                    throw new EOFException("the connection closed after " + read + " of " + declared + " body bytes");
                }
                // One more read sees the end of the body: HTTP libraries hand the connection back when they see it.
                complete = in.read() == -1;
            } else {
                body = in.readNBytes(limit + 1);
                complete = body.length <= limit;
                if (!complete) {
                    if (success) {
                        response.abort();
                        throw tooLarge(status, cap, requestId(headers, callSecret));
                    }
                    body = Arrays.copyOf(body, limit);
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            response.abort();
            throw e;
        }
        if (complete) {
            response.release();
        } else {
            response.abort();
        }
        if (success && expectsBody && body.length == 0 && declared < 0 && !chunked) {
            throw new EOFException("the answer ended before its body (no Content-Length, no chunked framing, no byte)");
        }
        ResponseMetadata metadata = metadata(status, headers, callSecret);
        String requestId = metadata.requestId();
        if (!success) {
            throw toException(status, headers, body, metadata, callSecret);
        }
        return new Answer(status, headers, body, metadata, requestId);
    }

    /**
     * Returns the exception for a non-2xx answer.
     *
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the body bytes read, possibly empty
     * @param metadata the answer's redacted metadata
     * @param callSecret a secret of this call to redact, or {@code null}
     * @return the {@link ApiStatusException} subtype for the status
     */
    public ApiStatusException toException(
            int status, HttpHeaders headers, byte[] body, ResponseMetadata metadata, String callSecret) {
        OpenAiErrorBody error = codec.decodeError(body);
        String text = body.length == 0 ? null : redactor.redact(new String(body, StandardCharsets.UTF_8), callSecret);
        if (text != null && text.length() > MAX_ERROR_BODY_CHARS) {
            text = text.substring(0, MAX_ERROR_BODY_CHARS);
        }
        ApiError.Builder builder = ApiError.builder(status)
                .requestId(metadata.requestId())
                .body(text)
                .retryAfter(RetryAfter.parse(headers, clock))
                .shouldRetry(shouldRetry(headers.first(SHOULD_RETRY)))
                .metadata(metadata);
        if (error != null) {
            builder.type(redactor.redact(error.type(), callSecret))
                    .code(redactor.redact(error.code(), callSecret))
                    .param(redactor.redact(error.param(), callSecret))
                    .message(redactor.redact(error.message(), callSecret));
        }
        return ApiStatusException.of(builder.build());
    }

    /**
     * Returns an answer's metadata with every header value redacted.
     *
     * @param status the HTTP status
     * @param headers the response headers
     * @param callSecret a secret of this call to redact, or {@code null}
     * @return the metadata
     */
    public ResponseMetadata metadata(int status, HttpHeaders headers, String callSecret) {
        Map<String, List<String>> redacted = new LinkedHashMap<>();
        headers.forEach((name, value) -> redacted.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                .add(redactor.redact(value, callSecret)));
        return ResponseMetadata.of(status, redacted);
    }

    private String requestId(HttpHeaders headers, String callSecret) {
        return redactor.redact(headers.first(REQUEST_ID), callSecret);
    }

    private static ResponseFormatException tooLarge(int status, int cap, String requestId) {
        return new ResponseFormatException(
                "the answer's body exceeds the limit of " + cap + " bytes (ClientSettings.maxResponseBytes)",
                null,
                status,
                requestId);
    }

    /** The declared length, or -1 when absent, unreadable or ambiguous (several different values). */
    private static long contentLength(HttpHeaders headers) {
        List<String> values = headers.all("content-length");
        long length = -1;
        for (String value : values) {
            for (String part : value.split(",")) {
                long parsed;
                try {
                    parsed = Long.parseLong(part.trim());
                } catch (NumberFormatException e) {
                    return -1;
                }
                if (parsed < 0 || (length >= 0 && parsed != length)) {
                    return -1;
                }
                length = parsed;
            }
        }
        return length;
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
