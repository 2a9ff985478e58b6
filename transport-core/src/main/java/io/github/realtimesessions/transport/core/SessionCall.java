package io.github.realtimesessions.transport.core;

import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.RetryExecutor;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything about creating a session that does not depend on the HTTP library: encoding the body once, the
 * endpoint, the headers, reading the answer, mapping I/O failures, retrying under the settings'
 * {@link io.github.realtimesessions.port.RetryPolicy}, and logging. A transport supplies only the {@link Exchange} that
 * moves bytes, so every transport retries, fails and logs identically. Thread-safe and immutable; build one per
 * creator.
 *
 * <p>Logging (SLF4J, logger {@code io.github.realtimesessions.transport.core.SessionCall}) is at DEBUG: method, path,
 * transport, attempt, outcome, duration and the delay before a retry; {@link SessionResponseReader} adds status and
 * request id. Bodies, headers and secrets are never logged.
 */
public final class SessionCall {

    private static final Logger LOG = LoggerFactory.getLogger(SessionCall.class);

    private final ClientSettings settings;
    private final String transport;
    private final URI uri;
    private final RequestHeaders headers;
    private final SessionResponseReader responses;
    private final RetryExecutor retries;

    /**
     * The last request this call encoded, with its body. A broker typically sends one immutable request over and over;
     * reusing its bytes saves the encoding (about 4 KB of garbage per call). Requests are deeply immutable, so an
     * identical reference means identical bytes; a race only costs an extra encoding.
     */
    private volatile EncodedRequest lastEncoded;

    private SessionCall(ClientSettings settings, String transport, Clock clock, RetryExecutor.Sleeper sleeper) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.uri = SessionEndpoint.uri(settings);
        this.headers = RequestHeaders.of(settings, transport);
        this.responses = new SessionResponseReader(settings, clock);
        this.retries = RetryExecutor.builder(settings.retryPolicy())
                .sleeper(sleeper)
                .listener(this::logRetry)
                .build();
    }

    /**
     * Creates the call for the given settings and transport, with the system clock and real sleeps between retries.
     *
     * @param settings the client settings
     * @param transport the transport's name, e.g. {@code apache}
     * @return the call
     */
    public static SessionCall create(ClientSettings settings, String transport) {
        return create(settings, transport, Clock.systemUTC(), RetryExecutor.Sleeper.SYSTEM);
    }

    /**
     * Creates the call with an injected clock (for HTTP-date retry delays) and sleeper (for backoff), for tests.
     *
     * @param settings the client settings
     * @param transport the transport's name, e.g. {@code apache}
     * @param clock the clock HTTP-date retry delays are measured against
     * @param sleeper waits between attempts
     * @return the call
     */
    public static SessionCall create(
            ClientSettings settings, String transport, Clock clock, RetryExecutor.Sleeper sleeper) {
        return new SessionCall(
                settings, transport, Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(sleeper, "sleeper"));
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
     * Creates a session: encodes the request once and runs the exchange, retrying under the settings' retry policy
     * and mapping an {@link IOException} to the exception tree.
     *
     * @param request the request
     * @param exchange sends the encoded body and returns the session read with {@link #responses()}
     * @return the session
     * @throws RealtimeApiException if the session could not be created; after retries it carries the number of
     *     attempts and the earlier failures as suppressed exceptions
     */
    public RealtimeSessionCreateResponse execute(RealtimeSessionCreateRequest request, Exchange exchange) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(exchange, "exchange");
        byte[] body = encode(request);
        if (settings.maxRetries() == 0) {
            return attempt(body, exchange, 1);
        }
        int[] attempts = {0};
        return retries.execute(() -> attempt(body, exchange, ++attempts[0]));
    }

    private byte[] encode(RealtimeSessionCreateRequest request) {
        EncodedRequest last = lastEncoded;
        if (last != null && last.request() == request) {
            return last.body();
        }
        byte[] body = SessionJsonCodec.instance().encodeRequest(request);
        lastEncoded = new EncodedRequest(request, body);
        return body;
    }

    private record EncodedRequest(RealtimeSessionCreateRequest request, byte[] body) {}

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

    private void logRetry(int failedAttempt, java.time.Duration delay, RealtimeApiException failure) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} via {} retrying after attempt {} ({}) in {} ms", SessionEndpoint.METHOD,
                    SessionEndpoint.PATH, transport, failedAttempt, failure.getClass().getSimpleName(),
                    delay.toMillis());
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
