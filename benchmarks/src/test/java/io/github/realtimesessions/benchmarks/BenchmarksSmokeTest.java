package io.github.realtimesessions.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.transport.core.internal.LibraryInfo;
import io.github.realtimesessions.transport.core.internal.WireCodec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs every benchmark method once, outside JMH, to prove that it works and does the same work as the others. Nothing
 * is timed here.
 */
class BenchmarksSmokeTest {

    private final TransportBenchmarks benchmarks = new TransportBenchmarks();
    private final TransportBenchmarks.Server server = new TransportBenchmarks.Server();
    private final TransportBenchmarks.RawApache raw = new TransportBenchmarks.RawApache();
    private final TransportBenchmarks.RawFeign rawFeign = new TransportBenchmarks.RawFeign();
    private final TransportBenchmarks.ApacheTransport apache = new TransportBenchmarks.ApacheTransport();
    private final TransportBenchmarks.FeignTransport feign = new TransportBenchmarks.FeignTransport();
    private final TransportBenchmarks.FeignClientDefault feignClientDefault =
            new TransportBenchmarks.FeignClientDefault();
    private final TransportBenchmarks.FeignApacheHttp5 feignApacheHttp5 = new TransportBenchmarks.FeignApacheHttp5();

    @BeforeEach
    void startServer() {
        server.prewarmMillis = 0;
    }

    @AfterEach
    void stopEverything() {
        if (raw.client != null) {
            raw.tearDown();
        }
        if (rawFeign.client != null) {
            rawFeign.tearDown();
        }
        for (TransportBenchmarks.Transport transport : List.of(apache, feign, feignClientDefault, feignApacheHttp5)) {
            if (transport.sessions != null) {
                transport.tearDown();
            }
        }
        if (server.settings != null) {
            server.stop();
        }
    }

    @Test
    void everyTransportBenchmarkReadsTheSecretFromTheServersAnswer() throws Exception {
        setUpAll();
        String secret = BenchmarkFixtures.expectedSecret();
        TransportBenchmarks.Turn turn = new TransportBenchmarks.Turn();

        // Twice each: the second call runs on a kept-alive connection.
        for (int i = 0; i < 2; i++) {
            assertThat(benchmarks.rawApache(raw)).isEqualTo(secret);
            assertThat(benchmarks.rawFeign(rawFeign)).isEqualTo(secret);
            assertThat(benchmarks.apacheTransport(server, apache)).isEqualTo(secret);
            assertThat(benchmarks.apacheTransportDistinctRequests(server, apache, turn)).isEqualTo(secret);
            assertThat(benchmarks.feignTransport(server, feign)).isEqualTo(secret);
            assertThat(benchmarks.feignTransportClientDefault(server, feignClientDefault)).isEqualTo(secret);
            assertThat(benchmarks.feignTransportApacheHttp5(server, feignApacheHttp5)).isEqualTo(secret);
        }
    }

    @Test
    void everyClientSendsTheSameRequestAndKeepsItsConnection() throws Exception {
        setUpAll();
        LoopbackHttpServer loopback = server.running;
        Map<String, String> rawHead = headOf(loopback, () -> benchmarks.rawApache(raw));
        Map<String, String> rawFeignHead = headOf(loopback, () -> benchmarks.rawFeign(rawFeign));
        Map<String, String> apacheHead = headOf(loopback, () -> benchmarks.apacheTransport(server, apache));
        Map<String, String> feignHead = headOf(loopback, () -> benchmarks.feignTransport(server, feign));
        Map<String, String> feignClientDefaultHead =
                headOf(loopback, () -> benchmarks.feignTransportClientDefault(server, feignClientDefault));
        Map<String, String> feignApacheHttp5Head =
                headOf(loopback, () -> benchmarks.feignTransportApacheHttp5(server, feignApacheHttp5));

        byte[] body = BenchmarkFixtures.requestBody();
        assertThat(rawHead)
                .containsEntry("request-line", "POST /v1/realtime/client_secrets HTTP/1.1")
                .containsEntry("authorization", "Bearer " + BenchmarkFixtures.API_KEY)
                .containsEntry("content-length", Integer.toString(body.length))
                .containsKeys("content-type", "accept", "user-agent");
        for (String name : new String[] {"request-line", "authorization", "accept", "content-length", "user-agent"}) {
            assertThat(rawFeignHead.get(name)).as("rawFeign " + name).isEqualTo(rawHead.get(name));
        }
        for (Map<String, String> head : List.of(apacheHead, feignHead, feignClientDefaultHead, feignApacheHttp5Head)) {
            for (String name : new String[] {"request-line", "authorization", "accept", "content-length"}) {
                assertThat(head.get(name)).as(name).isEqualTo(rawHead.get(name));
            }
            assertThat(head.get("content-type")).startsWith("application/json");
            // The same User-Agent but for the transport's name (raw sends the Apache transport's).
            assertThat(head.get("user-agent")).startsWith(LibraryInfo.NAME + "/").contains("(transport=");
        }
        // One connection per client: keep-alive works for each of them.
        assertThat(loopback.acceptedConnections()).isEqualTo(6);
    }

    @Test
    void pairedBenchmarksMakeBothCallsAndTimeEachSideOnItsOwnCounter() throws Exception {
        setUpAll();
        PairedBenchmarks paired = new PairedBenchmarks();
        PairedBenchmarks.Nanos nanos = new PairedBenchmarks.Nanos();
        org.openjdk.jmh.infra.Blackhole sink = new org.openjdk.jmh.infra.Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

        for (int i = 0; i < 3; i++) {
            paired.apacheTransportPaired(server, raw, apache, nanos, sink);
            paired.feignTransportPaired(server, raw, feign, nanos, sink);
            paired.rawFeignPaired(raw, rawFeign, nanos, sink);
        }

        assertThat(server.running.acceptedConnections())
                .as("raw, Apache, Feign and raw Feign each called: a connection each")
                .isEqualTo(4);
        assertThat(nanos.rawNanos).isPositive();
        assertThat(nanos.libraryNanos).isPositive();
        nanos.reset();
        assertThat(nanos.rawNanos).isZero();
        assertThat(nanos.libraryNanos).isZero();
    }

