package io.github.realtimesessions.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.port.ApiCancelledException;
import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.InternalServerException;
import io.github.realtimesessions.port.ResponseFormatException;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.Fault;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.core5.reactor.IOReactorStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link ApacheSessionCreator} over a caller's own {@code CloseableHttpClient} and {@code CloseableHttpAsyncClient}
 * ({@link CallersClients}): every call goes through them (their interceptors tag what the fake server records), in
 * every combination the builder allows; the creator starts an async client that is not started yet and never closes
 * a client it did not create, not even with a call in flight; and over the caller's clients, with their own patient
 * timeouts, the library still ends a call at its deadline or on {@code close()} (and drops that connection), cuts a
 * body at {@code maxResponseBytes} (closing the connection instead of draining it, and leaving the caller's pools with
 * nothing leased) and keeps the credential out of every failure, even one a caller's interceptor words with the
 * {@code Authorization} header in it.
 */
class ApacheCallersClientsTest {

    /** The four ways a call can run over a caller's clients. */
    enum Setup {
        /** {@code httpClient(...)}, a blocking call. */
        CLASSIC_CLIENT_BLOCKING_CALL(CallPath.BLOCKING, "classic"),
        /** {@code httpClient(...)} and {@code asyncExecutor(...)}, an asynchronous call run on the executor. */
        CLASSIC_CLIENT_ASYNC_CALL(CallPath.ASYNC, "classic"),
        /** {@code asyncHttpClient(...)}, an asynchronous call. */
        ASYNC_CLIENT_ASYNC_CALL(CallPath.ASYNC, "async"),
        /** {@code asyncHttpClient(...)}, a blocking call that waits for the async client. */
        ASYNC_CLIENT_BLOCKING_CALL(CallPath.BLOCKING, "async");

        final CallPath path;
        final String tag;

        Setup(CallPath path, String tag) {
            this.path = path;
            this.tag = tag;
        }

        ApacheSessionCreator.Builder over(ApacheSessionCreator.Builder builder, CallersClients clients) {
            return tag.equals("classic")
                    ? builder.httpClient(clients.classic).asyncExecutor(clients.asyncExecutor)
                    : builder.asyncHttpClient(clients.async);
        }
    }

    /**
     * An answer whose body arrives a byte per 100 ms, for minutes: a server that is alive but never done. Not a silent
     * one: HttpClient's async client does not always pass a cancel on to the exchange (over a kept-alive connection
     * never), and the library has no handle on the connection of a caller's async client; it drops the connection on
     * the next bytes that arrive, so a silent server would hold it until the caller's own read timeout.
     */
    private static final Fault TRICKLING = Fault.trickleBody(Duration.ofMillis(100));

    private FakeRealtimeServer server;
    private final List<ApacheSessionCreator> creators = new ArrayList<>();
    private final List<CallersClients> clients = new ArrayList<>();
    private final ExecutorService callers = Executors.newCachedThreadPool();

    @BeforeEach
    void startServer() {
        server = FakeRealtimeServer.start();
    }

    @AfterEach
    void closeEverything() throws IOException {
        creators.forEach(ApacheSessionCreator::close);
        for (CallersClients each : clients) {
            each.close();
        }
        callers.shutdownNow();
        server.close();
    }

    private ClientSettings.Builder settings() {
        return server.settings().maxRetries(0).connectTimeout(Duration.ofSeconds(2))
                .responseTimeout(Duration.ofSeconds(5)).callTimeout(Duration.ofSeconds(10));
    }

    private CallersClients track(CallersClients created) {
        clients.add(created);
        return created;
    }

    private ApacheSessionCreator track(ApacheSessionCreator creator) {
        creators.add(creator);
        return creator;
    }

    private ApacheSessionCreator creator(Setup setup, CallersClients over, ClientSettings settings) {
        return track(setup.over(ApacheSessionCreator.builder(settings), over).build());
    }

    // ------------------------------------------------------------------------------------- used, never closed

