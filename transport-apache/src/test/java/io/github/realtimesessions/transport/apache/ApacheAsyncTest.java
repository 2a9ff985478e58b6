package io.github.realtimesessions.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.RealtimeSession;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.Fault;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link ApacheSessionCreator#async()} against the fake server: 256 calls in flight at once on 2 I/O threads each
 * complete with their own answer and leave no connection leased; cancelling a returned future aborts its exchange
 * (the server sees the connection closed) on the creator's async client, on a caller's async client and on a caller's
 * classic client run on the executor, and the pool is clean afterwards, also when the exchange runs over a kept-alive
 * connection (where HttpClient's own cancel does not reach it); and a deadline that passes while an error answer's body
 * trickles in drops that connection too, on both paths (HttpClient's async client ignores a cancel once an error
 * answer's head has arrived).
 */
class ApacheAsyncTest {

    /** Where the asynchronous exchange runs. */
    enum AsyncKind {
        /** The async client the creator builds. */
        OWN_ASYNC_CLIENT,
        /** A caller's async client. */
        CALLERS_ASYNC_CLIENT,
        /** A caller's classic client, the blocking exchange run on the asynchronous executor. */
        CALLERS_CLASSIC_CLIENT_ON_THE_EXECUTOR
    }

    private FakeRealtimeServer server;
    private final List<ApacheSessionCreator> creators = new ArrayList<>();
    private CallersClients callersClients;

    @BeforeEach
    void startServer() {
        server = FakeRealtimeServer.start();
    }

    @AfterEach
    void closeEverything() throws IOException {
        creators.forEach(ApacheSessionCreator::close);
        if (callersClients != null) {
            callersClients.close();
        }
        server.close();
    }

    private ClientSettings.Builder settings() {
        return server.settings().maxRetries(0).connectTimeout(Duration.ofSeconds(2))
                .responseTimeout(Duration.ofSeconds(5)).callTimeout(Duration.ofSeconds(10));
    }

    private ApacheSessionCreator track(ApacheSessionCreator creator) {
        creators.add(creator);
        return creator;
    }

    @Test
    void twoHundredFiftySixCallsInFlightOnTwoIoThreadsEachGetTheirOwnAnswer() throws Exception {
        RecordingThreadFactory io = new RecordingThreadFactory("apache-256-io");
        ApacheSessionCreator creator = track(ApacheSessionCreator.builder(settings()
                        .responseTimeout(Duration.ofSeconds(30)).callTimeout(Duration.ofSeconds(40)).build())
                .ioThreads(2)
                .asyncClientCustomizer(client -> client.setThreadFactory(io))
                .build());
        int calls = 256;
        List<CompletableFuture<ClientSecretResponse>> futures = new ArrayList<>();
        for (int call = 0; call < calls; call++) {
            futures.add(creator.async().createClientSecret(Requests.withInstructions("call " + call)));
        }

        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(45, TimeUnit.SECONDS);

        Set<String> secrets = new HashSet<>();
        for (int call = 0; call < calls; call++) {
            ClientSecretResponse answer = futures.get(call).join();
            assertThat(((RealtimeSession) answer.session()).instructions()).as("the answer of call %d", call)
                    .isEqualTo("call " + call);
            secrets.add(answer.value());
        }
        assertThat(secrets).as("distinct secrets").hasSize(calls);
        assertThat(server.requestCount()).isEqualTo(calls);
        assertThat(io.ioDispatchers()).as("I/O dispatch threads").hasSize(2);
        assertThat(creator.leasedConnections()).isZero();
        assertThat(server.openConnections()).as("connections opened for 256 calls")
                .isLessThanOrEqualTo(ApacheSessionCreator.DEFAULT_MAX_CONNECTIONS);
    }

    /**
     * Each async exchange on the creator's own client arms a check of its connect timeout; one left armed after the
     * exchange has its connection would keep the exchange and its answer in memory for the whole connect timeout
     * (at thousands of calls per second, gigabytes). Successes and failures before any connection alike disarm it.
     */
    @Test
    void aFinishedAsyncCallLeavesNoConnectCheckBehind() throws Exception {
        ApacheSessionCreator creator = track(ApacheSessionCreator.builder(settings()
                .connectTimeout(Duration.ofSeconds(30)).build()).build());
        List<CompletableFuture<ClientSecretResponse>> futures = new ArrayList<>();
        for (int call = 0; call < 20; call++) {
            futures.add(creator.async().createClientSecret(Requests.withInstructions("call " + call)));
        }
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        assertThat(creator.pendingConnectChecks()).as("checks after 20 answered calls").isZero();

        ApacheSessionCreator refusedCreator = track(ApacheSessionCreator.builder(settings()
                .connectTimeout(Duration.ofSeconds(30)).build()).build());
        server.close();
        Throwable refused = catchThrowable(() -> refusedCreator.async()
                .createClientSecret(Requests.withInstructions("nobody listens")).get(30, TimeUnit.SECONDS));
        assertThat(refused).as("a call to a closed port fails").isNotNull();
        assertThat(refusedCreator.pendingConnectChecks()).as("checks after a refused connection").isZero();
    }

    @ParameterizedTest
    @EnumSource(AsyncKind.class)
    void cancellingTheFutureClosesTheConnectionOfItsExchange(AsyncKind kind) throws Exception {
        // A silent server, but for a caller's async client: HttpClient does not always pass a cancel on to the
        // exchange, and the library, with no handle on the connection of a client it did not build, drops it on the
        // next bytes that arrive; a silent server would hold it until the caller's own read timeout.
        server.enqueue(kind == AsyncKind.CALLERS_ASYNC_CLIENT
                ? Fault.trickleBody(Duration.ofMillis(100))
                : Fault.neverRespond());
        ClientSettings settings = settings().responseTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(50)).build();
        ApacheSessionCreator creator;
        IntSupplier leased;
        if (kind == AsyncKind.OWN_ASYNC_CLIENT) {
            creator = track(ApacheSessionCreator.create(settings));
            leased = creator::leasedConnections;
        } else {
            callersClients = CallersClients.create();
            ApacheSessionCreator.Builder builder = ApacheSessionCreator.builder(settings);
            creator = track(kind == AsyncKind.CALLERS_ASYNC_CLIENT
                    ? builder.asyncHttpClient(callersClients.async).build()
                    : builder.httpClient(callersClients.classic).asyncExecutor(callersClients.asyncExecutor).build());
            leased = callersClients::leased;
        }
        CompletableFuture<ClientSecretResponse> call = creator.async().createClientSecret(Requests.minimal());
        server.takeRequest(Duration.ofSeconds(10));
        assertThat(server.openConnections()).isEqualTo(1);

        assertThat(call.cancel(true)).isTrue();

        assertThat(catchThrowable(call::join)).isInstanceOf(CancellationException.class);
        Await.untilEquals("connections the server still sees open", 0, server::openConnections);
        Await.untilEquals("leased connections", 0, leased);
        assertThat(CallPath.await(creator.async().createClientSecret(Requests.minimal())).value())
                .startsWith("ek_");
    }

    /** How a call in flight is given up. */
    enum GivenUp {
        /** The caller cancels the future. */
        CANCELLED,
        /** The call's deadline passes. */
        DEADLINE
    }

    /**
     * Over a kept-alive connection, HttpClient's async client starts the exchange on the calling thread and then
     * replaces its cancel handle with the spent lease's, so that its own cancel leaves the exchange on its connection.
     * The creator's own client closes the connection through the exchange's runtime instead.
     */
    @ParameterizedTest
    @EnumSource(GivenUp.class)
    void aCallGivenUpOnAKeptAliveConnectionClosesThatConnection(GivenUp how) throws Exception {
        Duration deadline = how == GivenUp.DEADLINE ? Duration.ofMillis(500) : Duration.ofSeconds(50);
        ApacheSessionCreator creator = track(ApacheSessionCreator.create(settings()
                .responseTimeout(Duration.ofSeconds(30)).callTimeout(deadline).build()));
        CallPath.await(creator.async().createClientSecret(Requests.minimal()));
        assertThat(server.openConnections()).as("the kept-alive connection").isEqualTo(1);
        server.enqueue(Fault.neverRespond());

        CompletableFuture<ClientSecretResponse> call = creator.async().createClientSecret(Requests.minimal());
        server.takeRequest();
        server.takeRequest(Duration.ofSeconds(10));
        if (how == GivenUp.CANCELLED) {
            assertThat(call.cancel(true)).isTrue();
        } else {
            assertThat(catchThrowable(() -> CallPath.await(call))).isInstanceOf(ApiTimeoutException.class);
        }

        Await.untilEquals("connections the server still sees open", 0, server::openConnections);
        Await.untilEquals("leased connections", 0, creator::leasedConnections);
    }

    @ParameterizedTest
    @EnumSource(CallPath.class)
    void aDeadlinePassingWhileAnErrorBodyTricklesInDropsTheConnection(CallPath path) {
        server.sessions().clientSecrets().failNext(500, "server_error", null, "The server had an error.");
        // About 150 bytes at one per 200 ms: the body would take half a minute to arrive.
        server.enqueue(Fault.trickleBody(Duration.ofMillis(200)));
        ApacheSessionCreator creator = track(ApacheSessionCreator.create(settings()
                .responseTimeout(Duration.ofSeconds(30)).callTimeout(Duration.ofMillis(600)).build()));

        Throwable thrown = catchThrowable(() -> path.mint(creator, Requests.minimal()));

        assertThat(thrown).isInstanceOf(ApiTimeoutException.class);
        Await.untilEquals("connections the server still sees open", 0, server::openConnections);
        Await.untilEquals("leased connections", 0, creator::leasedConnections);
    }
}
