package io.github.realtimesessions.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.transport.core.LibraryInfo;
import io.github.realtimesessions.transport.core.SessionJsonCodec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs every benchmark method once, outside JMH, to prove that it works and does the same work as the others. Nothing
 * is timed here.
 */
class BenchmarksSmokeTest {

    private final TransportBenchmarks benchmarks = new TransportBenchmarks();
    private final TransportBenchmarks.Server server = new TransportBenchmarks.Server();
    private final TransportBenchmarks.RawApache raw = new TransportBenchmarks.RawApache();
    private final TransportBenchmarks.ApacheTransport apache = new TransportBenchmarks.ApacheTransport();
    private final TransportBenchmarks.FeignTransport feign = new TransportBenchmarks.FeignTransport();
    private final TransportBenchmarks.FeignClientDefault feignClientDefault =
            new TransportBenchmarks.FeignClientDefault();
    private final TransportBenchmarks.FeignApacheHttp5 feignApacheHttp5 = new TransportBenchmarks.FeignApacheHttp5();
    private final TransportBenchmarks.InMemoryFake fake = new TransportBenchmarks.InMemoryFake();
    private final TransportBenchmarks.InMemoryWarmup fakeWarmup = new TransportBenchmarks.InMemoryWarmup();

    @BeforeEach
    void startServer() {
        server.server = "loopback";
        server.prewarmMillis = 0;
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (raw.client != null) {
            raw.tearDown();
        }
        if (apache.sessions != null) {
            apache.tearDown();
        }
        if (feign.sessions != null) {
            feign.tearDown();
        }
        if (feignClientDefault.sessions != null) {
            feignClientDefault.tearDown();
        }
        if (feignApacheHttp5.sessions != null) {
            feignApacheHttp5.tearDown();
        }
        if (server.settings != null) {
            server.stop();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"loopback", "testkit"})
    void everyTransportBenchmarkReadsTheSecretFromTheServersAnswer(String serverKind) throws Exception {
        server.server = serverKind;
        setUpAll();
        String secret = BenchmarkFixtures.expectedSecret();

        // Twice each: the second call runs on a kept-alive connection.
        for (int i = 0; i < 2; i++) {
            assertThat(benchmarks.rawApache(raw)).isEqualTo(secret);
            assertThat(benchmarks.apacheTransport(server, apache)).isEqualTo(secret);
            assertThat(benchmarks.feignTransport(server, feign)).isEqualTo(secret);
            assertThat(benchmarks.feignTransportClientDefault(server, feignClientDefault))
                    .isEqualTo(secret);
            assertThat(benchmarks.feignTransportApacheHttp5(server, feignApacheHttp5)).isEqualTo(secret);
        }
        assertThat(benchmarks.inMemoryFake(server, fake)).startsWith("ek_");
    }

    @Test
    void everyClientSendsTheSameRequestAndKeepsItsConnection() throws Exception {
        setUpAll();
        LoopbackHttpServer loopback = (LoopbackHttpServer) server.running;
        Map<String, String> rawHead = headOf(loopback, () -> benchmarks.rawApache(raw));
        Map<String, String> apacheHead = headOf(loopback, () -> benchmarks.apacheTransport(server, apache));
        Map<String, String> feignHead = headOf(loopback, () -> benchmarks.feignTransport(server, feign));
        Map<String, String> feignClientDefaultHead =
                headOf(loopback, () -> benchmarks.feignTransportClientDefault(server, feignClientDefault));
        Map<String, String> feignApacheHttp5Head =
                headOf(loopback, () -> benchmarks.feignTransportApacheHttp5(server, feignApacheHttp5));

        byte[] body = SessionJsonCodec.instance().encodeRequest(server.request);
        assertThat(rawHead)
                .containsEntry("request-line", "POST /v1/realtime/sessions HTTP/1.1")
                .containsEntry("authorization", "Bearer " + BenchmarkFixtures.API_KEY)
                .containsEntry("content-length", Integer.toString(body.length))
                .containsKeys("content-type", "accept", "user-agent");
        for (Map<String, String> head : List.of(apacheHead, feignHead, feignClientDefaultHead, feignApacheHttp5Head)) {
            for (String name : new String[] {"request-line", "authorization", "accept", "content-length"}) {
                assertThat(head.get(name)).as(name).isEqualTo(rawHead.get(name));
            }
            assertThat(head.get("content-type")).startsWith("application/json");
            // The same User-Agent but for the transport's name (raw sends the Apache transport's).
            assertThat(head.get("user-agent")).startsWith(LibraryInfo.NAME + "/").contains("(transport=");
        }
        // One connection per client: keep-alive works for each of them.
        assertThat(loopback.acceptedConnections()).isEqualTo(5);
    }

    @Test
    void theAnswerIsARealisticSessionOfAboutOneAndAHalfKilobytes() {
        byte[] body = BenchmarkFixtures.responseBody();
        RealtimeSessionCreateResponse session = SessionJsonCodec.instance().decodeResponse(body);

        assertThat(body.length).isBetween(1300, 1700);
        assertThat(session.instructions()).isEqualTo(BenchmarkFixtures.INSTRUCTIONS);
        assertThat(session.tools()).hasSize(1);
        assertThat(session.clientSecret().value()).startsWith("ek_");
        assertThat(BenchmarkFixtures.responseBody()).isEqualTo(body);
    }

    @Test
    void codecBenchmarksEncodeTheRequestAndDecodeTheSpecExample() {
        CodecBenchmarks codec = new CodecBenchmarks();
        codec.prewarmMillis = 0;
        codec.setUp();

        byte[] encoded = codec.codecEncodeRequest();
        RealtimeSessionCreateResponse example = codec.codecDecodeSpecExample();

        assertThat(SessionJsonCodec.instance().decodeRequest(encoded)).isEqualTo(BenchmarkFixtures.request());
        assertThat(example.clientSecret().value()).isEqualTo("ek_abc123");
        assertThat(example.id()).isEqualTo("sess_001");
    }

    @Test
    void theInMemoryFakeIsReplacedBeforeItsRecordsPileUp() {
        fake.setUp(fakeWarmup);
        var first = fake.fake;
        for (int i = 1; i < TransportBenchmarks.InMemoryFake.CALLS_PER_FAKE; i++) {
            assertThat(fake.next()).isSameAs(first);
        }
        assertThat(fake.next()).isNotSameAs(first);
    }

    private void setUpAll() {
        server.start();
        raw.setUp(server);
        apache.setUp(server);
        feign.setUp(server);
        feignClientDefault.setUp(server);
        feignApacheHttp5.setUp(server);
        fakeWarmup.setUp(server);
        fake.setUp(fakeWarmup);
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