    @Test
    void theCallersClassicClientCarriesEveryCallAndOutlivesTheCreator() {
        CallersClients own = track(CallersClients.create());
        AtomicInteger onTheExecutor = new AtomicInteger();
        Executor counting = task -> {
            onTheExecutor.incrementAndGet();
            own.asyncExecutor.execute(task);
        };
        ApacheSessionCreator creator = ApacheSessionCreator.builder(settings().build())
                .httpClient(own.classic)
                .asyncExecutor(counting)
                .build();
        assertThat(creator.ownsHttpClient()).isFalse();

        CallPath.BLOCKING.mint(creator, Requests.minimal());
        CallPath.ASYNC.mint(creator, Requests.minimal());

        assertThat(own.classicRequests).hasValue(2);
        assertThat(onTheExecutor).as("asynchronous calls run on the executor").hasValue(1);
        assertThat(server.takeRequest().header(CallersClients.TAG)).isEqualTo("classic");
        assertThat(server.takeRequest().header(CallersClients.TAG)).isEqualTo("classic");
        assertThat(creator.leasedConnections()).as("unknown for a caller's pool").isZero();

        creator.close();

        assertThat(own.classicPool.isClosed()).isFalse();
        try (ApacheSessionCreator again = ApacheSessionCreator.builder(settings().build()).httpClient(own.classic)
                .build()) {
            assertThat(again.createClientSecret(Requests.minimal()).value()).startsWith("ek_");
        }
        assertThat(own.classicRequests).hasValue(3);
    }

    @Test
    void theCallersAsyncClientCarriesEveryCallIsStartedWhenFirstNeededAndOutlivesTheCreator() {
        CallersClients own = track(CallersClients.create());
        ApacheSessionCreator creator = ApacheSessionCreator.builder(settings().build())
                .asyncHttpClient(own.async)
                .build();
        assertThat(own.async.getStatus()).as("before the first call").isEqualTo(IOReactorStatus.INACTIVE);

        CallPath.BLOCKING.mint(creator, Requests.minimal());
        CallPath.ASYNC.mint(creator, Requests.minimal());

        assertThat(own.asyncRequests).hasValue(2);
        assertThat(server.takeRequest().header(CallersClients.TAG)).isEqualTo("async");
        assertThat(server.takeRequest().header(CallersClients.TAG)).isEqualTo("async");
        assertThat(creator.ownsHttpClient()).isFalse();

        creator.close();

        assertThat(own.async.getStatus()).isEqualTo(IOReactorStatus.ACTIVE);
        assertThat(own.asyncPool.isClosed()).isFalse();
        try (ApacheSessionCreator again = ApacheSessionCreator.builder(settings().build()).asyncHttpClient(own.async)
                .build()) {
            assertThat(CallPath.ASYNC.mint(again, Requests.minimal()).value()).startsWith("ek_");
        }
        assertThat(own.asyncRequests).hasValue(3);
    }

    @Test
    void withBothClientsBlockingCallsTakeTheClassicOneAndAsyncCallsTheAsyncOne() {
        CallersClients own = track(CallersClients.create());
        ApacheSessionCreator creator = track(ApacheSessionCreator.builder(settings().build())
                .httpClient(own.classic)
                .asyncHttpClient(own.async)
                .build());

        CallPath.BLOCKING.mint(creator, Requests.minimal());
        CallPath.ASYNC.mint(creator, Requests.minimal());

        assertThat(server.takeRequest().header(CallersClients.TAG)).isEqualTo("classic");
        assertThat(server.takeRequest().header(CallersClients.TAG)).isEqualTo("async");
    }

    @ParameterizedTest
    @EnumSource(Setup.class)
    void closingTheCreatorMidCallEndsTheCallAndLeavesTheCallersClientUsable(Setup setup) throws Exception {
        CallersClients own = track(CallersClients.create());
        server.enqueue(TRICKLING);
        ApacheSessionCreator creator = creator(setup, own, settings().responseTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(50)).build());
        CompletableFuture<ClientSecretResponse> call = setup.path.start(creator, Requests.minimal(), callers);
        server.takeRequest(Duration.ofSeconds(10));

        creator.close();

