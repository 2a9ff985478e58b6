package io.github.realtimesessions.transport.feign;

import feign.Client;
import feign.Request;
import feign.Response;
import io.github.realtimesessions.transport.core.RequestHeaders;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Wraps the {@link Client} that sends requests and adds the {@code Authorization} header of transport-core's
 * {@link RequestHeaders} just before sending. Feign logs a request (at {@code Logger.Level.HEADERS} and above) before
 * handing it to the client, so the API key never reaches a Feign log; request interceptors and exception messages
 * never see it either. Capabilities that enrich the client (metrics, tracing) wrap this one.
 */
final class AuthorizingClient implements Client {

    static final String AUTHORIZATION = "Authorization";

    private final Client delegate;
    private final List<String> authorization;

    AuthorizingClient(Client delegate, RequestHeaders headers) {
        this.delegate = Objects.requireNonNull(delegate, "client");
        this.authorization = headers.all().stream()
                .filter(header -> AUTHORIZATION.equalsIgnoreCase(header.name()))
                .map(RequestHeaders.Header::value)
                .toList();
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(request.headers());
        headers.put(AUTHORIZATION, authorization);
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

    /**
     * Returns the client this one sends through.
     *
     * @return the delegate
     */
    Client delegate() {
        return delegate;
    }

    /** Names the wrapped client; never prints the header value. */
    @Override
    public String toString() {
        return "AuthorizingClient[" + delegate.getClass().getName() + "]";
    }
}
