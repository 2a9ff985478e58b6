package io.github.realtimesessions.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.AuthenticationException;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.InternalServerException;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.ResponseFormatException;
import io.github.realtimesessions.testkit.Fault;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What only the Apache transport has: ownership of the client, its pool, and how connections end. */
class ApacheSessionCreatorTest {

    private static final RealtimeSessionCreateRequest REQUEST =
            RealtimeSessionCreateRequest.builder().instructions("Be brief.").build();

    private FakeRealtimeServer server;

    @BeforeEach
    void startServer() {
        server = FakeRealtimeServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** One attempt per call, so that every call meets exactly the fault enqueued for it. */
    private ClientSettings.Builder settings() {
        return server.settings().maxRetries(0);
    }

    @Test
    void usesTheCallersClientAndLeavesItOpen() throws Exception {
        AtomicInteger intercepted = new AtomicInteger();
        try (CloseableHttpClient client = HttpClients.custom()
                .disableAutomaticRetries()
                .addRequestInterceptorLast((request, entity, context) -> {
                    intercepted.incrementAndGet();
                    request.addHeader("X-Callers-Client", "yes");
                })
                .build()) {
            ApacheSessionCreator creator =
                    ApacheSessionCreator.builder(settings().build()).httpClient(client).build();
            assertThat(creator.ownsHttpClient()).isFalse();

            RealtimeSessionCreateResponse session = creator.create(REQUEST);

            assertThat(session.clientSecret().value()).startsWith("ek_");
            assertThat(intercepted).hasValue(1);
            RecordedRequest recorded = server.takeRequest();
            assertThat(recorded.header("X-Callers-Client")).isEqualTo("yes");
            assertThat(recorded.header("User-Agent")).contains("transport=apache");
            assertThat(creator.leasedConnections()).as("unknown for a caller's client").isZero();

            creator.close();
            assertThatThrownBy(() -> creator.create(REQUEST))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("closed");

            // The client survived the creator's close(): a new creator over it still gets sessions through.
            try (ApacheSessionCreator again =
                    ApacheSessionCreator.builder(settings().build()).httpClient(client).build()) {
                assertThat(again.create(REQUEST).clientSecret().value()).startsWith("ek_");
            }
            assertThat(intercepted).hasValue(2);
        }
    }

    @Test
    void closesItsOwnClientOnceAndThenRefusesCalls() {
        ApacheSessionCreator creator = ApacheSessionCreator.create(settings().build());
        assertThat(creator.ownsHttpClient()).isTrue();
        assertThat(creator.create(REQUEST).clientSecret()).isNotNull();

        creator.close();
        creator.close();

        assertThatThrownBy(() -> creator.create(REQUEST)).isInstanceOf(IllegalStateException.class);
        assertThat(creator.toString()).contains("closed").doesNotContain(server.apiKey());
    }

    @Test
    void buildsForTheDefaultHttpsEndpointWithoutConnecting() {
        String apiKey = "sk-apache-test-0123456789";
        try (ApacheSessionCreator creator =
                ApacheSessionCreator.create(ClientSettings.builder().apiKey(apiKey).build())) {
            assertThat(creator.toString())
                    .contains("https://api.openai.com/v1/realtime/sessions")
                    .doesNotContain(apiKey);
            assertThat(creator.leasedConnections()).isZero();
        }
    }

    @Test
    void refusesPoolKnobsTogetherWithTheCallersClient() throws Exception {
        try (CloseableHttpClient client = HttpClients.createMinimal()) {
            ApacheSessionCreator.Builder builder =
                    ApacheSessionCreator.builder(settings().build()).httpClient(client).maxConnections(8);
            assertThatThrownBy(builder::build)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("maxConnections");
        }
        assertThatThrownBy(() -> ApacheSessionCreator.builder(settings().build()).maxConnections(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxConnections");
        assertThatThrownBy(() -> ApacheSessionCreator.builder(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void appliesTheCustomizersToTheClientItBuilds() {
        AtomicInteger poolCustomized = new AtomicInteger();
        try (ApacheSessionCreator creator = ApacheSessionCreator.builder(settings().build())
                .maxConnections(2)
                .connectionManagerCustomizer(pool -> poolCustomized.incrementAndGet())
                .httpClientCustomizer(client -> client.addRequestInterceptorLast(
                        (request, entity, context) -> request.addHeader("X-Customized", "yes")))
                .build()) {
            creator.create(REQUEST);

            assertThat(poolCustomized).hasValue(1);
            assertThat(server.takeRequest().header("X-Customized")).isEqualTo("yes");
        }
    }

    @Test
    void noConnectionStaysLeasedAfterHundredFailingCalls() {
        List<Fault> faults = List.of(
                Fault.error(500, "server_error", null, "The server had an error"),
                Fault.error(401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided"),
                Fault.notJson(200, "application/json", "{\"id\": \"sess_1\", \"client_sec"),
                Fault.connectionReset(),
                Fault.truncatedBody());
        List<Class<? extends RealtimeApiException>> expected = List.of(
                InternalServerException.class,
                AuthenticationException.class,
                ResponseFormatException.class,
                ApiConnectionException.class,
                ApiConnectionException.class);
        try (ApacheSessionCreator creator = ApacheSessionCreator.create(settings().build())) {
            for (int call = 0; call < 100; call++) {
                int kind = call % faults.size();
                server.enqueue(faults.get(kind));

                assertThatThrownBy(() -> creator.create(REQUEST))
                        .as("call %d with %s", call, faults.get(kind))
                        .isInstanceOf(expected.get(kind));
                assertThat(creator.leasedConnections()).as("leased after call %d", call).isZero();
            }

            assertThat(creator.create(REQUEST).clientSecret().value()).startsWith("ek_");
            assertThat(creator.leasedConnections()).isZero();
            assertThat(server.requestCount()).isEqualTo(101);
        }
    }

    @Test
    void aBodyOverTheCapFailsAndTheNextCallOnTheSameCreatorWorks() {
        int cap = 16 * 1024;
        String large = "{\"padding\": \"" + "x".repeat(1024 * 1024) + "\"}";
        try (ApacheSessionCreator creator =
                ApacheSessionCreator.create(settings().maxResponseBytes(cap).build())) {
            server.enqueue(Fault.status(200, "application/json", large, Map.of()));

            assertThatThrownBy(() -> creator.create(REQUEST))
                    .isInstanceOf(ResponseFormatException.class)
                    .hasMessageContaining(String.valueOf(cap))
                    .hasMessageNotContaining(server.apiKey());
            assertThat(creator.leasedConnections()).isZero();

            assertThat(creator.create(REQUEST).clientSecret().value()).startsWith("ek_");
            assertThat(creator.leasedConnections()).isZero();
        }
    }

    @Test
    void anErrorBodyOverTheCapIsCutAndTheNextCallWorks() {
        int cap = 4 * 1024;
        String large = "<html>" + "y".repeat(512 * 1024) + "</html>";
        try (ApacheSessionCreator creator =
                ApacheSessionCreator.create(settings().maxResponseBytes(cap).build())) {
            server.enqueue(Fault.notJson(502, "text/html", large));

            assertThatThrownBy(() -> creator.create(REQUEST))
                    .isInstanceOfSatisfying(InternalServerException.class, e -> {
                        assertThat(e.status()).isEqualTo(502);
                        assertThat(e.body()).hasSizeLessThanOrEqualTo(cap).startsWith("<html>yyy");
                    });
            assertThat(creator.leasedConnections()).isZero();

            assertThat(creator.create(REQUEST).clientSecret().value()).startsWith("ek_");
        }
    }

    static Stream<Arguments> endlessBodies() {
        return Stream.of(
                Arguments.argumentSet(
                        "200, chunked, no end", 200, EndlessBodyServer.Framing.CHUNKED, ResponseFormatException.class),
                Arguments.argumentSet(
                        "200, Content-Length 1 TiB",
                        200,
                        EndlessBodyServer.Framing.HUGE_CONTENT_LENGTH,
                        ResponseFormatException.class),
                Arguments.argumentSet(
                        "500, chunked, no end", 500, EndlessBodyServer.Framing.CHUNKED, InternalServerException.class),
                Arguments.argumentSet(
                        "500, Content-Length 1 TiB",
                        500,
                        EndlessBodyServer.Framing.HUGE_CONTENT_LENGTH,
                        InternalServerException.class));
    }

    @ParameterizedTest
    @MethodSource("endlessBodies")
    void closesTheConnectionInsteadOfDrainingABodyBeyondTheCap(
            int status, EndlessBodyServer.Framing framing, Class<? extends RealtimeApiException> expected)
            throws Exception {
        int cap = 64 * 1024;
        try (EndlessBodyServer endless = EndlessBodyServer.start(status, framing);
                ApacheSessionCreator creator = ApacheSessionCreator.create(ClientSettings.builder()
                        .baseUri(endless.baseUri())
                        .apiKey(server.apiKey())
                        .maxRetries(0)
                        .maxResponseBytes(cap)
                        .responseTimeout(Duration.ofSeconds(10))
                        .build())) {

            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> creator.create(REQUEST))
                    .isInstanceOf(expected));

            assertThat(creator.leasedConnections()).isZero();
            assertThat(endless.awaitWriterStopped(10))
                    .as("the client closed the connection, so the server's writing failed")
                    .isTrue();
            // Socket buffers take a few MiB at most; a client that drained would have taken everything.
            assertThat(endless.bytesWritten()).isLessThan(256L * 1024 * 1024);
        }
    }

    @Test
    void servesConcurrentCallsFromABoundedPoolAndReturnsEveryConnection() throws Exception {
        int threads = 8;
        int callsPerThread = 20;
        Set<String> secrets = ConcurrentHashMap.newKeySet();
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try (ApacheSessionCreator creator =
                ApacheSessionCreator.builder(settings().build()).maxConnections(3).build()) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(executor.submit(() -> {
                    for (int i = 0; i < callsPerThread; i++) {
                        secrets.add(creator.create(REQUEST).clientSecret().value());
                        assertThat(creator.leasedConnections()).isBetween(0, 3);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }

            assertThat(secrets).hasSize(threads * callsPerThread);
            assertThat(creator.leasedConnections()).isZero();
            assertThat(server.requestCount()).isEqualTo(threads * callsPerThread);
        } finally {
            executor.shutdownNow();
        }
    }
}
