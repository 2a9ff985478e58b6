package io.github.realtimesessions.transport.feign;

import static io.github.realtimesessions.transport.feign.TestSamples.CAP;
import static io.github.realtimesessions.transport.feign.TestSamples.NOT_DRAINED_BOUND;
import static io.github.realtimesessions.transport.feign.TestSamples.limits;
import static io.github.realtimesessions.transport.feign.TestSamples.minimal;
import static io.github.realtimesessions.transport.feign.TestSamples.quick;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import feign.Client;
import feign.Request;
import feign.Response;
import feign.hc5.ApacheHttp5Client;
import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.port.ResponseFormatException;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.Fault;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@code feign.Client} the user hands in with {@link FeignSessionCreator.Builder#client(Client)}, against real
 * servers on 127.0.0.1: feign-hc5's {@link ApacheHttp5Client} over the user's own HttpClient, and feign-core's
 * {@link Client.Default} ({@code HttpURLConnection}). Proves that every exchange goes through it with the credential
 * and the call's timeouts, that the creator never closes it nor anything under it, and that the library's deadline
 * (once the answer's head is in), its body cap (aborting rather than draining, although hc5's own close drains) and
 * its redaction of secrets all hold over it.
 */
class UserClientTest {

    private FakeRealtimeServer server;
    private PoolingHttpClientConnectionManager userPool;
    private CloseableHttpClient userHttpClient;

    @BeforeEach
    void start() {
        server = FakeRealtimeServer.start();
        userPool = PoolingHttpClientConnectionManagerBuilder.create().build();
        userHttpClient = HttpClients.custom().setConnectionManager(userPool).disableAutomaticRetries()
                .disableRedirectHandling().build();
    }

    @AfterEach
    void stop() {
        userHttpClient.close(CloseMode.IMMEDIATE);
        server.close();
    }

    /** The user clients under test, by name: made fresh for each case by {@link #userClient(String)}. */
    static Stream<Arguments> userClients() {
        return Stream.of(
                Arguments.argumentSet("feign-hc5 ApacheHttp5Client", "hc5"),
                Arguments.argumentSet("feign-core Client.Default (HttpURLConnection)", "default"));
    }

    private Client userClient(String kind) {
        return kind.equals("hc5") ? new ApacheHttp5Client(userHttpClient) : new Client.Default(null, null);
    }

    @Test
    void everyExchangeGoesThroughTheUsersClientWithTheCredentialAndTheCallsTimeouts() {
        RecordingClient client = new RecordingClient(new ApacheHttp5Client(userHttpClient));
        ClientSettings settings = quick(server).connectTimeout(Duration.ofMillis(1500))
                .responseTimeout(Duration.ofMillis(2500)).build();
        try (FeignSessionCreator sessions = FeignSessionCreator.builder(settings).client(client).build()) {
            sessions.createClientSecret(minimal());
            sessions.createClientSecret(minimal(),
                    RequestOptions.builder().responseTimeout(Duration.ofMillis(700)).build());

            assertThat(sessions.ownsClient()).isFalse();
            assertThat(sessions.leasedConnections()).as("the user's pool is not the creator's").isZero();
            assertThat(sessions.toString()).contains(RecordingClient.class.getName()).doesNotContain("(default)");
        }
        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(client.requests).hasSize(2).allSatisfy(request -> {
            assertThat(request.url()).isEqualTo(server.baseUri() + "/realtime/client_secrets");
            assertThat(request.headers().get("Authorization")).containsExactly("Bearer " + server.apiKey());
        });
        assertThat(client.options).extracting(Request.Options::connectTimeoutMillis).containsExactly(1500, 1500);
        assertThat(client.options).extracting(Request.Options::readTimeoutMillis).containsExactly(2500, 700);
        assertThat(client.options).extracting(Request.Options::isFollowRedirects).containsExactly(false, false);
        assertThat(userPool.getTotalStats().getLeased()).as("connections the user's pool still leases").isZero();
    }

    @Test
    void creatorNeverClosesTheUsersClientNorItsHttpClient() {
        ClosingTrackingClient client = new ClosingTrackingClient(new ApacheHttp5Client(userHttpClient));
        FeignSessionCreator sessions = FeignSessionCreator.builder(quick(server).build()).client(client).build();
        sessions.createClientSecret(minimal());

        sessions.close();

        assertThat(client.closes).as("close() calls on the user's client").hasValue(0);
        try (FeignSessionCreator again = FeignSessionCreator.builder(quick(server).build())
                .client(new ApacheHttp5Client(userHttpClient)).build()) {
            assertThat(again.createClientSecret(minimal()).value()).as("the user's HttpClient still works")
                    .startsWith("ek_");
        }
        assertThat(server.requestCount()).isEqualTo(2);
    }

    /**
     * A body trickled one byte per 100 ms never lets the client's read timeout fire: only the library's deadline ends
     * it, by closing the body under the reader.
     */
    @ParameterizedTest
    @MethodSource("userClients")
    void libraryDeadlineEndsATrickledBodyOverTheUsersClient(String kind) {
        server.enqueue(Fault.trickleBody(Duration.ofMillis(100)));
        Duration deadline = Duration.ofMillis(800);
        try (FeignSessionCreator sessions = FeignSessionCreator.builder(quick(server).callTimeout(deadline).build())
                .client(userClient(kind)).build()) {
            long start = System.nanoTime();

            assertThatThrownBy(() -> sessions.createClientSecret(minimal())).isInstanceOf(ApiTimeoutException.class);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("finished within the deadline plus a margin")
                    .isLessThan(deadline.plus(Duration.ofSeconds(3)));
        }
    }

    static Stream<Arguments> clientsAndHugeAnswers() {
        List<Arguments> cases = new ArrayList<>();
        for (HugeAnswerServer.Framing framing : HugeAnswerServer.Framing.values()) {
            cases.add(Arguments.argumentSet("ApacheHttp5Client, " + framing, "hc5", framing));
            cases.add(Arguments.argumentSet("Client.Default, " + framing, "default", framing));
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("clientsAndHugeAnswers")
    void capHoldsOverTheUsersClientAndTheBodyIsNotDrained(String kind, HugeAnswerServer.Framing framing)
            throws Exception {
        Client client = userClient(kind);
        try (HugeAnswerServer huge = HugeAnswerServer.start(framing);
                FeignSessionCreator sessions = FeignSessionCreator.builder(limits(ClientSettings.builder()
                                .baseUri(huge.baseUri()).apiKey("sk-user-client-cap-0000")).maxResponseBytes(CAP)
                                .build())
                        .client(client).build()) {

            assertThatThrownBy(() -> sessions.createClientSecret(minimal()))
                    .isInstanceOf(ResponseFormatException.class)
                    .hasMessageContaining("exceeds the limit of " + CAP + " bytes");

            assertThat(huge.awaitClientGone(Duration.ofSeconds(10))).as("the client closed the connection").isTrue();
            assertThat(huge.bodyBytesWritten()).as("body bytes the server could write").isLessThan(NOT_DRAINED_BOUND);
        }
        assertThat(userPool.getTotalStats().getLeased()).isZero();
    }

    @Test
    void credentialAnEchoingServerRepeatsIsRedactedOverTheUsersClient() {
        server.enqueue(Fault.echoHeader("Authorization", 502));
        try (FeignSessionCreator sessions = FeignSessionCreator.builder(quick(server).build())
                .client(new ApacheHttp5Client(userHttpClient)).build()) {

            Throwable thrown = catchThrowable(() -> sessions.createClientSecret(minimal()));

            assertThat(thrown).isInstanceOf(ApiStatusException.class);
            ApiStatusException status = (ApiStatusException) thrown;
            assertThat(status.status()).isEqualTo(502);
            assertThat(everythingPrintedAbout(thrown) + status.body() + status.requestId() + status.errorMessage()
                    + status.metadata().headers()).doesNotContain(server.apiKey());
        }
    }

    /** A careless wrapper of the user's puts the request's Authorization header into its failure's message. */
    @Test
    void credentialInTheUsersClientsFailureIsRedacted() {
        Client careless = (request, options) -> {
            try (Response sent = new ApacheHttp5Client(userHttpClient).execute(request, options)) {
                throw new IOException("gateway refused the request (status " + sent.status() + ", Authorization: "
                        + request.headers().get("Authorization") + ")");
            }
        };
        try (FeignSessionCreator sessions = FeignSessionCreator.builder(quick(server).build())
                .client(careless).build()) {

            Throwable thrown = catchThrowable(() -> sessions.createClientSecret(minimal()));

            assertThat(thrown).isInstanceOf(ApiConnectionException.class).hasMessageContaining("gateway refused");
            assertThat(everythingPrintedAbout(thrown)).doesNotContain(server.apiKey());
        }
        assertThat(server.takeRequest().header("Authorization")).as("the server got the key")
                .isEqualTo("Bearer " + server.apiKey());
    }

    private static String everythingPrintedAbout(Throwable thrown) {
        StringWriter text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /** A user's client that records what it is asked to send. */
    private static final class RecordingClient implements Client {
        final List<Request> requests = new CopyOnWriteArrayList<>();
        final List<Request.Options> options = new CopyOnWriteArrayList<>();
        private final Client delegate;

        RecordingClient(Client delegate) {
            this.delegate = delegate;
        }

        @Override
        public Response execute(Request request, Request.Options callOptions) throws IOException {
            requests.add(request);
            options.add(callOptions);
            return delegate.execute(request, callOptions);
        }
    }

    /** A user's client that is {@link Closeable}, counting the calls of {@link #close()}. */
    private static final class ClosingTrackingClient implements Client, Closeable {
        final AtomicInteger closes = new AtomicInteger();
        private final Client delegate;

        ClosingTrackingClient(Client delegate) {
            this.delegate = delegate;
        }

        @Override
        public Response execute(Request request, Request.Options options) throws IOException {
            return delegate.execute(request, options);
        }

        @Override
        public void close() {
            closes.incrementAndGet();
        }
    }
}
