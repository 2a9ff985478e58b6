package io.github.realtimesessions.transport.core;

import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.RealtimeApiException;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything about creating a session that does not depend on the HTTP library: encoding the body once, the
 * endpoint, the headers, reading the answer, mapping I/O failures, and logging. A transport supplies only the
 * {@link Exchange} that moves bytes. Thread-safe and immutable; build one per creator.
 *
 * <p>Logging (SLF4J, logger {@code io.github.realtimesessions.transport.core.SessionCall}) is at DEBUG: method, path,
 * transport, attempt, outcome and duration. Bodies, headers and secrets are never logged.
 */
public final class SessionCall {

    private static final Logger LOG = LoggerFactory.getLogger(SessionCall.class);

    private final ClientSettings settings;
    private final String transport;
    private final URI uri;
    private final RequestHeaders headers;
    private final SessionResponseReader responses;

    private SessionCall(ClientSettings settings, String transport, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.uri = SessionEndpoint.uri(settings);
        this.headers = RequestHeaders.of(settings, transport);
        this.responses = new SessionResponseReader(settings, clock);
    }

    /**
     * Creates the call for the given settings and transport.
     *
     * @param settings the client settings
     * @param transport the transport's name, e.g. {@code apache}
     * @return the call
     */
    public static SessionCall create(ClientSettings settings, String transport) {
        return new SessionCall(settings, transport, Clock.systemUTC());
    }

    /**
     * Returns the settings.
     *
     * @return the settings
     */
    public ClientSettings settings() {
        return settings;
    }

    /**
     * Returns the endpoint, {@code <baseUri>/realtime/sessions}.
     *
     * @return the URI
     */
    public URI uri() {
        return uri;
    }

    /**
     * Returns the headers to send with every request.
     *
     * @return the headers
     */
    public RequestHeaders headers() {
        return headers;
    }

    /**
     * Returns the reader that interprets answers.
     *
     * @return the reader
     */
    public SessionResponseReader responses() {
        return responses;
    }

    /**
     * Creates a session: encodes the request and runs the exchange, mapping an {@link IOException} to the exception
     * tree.
     *
     * @param request the request
     * @param exchange sends the encoded body and returns the session read with {@link #responses()}
     * @return the session
     * @throws RealtimeApiException if the session could not be created
     */
    public RealtimeSessionCreateResponse execute(RealtimeSessionCreateRequest request, Exchange exchange) {
        Objects.requireNonNull(request, "request");
        byte[] body = SessionJsonCodec.instance().encodeRequest(request);
        return attempt(body, exchange, 1);
    }

    private RealtimeSessionCreateResponse attempt(byte[] body, Exchange exchange, int attempt) {
        long start = System.nanoTime();
        try {
            RealtimeSessionCreateResponse response = exchange.send(body);
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} {} via {} attempt {} succeeded in {} ms", SessionEndpoint.METHOD, SessionEndpoint.PATH,
                        transport, attempt, elapsedMillis(start));
            }
            return response;
        } catch (IOException e) {
            RealtimeApiException failure = TransportFailures.toException(e, uri, settings.apiKey());
            logFailure(attempt, start, failure);
            throw failure;
        } catch (RealtimeApiException e) {
            logFailure(attempt, start, e);
            throw e;
        }
    }

    private void logFailure(int attempt, long start, RealtimeApiException failure) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} via {} attempt {} failed in {} ms: {}", SessionEndpoint.METHOD, SessionEndpoint.PATH,
                    transport, attempt, elapsedMillis(start), failure.getClass().getSimpleName());
        }
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** One HTTP exchange, implemented by a transport over its HTTP library. */
    @FunctionalInterface
    public interface Exchange {

        /**
         * Sends {@code POST} with the body and the call's headers to the call's URI, and returns the answer read
         * with {@link SessionCall#responses()}.
         *
         * @param body the encoded request (do not modify)
         * @return the session
         * @throws IOException if no complete answer arrived
         */
        RealtimeSessionCreateResponse send(byte[] body) throws IOException;
    }
}
