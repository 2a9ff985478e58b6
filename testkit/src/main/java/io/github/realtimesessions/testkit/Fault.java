package io.github.realtimesessions.testkit;

import io.github.realtimesessions.transport.core.OpenAiErrorBody;
import io.github.realtimesessions.transport.core.SessionJsonCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link FakeRealtimeServer} does to one request instead of (or on top of) answering it normally. Enqueue with
 * {@link FakeRealtimeServer#enqueue(Fault)}; each incoming request takes the oldest fault left, if any.
 *
 * <p>"Answering normally" means: checking the API key and the path, decoding the body strictly and asking the
 * backing {@link InMemorySessionCreator}.
 */
public sealed interface Fault
        permits Fault.Respond,
                Fault.DelayBeforeHeaders,
                Fault.StallMidBody,
                Fault.TruncatedBody,
                Fault.ConnectionReset,
                Fault.ResetMidBody,
                Fault.NeverRespond {

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
     * @param type the error type, e.g. {@code rate_limit_exceeded}, or {@code null}
     * @param code the error code, or {@code null}
     * @param message the message, or {@code null}
     * @return the fault
     */
    static Fault error(int status, String type, String code, String message) {
        byte[] body = SessionJsonCodec.instance().encodeError(new OpenAiErrorBody(message, type, null, code));
        return new Respond(status, "application/json", body, Map.of());
    }

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
     * Answers normally, but sends only half the body under the full body's {@code Content-Length}, then closes the
     * connection.
     *
     * @return the fault
     */
    static Fault truncatedBody() {
        return TruncatedBody.INSTANCE;
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
     * Answers normally, but sends the headers and the first half of the body, then resets the connection (TCP RST):
     * a connection that breaks while the answer is arriving.
     *
     * @return the fault
     */
    static Fault resetMidBody() {
        return ResetMidBody.INSTANCE;
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
     * Reads the request and never answers; the connection stays open until the client gives up or the server
     * closes.
     *
     * @return the fault
     */
    static Fault neverRespond() {
        return NeverRespond.INSTANCE;
    }

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
            return other instanceof Respond that
                    && status == that.status
                    && Objects.equals(contentType, that.contentType)
                    && java.util.Arrays.equals(body, that.body)
                    && headers.equals(that.headers);
        }

        @Override
        public int hashCode() {
            return Objects.hash(status, contentType, java.util.Arrays.hashCode(body), headers);
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
        /**
         * Creates the fault.
         *
         * @throws IllegalArgumentException if the delay is negative
         */
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
        /**
         * Creates the fault.
         *
         * @throws IllegalArgumentException if the stall is negative
         */
        public StallMidBody {
            notNegative(stall, "stall");
        }
    }

    /** A body cut short; see {@link Fault#truncatedBody()}. */
    record TruncatedBody() implements Fault {
        static final TruncatedBody INSTANCE = new TruncatedBody();
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
