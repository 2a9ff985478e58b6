package io.github.realtimesessions.testkit;

import io.github.realtimesessions.transport.core.internal.OpenAiErrorBody;
import io.github.realtimesessions.transport.core.internal.WireCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link FakeRealtimeServer} does to one request instead of (or on top of) answering it normally. Enqueue with
 * {@link FakeRealtimeServer#enqueue(Fault)} (the next request of any endpoint) or
 * {@link FakeRealtimeServer#enqueue(io.github.realtimesessions.port.Endpoint, Fault)} (the next request of one
 * endpoint, which comes first); each request takes the oldest fault left, when its head has arrived.
 *
 * <p>"Answering normally" means: checking the credential and the path, decoding the body strictly and asking the
 * backing {@link InMemorySessionCreator}. Faults that change how the normal answer travels ({@link #trickleBody},
 * {@link #truncatedBody}, ...) apply to that answer, whatever it is.
 *
 * <p>Every wait of a fault ends at once when the server closes: no fault can hang {@link FakeRealtimeServer#close()}.
 */
public sealed interface Fault
        permits Fault.Respond,
                Fault.DelayBeforeHeaders,
                Fault.StallMidBody,
                Fault.TruncatedBody,
                Fault.ConnectionReset,
                Fault.ResetMidBody,
                Fault.NeverRespond,
                Fault.TrickleBody,
                Fault.TrickleHead,
                Fault.EndlessProcessing,
                Fault.IgnoreRequestBody,
                Fault.HeadCutShort,
                Fault.ChunkedWithContentLength,
                Fault.EndlessBody,
                Fault.BodyOfSize,
                Fault.EchoHeader {

    // ------------------------------------------------------------------------------------------- canned answers

    /**
     * Answers with any status, body and headers; nothing is checked and the backing fake is not asked. An
     * {@code x-request-id} is added unless the headers have one.
     *
     * @param status the HTTP status
     * @param contentType the {@code Content-Type}, or {@code null} for none
     * @param body the body, sent as UTF-8; {@code null} or empty for none
     * @param headers further headers, in iteration order; may be empty
     * @return the fault
     */
    static Fault status(int status, String contentType, String body, Map<String, String> headers) {
        return new Respond(status, contentType, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8),
                headers);
    }

    /**
     * Answers with a status and an OpenAI error body {@code {"error":{"message","type","param","code"}}}.
     *
     * @param status the HTTP status
     * @param type the error type, e.g. {@code invalid_request_error}, or {@code null}
     * @param code the error code, or {@code null}
     * @param message the message, or {@code null}
     * @return the fault
     */
    static Fault error(int status, String type, String code, String message) {
        return error(status, type, code, message, Map.of());
    }

    /**
     * Answers with a status, an OpenAI error body and further headers ({@code x-should-retry}, say).
     *
     * @param status the HTTP status
     * @param type the error type, or {@code null}
     * @param code the error code, or {@code null}
     * @param message the message, or {@code null}
     * @param headers further headers, in iteration order
     * @return the fault
     */
    static Fault error(int status, String type, String code, String message, Map<String, String> headers) {
        return new Respond(status, "application/json", errorBody(type, code, null, message), headers);
    }

    /**
     * Answers with a status, an error body and a {@code Retry-After} header with the given text (seconds, a
     * fraction, an HTTP-date, or anything else).
     *
     * @param status the HTTP status, e.g. 429
     * @param retryAfter the header's text, sent as is
     * @return the fault
     */
    static Fault retryAfter(int status, String retryAfter) {
        return error(status, status == 429 ? "requests" : "server_error", status == 429 ? "rate_limit_exceeded" : null,
                "Please retry later.", Map.of("Retry-After", retryAfter));
    }

    /**
     * Answers with a status, an error body and a {@code retry-after-ms} header with the given text.
     *
     * @param status the HTTP status, e.g. 429
     * @param retryAfterMs the header's text, sent as is
     * @return the fault
     */
    static Fault retryAfterMs(int status, String retryAfterMs) {
        return error(status, status == 429 ? "requests" : "server_error", status == 429 ? "rate_limit_exceeded" : null,
                "Please retry later.", Map.of("retry-after-ms", retryAfterMs));
    }

    /**
     * Answers with a body that is not JSON, e.g. an HTML error page of a proxy.
     *
     * @param status the HTTP status, e.g. 200 or 502
     * @param contentType the {@code Content-Type}, e.g. {@code text/html}
     * @param body the body
     * @return the fault
     */
    static Fault notJson(int status, String contentType, String body) {
        return status(status, contentType, body, Map.of());
    }

    /**
     * Answers with an error whose {@code x-request-id} and error message repeat the value of a request header, as a
     * careless proxy does: a client must keep a credential it sent out of every message.
     *
     * @param requestHeader the header to echo, e.g. {@code Authorization} or {@code api-key}
     * @param status the HTTP status of the answer
     * @return the fault
     */
    static Fault echoHeader(String requestHeader, int status) {
        return new EchoHeader(requestHeader, status);
    }

    // ------------------------------------------------------------------------------------------- timing

    /**
     * Waits, then answers normally: a slow server.
     *
     * @param delay how long to wait before sending the status line and headers
     * @return the fault
     */
    static Fault delayBeforeHeaders(Duration delay) {
        return new DelayBeforeHeaders(delay);
    }

    /**
     * Answers normally, but sends the headers and the first half of the body, stalls, then sends the rest.
     *
     * @param stall how long to stall mid-body
     * @return the fault
     */
    static Fault stallMidBody(Duration stall) {
        return new StallMidBody(stall);
    }

    /**
     * Answers normally, but sends the body one byte per interval: every read of the client succeeds, and yet the
     * answer takes as long as the server likes.
     *
     * @param interval the pause before each byte
     * @return the fault
     */
    static Fault trickleBody(Duration interval) {
        return new TrickleBody(interval);
    }

    /**
     * Answers normally, but sends the status line and headers one byte per interval.
     *
     * @param interval the pause before each byte
     * @return the fault
     */
    static Fault trickleHead(Duration interval) {
        return new TrickleHead(interval);
    }

    /**
     * Sends {@code HTTP/1.1 102 Processing} once per interval, forever: interim answers that never become one.
     *
     * @param interval the pause before each interim answer
     * @return the fault
     */
    static Fault endlessProcessing(Duration interval) {
        return new EndlessProcessing(interval);
    }

    /**
     * Reads the request's head and never reads its body, nor answers: a client with a body larger than the socket
     * buffers blocks writing it.
     *
     * @return the fault
     */
    static Fault ignoreRequestBody() {
        return IgnoreRequestBody.INSTANCE;
    }

    /**
     * Reads the request and never answers; the connection stays open until the client gives up or the server closes.
     *
     * @return the fault
     */
    static Fault neverRespond() {
        return NeverRespond.INSTANCE;
    }

    // ------------------------------------------------------------------------------------------- framing

    /**
     * Answers normally, but sends only half the body under the full body's {@code Content-Length}, then closes.
     *
     * @return the fault
     */
    static Fault truncatedBody() {
        return TruncatedBody.INSTANCE;
    }

    /**
     * Sends the status line and the first header of the normal answer, then closes the connection before the blank
     * line that ends the head: a broken connection, not an answer.
     *
     * @return the fault
     */
    static Fault headCutShort() {
        return HeadCutShort.INSTANCE;
    }

    /**
     * Answers normally with a valid chunked body that also carries a {@code Content-Length} of the given, wrong,
     * value: the chunked framing wins (RFC 9112 §6.3), so the answer is valid.
     *
     * @param contentLength the {@code Content-Length} to send alongside
     * @return the fault
     */
    static Fault chunkedWithContentLength(long contentLength) {
        return new ChunkedWithContentLength(contentLength);
    }

    /**
     * Answers {@code 200} with a chunked JSON body that never ends, as fast as the client reads.
     *
     * @return the fault
     */
    static Fault endlessBody() {
        return EndlessBody.INSTANCE;
    }

    /**
     * Answers normally, the JSON body padded with trailing spaces to exactly the given size (still valid JSON): for
     * checks of the response size limit.
     *
     * @param bytes the body's size; at least the normal answer's
     * @return the fault
     */
    static Fault bodyOfSize(int bytes) {
        return new BodyOfSize(bytes);
    }

    /**
     * Reads the request, then resets the connection (TCP RST) without answering.
     *
     * @return the fault
     */
    static Fault connectionReset() {
        return ConnectionReset.INSTANCE;
    }

    /**
     * Answers normally, but sends the headers and the first half of the body, then resets the connection.
     *
     * @return the fault
     */
    static Fault resetMidBody() {
        return ResetMidBody.INSTANCE;
    }

    /** Encodes an OpenAI error body. */
    private static byte[] errorBody(String type, String code, String param, String message) {
        return WireCodec.instance().encodeError(new OpenAiErrorBody(message, type, param, code));
    }

    // ------------------------------------------------------------------------------------------- the types

    /**
     * A canned answer; see {@link Fault#status(int, String, String, Map)}.
     *
     * @param status the HTTP status, 100 to 999
     * @param contentType the {@code Content-Type}, or {@code null} for none
     * @param body the body bytes, possibly empty
     * @param headers further headers, in iteration order
     */
    record Respond(int status, String contentType, byte[] body, Map<String, String> headers) implements Fault {

        /**
         * Creates the answer; the body and headers are copied.
         *
         * @throws IllegalArgumentException if the status is not a three-digit number
         */
        public Respond {
            if (status < 100 || status > 999) {
                throw new IllegalArgumentException("status must have three digits (was " + status + ")");
            }
            body = Objects.requireNonNull(body, "body").clone();
            headers = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(headers, "headers")));
        }

        /**
         * Returns a copy of the body.
         *
         * @return the body bytes
         */
        @Override
        public byte[] body() {
            return body.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Respond that && status == that.status
                    && Objects.equals(contentType, that.contentType) && Arrays.equals(body, that.body)
                    && headers.equals(that.headers);
        }

        @Override
        public int hashCode() {
            return Objects.hash(status, contentType, Arrays.hashCode(body), headers);
        }

        @Override
        public String toString() {
            return "Respond[status=" + status + ", contentType=" + contentType + ", body=" + body.length
                    + " bytes, headers=" + headers.keySet() + "]";
        }
    }

    /**
     * A slow server; see {@link Fault#delayBeforeHeaders(Duration)}.
     *
     * @param delay the wait before the headers, not negative
     */
    record DelayBeforeHeaders(Duration delay) implements Fault {
        /** Creates the fault; the delay must not be negative. */
        public DelayBeforeHeaders {
            notNegative(delay, "delay");
        }
    }

    /**
     * A body that stalls halfway; see {@link Fault#stallMidBody(Duration)}.
     *
     * @param stall the pause mid-body, not negative
     */
    record StallMidBody(Duration stall) implements Fault {
        /** Creates the fault; the stall must not be negative. */
        public StallMidBody {
            notNegative(stall, "stall");
        }
    }

    /**
     * A body sent one byte at a time; see {@link Fault#trickleBody(Duration)}.
     *
     * @param interval the pause before each byte, not negative
     */
    record TrickleBody(Duration interval) implements Fault {
        /** Creates the fault; the interval must not be negative. */
        public TrickleBody {
            notNegative(interval, "interval");
        }
    }

    /**
     * A head sent one byte at a time; see {@link Fault#trickleHead(Duration)}.
     *
     * @param interval the pause before each byte, not negative
     */
    record TrickleHead(Duration interval) implements Fault {
        /** Creates the fault; the interval must not be negative. */
        public TrickleHead {
            notNegative(interval, "interval");
        }
    }

    /**
     * Interim answers forever; see {@link Fault#endlessProcessing(Duration)}.
     *
     * @param interval the pause before each {@code 102 Processing}, not negative
     */
    record EndlessProcessing(Duration interval) implements Fault {
        /** Creates the fault; the interval must not be negative. */
        public EndlessProcessing {
            notNegative(interval, "interval");
        }
    }

    /**
     * A chunked body with a wrong {@code Content-Length} beside it; see {@link Fault#chunkedWithContentLength(long)}.
     *
     * @param contentLength the {@code Content-Length} sent
     */
    record ChunkedWithContentLength(long contentLength) implements Fault {}

    /**
     * A body padded to a size; see {@link Fault#bodyOfSize(int)}.
     *
     * @param bytes the body's size, not negative
     */
    record BodyOfSize(int bytes) implements Fault {
        /** Creates the fault; the size must not be negative. */
        public BodyOfSize {
            if (bytes < 0) {
                throw new IllegalArgumentException("bytes must not be negative (was " + bytes + ")");
            }
        }
    }

    /**
     * An error echoing a request header; see {@link Fault#echoHeader(String, int)}.
     *
     * @param requestHeader the header to echo
     * @param status the HTTP status
     */
    record EchoHeader(String requestHeader, int status) implements Fault {
        /** Creates the fault. */
        public EchoHeader {
            Objects.requireNonNull(requestHeader, "requestHeader");
        }
    }

    /** A body cut short; see {@link Fault#truncatedBody()}. */
    record TruncatedBody() implements Fault {
        static final TruncatedBody INSTANCE = new TruncatedBody();
    }

    /** A head cut short; see {@link Fault#headCutShort()}. */
    record HeadCutShort() implements Fault {
        static final HeadCutShort INSTANCE = new HeadCutShort();
    }

    /** A body that never ends; see {@link Fault#endlessBody()}. */
    record EndlessBody() implements Fault {
        static final EndlessBody INSTANCE = new EndlessBody();
    }

    /** A request body never read; see {@link Fault#ignoreRequestBody()}. */
    record IgnoreRequestBody() implements Fault {
        static final IgnoreRequestBody INSTANCE = new IgnoreRequestBody();
    }

    /** A reset connection; see {@link Fault#connectionReset()}. */
    record ConnectionReset() implements Fault {
        static final ConnectionReset INSTANCE = new ConnectionReset();
    }

    /** A reset in the middle of the body; see {@link Fault#resetMidBody()}. */
    record ResetMidBody() implements Fault {
        static final ResetMidBody INSTANCE = new ResetMidBody();
    }

    /** No answer at all; see {@link Fault#neverRespond()}. */
    record NeverRespond() implements Fault {
        static final NeverRespond INSTANCE = new NeverRespond();
    }

    private static void notNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name + " must not be null");
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative (was " + duration + ")");
        }
    }
}
