package io.github.realtimesessions.transport.feign.internal;

import feign.HeaderMap;
import feign.Request;
import feign.RequestLine;
import feign.Response;
import java.net.URI;
import java.util.Collection;
import java.util.Map;

/**
 * The one Feign method of the transport: a raw exchange. Returning {@link Response} means Feign hands the answer over
 * as it is, whatever its status, with no decoder or error decoder; the {@link URI} argument is the request URL, the
 * {@link Request.Options} argument carries the exchange's timeouts and its abort hook. Not API.
 */
public interface RawApi {

    /**
     * Sends a request. Every endpoint of the Realtime API is a {@code POST}.
     *
     * @param uri the absolute URL
     * @param headers the headers, in order
     * @param body the body
     * @param options this exchange's timeouts and abort hook
     * @return the answer, its body unread
     */
    @RequestLine("POST")
    Response exchange(URI uri, @HeaderMap Map<String, Collection<String>> headers, byte[] body, Request.Options options);
}
