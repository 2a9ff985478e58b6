package io.github.realtimesessions.transport.feign.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;

/**
 * The Feign client the library always puts in front of the one that sends (the caller's, or the default one): it caps
 * and guards the body of every answer, and from then on aborts the exchange by aborting that body. Not API.
 */
public final class LibraryClient implements Client {

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
     * Returns the client that sends.
     *
     * @return the wrapped client
     */
    public Client delegate() {
        return delegate;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        Response response = delegate.execute(request, options);
        if (!(options instanceof ExchangeOptions exchange) || response.body() == null) {
            return response;
        }
        CappedBody body = new CappedBody(response.body(), exchange.request().maxResponseBytes() + 1);
        exchange.request().onAbort(body::abort);
        return response.toBuilder().body(body).build();
    }

    @Override
    public String toString() {
        return "LibraryClient[" + delegate + "]";
    }
}
