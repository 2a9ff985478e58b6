package io.github.realtimesessions.transport.core;

import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.model.TranslationClientSecretRequest;
import io.github.realtimesessions.model.TranslationClientSecretResponse;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateResponse;
import io.github.realtimesessions.port.AsyncSessionCreator;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.transport.core.internal.Operations;
import io.github.realtimesessions.transport.core.internal.Pipeline;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one implementation of {@link SessionCreator} over HTTP, for every transport: a transport extends it and supplies
 * only an {@link HttpExchange} (and, with non-blocking I/O, an {@link AsyncHttpExchange}) that moves bytes. Every
 * endpoint, and everything an answer means, is here: adding an endpoint to the library touches no transport.
 *
 * <pre>
 * user -&gt; SessionCreator (this class)      encode, headers, credential, deadlines, retries, read, decode, errors
 *            |
 *            +-&gt; HttpExchange (a transport)  RawRequest out, RawResponse in (status, headers, body; release | abort)
 * </pre>
 *
 * <p>Every call of this class is safe from any thread. {@link #close()} aborts calls still running, ends calls waiting
 * to retry with an {@link io.github.realtimesessions.port.ApiCancelledException}, stops the creator's scheduler thread
 * and then lets the transport release what it owns ({@link #closeTransport()}).
 */
public abstract class HttpSessionCreator implements SessionCreator {

    private final String transport;
    private final Pipeline pipeline;
    private final AsyncSessionCreator async = new AsyncView();
    private final AtomicBoolean closing = new AtomicBoolean();

    /**
     * Creates the creator over a transport's exchanges.
     *
     * @param settings the client settings
     * @param transport the transport's name, e.g. {@code apache}, as the {@code User-Agent} and logs show it
     * @param exchange the blocking exchange
     * @param asyncExchange the non-blocking exchange, or {@code null}: asynchronous calls then run the blocking
     *     exchange on {@code asyncExecutor}
     * @param asyncExecutor where asynchronous calls run without a non-blocking exchange, or {@code null} for a cached
     *     pool of daemon threads that the creator owns and stops on {@link #close()}
     */
    protected HttpSessionCreator(
            ClientSettings settings,
            String transport,
            HttpExchange exchange,
            AsyncHttpExchange asyncExchange,
            Executor asyncExecutor) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.pipeline = new Pipeline(settings, transport, exchange, asyncExchange, asyncExecutor, Pipeline.Timing.SYSTEM);
    }

    @Override
    public final ClientSecretResponse createClientSecret(ClientSecretRequest request, RequestOptions options) {
        return pipeline.execute(Operations.CLIENT_SECRETS, request, options);
    }

    @Override
    public final TranslationClientSecretResponse createTranslationClientSecret(
            TranslationClientSecretRequest request, RequestOptions options) {
        return pipeline.execute(Operations.TRANSLATION_CLIENT_SECRETS, request, options);
    }

    @Override
    public final RealtimeCall createCall(CallRequest request, RequestOptions options) {
        return pipeline.execute(Operations.CALLS, request, options);
    }

    @Override
    public final void hangUp(String callId, RequestOptions options) {
        pipeline.execute(Operations.HANGUP, Operations.checkCallId(callId), options);
    }

    @Override
    @Deprecated(since = "0.1.0")
    @SuppressWarnings("deprecation")
    public final RealtimeSessionCreateResponse create(RealtimeSessionCreateRequest request, RequestOptions options) {
        return pipeline.execute(Operations.SESSIONS, request, options);
    }

    @Override
    public final AsyncSessionCreator async() {
        return async;
    }

    /**
     * Returns the settings.
     *
     * @return the settings
     */
    public final ClientSettings settings() {
        return pipeline.settings();
    }

    /**
     * Returns the transport's name.
     *
     * @return e.g. {@code apache}
     */
    public final String transport() {
        return transport;
    }

    /**
     * Returns how many connections of the creator's own pool are in use right now: 0 at rest, unless a connection
     * leaked. For tests and monitoring.
     *
     * @return the leased connections; 0 when the transport does not own its pool (a caller's client)
     */
    public int leasedConnections() {
        return 0;
    }

    /**
     * Tells whether the creator is closed.
     *
     * @return {@code true} once {@link #close()} ran
     */
    public final boolean isClosed() {
        return pipeline.isClosed();
    }

    /**
     * Closes the creator: calls still running are aborted and calls waiting to retry end, each with an
     * {@link io.github.realtimesessions.port.ApiCancelledException}; then the transport releases what it owns.
     * Resources the caller handed in stay open. Idempotent; throws nothing. A closed creator refuses new calls with an
     * {@link IllegalStateException}.
     */
    @Override
    public final void close() {
        // One caller closes: two racing close() calls must not both release the transport.
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        pipeline.close();
        try {
            closeTransport();
        } catch (RuntimeException e) {
            // close() throws nothing: what is left open is the transport's to report, and it has nowhere to go.
        }
    }

    /**
     * Releases what the transport owns (its connection pool); called once by {@link #close()}, after every call has
     * been ended. Must not close a client the caller handed in.
     */
    protected abstract void closeTransport();

    /** Names the transport and the base URI; never a credential. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + settings().baseUri() + ", transport=" + transport
                + (isClosed() ? ", closed" : "") + "]";
    }

    /** The asynchronous view: the same pipeline, completing futures. */
    private final class AsyncView implements AsyncSessionCreator {

        @Override
        public CompletableFuture<ClientSecretResponse> createClientSecret(
                ClientSecretRequest request, RequestOptions options) {
            return pipeline.executeAsync(Operations.CLIENT_SECRETS, request, options);
        }

        @Override
        public CompletableFuture<TranslationClientSecretResponse> createTranslationClientSecret(
                TranslationClientSecretRequest request, RequestOptions options) {
            return pipeline.executeAsync(Operations.TRANSLATION_CLIENT_SECRETS, request, options);
        }

        @Override
        public CompletableFuture<RealtimeCall> createCall(CallRequest request, RequestOptions options) {
            return pipeline.executeAsync(Operations.CALLS, request, options);
        }

        @Override
        public CompletableFuture<Void> hangUp(String callId, RequestOptions options) {
            return pipeline.executeAsync(Operations.HANGUP, Operations.checkCallId(callId), options);
        }

        @Override
        @Deprecated(since = "0.1.0")
        @SuppressWarnings("deprecation")
        public CompletableFuture<RealtimeSessionCreateResponse> create(
                RealtimeSessionCreateRequest request, RequestOptions options) {
            return pipeline.executeAsync(Operations.SESSIONS, request, options);
        }

        @Override
        public String toString() {
            return "async " + HttpSessionCreator.this;
        }
    }
}
