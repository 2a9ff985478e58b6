package io.github.realtimesessions.testkit;

import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.transport.core.SessionJsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request as {@link FakeRealtimeServer} received it, for assertions on the wire.
 *
 * <p>{@link #toString()} redacts the {@code Authorization} header and leaves out the body.
 *
 * @param method the request method, e.g. {@code POST}
 * @param path the request target as sent, e.g. {@code /v1/realtime/sessions} (with the query, if any)
 * @param headers the headers in the order received, names as sent
 * @param body the body bytes (de-chunked), empty when there was none
 */
public record RecordedRequest(String method, String path, List<Map.Entry<String, String>> headers, byte[] body) {

    /**
     * Creates a recorded request; the header list and the body are copied.
     *
     * @throws NullPointerException if a component is {@code null}
     */
    public RecordedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        headers = List.copyOf(Objects.requireNonNull(headers, "headers").stream()
                .map(header -> Map.entry(header.getKey(), header.getValue()))
                .toList());
        body = Objects.requireNonNull(body, "body").clone();
    }

    /**
     * Returns a copy of the body bytes.
     *
     * @return the body, empty when there was none
     */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /**
     * Returns the first value of a header.
     *
     * @param name the header name, in any case
     * @return the first value, or {@code null} when the header is absent
     */
    public String header(String name) {
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    /**
     * Returns every value of a header, in the order received.
     *
     * @param name the header name, in any case
     * @return the values, empty when the header is absent
     */
    public List<String> headerValues(String name) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().equalsIgnoreCase(name)) {
                values.add(header.getValue());
            }
        }
        return List.copyOf(values);
    }

    /**
     * Returns the body as UTF-8 text.
     *
     * @return the text, empty when there was no body
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * Decodes the body as the real API does: strictly.
     *
     * @return the session request the body describes
     * @throws io.github.realtimesessions.transport.core.WireFormatException if the body is not a valid request document
     * @throws io.github.realtimesessions.model.InvalidRequestException if the request breaks a rule of the API
     */
    public RealtimeSessionCreateRequest sessionRequest() {
        return SessionJsonCodec.instance().decodeRequest(body);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordedRequest that
                && method.equals(that.method)
                && path.equals(that.path)
                && headers.equals(that.headers)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, path, headers, Arrays.hashCode(body));
    }

    /** Returns the request line, the headers with {@code Authorization} redacted, and the body's size. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("RecordedRequest[").append(method).append(' ').append(path);
        for (Map.Entry<String, String> header : headers) {
            text.append(", ").append(header.getKey()).append(": ");
            text.append("authorization".equalsIgnoreCase(header.getKey()) ? "<redacted>" : header.getValue());
        }
        return text.append(", body=").append(body.length).append(" bytes]").toString();
    }
}
