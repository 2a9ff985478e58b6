package io.github.realtimesessions.transport.feign.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Feign client the library always puts in front of the one that sends (the caller's, or the default one). It
 * <ul>
 *   <li>adds the library's headers last, replacing whatever a request interceptor set under the same names (in any
 *       case), and adds the credential header ({@code Authorization} or {@code api-key}) only here: Feign logs a
 *       request before it reaches its client, and keeps the request in its exceptions, so the credential never shows
 *       in a Feign log or a {@code FeignException};</li>
 *   <li>caps and guards the body of every answer, and from then on aborts the exchange by aborting that body.</li>
 * </ul>
 * Not API.
 */
public final class LibraryClient implements Client {

    /** The headers that carry a credential: never part of Feign's request template. */
    static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "api-key");

    private final Client delegate;

    /**
     * Wraps a client.
     *
     * @param delegate the client that sends
     */
    public LibraryClient(Client delegate) {
        this.delegate = delegate;
    }

    /**
     * Tells whether a header carries a credential, which only this client adds.
     *
     * @param name the header's name, in any case
     * @return {@code true} for {@code Authorization} and {@code api-key}
     */
    static boolean isCredential(String name) {
        return CREDENTIAL_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Returns the client that sends.
     *
     * @return the wrapped client
     */
    public Client delegate() {
        return delegate;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        if (!(options instanceof ExchangeOptions exchange)) {
            return delegate.execute(request, options);
        }
        Response response = delegate.execute(withLibraryHeaders(request, exchange), options);
        if (response.body() == null) {
            return response;
        }
        CappedBody body = new CappedBody(response.body(), exchange.request().maxResponseBytes() + 1);
        exchange.request().onAbort(body::abort);
        return response.toBuilder().body(body).build();
    }

    /** The request as Feign built it, with the library's headers (the credential among them) set as literals. */
    private static Request withLibraryHeaders(Request request, ExchangeOptions exchange) {
        Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        request.headers().forEach((name, values) -> headers.put(name, new ArrayList<>(values)));
        Map<String, List<String>> library = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.request().headers().forEach((name, value) ->
                library.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value));
        library.forEach((name, values) -> {
            headers.remove(name);
            headers.put(name, values);
        });
        return Request.create(request.httpMethod(), request.url(), headers, request.body(), request.charset(),
                request.requestTemplate());
    }

    @Override
    public String toString() {
        return "LibraryClient[" + delegate + "]";
    }
}
