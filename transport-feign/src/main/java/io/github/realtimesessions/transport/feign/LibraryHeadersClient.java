package io.github.realtimesessions.transport.feign;

import feign.Client;
import feign.Request;
import feign.Response;
import io.github.realtimesessions.transport.core.RequestHeaders;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Wraps the {@link Client} that sends requests and puts transport-core's {@link RequestHeaders} into every request just
 * before sending: {@code Authorization}, {@code Content-Type}, {@code Accept}, {@code User-Agent},
 * {@code OpenAI-Organization}, {@code OpenAI-Project} and the extra headers. They are computed once per creator into an
 * immutable case-insensitive map; a call copies the request's other headers next to them, with no Feign template
 * expansion, so a brace in a value is sent as it is. The library's headers replace whatever a request interceptor set
 * under the same names, whatever their case; every other header of the user's interceptors is sent unchanged.
 *
 * <p>Feign logs a request (at {@code Logger.Level.HEADERS} and above) before handing it to the client, so none of
 * these headers appear in a Feign log: above all not {@code Authorization}, which therefore never reaches a Feign log,
 * a request interceptor or an exception message. That the other library headers are missing from the log too is
 * accepted: their values are fixed per creator (the settings say what they are), and nothing in Feign before the
 * client reads them. In particular {@code Content-Type} does not change how the body is treated: the encoder sets the
 * body as bytes without a charset, so Feign's {@code Logger} prints it as "Binary data" and clients send the bytes as
 * they are either way; clients that derive a media type from {@code Content-Type} (e.g. feign-okhttp) run after this
 * one and still see it. Capabilities that enrich the client (metrics, tracing) wrap this one, so they see the request
 * as the interceptors left it, and any header they add is kept.
 */
final class LibraryHeadersClient implements Client {

    private final Client delegate;
    private final SortedMap<String, Collection<String>> libraryHeaders;

    LibraryHeadersClient(Client delegate, RequestHeaders headers) {
        this.delegate = Objects.requireNonNull(delegate, "client");
        TreeMap<String, Collection<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (RequestHeaders.Header header : headers.all()) {
            // remove first, so a later header under the same name (in another case) wins with its own spelling
            byName.remove(header.name());
            byName.put(header.name(), List.of(header.value()));
        }
        this.libraryHeaders = Collections.unmodifiableSortedMap(byName);
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
            if (!libraryHeaders.containsKey(header.getKey())) {
                headers.put(header.getKey(), header.getValue());
            }
        }
        headers.putAll(libraryHeaders);
        return delegate.execute(
                Request.create(
                        request.httpMethod(),
                        request.url(),
                        headers,
                        request.body(),
                        request.charset(),
                        request.requestTemplate()),
                options);
    }

    /** Names the wrapped client and the header names; never prints a value. */
    @Override
    public String toString() {
        return "LibraryHeadersClient[" + delegate.getClass().getName() + ", " + libraryHeaders.keySet() + "]";
    }
}
