package io.github.realtimesessions.benchmarks;

import feign.Client;
import feign.Feign;
import feign.HeaderMap;
import feign.Request;
import feign.RequestLine;
import feign.Response;
import feign.Retryer;
import feign.hc5.ApacheHttp5Client;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.transport.apache.ApacheSessionCreator;
import io.github.realtimesessions.transport.feign.FeignSessionCreator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One GA client-secret call per operation ({@code POST /v1/realtime/client_secrets}), every way the library offers,
 * against the hand-written Apache HttpClient call ({@link #rawApache}) on the same loopback server, with the same
 * request bytes, headers and answer (the recorded GA answer).
 *
 * <p>Every benchmark returns the client secret it read out of the answer, so nothing is dead code. Transports are
 * created with {@code maxRetries(0)}. Every client has a pool of at least {@link BenchmarkFixtures#POOL_SIZE}
 * connections; the forked JVM sets {@code http.maxConnections} to the same number, because the JDK keeps only 5 idle
 * {@code HttpURLConnection}s per host by default and would reconnect at 8 threads. Thread count comes from the command
 * line ({@code -t 1}, {@code -t 8}). Each client is driven from one thread in its setup until the JIT compiler is
 * done ({@link JitWarmup}), before JMH's own warm-up. The asynchronous rows are in {@link AsyncBenchmarks}.
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

        /** The request every benchmark sends. */
        public ClientSecretRequest request;

        /** An equal request of another identity, to measure a call whose request was never encoded before. */
        public ClientSecretRequest twin;

        /** The settings every transport is created with. */
        public ClientSettings settings;

        /** The longest each client is driven by one thread in its setup: see {@link JitWarmup}. */
        long prewarmMillis = JitWarmup.DEFAULT_MAX_MILLIS;

        LoopbackHttpServer running;

        /** Starts the server. */
        @Setup(Level.Trial)
        public void start() {
            running = LoopbackHttpServer.start(BenchmarkFixtures.responseBody());
            request = BenchmarkFixtures.request();
            twin = BenchmarkFixtures.request();
            settings = BenchmarkFixtures.settings(running.baseUri());
        }

        /** Stops the server. */
        @TearDown(Level.Trial)
        public void stop() {
            running.close();
        }
    }

    /** The hand-written call: a pooled Apache client, the body encoded once, Jackson's tree model for the answer. */
    @State(Scope.Benchmark)
    public static class RawApache {

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
            start(server.settings, server.prewarmMillis);
        }

        /** The setup, for a benchmark with a server of its own. */
        void start(ClientSettings settings, long prewarmMillis) {
            client = ApacheClients.pooled(settings);
            uri = URI.create(settings.baseUri() + "/realtime/client_secrets");
            body = BenchmarkFixtures.requestBody();
            headers = ApacheClients.requestHeaders(settings);
            JitWarmup.run(prewarmMillis, this::call);
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
                try (InputStream in = response.getEntity().getContent()) {
                    return BenchmarkFixtures.secretFromTree(response.getCode(), in);
                }
            });
        }

        /** Closes the client. */
        @TearDown(Level.Trial)
        public void tearDown() {
            client.close(CloseMode.GRACEFUL);
        }
    }

    /** A hand-written Feign client of the endpoint, what {@code feignTransport} is measured against as well. */
    public interface ClientSecretsApi {

        /**
         * Sends the request.
         *
         * @param headers the headers, every one of them fixed
         * @param body the encoded request
         * @return the answer, its body unread
         */
        @RequestLine("POST /realtime/client_secrets")
        Response create(@HeaderMap Map<String, Collection<String>> headers, byte[] body);
    }

    /**
     * The hand-written Feign call: the simplest Feign interface for the endpoint ({@link ClientSecretsApi}, returning
     * the raw {@code feign.Response}), on feign-hc5's {@code ApacheHttp5Client} over the same pooled client as
     * {@link RawApache}, the same request bytes and headers, the answer parsed to a Jackson tree. What Feign itself
     * costs over {@code rawApache}, and so the most any transport on Feign can reach.
     */
    @State(Scope.Benchmark)
    public static class RawFeign {

        CloseableHttpClient client;
        ClientSecretsApi api;
        Map<String, Collection<String>> headers;
        byte[] body;

        /**
         * Builds the client and encodes the request once.
         *
         * @param server the running server
         */
        @Setup(Level.Trial)
        public void setUp(Server server) {
            client = ApacheClients.pooled(server.settings);
            api = Feign.builder()
                    .client(new ApacheHttp5Client(client))
                    .retryer(Retryer.NEVER_RETRY)
                    .options(new Request.Options(server.settings.connectTimeout(), server.settings.responseTimeout(),
                            false))
                    .target(ClientSecretsApi.class, server.settings.baseUri().toString());
            body = BenchmarkFixtures.requestBody();
            Map<String, Collection<String>> all = new LinkedHashMap<>();
            for (Header header : ApacheClients.requestHeaders(server.settings)) {
                all.computeIfAbsent(header.getName(), n -> new ArrayList<>(1)).add(header.getValue());
            }
            headers = Collections.unmodifiableMap(all);
            JitWarmup.run(server.prewarmMillis, this::call);
        }

        /**
         * Sends the request and reads the secret out of the answer.
         *
         * @return the client secret
         * @throws IOException if the call fails
         */
        public String call() throws IOException {
            try (Response response = api.create(headers, body); InputStream in = response.body().asInputStream()) {
                return BenchmarkFixtures.secretFromTree(response.status(), in);
            }
        }

        /** Closes the client. */
        @TearDown(Level.Trial)
        public void tearDown() {
            client.close(CloseMode.GRACEFUL);
        }
    }

    /** A transport under test: created in the setup, warmed up, closed in the teardown. */
    abstract static class Transport {

        SessionCreator sessions;

        abstract SessionCreator create(ClientSettings settings);

        /**
         * Creates the transport.
         *
         * @param server the running server
         */
        @Setup(Level.Trial)
        public void setUp(Server server) {
            sessions = create(server.settings);
            JitWarmup.run(server.prewarmMillis, () -> sessions.createClientSecret(server.request));
        }

        /** Closes the transport. */
        @TearDown(Level.Trial)
        public void tearDown() {
            sessions.close();
        }
    }

    /** {@code ApacheSessionCreator.create(settings)}: the transport with the client it builds itself. */
    @State(Scope.Benchmark)
    public static class ApacheTransport extends Transport {
        @Override
        SessionCreator create(ClientSettings settings) {
            return ApacheSessionCreator.create(settings);
        }
    }

    /** {@code FeignSessionCreator.create(settings)}: the Feign transport with the client it picks by default. */
    @State(Scope.Benchmark)
    public static class FeignTransport extends Transport {
        @Override
        SessionCreator create(ClientSettings settings) {
            return FeignSessionCreator.create(settings);
        }
    }

    /** The Feign transport on feign-core's {@code Client.Default} ({@code HttpURLConnection}). */
    @State(Scope.Benchmark)
    public static class FeignClientDefault extends Transport {
        @Override
        SessionCreator create(ClientSettings settings) {
            return FeignSessionCreator.builder(settings).client(new Client.Default(null, null)).build();
        }
    }

    /** The Feign transport on feign-hc5's {@code ApacheHttp5Client} over a pooled client of the caller's. */
    @State(Scope.Benchmark)
    public static class FeignApacheHttp5 extends Transport {

        CloseableHttpClient client;

        @Override
        SessionCreator create(ClientSettings settings) {
            client = ApacheClients.pooled(settings);
            return FeignSessionCreator.builder(settings).client(new ApacheHttp5Client(client)).build();
        }

        @Override
        @TearDown(Level.Trial)
        public void tearDown() {
            super.tearDown();
            client.close(CloseMode.GRACEFUL);
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
     * The hand-written Feign call ({@link RawFeign}): Feign's own cost over {@link #rawApache}.
     *
     * @param raw the client
     * @return the client secret
     * @throws IOException if the call fails
     */
    @Benchmark
    public String rawFeign(RawFeign raw) throws IOException {
        return raw.call();
    }

    /**
     * The Apache transport: headers, send, read, decode the whole answer into the typed model. The request object is
     * the same on every call, so its bytes come from the pipeline's encoding cache, as in a server that mints with
     * one request.
     *
     * @param server the server state, holding the request
     * @param transport the transport
     * @return the client secret
     */
    @Benchmark
    public String apacheTransport(Server server, ApacheTransport transport) {
        return transport.sessions.createClientSecret(server.request).clientSecret().value();
    }

    /**
     * The Apache transport with two equal requests of different identity in turn, so that every call encodes its
     * request: what the encoding cache saves is {@link #apacheTransport} minus this.
     *
     * @param server the server state, holding the requests
     * @param transport the transport
     * @param turn which request goes next
     * @return the client secret
     */
    @Benchmark
    public String apacheTransportDistinctRequests(Server server, ApacheTransport transport, Turn turn) {
        ClientSecretRequest request = turn.flip() ? server.request : server.twin;
        return transport.sessions.createClientSecret(request).clientSecret().value();
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
        return transport.sessions.createClientSecret(server.request).clientSecret().value();
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
        return transport.sessions.createClientSecret(server.request).clientSecret().value();
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
        return transport.sessions.createClientSecret(server.request).clientSecret().value();
    }

    /** Alternates between two requests, per thread. */
    @State(Scope.Thread)
    public static class Turn {
        private boolean next;

        boolean flip() {
            next = !next;
            return next;
        }
    }
}