        assertThatThrownBy(() -> CallPath.await(call)).isInstanceOf(ApiCancelledException.class);
        Await.untilEquals("connections the server still sees open", 0, server::openConnections);
        Await.untilEquals("connections the caller's pools lease", 0, own::leased);
        ApacheSessionCreator next = creator(setup, own, settings().build());
        assertThat(setup.path.mint(next, Requests.minimal()).value()).startsWith("ek_");
    }

    /** Control case: a caller's client is used as configured; with HttpClient's default cookie store it sends cookies. */
    @ParameterizedTest
    @EnumSource(value = Setup.class, names = {"CLASSIC_CLIENT_BLOCKING_CALL", "ASYNC_CLIENT_ASYNC_CALL"})
    void theCallersClientKeepsItsOwnConfigurationItsCookieStoreIncluded(Setup setup) {
        CallersClients own = track(CallersClients.withCookies());
        server.enqueue(Fault.error(500, "server_error", null, "try again",
                Map.of("Set-Cookie", "affinity=node-7; Path=/")));
        ApacheSessionCreator creator = creator(setup, own, settings().build());
        assertThatThrownBy(() -> setup.path.mint(creator, Requests.minimal()))
                .isInstanceOf(InternalServerException.class);

        setup.path.mint(creator, Requests.minimal());

        server.takeRequest();
        assertThat(server.takeRequest().header("Cookie")).isEqualTo("affinity=node-7");
    }

    // ------------------------------------------------------------------- the library's limits over them

    @ParameterizedTest
    @EnumSource(Setup.class)
    void theCallsDeadlineEndsATricklingAnswerOverTheCallersPatientClient(Setup setup) {
        CallersClients own = track(CallersClients.create());
        server.enqueue(TRICKLING);
        Duration deadline = Duration.ofMillis(700);
        ApacheSessionCreator creator = creator(setup, own, settings().responseTimeout(Duration.ofSeconds(30))
                .callTimeout(deadline).build());

        long start = System.nanoTime();
        Throwable thrown = catchThrowable(() -> setup.path.mint(creator, Requests.minimal()));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(thrown).isInstanceOf(ApiTimeoutException.class);
        assertThat(took).as("time until the call ended").isLessThan(deadline.plus(Duration.ofSeconds(3)));
        Await.untilEquals("connections the server still sees open", 0, server::openConnections);
        Await.untilEquals("connections the caller's pools lease", 0, own::leased);
    }

    @ParameterizedTest
    @EnumSource(Setup.class)
    void anEndlessBodyIsCutAtTheCapOverTheCallersClientAndItsConnectionClosed(Setup setup) {
        CallersClients own = track(CallersClients.create());
        server.enqueue(Fault.endlessBody());
        int cap = 64 * 1024;
        ApacheSessionCreator creator = creator(setup, own, settings().maxResponseBytes(cap).build());

        assertThatThrownBy(() -> setup.path.mint(creator, Requests.minimal()))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessageContaining(String.valueOf(cap));

        Await.untilEquals("connections the server still sees open", 0, server::openConnections);
        Await.untilEquals("connections the caller's pools lease", 0, own::leased);
        assertThat(setup.path.mint(creator, Requests.minimal()).value()).startsWith("ek_");
    }

    @ParameterizedTest
    @EnumSource(Setup.class)
    void aFailureTheCallersInterceptorWordsWithTheCredentialCarriesNoCredential(Setup setup) {
        CallersClients own = track(CallersClients.withInterceptor((request, entity, context) -> {
            throw new IOException("the egress proxy refused " + request.getFirstHeader("Authorization"));
        }));
        ApacheSessionCreator creator = creator(setup, own, settings().build());

        Throwable thrown = catchThrowable(() -> setup.path.mint(creator, Requests.minimal()));

        assertThat(thrown).isInstanceOf(ApiConnectionException.class).hasMessageContaining("egress proxy refused");
        Secrets.assertNoneIn(thrown, List.of(server.apiKey()));
        assertThat(server.requestCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Setup.class)
    void anAnswerEchoingTheCredentialLeavesItOutOfTheFailure(Setup setup) {
        CallersClients own = track(CallersClients.create());
        server.enqueue(Fault.echoHeader("Authorization", 502));
        ApacheSessionCreator creator = creator(setup, own, settings().build());

        Throwable thrown = catchThrowable(() -> setup.path.mint(creator, Requests.minimal()));

        assertThat(thrown).isInstanceOf(InternalServerException.class);
        Secrets.assertNoneIn(thrown, List.of(server.apiKey()));
        assertThat(server.takeRequest().header(CallersClients.TAG)).isEqualTo(setup.tag);
    }
}
