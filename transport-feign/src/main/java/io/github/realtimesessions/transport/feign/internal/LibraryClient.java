package io.github.realtimesessions.transport.feign.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import io.github.realtimesessions.transport.core.HttpHeaders;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
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
        if (response.body() == null || response.body() instanceof CappedBody) {
            // The library's default client caps its bodies itself, sparing Feign's copy of the answer's headers here.
            return response;
        }
        return response.toBuilder().body(CappedBody.guard(response.body(), exchange.request())).build();
    }

    /** The request as Feign built it, with the library's headers (the credential among them) set as literals. */
    private static Request withLibraryHeaders(Request request, ExchangeOptions exchange) {
        HttpHeaders library = exchange.request().headers();
        Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        request.headers().forEach((name, values) -> {
            // What an interceptor set under a library header's name, in any case, gives way to the library's value.
            if (!library.contains(name)) {
                headers.put(name, values);
            }
        });
        // Every entry under a library header's name is the library's own list by now.
        library.forEach((name, value) -> headers.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value));
        return Request.create(request.httpMethod(), request.url(), headers, request.body(), request.charset(),
                request.requestTemplate());
    }

    @Override
    public String toString() {
        return "LibraryClient[" + delegate + "]";
    }
}
