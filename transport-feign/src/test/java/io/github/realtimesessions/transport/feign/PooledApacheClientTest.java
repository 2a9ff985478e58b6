package io.github.realtimesessions.transport.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.Request;
import feign.Response;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.Fault;
import io.github.realtimesessions.testkit.RecordedRequest;
import io.github.realtimesessions.transport.core.SessionJsonCodec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The default client on its own, over a real pooled Apache client and a {@link FakeRealtimeServer} on 127.0.0.1: what
 * it sends, what it hands back, and when a connection goes back to the pool or is discarded. The pool's counters are
 * what {@link FeignSessionCreator#leasedConnections()} reads.
 */
class PooledApacheClientTest {

    private static final Request.Options OPTIONS =
            new Request.Options(5, TimeUnit.SECONDS, 5, TimeUnit.SECONDS, false);

    private FakeRealtimeServer server;
    private PoolingHttpClientConnectionManager pool;
    private CloseableHttpClient httpClient;
    private PooledApacheClient client;

    @BeforeEach
    void start() {
        server = FakeRealtimeServer.start();
        pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofSeconds(30))
                        .setSocketTimeout(Timeout.ofSeconds(30))
                        .build())
                .build();
        httpClient = HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom().setRedirectsEnabled(false).build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableContentCompression()
                .build();
        client = new PooledApacheClient(httpClient);
    }

    @AfterEach
    void stop() {
        httpClient.close(CloseMode.IMMEDIATE);
        server.close();
    }

    @Test
    void sendsTheRequestAsFeignBuiltIt() throws IOException {
        try (Response response = client.execute(sessionRequest(), OPTIONS)) {
            assertThat(response.status()).isEqualTo(200);
        }
        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.method()).isEqualTo("POST");
        assertThat(recorded.path()).isEqualTo(FakeRealtimeServer.SESSIONS_PATH);
        assertThat(recorded.body()).isEqualTo(body());
        assertThat(recorded.headerValues("Content-Length")).containsExactly(String.valueOf(body().length));
        assertThat(recorded.headerValues("Content-Type")).containsExactly("application/json");
        assertThat(recorded.headerValues("X-Multi")).containsExactly("one", "two");
        assertThat(recorded.header("Transfer-Encoding")).isNull();
    }

    @Test
    void answerHasStatusReasonCaseInsensitiveHeadersAndKnownLength() throws IOException {
        try (Response response = client.execute(sessionRequest(), OPTIONS)) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.reason()).isEqualTo("OK");
            assertThat(response.protocolVersion()).isEqualTo(Request.ProtocolVersion.HTTP_1_1);
            String contentLength = response.headers().get("content-length").iterator().next();
            assertThat(response.headers().get("CONTENT-LENGTH")).containsExactly(contentLength);
            assertThat(response.headers().get("X-Request-Id")).singleElement().asString().startsWith("req_");
            assertThat(response.body().length()).isEqualTo(Integer.parseInt(contentLength));
            assertThat(response.body().isRepeatable()).isFalse();
            assertThat(response.body().toString()).doesNotContain("ek_");
            byte[] bytes = response.body().asInputStream().readAllBytes();
            assertThat(bytes).hasSize(Integer.parseInt(contentLength));
            assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"client_secret\"");
        }
    }

    @Test
    void closingTheStreamOfABodyReadToItsLengthHandsTheConnectionBack() throws IOException {
        Response response = client.execute(sessionRequest(), OPTIONS);
        assertThat(leased()).isEqualTo(1);
        InputStream in = response.body().asInputStream();
        int length = response.body().length();
        // Read exactly Content-Length bytes, as transport-core's reader does: the end of the stream is never seen.
        assertThat(in.readNBytes(new byte[length], 0, length)).isEqualTo(length);
        assertThat(leased()).isEqualTo(1);

        in.close();

        assertThat(leased()).isZero();
        assertThat(pool.getTotalStats().getAvailable()).as("kept alive in the pool").isEqualTo(1);
        response.close(); // idempotent after the stream's close
        try (Response second = client.execute(sessionRequest(), OPTIONS)) {
            second.body().asInputStream().readAllBytes();
        }
        assertThat(leased()).isZero();
        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(server.openConnections()).as("the second call reused the connection").isEqualTo(1);
    }

    @Test
    void closingABodyNotReadToItsEndDiscardsTheConnection() throws IOException {
        Response response = client.execute(sessionRequest(), OPTIONS);
        InputStream in = response.body().asInputStream();
        assertThat(in.read()).isEqualTo('{');
        assertThat(leased()).isEqualTo(1);

        response.close();

        assertThat(leased()).isZero();
        assertThat(pool.getTotalStats().getAvailable()).as("not handed back, not drained").isZero();
        assertThatThrownBy(in::read).isInstanceOf(IOException.class).hasMessageContaining("closed");
    }

    @Test
    void closingAnUnreadBodyDiscardsTheConnection() throws IOException {
        Response response = client.execute(sessionRequest(), OPTIONS);
        assertThat(leased()).isEqualTo(1);

        response.close();

        assertThat(leased()).isZero();
        assertThat(pool.getTotalStats().getAvailable()).isZero();
    }

    @Test
    void failedReadDiscardsTheConnectionOnClose() throws IOException {
        server.enqueue(Fault.stallMidBody(Duration.ofSeconds(10)));
        Request.Options shortRead = new Request.Options(5, TimeUnit.SECONDS, 1, TimeUnit.SECONDS, false);
        Response response = client.execute(sessionRequest(), shortRead);
        InputStream in = response.body().asInputStream();

        assertThatThrownBy(in::readAllBytes).isInstanceOf(SocketTimeoutException.class);
        long start = System.nanoTime();
        response.close();

        // Reading on (draining) would take at least another read timeout of 1 s.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("closed without reading on").isLessThan(
                Duration.ofMillis(500));
        assertThat(leased()).isZero();
        assertThat(pool.getTotalStats().getAvailable()).isZero();
    }

    @Test
    void optionsApplyPerRequest() {
        // The pool waits 30 s for an answer; the options of the call say 200 ms.
        server.enqueue(Fault.delayBeforeHeaders(Duration.ofSeconds(5)));
        Request.Options shortRead = new Request.Options(5, TimeUnit.SECONDS, 200, TimeUnit.MILLISECONDS, false);
        long start = System.nanoTime();

        assertThatThrownBy(() -> client.execute(sessionRequest(), shortRead))
                .isInstanceOf(SocketTimeoutException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(leased()).isZero();
    }

    @Test
    void requestWithoutABodyIsSentWithoutOneUnlessItsMethodCarriesOne() throws IOException {
        Map<String, Collection<String>> headers = Map.of("Authorization", List.of("Bearer " + server.apiKey()));
        String url = server.baseUri() + "/realtime/sessions";
        try (Response response = client.execute(
                Request.create(Request.HttpMethod.GET, url, headers, null, null, null), OPTIONS)) {
            assertThat(response.status()).isEqualTo(404);
            response.body().asInputStream().readAllBytes();
        }
        try (Response response = client.execute(
                Request.create(Request.HttpMethod.POST, url, headers, null, null, null), OPTIONS)) {
            assertThat(response.status()).isEqualTo(400);
            response.body().asInputStream().readAllBytes();
        }
        RecordedRequest get = server.takeRequest();
        assertThat(get.method()).isEqualTo("GET");
        assertThat(get.header("Content-Length")).isNull();
        assertThat(get.header("Transfer-Encoding")).isNull();
        RecordedRequest post = server.takeRequest();
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.headerValues("Content-Length")).containsExactly("0");
        assertThat(leased()).isZero();
    }

    @Test
    void gzipContentEncodingCompressesTheBodyAsFeignHc5Does() throws IOException {
        server.enqueue(Fault.status(204, null, null, Map.of()));
        Map<String, Collection<String>> headers = sessionHeaders();
        headers.put("Content-Encoding", List.of("gzip"));
        try (Response response = client.execute(sessionRequest(headers), OPTIONS)) {
            assertThat(response.status()).isEqualTo(204);
            assertThat(response.body()).isNull();
        }
        RecordedRequest recorded = server.takeRequest();
        try (InputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(recorded.body()))) {
            assertThat(unzipped.readAllBytes()).isEqualTo(body());
        }
        assertThat(leased()).isZero();
    }

    @Test
    void deflateContentEncodingIsRefusedAsFeignHc5Does() {
        Map<String, Collection<String>> headers = sessionHeaders();
        headers.put("content-encoding", List.of("deflate"));

        assertThatThrownBy(() -> client.execute(sessionRequest(headers), OPTIONS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deflate");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void describesItselfWithoutState() {
        assertThat(client).hasToString("PooledApacheClient");
    }

    private int leased() {
        return pool.getTotalStats().getLeased();
    }

    private static byte[] body() {
        return SessionJsonCodec.instance().encodeRequest(
                RealtimeSessionCreateRequest.builder().model(RealtimeModel.GPT_4O_REALTIME_PREVIEW).build());
    }

    private Map<String, Collection<String>> sessionHeaders() {
        Map<String, Collection<String>> headers = new LinkedHashMap<>();
        headers.put("Authorization", List.of("Bearer " + server.apiKey()));
        headers.put("Content-Type", List.of("application/json"));
        headers.put("Content-Length", List.of(String.valueOf(body().length)));
        headers.put("X-Multi", List.of("one", "two"));
        return headers;
    }

    private Request sessionRequest() {
        return sessionRequest(sessionHeaders());
    }

    private Request sessionRequest(Map<String, Collection<String>> headers) {
        return Request.create(Request.HttpMethod.POST, server.baseUri() + "/realtime/sessions", headers, body(), null,
                null);
    }
}