    @Test
    void theAnswerIsTheRecordedGaAnswer() {
        byte[] body = BenchmarkFixtures.responseBody();
        ClientSecretResponse answer = WireCodec.instance().decodeResponse(Schemas.CLIENT_SECRET_RESPONSE, body);

        assertThat(body.length).as("the capture's size, final line break included").isEqualTo(1149);
        assertThat(answer.clientSecret().value()).startsWith("ek_");
        assertThat(answer.session().id()).startsWith("sess_");
    }

    @Test
    void theRequestIsARealisticOneOfAboutOneKilobyte() {
        byte[] body = BenchmarkFixtures.requestBody();

        assertThat(body.length).isBetween(900, 1600);
        assertThat(WireCodec.instance().decodeRequest(Schemas.CLIENT_SECRET_REQUEST, body))
                .isEqualTo(BenchmarkFixtures.request());
    }

    @Test
    void codecBenchmarksEncodeTheRequestAndDecodeTheAnswer() throws Exception {
        CodecBenchmarks codec = new CodecBenchmarks();
        codec.prewarmMillis = 0;
        codec.setUp();

        assertThat(codec.codecEncodeRequest()).isEqualTo(BenchmarkFixtures.requestBody());
        assertThat(codec.codecDecodeAnswer().clientSecret().value()).isEqualTo(BenchmarkFixtures.expectedSecret());
        assertThat(codec.jacksonReadTree()).isEqualTo(BenchmarkFixtures.expectedSecret());
    }

    @Test
    void asyncBenchmarkCompletesEveryCallItStarts() throws Exception {
        AsyncBenchmarks benchmark = new AsyncBenchmarks();
        AsyncBenchmarks.InFlight state = new AsyncBenchmarks.InFlight();
        runAsync(state, () -> benchmark.asyncApacheTransport(state, new AsyncBenchmarks.ClientThreads()));
    }

    @Test
    void rawAsyncBenchmarkCompletesEveryCallItStarts() throws Exception {
        AsyncBenchmarks benchmark = new AsyncBenchmarks();
        AsyncBenchmarks.RawAsync state = new AsyncBenchmarks.RawAsync();
        runAsync(state, () -> benchmark.rawAsyncApache(state, new AsyncBenchmarks.ClientThreads()));
    }

    @Test
    void pairedAsyncBenchmarksRunAsManyCallsOnEachSideAndTimeEachSide() throws Exception {
        PairedAsyncBenchmarks paired = new PairedAsyncBenchmarks();
        for (PairedAsyncBenchmarks.Sides sides
                : List.of(new PairedAsyncBenchmarks.Transports(), new PairedAsyncBenchmarks.RawClients())) {
            sides.prewarmMillis = 0;
            sides.setUp();
            PairedAsyncBenchmarks.Nanos nanos = new PairedAsyncBenchmarks.Nanos();
            try {
                if (sides instanceof PairedAsyncBenchmarks.Transports transports) {
                    paired.asyncVsClassicPaired(transports, nanos);
                } else {
                    paired.rawAsyncVsRawClassicPaired((PairedAsyncBenchmarks.RawClients) sides, nanos);
                }
                assertThat(sides.server.acceptedConnections())
                        .as("each side on connections of its own, at most its pool's")
                        .isBetween(2, BenchmarkFixtures.POOL_SIZE + BenchmarkFixtures.ASYNC_POOL_SIZE);
            } finally {
                sides.tearDown();
            }
            assertThat(sides.failure.get()).isNull();
            assertThat(nanos.classicNanos).isPositive();
            assertThat(nanos.asyncNanos).isPositive();
        }
    }

    private static void runAsync(AsyncBenchmarks.Slots state, Callable<Long> startOne) throws Exception {
        state.inFlight = 8;
        state.prewarmMillis = 0;
        state.setUp();
        try {
            assertThat(state.callAndWait()).isEqualTo(BenchmarkFixtures.expectedSecret());
            for (int i = 0; i < 50; i++) {
                startOne.call();
            }
            assertThat(state.slots.tryAcquire(state.inFlight, 10, TimeUnit.SECONDS)).isTrue();
            state.slots.release(state.inFlight);
            assertThat(state.completed.get()).isEqualTo(50);
            AsyncBenchmarks.ClientThreads threads = new AsyncBenchmarks.ClientThreads();
            threads.count();
            assertThat(threads.clientThreads).as("the client's threads, its I/O threads among them")
                    .isGreaterThanOrEqualTo(AsyncBenchmarks.IO_THREADS);
        } finally {
            state.tearDown();
        }
        assertThat(state.failure.get()).isNull();
    }

    private void setUpAll() {
        server.start();
        raw.setUp(server);
        rawFeign.setUp(server);
        apache.setUp(server);
        feign.setUp(server);
        feignClientDefault.setUp(server);
        feignApacheHttp5.setUp(server);
    }

    private static Map<String, String> headOf(LoopbackHttpServer loopback, Callable<String> call) throws Exception {
        loopback.recordNextHead();
        call.call();
        String head = loopback.recordedHead();
        assertThat(head).isNotNull();
        Map<String, String> headers = new LinkedHashMap<>();
        String[] lines = head.split("\r\n");
        headers.put("request-line", lines[0]);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        return headers;
    }
}
