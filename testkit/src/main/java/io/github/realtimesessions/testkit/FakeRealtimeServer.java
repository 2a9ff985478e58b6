package io.github.realtimesessions.testkit;

import io.github.realtimesessions.model.InvalidRequestException;
import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.ResponseFormatException;
import io.github.realtimesessions.transport.core.OpenAiErrorBody;
import io.github.realtimesessions.transport.core.SessionEndpoint;
import io.github.realtimesessions.transport.core.SessionJsonCodec;
import io.github.realtimesessions.transport.core.WireFormatException;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * A fake OpenAI API on {@code 127.0.0.1}: an HTTP/1.1 server on an ephemeral port that answers
 * {@code POST /v1/realtime/sessions} in the real wire format, backed by an {@link InMemorySessionCreator}.
 *
 * <p>For every request it:
 * <ol>
 *   <li>records the raw request ({@link #requests()}, {@link #takeRequest()});</li>
 *   <li>applies the oldest {@link Fault} left in the queue ({@link #enqueue(Fault)}), if any;</li>
 *   <li>checks {@code Authorization: Bearer <api key>} (else 401 {@code invalid_api_key} with the key masked in the
 *       message, as the API does), then method and path (else 404 {@code Invalid URL});</li>
 *   <li>decodes the body strictly, as the API does (a malformed body, an unknown or mistyped field, or a broken rule
 *       gives 400 {@code invalid_request_error} with {@code param} naming the field);</li>
 *   <li>asks the backing fake and sends its answer as JSON. What the fake throws is rendered as the API would show
 *       it: an {@link ApiStatusException} as its status with an OpenAI error body (type, code, param, message),
 *       {@code x-request-id} = its request id, and {@code retry-after-ms}/{@code retry-after}/{@code x-should-retry}
 *       from its {@link ApiError}; an {@link ApiTimeoutException} as no answer at all; any other
 *       {@link ApiConnectionException} as a reset connection; a {@link ResponseFormatException} as a session answer
 *       without a client secret; anything else (such as the strict fake's {@link AssertionError}) as a 500 whose
 *       message says what was thrown.</li>
 * </ol>
 * Every answer carries an {@code x-request-id}. Connections are kept alive across requests; request bodies may be
 * sent with {@code Content-Length} or chunked.
 *
 * <p>For load and chaos tests, back the server with a fake that fails a seeded random share of the calls
 * ({@link InMemorySessionCreator.Builder#failureRate(double, ApiError)}): each such failure reaches the client as the
 * error answer above, e.g. a 500 that the client's retry policy retries.
 *
 * <p>It is built on a plain {@link ServerSocket} (not the JDK's {@code HttpServer}) because only raw sockets can
 * reset a connection or send a body shorter than its {@code Content-Length}. {@link #close()} stops every thread
 * and closes every socket at once. Thread-safe.
 */
public final class FakeRealtimeServer implements AutoCloseable {

    /** The API key the server expects unless told otherwise. */
    public static final String DEFAULT_API_KEY = "sk-test-fake-realtime-server-0000";

    /** The path of the sessions endpoint under the server's {@link #baseUri()}. */
    public static final String SESSIONS_PATH = "/v1" + SessionEndpoint.PATH;

    private static final Logger LOG = LoggerFactory.getLogger(FakeRealtimeServer.class);
    private static final Duration RESET_MID_BODY_PAUSE = Duration.ofMillis(50);
    private static final byte[] NO_SECRET_SESSION =
            "{\"object\":\"realtime.session\"}".getBytes(StandardCharsets.UTF_8);

    private final InMemorySessionCreator sessions;
    private final String apiKey;
    private final byte[] fixedResponse;
    private final ServerSocket serverSocket;
    private final URI baseUri;
    private final ExecutorService threads;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final List<RecordedRequest> recorded = new ArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final SessionJsonCodec codec = SessionJsonCodec.instance();
    private int taken; // guarded by recorded

    private FakeRealtimeServer(InMemorySessionCreator sessions, String apiKey, byte[] fixedBody) {
        this.sessions = sessions;
        this.apiKey = apiKey;
        try {
            this.serverSocket = new ServerSocket();
            serverSocket.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 128);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1", e);
        }
        this.baseUri = URI.create("http://127.0.0.1:" + serverSocket.getLocalPort() + "/v1");
        this.fixedResponse = fixedBody == null ? null : encodeFixed(fixedBody);
        this.threads = Executors.newCachedThreadPool(threadFactory(serverSocket.getLocalPort()));
        threads.execute(this::acceptLoop);
    }

    /**
     * Starts a server backed by a new lenient {@link InMemorySessionCreator}, expecting {@link #DEFAULT_API_KEY}.
     *
     * @return the running server; close it after the test
     */
    public static FakeRealtimeServer start() {
        return start(InMemorySessionCreator.create());
    }

    /**
     * Starts a server backed by the given fake, expecting {@link #DEFAULT_API_KEY}.
     *
     * @param sessions the fake that answers the requests; script and verify it as usual
     * @return the running server; close it after the test
     */
    public static FakeRealtimeServer start(InMemorySessionCreator sessions) {
        return start(sessions, DEFAULT_API_KEY);
    }

    /**
     * Starts a server backed by the given fake, expecting the given API key.
     *
     * @param sessions the fake that answers the requests
     * @param apiKey the key clients must send as {@code Authorization: Bearer <key>}
     * @return the running server; close it after the test
     */
    public static FakeRealtimeServer start(InMemorySessionCreator sessions, String apiKey) {
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(apiKey, "apiKey");
        if (apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey must not be blank");
        }
        return new FakeRealtimeServer(sessions, apiKey, null);
    }

    /**
     * Starts a server for benchmarks: every request, whatever its method, path or headers, gets 200 with these
     * bytes as an {@code application/json} body, with as little work as possible. Nothing is checked or recorded and
     * faults are ignored.
     *
     * @param responseBody the body of every answer, e.g. an encoded session
     * @return the running server; close it after the benchmark
     */
    public static FakeRealtimeServer startFixedResponse(byte[] responseBody) {
        Objects.requireNonNull(responseBody, "responseBody");
        return new FakeRealtimeServer(InMemorySessionCreator.create(), DEFAULT_API_KEY, responseBody);
    }

    /**
     * Returns the base URI to configure clients with, {@code http://127.0.0.1:<port>/v1}.
     *
     * @return the base URI
     */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * Returns the API key the server expects.
     *
     * @return the key
     */
    public String apiKey() {
        return apiKey;
    }

    /**
     * Returns settings pointing at this server with its API key, to adjust and build.
     *
     * @return a new builder with base URI and API key set
     */
    public ClientSettings.Builder settings() {
        return ClientSettings.builder().baseUri(baseUri).apiKey(apiKey);
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
     * Queues a fault for a coming request; each request takes the oldest fault left.
     *
     * @param fault the fault
     * @return this server
     */
    public FakeRealtimeServer enqueue(Fault fault) {
        faults.add(Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /**
     * Returns how many queued faults no request has taken yet.
     *
     * @return the number of pending faults
     */
    public int pendingFaults() {
        return faults.size();
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
     * Returns the oldest request not yet taken. A request is recorded as soon as it has been read, before it is
     * answered.
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
     * Returns how many client connections are open right now, for leak checks. A connection the client closed is
     * counted until the server notices, which happens at once for an idle connection.
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
        return "FakeRealtimeServer[" + baseUri + (fixedResponse != null ? ", fixed response" : "")
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
                // close() may have run between accept() and add(); make sure this socket does not survive it.
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
                HttpRequestReader.Request request;
                try {
                    request = reader.read();
                } catch (HttpRequestReader.MalformedRequestException e) {
                    write(out, errorAnswer(400, "invalid_request_error", null, null,
                            "The request could not be parsed: " + e.getMessage(), null).closing());
                    return;
                }
                if (request == null) {
                    return;
                }
                if (fixedResponse != null) {
                    out.write(fixedResponse);
                    out.flush();
                    open = request.keepAlive();
                } else {
                    open = handle(socket, in, out, request) && request.keepAlive();
                }
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
    private boolean handle(Socket socket, InputStream in, OutputStream out, HttpRequestReader.Request request)
            throws IOException {
        record(new RecordedRequest(request.method(), request.target(), request.headers(), request.body()));
        Fault fault = faults.poll();
        if (fault instanceof Fault.Respond respond) {
            write(out, keepAliveFor(request, cannedAnswer(respond)));
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
        if (fault instanceof Fault.DelayBeforeHeaders delay && pause(delay.delay())) {
            return false;
        }
        Outcome outcome = answerNormally(request);
        if (outcome instanceof Outcome.Reset) {
            reset(socket);
            return false;
        }
        if (outcome instanceof Outcome.Hang) {
            holdUntilClosed(in);
            return false;
        }
        Answer answer = keepAliveFor(request, (Answer) outcome);
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
        write(out, answer);
        return true;
    }

    private Outcome answerNormally(HttpRequestReader.Request request) {
        String authorization = request.header("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ") || authorization.length() <= 7) {
            return errorAnswer(401, "invalid_request_error", null, null,
                    "You didn't provide an API key. You need to provide your API key in an Authorization header"
                            + " using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
                    null);
        }
        String presented = authorization.substring(7).trim();
        if (!presented.equals(apiKey)) {
            return errorAnswer(401, "invalid_request_error", "invalid_api_key", null,
                    "Incorrect API key provided: " + mask(presented)
                            + ". You can find your API key at https://platform.openai.com/account/api-keys.",
                    null);
        }
        if (!"POST".equals(request.method()) || !SESSIONS_PATH.equals(request.path())) {
            return errorAnswer(404, "invalid_request_error", null, null,
                    "Invalid URL (" + request.method() + " " + request.path() + ")", null);
        }
        RealtimeSessionCreateRequest sessionRequest;
        try {
            sessionRequest = codec.decodeRequest(request.body());
        } catch (WireFormatException e) {
            return badRequest(e);
        } catch (InvalidRequestException e) {
            return errorAnswer(400, "invalid_request_error", "invalid_value", e.violations().get(0).field(),
                    e.getMessage(), null);
        }
        try {
            RealtimeSessionCreateResponse response = sessions.create(sessionRequest);
            return new Answer(200, List.of(
                            Map.entry("Content-Type", "application/json"),
                            Map.entry("x-request-id", newRequestId()),
                            Map.entry("openai-version", "2020-10-01"),
                            Map.entry("openai-processing-ms", "1")),
                    codec.encodeResponse(response));
        } catch (ApiStatusException e) {
            return statusAnswer(e.error());
        } catch (ApiTimeoutException e) {
            return Outcome.Hang.INSTANCE;
        } catch (ApiConnectionException e) {
            return Outcome.Reset.INSTANCE;
        } catch (ResponseFormatException e) {
            int status = e.status() >= 200 && e.status() <= 299 ? e.status() : 200;
            return new Answer(status, List.of(
                            Map.entry("Content-Type", "application/json"),
                            Map.entry("x-request-id", e.requestId() == null ? newRequestId() : e.requestId())),
                    NO_SECRET_SESSION);
        } catch (RealtimeApiException e) {
            return errorAnswer(500, "server_error", null, null, e.getMessage(), null);
        } catch (RuntimeException | AssertionError e) {
            LOG.debug("FakeRealtimeServer on {}: the backing fake threw", baseUri, e);
            return errorAnswer(500, "testkit_error", null, null,
                    "FakeRealtimeServer: the backing InMemorySessionCreator threw " + e, null);
        }
    }

    private Answer badRequest(WireFormatException e) {
        if (e.field() == null) {
            return errorAnswer(400, "invalid_request_error", null, null,
                    "We could not parse the JSON body of your request. (" + e.getMessage() + ")", null);
        }
        boolean unknown = e.getMessage().endsWith("is not a known parameter");
        return errorAnswer(400, "invalid_request_error", unknown ? "unknown_parameter" : "invalid_type", e.field(),
                unknown ? "Unknown parameter: '" + e.field() + "'." : "Invalid '" + e.field() + "': " + e.getMessage(),
                null);
    }

    private Answer statusAnswer(ApiError error) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("x-request-id", error.requestId() == null ? newRequestId() : error.requestId()));
        if (error.retryAfter() != null) {
            long millis = error.retryAfter().toMillis();
            headers.add(Map.entry("retry-after-ms", Long.toString(millis)));
            headers.add(Map.entry("retry-after", Long.toString((millis + 999) / 1000)));
        }
        if (error.shouldRetry() != null) {
            headers.add(Map.entry("x-should-retry", error.shouldRetry().toString()));
        }
        byte[] body;
        String contentType;
        if (error.type() == null && error.code() == null && error.param() == null && error.message() == null
                && error.body() != null) {
            // An error built from a raw body only (say, a proxy's page): send that body as it is.
            body = error.body().getBytes(StandardCharsets.UTF_8);
            contentType = error.body().stripLeading().startsWith("{") ? "application/json" : "text/plain";
        } else {
            body = codec.encodeError(
                    new OpenAiErrorBody(error.message(), error.type(), error.param(), error.code()));
            contentType = "application/json";
        }
        headers.add(0, Map.entry("Content-Type", contentType));
        return new Answer(error.status(), headers, body);
    }

    private Answer errorAnswer(int status, String type, String code, String param, String message, String requestId) {
        return new Answer(status, List.of(
                        Map.entry("Content-Type", "application/json"),
                        Map.entry("x-request-id", requestId == null ? newRequestId() : requestId)),
                codec.encodeError(new OpenAiErrorBody(message, type, param, code)));
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

    private static String mask(String key) {
        // The API shows a key's start and end only; this keeps the shape "sk-t****0000".
        if (key.length() <= 8) {
            return "*".repeat(key.length());
        }
        return key.substring(0, 4) + "*".repeat(key.length() - 8) + key.substring(key.length() - 4);
    }

    private static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("req_%016x%016x", random.nextLong(), random.nextLong());
    }

    private static byte[] encodeFixed(byte[] body) {
        Answer answer = new Answer(200, List.of(
                        Map.entry("Content-Type", "application/json"),
                        Map.entry("x-request-id", "req_fixed_response")),
                body);
        byte[] head = answer.head();
        byte[] bytes = new byte[head.length + body.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(body, 0, bytes, head.length, body.length);
        return bytes;
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

    // ------------------------------------------------------------------------------------------------ answers

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

        byte[] head() {
            StringBuilder head = new StringBuilder(256)
                    .append("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
            for (Map.Entry<String, String> header : headers) {
                head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
            }
            head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
            return head.toString().getBytes(StandardCharsets.ISO_8859_1);
        }

        private static String reason(int status) {
            return switch (status) {
                case 200 -> "OK";
                case 400 -> "Bad Request";
                case 401 -> "Unauthorized";
                case 403 -> "Forbidden";
                case 404 -> "Not Found";
                case 408 -> "Request Timeout";
                case 409 -> "Conflict";
                case 418 -> "I'm a teapot";
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
}
