package io.github.realtimesessions.transport.core.internal;

import io.github.realtimesessions.model.ResponseMetadata;
import io.github.realtimesessions.model.internal.HeaderMap;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.ResponseFormatException;
import io.github.realtimesessions.transport.core.HttpHeaders;
import io.github.realtimesessions.transport.core.RawResponse;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads what a transport received and decides what it means, for every endpoint and transport: the body under its cap
 * with exact framing, then release or abort of the connection, then a non-2xx status as the
 * {@link ApiStatusException} subtype for it. Thread-safe. Not API.
 *
 * <p>Framing: with {@code Transfer-Encoding} the body is read to its end whatever a {@code Content-Length} says (RFC
 * 9112 §6.3); with a {@code Content-Length} exactly that many bytes are read, fewer being a connection cut short;
 * {@code Content-Length} values that disagree or are not lengths are invalid framing (a {@link ProtocolException},
 * the connection aborted); with neither, the body runs to the end of the stream. A 2xx answer with neither and no
 * byte of body where the endpoint returns one is a connection cut before the answer was complete (a head without its
 * blank line reads so), not a malformed answer. A 2xx body over the cap fails as {@link ResponseFormatException}; an
 * error body over its cap is cut. Either way the connection is aborted, never drained.
 *
 * <p>Secrets: error texts are redacted first (by the credential's exact value and by shape) and cut to
 * {@value #MAX_ERROR_BODY_CHARS} characters after, so no part of a secret survives at the cut; an error body cut at
 * the read limit has a known secret's first part at its very end masked too; header values go into
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
     * @throws IOException if the body could not be read, was cut short, or its framing is invalid
     */
    public Answer read(RawResponse response, int cap, boolean expectsBody, String callSecret) throws IOException {
        int status = response.status();
        HttpHeaders headers = response.headers();
        boolean success = status >= 200 && status <= 299;
        boolean chunked = headers.contains("transfer-encoding");
        int limit = success ? cap : Math.min(cap, MAX_ERROR_BODY_BYTES);
        byte[] body = null;
        int length;
        boolean pooled = false;
        boolean complete;
        try {
            // Any failure below leaves the connection in an unknown state: it is aborted (once, here), never released.
            long declared = chunked ? -1 : contentLength(headers);
            if (success && declared > cap) {
                throw tooLarge(status, cap, requestId(headers, callSecret));
            }
            InputStream in = response.body();
            if (declared >= 0 && declared <= limit) {
                length = (int) declared;
                pooled = success && length <= BodyBuffers.BUFFER_BYTES;
                body = pooled ? BodyBuffers.take() : new byte[length];
                int read = in.readNBytes(body, 0, length);
                if (read < length) {
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
                        throw tooLarge(status, cap, requestId(headers, callSecret));
                    }
                    body = Arrays.copyOf(body, limit);
                }
                length = body.length;
            }
            if (success && expectsBody && length == 0 && declared < 0 && !chunked) {
                // Nothing frames the answer and nothing came: the connection was cut before the answer was complete.
                throw new EOFException(
                        "the answer ended before its body (no Content-Length, no chunked framing, no byte)");
            }
        } catch (IOException | RuntimeException | Error e) {
            if (pooled) {
                BodyBuffers.give(body);
            }
            response.abort();
            throw e;
        }
        if (complete) {
            response.release();
        } else {
            response.abort();
        }
        ResponseMetadata metadata = metadata(status, headers, callSecret);
        String requestId = metadata.requestId();
        if (!success) {
            throw toException(status, headers, body, metadata, callSecret, !complete);
        }
        return new Answer(status, headers, body, length, pooled, metadata, requestId);
    }

    /**
     * Hands an answer's body buffer back for reuse once the answer is decoded; the answer's body must not be read
     * after. Does nothing for an answer whose body was not pooled.
     *
     * @param answer the decoded answer
     */
    public static void recycle(Answer answer) {
        if (answer.pooled()) {
            BodyBuffers.give(answer.body());
        }
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
        return toException(status, headers, body, metadata, callSecret, false);
    }

    private ApiStatusException toException(
            int status, HttpHeaders headers, byte[] body, ResponseMetadata metadata, String callSecret, boolean cut) {
        OpenAiErrorBody error = codec.decodeError(body);
        String raw = body.length == 0 ? null : new String(body, StandardCharsets.UTF_8);
        // A body cut at the read limit may end in the first part of a secret, which its value no longer matches.
        String text = cut ? redactor.redactCut(raw, callSecret) : redactor.redact(raw, callSecret);
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
        // Straight into the compact map ResponseMetadata keeps as it is: every answer builds one, and a map per answer
        // with an entry and a lower-cased name per header was a tenth of what a call allocated beyond a raw HTTP call.
        HeaderMap.Builder redacted = HeaderMap.builder(headers.size());
        headers.forEach((name, value) -> redacted.add(name, redactor.redact(value, callSecret)));
        return ResponseMetadata.of(status, redacted.build());
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

    /**
     * The declared length, or -1 when absent. Several different values, or one that is not a length, make the framing
     * invalid: RFC 9112 §6.3 has the client treat the answer as an unrecoverable error and close the connection, as
     * HTTP libraries do when they frame the body themselves.
     */
    private static long contentLength(HttpHeaders headers) throws ProtocolException {
        long length = -1;
        for (String value : headers.all("content-length")) {
            for (String part : value.split(",", -1)) {
                long parsed;
                try {
                    parsed = Long.parseLong(part.trim());
                } catch (NumberFormatException e) {
                    throw new ProtocolException("the answer's framing is invalid: a Content-Length is not a length");
                }
                if (parsed < 0) {
                    throw new ProtocolException("the answer's framing is invalid: a Content-Length is negative");
                }
                if (length >= 0 && parsed != length) {
                    throw new ProtocolException("the answer's framing is invalid: Content-Length values disagree ("
                            + length + ", " + parsed + ")");
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
