package io.github.realtimesessions.transport.core;

import java.io.IOException;

/**
 * What a transport implements: one blocking HTTP exchange, over its HTTP library. Everything else (endpoints,
 * encoding, headers, reading and decoding the answer, status-to-exception mapping, retries, deadlines, credentials,
 * logging) is done once, in {@link HttpSessionCreator}, for every transport alike.
 *
 * <p>An implementation sends {@link RawRequest#method()} to {@link RawRequest#uri()} with exactly the request's headers
 * and body, within its connect and read timeouts; follows no redirect; retries nothing (the library's retry policy
 * does); decodes no content encoding; registers an abort action with {@link RawRequest#onAbort(Runnable)} before it
 * blocks; and returns as soon as the status line and headers have arrived, the body still to be read. Thread-safe.
 */
@FunctionalInterface
public interface HttpExchange {

    /**
     * Sends the request and returns the answer's head with its body to read.
     *
     * @param request the request
     * @return the answer
     * @throws IOException if no complete head arrived (refused, reset, timed out, aborted, cut short)
     */
    RawResponse execute(RawRequest request) throws IOException;
}
