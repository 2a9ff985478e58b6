package io.github.realtimesessions.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Client;
import feign.hc5.ApacheHttp5Client;
import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.InMemorySessionCreator;
import io.github.realtimesessions.transport.apache.ApacheSessionCreator;
import io.github.realtimesessions.transport.core.RequestHeaders;
import io.github.realtimesessions.transport.core.SessionJsonCodec;
import io.github.realtimesessions.transport.feign.FeignSessionCreator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.io.CloseMode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One session request per operation, every way the library offers, against the hand-written Apache HttpClient call
 * ({@link #rawApache}) on the same loopback server, with the same request bytes, headers and answer.
 *
 * <p>Every benchmark returns the client secret it read out of the answer, so nothing is dead code. Transports are
 * created with {@code maxRetries(0)}. Every client has a pool of at least {@link BenchmarkFixtures#POOL_SIZE}
 * connections; the forked JVM sets {@code http.maxConnections} to the same number, because the JDK keeps only 5 idle
 * {@code HttpURLConnection}s per host by default and would reconnect at 8 threads. Thread count comes from the command
 * line ({@code -t 1}, {@code -t 8}). Each client is driven from one thread in its setup until the JIT compiler is
 * done ({@link JitWarmup}), before JMH's own warm-up.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dhttp.maxConnections=16"})
public class TransportBenchmarks {

    /** The loopback server, shared by all threads. */
    @State(Scope.Benchmark)
    public static class Server {

        /**
         * Which server answers: {@code loopback} ({@link LoopbackHttpServer}, the default: no allocation per request)
         * or {@code testkit} ({@code FakeRealtimeServer.startFixedResponse}), to compare with {@code -p server=...}.
         */
        @Param({"loopback"})
        public String server;

        /** The request every benchmark sends. */
        public RealtimeSessionCreateRequest request;

        /** The settings every transport is created with. */
        public ClientSettings settings;

        /** The longest each client is driven by one thread in its setup: see {@link JitWarmup}. */
        long prewarmMillis = JitWarmup.DEFAULT_MAX_MILLIS;

        /** The running server, a {@link LoopbackHttpServer} or a {@link FakeRealtimeServer}. */
        AutoCloseable running;

        /** Starts the server. */
        @Setup(Level.Trial)
        public void start() {
            byte[] body = BenchmarkFixtures.responseBody();
            URI baseUri;
            switch (server) {
                case "loopback" -> {
                    LoopbackHttpServer loopback = LoopbackHttpServer.start(body);
                    running = loopback;
                    baseUri = loopback.baseUri();
                }
                case "testkit" -> {
                    FakeRealtimeServer fake = FakeRealtimeServer.startFixedResponse(body);
                    running = fake;
                    baseUri = fake.baseUri();
                }
                default -> throw new IllegalArgumentException("server must be loopback or testkit, was " + server);
            }
            request = BenchmarkFixtures.request();
            settings = BenchmarkFixtures.settings(baseUri);
        }

        /**
         * Stops the server.
         *
         * @throws Exception if closing fails
         */
        @TearDown(Level.Trial)
        public void stop() throws Exception {
            running.close();
        }
    }

    /** The hand-written call: a pooled Apache client, the body encoded once, Jackson's tree model for the answer. */
    @State(Scope.Benchmark)
    public static class RawApache {

        private static final ObjectMapper MAPPER = new ObjectMapper();

        CloseableHttpClient client;
        URI uri;
        Header[] headers;
        byte[] body;

        /**
         * Builds the client and encodes the request once.
         *
         * @param server the running server
         */
        @Setup(Level.Trial)
        public void setUp(Server server) {
            client = ApacheClients.pooled(server.settings);
            uri = URI.create(server.settings.baseUri() + "/realtime/sessions");
            body = SessionJsonCodec.instance().encodeRequest(server.request);
            // The very header values the transports send (User-Agent included), computed once like any careful
            // hand-written client would.
            List<RequestHeaders.Header> all =
                    RequestHeaders.of(server.settings, ApacheSessionCreator.TRANSPORT_NAME).all();
            headers = all.stream().map(h -> new BasicHeader(h.name(), h.value())).toArray(Header[]::new);
            JitWarmup.run(server.prewarmMillis, this::call);
        }

        /**
         * Sends the request and reads the secret out of the answer.
         *
         * @return the client secret
         * @throws IOException if the call fails
         */
        public String call() throws IOException {
            HttpPost post = new HttpPost(uri);
            post.setHeaders(headers);
            post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
            return client.execute(post, response -> {
                if (response.getCode() != 200) {
                    throw new IOException("unexpected status " + response.getCode());
                }
                try (InputStream in = response.getEntity().getContent()) {
                    JsonNode tree = MAPPER.readTree(in);
                    return tree.get("client_secret").get("value").asText();
                }
            });
        }

        /** Closes the client. */
        @TearDown(Level.Trial)
        public void tearDown() {
            client.close(CloseMode.GRACEFUL);
        }
    }

    /** {@code ApacheSessionCreator.create(settings)}: the transport with the client it builds itself. */
    @State(Scope.Benchmark)
    public static class ApacheTransport {

        SessionCreator sessions;

        /**
         * Creates the transport.
         *
         * @param server the running server
         */
        @Setup(Level.Trial)
        public void setUp(Server server) {
            sessions = ApacheSessionCreator.create(server.settings);
            JitWarmup.run(server.prewarmMillis, () -> sessions.create(server.request));
        }

        /** Closes the transport. */
        @TearDown(Level.Trial)
        public void tearDown() {
            sessions.close();
        }
    }

    /** {@code FeignSessionCreator.create(settings)}: the Feign transport with the client it picks by default. */
    @State(Scope.Benchmark)
    public static class FeignTransport {

        SessionCreator sessions;

        /**
         * Creates the transport.
         *
         * @param server the running server
         */
        @Setup(Level.Trial)
        public void setUp(Server server) {
            sessions = FeignSessionCreator.create(server.settings);
            JitWarmup.run(server.prewarmMillis, () -> sessions.create(server.request));
        }

        /** Closes the transport. */
        @TearDown(Level.Trial)
        public void tearDown() {
            sessions.close();
        }
    }

    /** The Feign transport on feign-core's {@code Client.Default} ({@code HttpURLConnection}). */
    @State(Scope.Benchmark)
    public static class FeignClientDefault {

        SessionCreator sessions;

        /**
         * Creates the transport.
         *
         * @param server the running server
         */
        @Setup(Level.Trial)
        public void setUp(Server server) {
            sessions = FeignSessionCreator.builder(server.settings)
                    .client(new Client.Default(null, null))
                    .build();
            JitWarmup.run(server.prewarmMillis, () -> sessions.create(server.request));
        }

        /** Closes the transport. */
        @TearDown(Level.Trial)
        public void tearDown() {
            sessions.close();
        }
    }

    /** The Feign transport on feign-hc5's {@code ApacheHttp5Client} over a pooled client of the caller's. */
    @State(Scope.Benchmark)
    public static class FeignApacheHttp5 {

        CloseableHttpClient client;
        SessionCreator sessions;

        /**
         * Creates the client and the transport.
         *
         * @param server the running server
         */
        @Setup(Level.Trial)
        public void setUp(Server server) {
            client = ApacheClients.pooled(server.settings);
            sessions = FeignSessionCreator.builder(server.settings)
                    .client(new ApacheHttp5Client(client))
                    .build();
            JitWarmup.run(server.prewarmMillis, () -> sessions.create(server.request));
        }

        /** Closes the transport, then the client. */
        @TearDown(Level.Trial)
        public void tearDown() {
            sessions.close();
            client.close(CloseMode.GRACEFUL);
        }
    }

    /** Warms the in-memory fake up once, from one thread, on a throwaway instance: see {@link JitWarmup}. */
    @State(Scope.Benchmark)
    public static class InMemoryWarmup {

        /**
         * Runs the warm-up.
         *
         * @param server the server state, holding the request
         */
        @Setup(Level.Trial)
        public void setUp(Server server) {
            InMemorySessionCreator warmup = InMemorySessionCreator.create();
            JitWarmup.run(server.prewarmMillis, () -> {
                warmup.create(server.request);
                if (warmup.callCount() >= InMemoryFake.CALLS_PER_FAKE) {
                    warmup.reset();
                }
                return null;
            });
        }
    }

    /**
     * The testkit's {@link InMemorySessionCreator}, one per thread as each test has its own. It records every call, so
     * it is replaced by a fresh one every {@value #CALLS_PER_FAKE} calls to keep the heap flat.
     */
    @State(Scope.Thread)
    public static class InMemoryFake {

        static final int CALLS_PER_FAKE = 16_384;

        InMemorySessionCreator fake;
        int calls;

        /**
         * Creates the first fake.
         *
         * @param warmedUp the one-time warm-up, done before any thread's fake is created
         */
        @Setup(Level.Trial)
        public void setUp(InMemoryWarmup warmedUp) {
            fake = InMemorySessionCreator.create();
        }

        /**
         * Returns the fake for the next call.
         *
         * @return the fake
         */
        InMemorySessionCreator next() {
            if (++calls == CALLS_PER_FAKE) {
                calls = 0;
                fake = InMemorySessionCreator.create();
            }
            return fake;
        }
    }

    /**
     * The practical limit: Apache HttpClient 5 classic, pooled, pre-serialized body, answer parsed to a Jackson tree
     * and the secret read out.
     *
     * @param raw the client
     * @return the client secret
     * @throws IOException if the call fails
     */
    @Benchmark
    public String rawApache(RawApache raw) throws IOException {
        return raw.call();
    }

    /**
     * The Apache transport: encode, send, read, decode the whole session.
     *
     * @param server the server state, holding the request
     * @param transport the transport
     * @return the client secret
     */
    @Benchmark
    public String apacheTransport(Server server, ApacheTransport transport) {
        return transport.sessions.create(server.request).clientSecret().value();
    }

    /**
     * The Feign transport as {@code FeignSessionCreator.create(settings)} builds it, with its default client.
     *
     * @param server the server state, holding the request
     * @param transport the transport
     * @return the client secret
     */
    @Benchmark
    public String feignTransport(Server server, FeignTransport transport) {
        return transport.sessions.create(server.request).clientSecret().value();
    }

    /**
     * The Feign transport on feign-core's {@code Client.Default} ({@code HttpURLConnection}).
     *
     * @param server the server state, holding the request
     * @param transport the transport
     * @return the client secret
     */
    @Benchmark
    public String feignTransportClientDefault(Server server, FeignClientDefault transport) {
        return transport.sessions.create(server.request).clientSecret().value();
    }

    /**
     * The Feign transport on feign-hc5's {@code ApacheHttp5Client} over a pooled client configured like
     * {@link #rawApache}'s.
     *
     * @param server the server state, holding the request
     * @param transport the transport
     * @return the client secret
     */
    @Benchmark
    public String feignTransportApacheHttp5(Server server, FeignApacheHttp5 transport) {
        return transport.sessions.create(server.request).clientSecret().value();
    }

    /**
     * The testkit's in-memory fake, for the speed of users' test suites (no network).
     *
     * @param server the server state, holding the request
     * @param fake the per-thread fake
     * @return the client secret
     */
    @Benchmark
    public String inMemoryFake(Server server, InMemoryFake fake) {
        return fake.next().create(server.request).clientSecret().value();
    }
}
