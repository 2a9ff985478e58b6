package io.github.realtimesessions.testkit;

import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.InvalidRequestException;
import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.ResponseMetadata;
import io.github.realtimesessions.model.TranslationClientSecretRequest;
import io.github.realtimesessions.model.TranslationClientSecretResponse;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateResponse;
import io.github.realtimesessions.model.beta.internal.BetaSchemas;
import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.port.AccessToken;
import io.github.realtimesessions.port.ApiCancelledException;
import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.Credential;
import io.github.realtimesessions.port.Endpoint;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.ResponseFormatException;
import io.github.realtimesessions.port.TokenSource;
import io.github.realtimesessions.transport.core.internal.OpenAiErrorBody;
import io.github.realtimesessions.transport.core.internal.WireCodec;
import io.github.realtimesessions.transport.core.internal.WireFormatException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fake OpenAI API (or Azure OpenAI resource) on {@code 127.0.0.1}: an HTTP/1.1 server on an ephemeral port that
 * answers the Realtime REST endpoints in the real wire format, backed by an {@link InMemorySessionCreator}:
 * <ul>
 *   <li>{@code POST /v1/realtime/client_secrets} and {@code POST /v1/realtime/translations/client_secrets} (JSON);</li>
 *   <li>{@code POST /v1/realtime/calls}: {@code multipart/form-data} with an {@code sdp} part
 *       ({@code application/sdp}) and an optional {@code session} part ({@code application/json}), parsed byte for
 *       byte; or a raw {@code application/sdp} body authorized by an {@code ek_...} secret this server's fake issued;
 *       answered {@code 201} with the SDP answer and {@code Location};</li>
 *   <li>{@code POST /v1/realtime/calls/{call_id}/hangup};</li>
 *   <li>the retired beta {@code POST /v1/realtime/sessions}.</li>
 * </ul>
 *
 * <p>For every request it:
 * <ol>
 *   <li>records it ({@link #requests()}, {@link #takeRequest()}) as soon as it has been read;</li>
 *   <li>applies the oldest {@link Fault} left for the request's endpoint ({@link #enqueue(Endpoint, Fault)}), else for
 *       any request ({@link #enqueue(Fault)});</li>
 *   <li>checks the credential: {@code Authorization: Bearer <api key>}, or a token of {@link #tokenSource()}
 *       (else {@code 401}, {@code invalid_api_key} with the key masked in the message, as the API does); then method
 *       and path (else {@code 404 Invalid URL});</li>
 *   <li>decodes the body strictly, as the API does: malformed JSON, an unknown field ({@code 400 invalid_request_error
 *       unknown_parameter}, {@code param} its JSON path, e.g. {@code session.temperature}), a mistyped one
 *       ({@code invalid_type}) or a broken rule ({@code invalid_value}) each with the API's error shape;</li>
 *   <li>asks the backing fake and sends its answer with the headers of a real answer ({@code Content-Type},
 *       {@code x-request-id: req_...}, {@code openai-version}, {@code openai-processing-ms}, {@code x-ratelimit-*}):
 *       the JSON of the capture's request is the capture's answer, byte for byte but for the secret and the ids. What
 *       the fake throws is rendered as the API would show it: an {@link ApiStatusException} as its status with an
 *       OpenAI error body and its headers ({@code retry-after-ms}, {@code retry-after}, {@code x-should-retry}, and
 *       whatever its {@link ApiError#metadata()} holds); an {@link ApiTimeoutException} as no answer; any other
 *       {@link ApiConnectionException} as a reset connection; a {@link ResponseFormatException} as a 2xx answer
 *       without its essential fields; anything else (the strict fake's {@link AssertionError}) as a 500 saying what
 *       was thrown.</li>
 * </ol>
 *
 * <h2>Azure mode</h2>
 * {@link #startAzure()} serves the same endpoints below {@code /openai/v1} as an Azure OpenAI resource does: it accepts
 * the {@code api-key} header with {@link #apiKey()} or {@code Authorization: Bearer} with a token of
 * {@link #tokenSource()} (Microsoft Entra ID in production), answers 400 to any {@code api-version} query (the GA
 * {@code /openai/v1} API takes none), 404 to a path outside {@code /openai/v1}, and 401 to a token made stale with
 * {@link #expireTokens()}. {@link #settings()} returns settings wired for it ({@code azureEndpoint} and the key).
 *
 * <p>Built on a plain {@link ServerSocket} because only raw sockets can reset a connection, cut a head short or
 * trickle bytes. {@link #close()} ends every connection and thread at once, whatever fault is running. Thread-safe.
 */
@SuppressWarnings("deprecation")
public final class FakeRealtimeServer implements AutoCloseable {

    /** The OpenAI API key the server expects unless told otherwise. */
    public static final String DEFAULT_API_KEY = "sk-test-fake-realtime-server-0000";

    /** The Azure OpenAI key an Azure-mode server expects unless told otherwise; not shaped like an OpenAI key. */
    public static final String DEFAULT_AZURE_API_KEY = "3f9c0a7d5b2e4c1f8a6d0b9e7c5a3f1d";

    /** The path prefix of the OpenAI API. */
    public static final String OPENAI_PREFIX = "/v1";

    /** The path prefix of an Azure OpenAI resource's GA API. */
    public static final String AZURE_PREFIX = "/openai/v1";

    /** The path of the client secrets endpoint of an OpenAI-mode server. */
    public static final String CLIENT_SECRETS_PATH = OPENAI_PREFIX + "/realtime/client_secrets";

    /** The path of the translation client secrets endpoint of an OpenAI-mode server. */
    public static final String TRANSLATION_CLIENT_SECRETS_PATH = OPENAI_PREFIX + "/realtime/translations/client_secrets";

    /** The path of the calls endpoint of an OpenAI-mode server; a hangup goes to {@code <this>/<call id>/hangup}. */
    public static final String CALLS_PATH = OPENAI_PREFIX + "/realtime/calls";

    /** The path of the retired beta sessions endpoint of an OpenAI-mode server. */
    public static final String SESSIONS_PATH = OPENAI_PREFIX + "/realtime/sessions";

    /** The lifetime of the tokens of {@link #tokenSource()} unless told otherwise. */
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(FakeRealtimeServer.class);
    private static final Duration RESET_MID_BODY_PAUSE = Duration.ofMillis(50);
    private static final WireCodec CODEC = WireCodec.instance();
    private static final byte[] PROCESSING = "HTTP/1.1 102 Processing\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private final InMemorySessionCreator sessions;
    private final String apiKey;
    private final boolean azure;
    private final String prefix;
    private final Duration tokenLifetime;
    private final ServerSocket serverSocket;
    private final URI baseUri;
    private final ExecutorService threads;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final Map<Endpoint, ConcurrentLinkedQueue<Fault>> endpointFaults = new EnumMap<>(Endpoint.class);
    private final Map<String, Instant> tokens;
    private final Set<String> staleTokens;
    private final AtomicInteger tokenFetches;
    private final TokenSource tokenSource;
    private final List<RecordedRequest> recorded = new ArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch closing = new CountDownLatch(1);
    private int taken; // guarded by recorded

    private FakeRealtimeServer(Builder builder) {
        this.sessions = builder.sessions == null ? InMemorySessionCreator.create() : builder.sessions;
        this.azure = builder.azure;
        this.apiKey = builder.apiKey != null ? builder.apiKey : azure ? DEFAULT_AZURE_API_KEY : DEFAULT_API_KEY;
        this.prefix = azure ? AZURE_PREFIX : OPENAI_PREFIX;
        this.tokenLifetime = builder.tokenLifetime;
        FakeRealtimeServer shared = builder.tokensOf;
        this.tokens = shared == null ? new ConcurrentHashMap<>() : shared.tokens;
        this.staleTokens = shared == null ? ConcurrentHashMap.newKeySet() : shared.staleTokens;
        this.tokenFetches = shared == null ? new AtomicInteger() : shared.tokenFetches;
        this.tokenSource = shared == null ? new Tokens() : shared.tokenSource;
        for (Endpoint endpoint : Endpoint.values()) {
            endpointFaults.put(endpoint, new ConcurrentLinkedQueue<>());
        }
        try {
            this.serverSocket = new ServerSocket();
            // A small receive window: a client whose request body the server does not read blocks soon.
            serverSocket.setReceiveBufferSize(64 * 1024);
            serverSocket.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 256);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1", e);
        }
        this.baseUri = URI.create("http://127.0.0.1:" + serverSocket.getLocalPort() + prefix);
        this.threads = Executors.newCachedThreadPool(threadFactory(serverSocket.getLocalPort()));
        threads.execute(this::acceptLoop);
    }

    /**
     * Returns a builder, for a server with a fake, key or mode of your choice.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts an OpenAI-mode server backed by a new lenient {@link InMemorySessionCreator}, expecting
     * {@link #DEFAULT_API_KEY}.
     *
     * @return the running server; close it after the test
     */
    public static FakeRealtimeServer start() {
        return builder().start();
    }

    /**
     * Starts an OpenAI-mode server backed by the given fake, expecting {@link #DEFAULT_API_KEY}.
     *
     * @param sessions the fake that answers the requests; script and verify it as usual
     * @return the running server; close it after the test
     */
    public static FakeRealtimeServer start(InMemorySessionCreator sessions) {
        return builder().sessions(sessions).start();
    }

    /**
     * Starts an OpenAI-mode server backed by the given fake, expecting the given API key.
     *
     * @param sessions the fake that answers the requests
     * @param apiKey the key clients must send as {@code Authorization: Bearer <key>}
     * @return the running server; close it after the test
     */
    public static FakeRealtimeServer start(InMemorySessionCreator sessions, String apiKey) {
        return builder().sessions(sessions).apiKey(apiKey).start();
    }

    /**
     * Starts an Azure-mode server (see the class description) backed by a new lenient fake, expecting
     * {@link #DEFAULT_AZURE_API_KEY} or a token of {@link #tokenSource()}.
     *
     * @return the running server; close it after the test
     */
    public static FakeRealtimeServer startAzure() {
        return builder().azure(true).start();
    }

    /**
     * Starts an Azure-mode server backed by the given fake.
     *
     * @param sessions the fake that answers the requests
     * @return the running server; close it after the test
     */
    public static FakeRealtimeServer startAzure(InMemorySessionCreator sessions) {
        return builder().azure(true).sessions(sessions).start();
    }

    /**
     * Returns the base URI to configure clients with: {@code http://127.0.0.1:<port>/v1}, or
     * {@code http://127.0.0.1:<port>/openai/v1} in Azure mode.
     *
     * @return the base URI
     */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * Returns the server's root, {@code http://127.0.0.1:<port>}: in Azure mode the resource endpoint, as
     * {@link ClientSettings.Builder#azureEndpoint(String)} takes it.
     *
     * @return the root URI
     */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + serverSocket.getLocalPort());
    }

    /**
     * Returns the key the server expects: the OpenAI API key, or in Azure mode the resource's {@code api-key}.
     *
     * @return the key
     */
    public String apiKey() {
        return apiKey;
    }

    /**
     * Tells whether the server acts as an Azure OpenAI resource.
     *
     * @return {@code true} in Azure mode
     */
    public boolean isAzure() {
        return azure;
    }

    /**
     * Returns settings pointing at this server with its key, to adjust and build: the base URI and
     * {@link Credential#apiKey(String)}, or in Azure mode {@code azureEndpoint} and {@link Credential#azureApiKey}.
     *
     * @return a new builder
     */
    public ClientSettings.Builder settings() {
        if (azure) {
            return ClientSettings.builder().azureEndpoint(endpoint().toString())
                    .credential(Credential.azureApiKey(apiKey));
        }
        return ClientSettings.builder().baseUri(baseUri).apiKey(apiKey);
    }

    /**
     * Returns settings pointing at this server that authorize with bearer tokens of {@link #tokenSource()} (Microsoft
     * Entra ID tokens in Azure mode, a gateway's tokens in OpenAI mode).
     *
     * @return a new builder
     */
    public ClientSettings.Builder bearerSettings() {
        ClientSettings.Builder builder = azure
                ? ClientSettings.builder().azureEndpoint(endpoint().toString())
                : ClientSettings.builder().baseUri(baseUri);
        return builder.credential(Credential.bearerTokens(tokenSource));
    }

    /**
     * Returns a token source whose tokens the server accepts: each call mints a new token, valid for the token
     * lifetime by the backing fake's clock. Thread-safe.
     *
     * @return the token source
     */
    public TokenSource tokenSource() {
        return tokenSource;
    }

    /**
     * Returns how often {@link #tokenSource()} was asked for a token.
     *
     * @return the number of tokens minted
     */
    public int tokenFetches() {
        return tokenFetches.get();
    }

    /**
     * Returns every token {@link #tokenSource()} minted so far, for checks that none leaks into a message.
     *
     * @return an unmodifiable snapshot
     */
    public List<String> issuedTokens() {
        return List.copyOf(tokens.keySet());
    }

    /**
     * Makes every token minted so far stale: the server answers 401 to it from now on, as to an expired Entra ID
     * token. Tokens minted afterwards are accepted.
     *
     * @return this server
     */
    public FakeRealtimeServer expireTokens() {
        staleTokens.addAll(tokens.keySet());
        return this;
    }

    /**
     * Returns the fake that answers the requests.
     *
     * @return the backing fake
     */
    public InMemorySessionCreator sessions() {
        return sessions;
    }

    /**
     * Queues a fault for a coming request of any endpoint; each request takes the oldest fault left.
     *
     * @param fault the fault
     * @return this server
     */
    public FakeRealtimeServer enqueue(Fault fault) {
        faults.add(Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /**
     * Queues a fault for a coming request of one endpoint; it comes before the faults for any endpoint.
     *
     * @param endpoint the endpoint
     * @param fault the fault
     * @return this server
     */
    public FakeRealtimeServer enqueue(Endpoint endpoint, Fault fault) {
        endpointFaults.get(Objects.requireNonNull(endpoint, "endpoint")).add(Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /**
     * Queues the same fault for the next {@code times} requests of any endpoint.
     *
     * @param times how many requests, at least 1
     * @param fault the fault
     * @return this server
     */
    public FakeRealtimeServer enqueue(int times, Fault fault) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1 (was " + times + ")");
        }
        for (int i = 0; i < times; i++) {
            enqueue(fault);
        }
        return this;
    }

    /**
     * Returns how many queued faults no request has taken yet, of every endpoint.
     *
     * @return the number of pending faults
     */
    public int pendingFaults() {
        int count = faults.size();
        for (ConcurrentLinkedQueue<Fault> queue : endpointFaults.values()) {
            count += queue.size();
        }
        return count;
    }

    /**
     * Returns every request received so far, oldest first, taken or not.
     *
     * @return an unmodifiable snapshot
     */
    public List<RecordedRequest> requests() {
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    /**
     * Returns the oldest request not yet taken.
     *
     * @return the request
     * @throws AssertionError if every received request was taken already
     */
    public RecordedRequest takeRequest() {
        synchronized (recorded) {
            if (taken >= recorded.size()) {
                throw new AssertionError("FakeRealtimeServer has no request left to take (received "
                        + recorded.size() + ", taken " + taken + ")");
            }
            return recorded.get(taken++);
        }
    }

    /**
     * Waits up to the timeout for a request not yet taken and returns it, for requests sent from another thread.
     *
     * @param timeout how long to wait at most
     * @return the request
     * @throws AssertionError if none arrives in time
     */
    public RecordedRequest takeRequest(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (recorded) {
            while (taken >= recorded.size()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("FakeRealtimeServer received no new request within " + timeout
                            + " (received " + recorded.size() + ", taken " + taken + ")");
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(recorded, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for a request", e);
                }
            }
            return recorded.get(taken++);
        }
    }

    /**
     * Returns how many requests were received.
     *
     * @return the number of requests
     */
    public int requestCount() {
        synchronized (recorded) {
            return recorded.size();
        }
    }

    /**
     * Returns how many requests of an endpoint were received.
     *
     * @param endpoint the endpoint
     * @return the number of its requests
     */
    public int requestCount(Endpoint endpoint) {
        synchronized (recorded) {
            return (int) recorded.stream().filter(request -> request.endpoint() == endpoint).count();
        }
    }

    /**
     * Returns how many client connections are open right now, for leak checks.
     *
     * @return the number of open connections
     */
    public int openConnections() {
        return connections.size();
    }

    /** Stops the server: closes the listening socket and every connection, and ends every thread. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closing.countDown();
        closeQuietly(serverSocket);
        for (Socket socket : connections) {
            closeQuietly(socket);
        }
        threads.shutdownNow();
        try {
            if (!threads.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("FakeRealtimeServer on {}: some threads did not end within 5 s", baseUri);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "FakeRealtimeServer[" + baseUri + (azure ? ", azure" : "")
                + (closed.get() ? ", closed" : "") + "]";
    }

    // ------------------------------------------------------------------------------------------------ serving

    private void acceptLoop() {
        while (!closed.get()) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                if (!closed.get()) {
                    LOG.debug("FakeRealtimeServer on {}: accept failed", baseUri, e);
                }
                return;
            }
            connections.add(socket);
            if (closed.get()) {
                // close() may have run between accept() and add(): this socket must not survive it.
                closeQuietly(socket);
                connections.remove(socket);
                return;
            }
            try {
                threads.execute(() -> serve(socket));
            } catch (RejectedExecutionException e) {
                closeQuietly(socket);
                connections.remove(socket);
            }
        }
    }

    private void serve(Socket socket) {
        try {
            socket.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(socket.getInputStream(), 8192);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 8192);
            HttpRequestReader reader = new HttpRequestReader(in, out);
            boolean open = true;
            while (open && !closed.get()) {
                HttpRequestReader.Request head;
                try {
                    head = reader.readHead();
                } catch (HttpRequestReader.MalformedRequestException e) {
                    write(out, errorAnswer(400, "invalid_request_error", null, null,
                            "The request could not be parsed: " + e.getMessage(), null).closing());
                    return;
                }
                if (head == null) {
                    return;
                }
                open = handle(socket, in, out, reader, head) && head.keepAlive();
            }
        } catch (IOException e) {
            // The client went away, or close() closed the socket: nothing to answer any more.
            LOG.trace("FakeRealtimeServer on {}: connection ended: {}", baseUri, e.toString());
        } finally {
            closeQuietly(socket);
            connections.remove(socket);
        }
    }

    /**
     * Handles one request.
     *
     * @return whether the connection can serve another request
     */
    private boolean handle(Socket socket, InputStream in, OutputStream out, HttpRequestReader reader,
            HttpRequestReader.Request head) throws IOException {
        Endpoint endpoint = endpointOf(head.path());
        Fault fault = pollFault(endpoint);
        if (fault instanceof Fault.IgnoreRequestBody) {
            record(new RecordedRequest(head.method(), head.target(), head.headers(), new byte[0], endpoint));
            pause(Duration.ofDays(365));
            return false;
        }
        HttpRequestReader.Request request = reader.readBody(head);
        record(new RecordedRequest(request.method(), request.target(), request.headers(), request.body(), endpoint));
        if (fault instanceof Fault.Respond respond) {
            write(out, keepAliveFor(request, cannedAnswer(respond)));
            return true;
        }
        if (fault instanceof Fault.EchoHeader echo) {
            write(out, keepAliveFor(request, echoAnswer(request, echo)));
            return true;
        }
        if (fault instanceof Fault.ConnectionReset) {
            reset(socket);
            return false;
        }
        if (fault instanceof Fault.NeverRespond) {
            holdUntilClosed(in);
            return false;
        }
        if (fault instanceof Fault.EndlessProcessing processing) {
            do {
                out.write(PROCESSING);
                out.flush();
            } while (!pause(processing.interval()));
            return false;
        }
        if (fault instanceof Fault.EndlessBody) {
            sendEndlessBody(out);
            return false;
        }
        if (fault instanceof Fault.DelayBeforeHeaders delay && pause(delay.delay())) {
            return false;
        }
        Outcome outcome = answerNormally(request, endpoint);
        if (outcome instanceof Outcome.Reset) {
            reset(socket);
            return false;
        }
        if (outcome instanceof Outcome.Hang) {
            holdUntilClosed(in);
            return false;
        }
        Answer answer = keepAliveFor(request, (Answer) outcome);
        return deliver(socket, out, answer, fault);
    }

    /** Sends an answer the way a fault says, or plainly; returns whether the connection stays usable. */
    private boolean deliver(Socket socket, OutputStream out, Answer answer, Fault fault) throws IOException {
        if (fault instanceof Fault.StallMidBody stall) {
            int half = answer.body().length / 2;
            out.write(answer.head());
            out.write(answer.body(), 0, half);
            out.flush();
            if (pause(stall.stall())) {
                return false;
            }
            out.write(answer.body(), half, answer.body().length - half);
            out.flush();
            return true;
        }
        if (fault instanceof Fault.ResetMidBody) {
            out.write(answer.head());
            out.write(answer.body(), 0, answer.body().length / 2);
            out.flush();
            // A moment for the client to read the head, so that the reset really hits it mid-body.
            pause(RESET_MID_BODY_PAUSE);
            reset(socket);
            return false;
        }
        if (fault instanceof Fault.TruncatedBody) {
            out.write(answer.head());
            out.write(answer.body(), 0, answer.body().length / 2);
            out.flush();
            // Half-close first so the client reads the half body, then sees the connection end.
            socket.shutdownOutput();
            return false;
        }
        if (fault instanceof Fault.TrickleBody trickle) {
            out.write(answer.head());
            out.flush();
            return trickle(out, answer.body(), trickle.interval());
        }
        if (fault instanceof Fault.TrickleHead trickle) {
            if (!trickle(out, answer.head(), trickle.interval())) {
                return false;
            }
            out.write(answer.body());
            out.flush();
            return true;
        }
        if (fault instanceof Fault.HeadCutShort) {
            String head = new String(answer.head(), StandardCharsets.ISO_8859_1);
            int secondLine = head.indexOf("\r\n", head.indexOf("\r\n") + 2);
            out.write(head.substring(0, secondLine + 2).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            return false;
        }
        if (fault instanceof Fault.ChunkedWithContentLength chunked) {
            out.write(answer.chunkedHead(chunked.contentLength()));
            byte[] body = answer.body();
            int half = body.length / 2;
            writeChunk(out, body, 0, half);
            writeChunk(out, body, half, body.length - half);
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return true;
        }
        if (fault instanceof Fault.BodyOfSize size) {
            byte[] body = answer.body();
            if (size.bytes() < body.length) {
                write(out, errorAnswer(500, "testkit_error", null, null, "Fault.bodyOfSize(" + size.bytes()
                        + ") is smaller than the answer of " + body.length + " bytes", null));
                return true;
            }
            byte[] padded = Arrays.copyOf(body, size.bytes());
            Arrays.fill(padded, body.length, padded.length, (byte) ' ');
            write(out, answer.withBody(padded));
            return true;
        }
        write(out, answer);
        return true;
    }

    private boolean trickle(OutputStream out, byte[] bytes, Duration interval) throws IOException {
        for (byte b : bytes) {
            if (pause(interval)) {
                return false;
            }
            out.write(b);
            out.flush();
        }
        return true;
    }

    private void sendEndlessBody(OutputStream out) throws IOException {
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nx-request-id: " + newRequestId()
                + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        byte[] start = "{\"value\":\"".getBytes(StandardCharsets.ISO_8859_1);
        writeChunk(out, start, 0, start.length);
        byte[] filler = new byte[16 * 1024];
        Arrays.fill(filler, (byte) 'a');
        while (!closed.get()) {
            writeChunk(out, filler, 0, filler.length);
        }
    }

    private static void writeChunk(OutputStream out, byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return;
        }
        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes, offset, length);
        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private Fault pollFault(Endpoint endpoint) {
        Fault fault = endpoint == null ? null : endpointFaults.get(endpoint).poll();
        return fault != null ? fault : faults.poll();
    }

    /** The endpoint a path names below the server's prefix, or {@code null}. */
    private Endpoint endpointOf(String path) {
        if (!path.startsWith(prefix + "/")) {
            return null;
        }
        String rest = path.substring(prefix.length());
        return switch (rest) {
            case "/realtime/client_secrets" -> Endpoint.CLIENT_SECRETS;
            case "/realtime/translations/client_secrets" -> Endpoint.TRANSLATION_CLIENT_SECRETS;
            case "/realtime/calls" -> Endpoint.CALLS;
            case "/realtime/sessions" -> Endpoint.SESSIONS;
            default -> rest.startsWith("/realtime/calls/") && rest.endsWith("/hangup")
                    && rest.length() > "/realtime/calls//hangup".length()
                    && rest.substring("/realtime/calls/".length(), rest.length() - "/hangup".length()).indexOf('/') < 0
                    ? Endpoint.HANGUP
                    : null;
        };
    }

    // ------------------------------------------------------------------------------------------------ answering

    private Outcome answerNormally(HttpRequestReader.Request request, Endpoint endpoint) {
        String query = request.query();
        if (azure) {
            if (!request.path().startsWith(AZURE_PREFIX + "/")) {
                return azureError(404, "404", "Resource not found");
            }
            if (query != null && hasParameter(query, "api-version")) {
                return azureError(400, "BadRequest", "api-version query parameter is not allowed when using /v1 path."
                        + " Remove the api-version parameter: the GA /openai/v1 API takes none.");
            }
        }
        boolean rawSdp = endpoint == Endpoint.CALLS && mediaType(request.header("Content-Type")).equals("application/sdp");
        String ephemeralKey = null;
        if (rawSdp) {
            String bearer = bearer(request);
            if (bearer == null) {
                return answer(ApiErrors.missingApiKey().build());
            }
            if (!sessions.isValid(bearer)) {
                return answer(ApiErrors.invalidApiKey(bearer).build());
            }
            ephemeralKey = bearer;
        } else {
            Outcome refused = checkCredential(request);
            if (refused != null) {
                return refused;
            }
        }
        if (endpoint == null || !"POST".equals(request.method())) {
            return answer(ApiErrors.invalidUrl(request.method(), request.path()).build());
        }
        try {
            return switch (endpoint) {
                case CLIENT_SECRETS -> clientSecret(request);
                case TRANSLATION_CLIENT_SECRETS -> translation(request);
                case CALLS -> call(request, ephemeralKey);
                case HANGUP -> hangUp(request);
                case SESSIONS -> beta(request);
            };
        } catch (WireFormatException e) {
            return answer(ApiErrors.fromWireFormat(e).build());
        } catch (InvalidRequestException e) {
            return answer(ApiErrors.fromInvalidRequest(e).build());
        } catch (ApiStatusException e) {
            return statusAnswer(e.error());
        } catch (ApiTimeoutException | ApiCancelledException e) {
            return Outcome.Hang.INSTANCE;
        } catch (ApiConnectionException e) {
            return Outcome.Reset.INSTANCE;
        } catch (ResponseFormatException e) {
            int status = e.status() >= 200 && e.status() <= 299 ? e.status() : 200;
            byte[] body = endpoint == Endpoint.CALLS ? "v=0\r\n".getBytes(StandardCharsets.UTF_8)
                    : "{\"session\":{\"type\":\"realtime\"}}".getBytes(StandardCharsets.UTF_8);
            return new Answer(status, List.of(
                    Map.entry("Content-Type", endpoint == Endpoint.CALLS ? "application/sdp" : "application/json"),
                    Map.entry("x-request-id", e.requestId() == null ? newRequestId() : e.requestId())), body);
        } catch (RealtimeApiException e) {
            return errorAnswer(500, "server_error", null, null, e.getMessage(), null);
        } catch (RuntimeException | AssertionError e) {
            LOG.debug("FakeRealtimeServer on {}: the backing fake threw", baseUri, e);
            return errorAnswer(500, "testkit_error", null, null,
                    "FakeRealtimeServer: the backing InMemorySessionCreator threw " + e, null);
        }
    }

    /** Checks the credential of a request that takes the API key (or a token); returns the refusal, or null. */
    private Outcome checkCredential(HttpRequestReader.Request request) {
        String bearer = bearer(request);
        if (azure) {
            String key = request.header("api-key");
            if (key != null) {
                return key.equals(apiKey) ? null : azureError(401, "401", "Access denied due to invalid subscription"
                        + " key or wrong API endpoint. Make sure to provide a valid key for an active subscription and"
                        + " use a correct regional API endpoint for your resource.");
            }
            if (bearer == null || !isLiveToken(bearer)) {
                return azureError(401, "401", "Unauthorized. Access token is missing, invalid, audience is incorrect"
                        + " (https://cognitiveservices.azure.com), or have expired.");
            }
            return null;
        }
        if (bearer == null) {
            return answer(ApiErrors.missingApiKey().build());
        }
        if (bearer.equals(apiKey)) {
            return null;
        }
        if (tokens.containsKey(bearer)) {
            return isLiveToken(bearer) ? null : answer(ApiError.builder(401).type("invalid_request_error")
                    .code("expired_token").message("The bearer token has expired.").build());
        }
        return answer(ApiErrors.invalidApiKey(bearer).build());
    }

    private boolean isLiveToken(String token) {
        Instant expiresAt = tokens.get(token);
        return expiresAt != null && !staleTokens.contains(token) && sessions.clock().instant().isBefore(expiresAt);
    }

    private static String bearer(HttpRequestReader.Request request) {
        String authorization = request.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String value = authorization.substring(7).trim();
        return value.isEmpty() ? null : value;
    }

    private Outcome clientSecret(HttpRequestReader.Request request) {
        ClientSecretRequest decoded = CODEC.decodeRequest(Schemas.CLIENT_SECRET_REQUEST, request.body());
        String safety = request.header("OpenAI-Safety-Identifier");
        if (safety != null) {
            decoded = decoded.toBuilder().safetyIdentifier(safety).build();
        }
        ClientSecretResponse response = sessions.answerDecoded(sessions.clientSecrets(), decoded);
        return jsonAnswer(response.metadata(), CODEC.encode(Schemas.CLIENT_SECRET_RESPONSE, response));
    }

    private Outcome translation(HttpRequestReader.Request request) {
        TranslationClientSecretRequest decoded =
                CODEC.decodeRequest(Schemas.TRANSLATION_CLIENT_SECRET_REQUEST, request.body());
        String safety = request.header("OpenAI-Safety-Identifier");
        if (safety != null) {
            decoded = decoded.toBuilder().safetyIdentifier(safety).build();
        }
        TranslationClientSecretResponse response =
                sessions.answerDecoded(sessions.translationClientSecrets(), decoded);
        return jsonAnswer(response.metadata(), CODEC.encode(Schemas.TRANSLATION_CLIENT_SECRET_RESPONSE, response));
    }

    private Outcome call(HttpRequestReader.Request request, String ephemeralKey) {
        String contentType = request.header("Content-Type");
        CallRequest.Builder call = CallRequest.builder();
        String safety = request.header("OpenAI-Safety-Identifier");
        if (ephemeralKey != null) {
            call.sdp(new String(request.body(), StandardCharsets.UTF_8)).ephemeralKey(ephemeralKey);
        } else {
            String boundary = Multiparts.boundary(contentType);
            if (boundary == null) {
                return answer(ApiError.builder(400).type(ApiErrors.INVALID_REQUEST).code("unsupported_content_type")
                        .message("Unsupported content type: '" + mediaType(contentType) + "'. This endpoint takes"
                                + " multipart/form-data (sdp and session parts), or application/sdp with an ephemeral"
                                + " key.")
                        .build());
            }
            List<MultipartPart> parts;
            try {
                parts = Multiparts.parse(request.body(), boundary);
            } catch (IllegalStateException e) {
                return answer(ApiError.builder(400).type(ApiErrors.INVALID_REQUEST)
                        .message("Could not parse the multipart form: " + e.getMessage() + ".").build());
            }
            MultipartPart sdp = null;
            RealtimeSessionConfig session = null;
            for (MultipartPart part : parts) {
                if (part.name().equals("sdp") && sdp == null) {
                    sdp = part;
                } else if (part.name().equals("session") && session == null) {
                    try {
                        session = CODEC.decodeRequest(Schemas.REALTIME_SESSION_CONFIG, part.content());
                    } catch (WireFormatException e) {
                        return answer(ApiErrors.fromWireFormat(new WireFormatException(
                                e.field() == null ? "session" : "session." + e.field(), e.detail(), null)).build());
                    } catch (InvalidRequestException e) {
                        return answer(ApiErrors.fromInvalidRequest(prefixed(e, "session")).build());
                    }
                } else {
                    return answer(ApiErrors.unknownParameter(part.name()).build());
                }
            }
            if (sdp == null) {
                return answer(ApiError.builder(400).type(ApiErrors.INVALID_REQUEST).code("missing_required_parameter")
                        .param("sdp").message("Missing required parameter: 'sdp'.").build());
            }
            call.sdp(sdp.text()).session(session);
        }
        if (safety != null) {
            call.safetyIdentifier(safety);
        }
        CallRequest built;
        try {
            built = call.build();
        } catch (InvalidRequestException e) {
            return answer(ApiErrors.fromInvalidRequest(e).build());
        }
        RealtimeCall answered = sessions.answerDecoded(sessions.calls(), built);
        String location = answered.location();
        if (azure && location != null && location.startsWith(OPENAI_PREFIX + "/")) {
            location = AZURE_PREFIX + location.substring(OPENAI_PREFIX.length());
        }
        List<Map.Entry<String, String>> headers = headersOf(answered.metadata(), "application/sdp");
        headers.removeIf(header -> header.getKey().equalsIgnoreCase("location"));
        if (location != null) {
            headers.add(Map.entry("Location", location));
        }
        return new Answer(201, headers, answered.sdpAnswer().getBytes(StandardCharsets.UTF_8));
    }

    private Outcome hangUp(HttpRequestReader.Request request) {
        String path = request.path();
        String callId = path.substring((prefix + "/realtime/calls/").length(), path.length() - "/hangup".length());
        sessions.answerDecoded(sessions.hangUps(), callId);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("x-request-id", newRequestId()));
        headers.add(Map.entry("openai-version", "2020-10-01"));
        return new Answer(200, headers, new byte[0]);
    }

    private Outcome beta(HttpRequestReader.Request request) {
        RealtimeSessionCreateRequest decoded = CODEC.decodeRequest(BetaSchemas.SESSION_REQUEST, request.body());
        RealtimeSessionCreateResponse response = sessions.answerDecoded(sessions.betaSessions(), decoded);
        return jsonAnswer(response.metadata(), CODEC.encode(BetaSchemas.SESSION_RESPONSE, response));
    }

    private static InvalidRequestException prefixed(InvalidRequestException e, String prefix) {
        List<InvalidRequestException.Violation> violations = new ArrayList<>();
        for (InvalidRequestException.Violation violation : e.violations()) {
            violations.add(new InvalidRequestException.Violation(
                    violation.field() == null || violation.field().isEmpty() ? prefix : prefix + "." + violation.field(),
                    violation.rule(), violation.actual()));
        }
        return new InvalidRequestException("request", violations);
    }

    private Answer jsonAnswer(ResponseMetadata metadata, byte[] body) {
        return new Answer(200, headersOf(metadata, "application/json"), body);
    }

    /** The headers of an answer: the metadata's (as the fake made them), else those of a real answer. */
    private List<Map.Entry<String, String>> headersOf(ResponseMetadata metadata, String contentType) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        boolean hasContentType = false;
        boolean hasRequestId = false;
        for (Map.Entry<String, List<String>> header : metadata.headers().entrySet()) {
            String name = header.getKey();
            if (isFraming(name)) {
                continue;
            }
            hasContentType |= name.equalsIgnoreCase("content-type");
            hasRequestId |= name.equalsIgnoreCase("x-request-id");
            for (String value : header.getValue()) {
                headers.add(Map.entry(name, value));
            }
        }
        if (!hasContentType) {
            headers.add(0, Map.entry("Content-Type", contentType));
        }
        if (!hasRequestId) {
            headers.add(Map.entry("x-request-id", newRequestId()));
            headers.add(Map.entry("openai-version", "2020-10-01"));
            headers.add(Map.entry("openai-processing-ms", "87"));
        }
        return headers;
    }

    private static boolean isFraming(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("content-length") || lower.equals("transfer-encoding") || lower.equals("connection")
                || lower.equals("keep-alive");
    }

    private Answer answer(ApiError error) {
        return statusAnswer(error);
    }

    private Answer statusAnswer(ApiError error) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        boolean fromMetadata = !error.metadata().headers().isEmpty();
        if (fromMetadata) {
            for (Map.Entry<String, List<String>> header : error.metadata().headers().entrySet()) {
                if (!isFraming(header.getKey()) && !header.getKey().equalsIgnoreCase("content-type")) {
                    for (String value : header.getValue()) {
                        headers.add(Map.entry(header.getKey(), value));
                    }
                }
            }
        } else {
            headers.add(Map.entry("x-request-id", error.requestId() == null ? newRequestId() : error.requestId()));
            if (error.retryAfter() != null) {
                long millis = error.retryAfter().toMillis();
                headers.add(Map.entry("retry-after-ms", Long.toString(millis)));
                headers.add(Map.entry("retry-after", Long.toString((millis + 999) / 1000)));
            }
            if (error.shouldRetry() != null) {
                headers.add(Map.entry("x-should-retry", error.shouldRetry().toString()));
            }
        }
        byte[] body;
        String contentType;
        if (error.type() == null && error.code() == null && error.param() == null && error.message() == null
                && error.body() != null) {
            // An error built from a raw body only (a proxy's page, say): send that body as it is.
            body = error.body().getBytes(StandardCharsets.UTF_8);
            contentType = error.body().stripLeading().startsWith("{") ? "application/json" : "text/plain";
        } else {
            body = CODEC.encodeError(new OpenAiErrorBody(error.message(), error.type(), error.param(), error.code()));
            contentType = "application/json";
        }
        headers.add(0, Map.entry("Content-Type", contentType));
        return new Answer(error.status(), headers, body);
    }

    private Answer errorAnswer(int status, String type, String code, String param, String message, String requestId) {
        return new Answer(status, List.of(
                        Map.entry("Content-Type", "application/json"),
                        Map.entry("x-request-id", requestId == null ? newRequestId() : requestId)),
                CODEC.encodeError(new OpenAiErrorBody(message, type, param, code)));
    }

    private Answer azureError(int status, String code, String message) {
        String body = "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message.replace("\"", "\\\"") + "\"}}";
        return new Answer(status, List.of(
                        Map.entry("Content-Type", "application/json"),
                        Map.entry("apim-request-id", newRequestId()),
                        Map.entry("x-request-id", newRequestId())),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private Answer cannedAnswer(Fault.Respond respond) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        if (respond.contentType() != null) {
            headers.add(Map.entry("Content-Type", respond.contentType()));
        }
        boolean hasRequestId = false;
        for (Map.Entry<String, String> header : respond.headers().entrySet()) {
            headers.add(Map.entry(header.getKey(), header.getValue()));
            hasRequestId |= header.getKey().equalsIgnoreCase("x-request-id");
        }
        if (!hasRequestId) {
            headers.add(Map.entry("x-request-id", newRequestId()));
        }
        return new Answer(respond.status(), headers, respond.body());
    }

    private Answer echoAnswer(HttpRequestReader.Request request, Fault.EchoHeader echo) {
        String value = request.header(echo.requestHeader());
        String echoed = value == null ? "(absent)" : value;
        // Only values a header line can carry: the echo must not break the answer's framing.
        String headerSafe = echoed.replaceAll("[\\r\\n]", " ");
        return new Answer(echo.status(), List.of(
                        Map.entry("Content-Type", "application/json"),
                        Map.entry("x-request-id", headerSafe),
                        Map.entry("x-echo-" + echo.requestHeader().toLowerCase(Locale.ROOT), headerSafe)),
                CODEC.encodeError(new OpenAiErrorBody("Upstream refused the request with " + echo.requestHeader()
                        + ": " + echoed, "server_error", echoed, null)));
    }

    private static Answer keepAliveFor(HttpRequestReader.Request request, Answer answer) {
        return request.keepAlive() ? answer : answer.closing();
    }

    private void record(RecordedRequest request) {
        synchronized (recorded) {
            recorded.add(request);
            recorded.notifyAll();
        }
    }

    /**
     * Waits, or returns early when the server closes.
     *
     * @return {@code true} if the server closed meanwhile
     */
    private boolean pause(Duration duration) {
        try {
            return closing.await(duration.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** Reads and discards until the client closes the connection or the server closes. */
    private static void holdUntilClosed(InputStream in) throws IOException {
        byte[] sink = new byte[1024];
        while (in.read(sink) >= 0) {
            // discard whatever else the client sends
        }
    }

    private static void reset(Socket socket) throws IOException {
        // SO_LINGER 0 makes close() send a TCP RST instead of an orderly FIN.
        socket.setSoLinger(true, 0);
        socket.close();
    }

    private static void write(OutputStream out, Answer answer) throws IOException {
        out.write(answer.head());
        out.write(answer.body());
        out.flush();
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static boolean hasParameter(String query, String name) {
        for (String pair : query.split("&")) {
            String key = pair.indexOf('=') < 0 ? pair : pair.substring(0, pair.indexOf('='));
            if (key.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("req_%016x%016x", random.nextLong(), random.nextLong());
    }

    private static ThreadFactory threadFactory(int port) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "fake-realtime-server-" + port + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Closing during shutdown: nothing useful to do with the failure.
        }
    }

    // ------------------------------------------------------------------------------------------------ types

    /** Mints the tokens the server accepts as bearer credentials. */
    private final class Tokens implements TokenSource {
        @Override
        public AccessToken fetchToken() {
            int number = tokenFetches.incrementAndGet();
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String token = String.format("fake-entra-%04d-%016x%016x", number, random.nextLong(), random.nextLong());
            Clock clock = sessions.clock();
            Instant expiresAt = clock.instant().plus(tokenLifetime);
            tokens.put(token, expiresAt);
            return new AccessToken(token, expiresAt);
        }

        @Override
        public String toString() {
            return "FakeRealtimeServer.tokenSource[" + baseUri + "]";
        }
    }

    /** What the normal path decided: an answer, a reset, or silence. */
    private sealed interface Outcome permits Answer, Outcome.Reset, Outcome.Hang {
        /** Reset the connection. */
        enum Reset implements Outcome { INSTANCE }

        /** Never answer. */
        enum Hang implements Outcome { INSTANCE }
    }

    /** An HTTP answer; {@code Content-Length} is added when the head is written. */
    private record Answer(int status, List<Map.Entry<String, String>> headers, byte[] body) implements Outcome {

        Answer closing() {
            List<Map.Entry<String, String>> withClose = new ArrayList<>(headers);
            withClose.add(Map.entry("Connection", "close"));
            return new Answer(status, withClose, body);
        }

        Answer withBody(byte[] other) {
            return new Answer(status, headers, other);
        }

        byte[] head() {
            return head("Content-Length: " + body.length);
        }

        byte[] chunkedHead(long wrongLength) {
            return head("Transfer-Encoding: chunked\r\nContent-Length: " + wrongLength);
        }

        private byte[] head(String framing) {
            StringBuilder head = new StringBuilder(256)
                    .append("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
            for (Map.Entry<String, String> header : headers) {
                head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
            }
            head.append(framing).append("\r\n\r\n");
            return head.toString().getBytes(StandardCharsets.ISO_8859_1);
        }

        private static String reason(int status) {
            return switch (status) {
                case 200 -> "OK";
                case 201 -> "Created";
                case 400 -> "Bad Request";
                case 401 -> "Unauthorized";
                case 403 -> "Forbidden";
                case 404 -> "Not Found";
                case 408 -> "Request Timeout";
                case 409 -> "Conflict";
                case 422 -> "Unprocessable Entity";
                case 429 -> "Too Many Requests";
                case 500 -> "Internal Server Error";
                case 502 -> "Bad Gateway";
                case 503 -> "Service Unavailable";
                case 504 -> "Gateway Timeout";
                default -> "Status " + status;
            };
        }
    }

    /** Builds and starts a {@link FakeRealtimeServer}. */
    public static final class Builder {
        private InMemorySessionCreator sessions;
        private String apiKey;
        private boolean azure;
        private Duration tokenLifetime = DEFAULT_TOKEN_LIFETIME;
        private FakeRealtimeServer tokensOf;

        private Builder() {}

        /**
         * Makes the server accept the bearer tokens of another server (and share its {@link #tokenSource()}), as two
         * endpoints of one gateway or resource do.
         *
         * @param other the server whose tokens to accept
         * @return this builder
         */
        public Builder tokensOf(FakeRealtimeServer other) {
            this.tokensOf = Objects.requireNonNull(other, "other");
            return this;
        }

        /**
         * Sets the fake that answers the requests (default: a new lenient one).
         *
         * @param sessions the fake
         * @return this builder
         */
        public Builder sessions(InMemorySessionCreator sessions) {
            this.sessions = Objects.requireNonNull(sessions, "sessions");
            return this;
        }

        /**
         * Sets the key the server expects (default {@link #DEFAULT_API_KEY}, or {@link #DEFAULT_AZURE_API_KEY} in Azure
         * mode).
         *
         * @param apiKey the key, not blank
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            Objects.requireNonNull(apiKey, "apiKey");
            if (apiKey.isBlank()) {
                throw new IllegalArgumentException("apiKey must not be blank");
            }
            this.apiKey = apiKey;
            return this;
        }

        /**
         * Makes the server act as an Azure OpenAI resource (see the class description).
         *
         * @param azure {@code true} for Azure mode
         * @return this builder
         */
        public Builder azure(boolean azure) {
            this.azure = azure;
            return this;
        }

        /**
         * Sets how long the tokens of {@link FakeRealtimeServer#tokenSource()} live, by the backing fake's clock.
         *
         * @param tokenLifetime a positive duration (default 1 hour)
         * @return this builder
         */
        public Builder tokenLifetime(Duration tokenLifetime) {
            Objects.requireNonNull(tokenLifetime, "tokenLifetime");
            if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
                throw new IllegalArgumentException("tokenLifetime must be positive (was " + tokenLifetime + ")");
            }
            this.tokenLifetime = tokenLifetime;
            return this;
        }

        /**
         * Starts the server.
         *
         * @return the running server; close it after the test
         */
        public FakeRealtimeServer start() {
            return new FakeRealtimeServer(this);
        }
    }
}
