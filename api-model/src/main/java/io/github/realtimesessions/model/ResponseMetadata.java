package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.HeaderMap;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the HTTP answer said besides its body: the status, the {@code x-request-id} (quote it to OpenAI support) and
 * every response header, rate-limit headers such as {@code x-ratelimit-remaining-requests} included. Header names are
 * matched without regard to case; a repeated header keeps all its values in order.
 *
 * <p>Not part of a response's {@code equals}: two answers with the same body are the same answer.
 */
public final class ResponseMetadata implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Metadata of an answer that did not come over HTTP (e.g. built in a test). */
    public static final ResponseMetadata NONE = new ResponseMetadata(0, HeaderMap.EMPTY);

    private final int status;
    private final HeaderMap headers;

    private ResponseMetadata(int status, HeaderMap headers) {
        this.status = status;
        this.headers = headers;
    }

    /**
     * Returns metadata for an answer.
     *
     * @param status the HTTP status
     * @param headers the response headers, each name with all its values; names that differ only in case are merged,
     *     a {@code null} name or value list is skipped
     * @return the metadata
     */
    public static ResponseMetadata of(int status, Map<String, ? extends List<String>> headers) {
        Objects.requireNonNull(headers, "headers");
        return new ResponseMetadata(status, HeaderMap.copyOf(headers));
    }

    /**
     * Returns the HTTP status.
     *
     * @return the status, or 0 for {@link #NONE}
     */
    public int status() {
        return status;
    }

    /**
     * Returns the {@code x-request-id} header.
     *
     * @return the request id, or {@code null}
     */
    public String requestId() {
        return header("x-request-id");
    }

    /**
     * Returns the first value of a header.
     *
     * @param name the header name, any case
     * @return the value, or {@code null} when absent
     */
    public String header(String name) {
        return headers.first(name);
    }

    /**
     * Returns every value of a header.
     *
     * @param name the header name, any case
     * @return the values in order, empty when absent
     */
    public List<String> headerValues(String name) {
        return headers.getOrDefault(name, List.of());
    }

    /**
     * Returns all headers, names in lower case.
     *
     * @return an unmodifiable map, looked up without regard to case
     */
    public Map<String, List<String>> headers() {
        return headers;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResponseMetadata that && status == that.status && headers.equals(that.headers);
    }

    @Override
    public int hashCode() {
        return status * 31 + headers.hashCode();
    }

    /** Names the status and the request id; header values may be sensitive and are left out. */
    @Override
    public String toString() {
        return "ResponseMetadata[status=" + status + ", requestId=" + requestId() + ", headers=" + headers.keySet()
                + "]";
    }
}
