package io.github.realtimesessions.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.port.ApiCancelledException;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.InternalServerException;
import io.github.realtimesessions.port.ResponseFormatException;
import io.github.realtimesessions.port.RetryPolicy;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.Fault;
import io.github.realtimesessions.testkit.RecordedRequest;
import io.github.realtimesessions.transport.core.internal.WireCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clients {@link ApacheSessionCreator} builds for itself, blocking and async, against the fake server on
 * 127.0.0.1: none of HttpClient's automatic retries (only the library's {@code RetryPolicy} resends), no redirect
 * followed, no cookie stored, no content compression (no {@code Accept-Encoding} sent, a gzip answer left as it is),
 * one kept-alive connection for sequential calls, {@code maxConnections} as a hard bound, the async client built and
 * its I/O threads started only on the first asynchronous call, the customizers applied, and {@code close()} ending the
 * calls in flight with {@link ApiCancelledException}, closing every connection and stopping every I/O thread, without
 * an error in the log.
 */
class ApacheOwnClientsTest {

    private FakeRealtimeServer server;
    private final List<ApacheSessionCreator> creators = new ArrayList<>();
    private final ExecutorService callers = Executors.newCachedThreadPool();

    @BeforeEach
    void startServer() {
        server = FakeRealtimeServer.start();
    }

    @AfterEach
    void closeEverything() {
        creators.forEach(ApacheSessionCreator::close);
        callers.shutdownNow();
        server.close();
    }

    /** One attempt per call, short timeouts: each case meets exactly the faults it enqueues. */
    private ClientSettings.Builder settings() {
        return server.settings().maxRetries(0).connectTimeout(Duration.ofSeconds(2))
                .responseTimeout(Duration.ofSeconds(5)).callTimeout(Duration.ofSeconds(10));
    }

    private ApacheSessionCreator track(ApacheSessionCreator creator) {
        creators.add(creator);
        return creator;
    }

    private ApacheSessionCreator creator(ClientSettings settings) {
        return track(ApacheSessionCreator.create(settings));
    }

    // ------------------------------------------------------------------------------------------------ retries

    @ParameterizedTest
    @EnumSource(CallPath.class)
    void a503IsSentOnceWhenTheLibraryMayNotRetry(CallPath path) {
        // HttpClient's default retry strategy resends a 503 with Retry-After, POST or not; the library's clients must not.
        server.enqueue(Fault.retryAfter(503, "1"));
        ApacheSessionCreator creator = creator(settings().build());

        assertThatThrownBy(() -> path.mint(creator, Requests.minimal())).isInstanceOf(InternalServerException.class);

        assertThat(server.requestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(CallPath.class)
    void a503IsResentExactlyAsOftenAsTheRetryPolicySays(CallPath path) {
        server.enqueue(3, Fault.error(503, "server_error", null, "The engine is currently overloaded."));
        ApacheSessionCreator creator = creator(settings().retryPolicy(RetryPolicy.builder().maxRetries(2)
                .baseDelay(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5)).build()).build());

        Throwable thrown = catchThrowable(() -> path.mint(creator, Requests.minimal()));

        assertThat(thrown).isInstanceOfSatisfying(InternalServerException.class,
                failure -> assertThat(failure.attempts()).isEqualTo(3));
        assertThat(server.requestCount()).isEqualTo(3);
    }

    // ------------------------------------------------------------------------------------- redirects, cookies

    @ParameterizedTest
    @EnumSource(CallPath.class)
    void aRedirectIsAnAnswerNotAnInstructionToFollow(CallPath path) {
        // 307 keeps method and body: a client following it would resend the POST, and the next answer would succeed.
        server.enqueue(Fault.status(307, "text/plain", "moved",
                Map.of("Location", server.baseUri() + "/realtime/client_secrets")));
        ApacheSessionCreator creator = creator(settings().build());

        Throwable thrown = catchThrowable(() -> path.mint(creator, Requests.minimal()));

        assertThat(thrown).isInstanceOfSatisfying(ApiStatusException.class,
                failure -> assertThat(failure.status()).isEqualTo(307));
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(CallPath.class)
    void aCookieTheServerSetsIsNeverSentBack(CallPath path) {
        server.enqueue(Fault.error(500, "server_error", null, "try again",
                Map.of("Set-Cookie", "affinity=node-7; Path=/")));
        ApacheSessionCreator creator = creator(settings().build());
        assertThatThrownBy(() -> path.mint(creator, Requests.minimal())).isInstanceOf(InternalServerException.class);

        path.mint(creator, Requests.minimal());

        server.takeRequest();
        assertThat(server.takeRequest().header("Cookie")).isNull();
    }

    // ---------------------------------------------------------------------------------------------- compression

    @ParameterizedTest
    @EnumSource(CallPath.class)
    void noAcceptEncodingIsSentAndAGzipAnswerIsNotDecoded(CallPath path) {
        byte[] json = WireCodec.instance().encode(Schemas.CLIENT_SECRET_RESPONSE,
                server.sessions().defaultAnswer(Requests.minimal()));
        ApacheSessionCreator creator = creator(settings().build());
        // The same answer, plain: read as it is.
        server.enqueue(new Fault.Respond(200, "application/json", json, Map.of()));
        assertThat(path.mint(creator, Requests.minimal()).value()).startsWith("ek_");
        // Gzipped: a client that decoded it would read the same answer; the library's clients hand over the bytes.
        server.enqueue(new Fault.Respond(200, "application/json", gzip(json), Map.of("Content-Encoding", "gzip")));

        assertThatThrownBy(() -> path.mint(creator, Requests.minimal())).isInstanceOf(ResponseFormatException.class);

        for (RecordedRequest request : server.requests()) {
            assertThat(request.header("Accept-Encoding")).as("Accept-Encoding of %s", request).isNull();
        }
    }

    // ---------------------------------------------------------------------------------------------- connections

    @ParameterizedTest
    @EnumSource(CallPath.class)
    void sequentialCallsShareOneKeptAliveConnection(CallPath path) throws Exception {
        try (ConnectionCountingRelay relay = ConnectionCountingRelay.to(server.baseUri())) {
            ApacheSessionCreator creator = creator(settings().baseUri(relay.relayed(server.baseUri())).build());

            for (int call = 0; call < 5; call++) {
                assertThat(path.mint(creator, Requests.minimal()).value()).startsWith("ek_");
            }

            assertThat(server.requestCount()).isEqualTo(5);
            assertThat(relay.acceptedConnections()).isEqualTo(1);
            assertThat(creator.leasedConnections()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(CallPath.class)
    void maxConnectionsBoundsTheConnectionsInUseAndACallBeyondWaitsOnlyTheConnectTimeout(CallPath path)
            throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Function<ClientSecretRequest, ClientSecretResponse> held = request -> {
            awaitQuietly(release);
            return server.sessions().defaultAnswer(request);
        };
        server.sessions().clientSecrets().answerNext(held).answerNext(held);
        Duration connectTimeout = Duration.ofMillis(500);
        ApacheSessionCreator creator = track(ApacheSessionCreator.builder(settings().connectTimeout(connectTimeout)
                        .responseTimeout(Duration.ofSeconds(10)).callTimeout(Duration.ofSeconds(20)).build())
                .maxConnections(2)
                .build());
        try {
            CompletableFuture<ClientSecretResponse> first = path.start(creator, Requests.minimal(), callers);
            CompletableFuture<ClientSecretResponse> second = path.start(creator, Requests.minimal(), callers);
            server.takeRequest(Duration.ofSeconds(10));
            server.takeRequest(Duration.ofSeconds(10));
            assertThat(creator.leasedConnections()).isEqualTo(2);

            // Both connections are held by the server: a third call cannot get one, and gives up after the connect
            // timeout (which bounds the wait for a pooled connection), long before its deadline.
            Throwable third = catchThrowable(() -> path.mint(creator, Requests.minimal()));

            assertThat(third).isInstanceOf(ApiTimeoutException.class);
            assertThat(server.requestCount()).as("requests that reached the server").isEqualTo(2);
            release.countDown();
            assertThat(CallPath.await(first).value()).startsWith("ek_");
            assertThat(CallPath.await(second).value()).startsWith("ek_");
        } finally {
            release.countDown();
        }
        Await.untilEquals("leased connections", 0, creator::leasedConnections);
    }

    // ---------------------------------------------------------------------------------------- the async client

    @Test
    void theAsyncClientIsBuiltAndItsIoThreadsStartedOnlyOnTheFirstAsyncCall() throws Exception {
        AtomicInteger asyncClientsBuilt = new AtomicInteger();
        RecordingThreadFactory io = new RecordingThreadFactory("apache-lazy-io");
        ApacheSessionCreator creator = track(ApacheSessionCreator.builder(settings().build())
                .ioThreads(2)
                .asyncClientCustomizer(client -> {
                    asyncClientsBuilt.incrementAndGet();
                    client.setThreadFactory(io);
                })
                .build());

        creator.createClientSecret(Requests.minimal());

        assertThat(asyncClientsBuilt).as("async clients built before any async call").hasValue(0);
        assertThat(io.created()).as("I/O threads before any async call").isZero();

        CallPath.await(creator.async().createClientSecret(Requests.minimal()));
        CallPath.await(creator.async().createClientSecret(Requests.minimal()));

        assertThat(asyncClientsBuilt).hasValue(1);
        assertThat(io.ioDispatchers()).as("I/O dispatch threads").hasSize(2);
    }

    @Test
    void closingBeforeAnyAsyncCallNeverBuildsTheAsyncClient() {
        AtomicInteger asyncClientsBuilt = new AtomicInteger();
        ApacheSessionCreator creator = track(ApacheSessionCreator.builder(settings().build())
                .asyncClientCustomizer(client -> asyncClientsBuilt.incrementAndGet())
                .build());
        creator.createClientSecret(Requests.minimal());

        creator.close();

        assertThatThrownBy(() -> creator.async().createClientSecret(Requests.minimal()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThat(asyncClientsBuilt).hasValue(0);
    }

    @Test
    void theCustomizersConfigureTheClientsTheCreatorBuilds() {
        AtomicInteger poolsCustomized = new AtomicInteger();
        ApacheSessionCreator creator = track(ApacheSessionCreator.builder(settings().build())
                .connectionManagerCustomizer(pool -> poolsCustomized.incrementAndGet())
                .httpClientCustomizer(client -> client.addRequestInterceptorLast(
                        (request, entity, context) -> request.addHeader("X-Customized", "classic")))
                .asyncClientCustomizer(client -> client.addRequestInterceptorLast(
                        (request, entity, context) -> request.addHeader("X-Customized", "async")))
                .build());
        assertThat(poolsCustomized).as("customized when the creator is built").hasValue(1);

        CallPath.BLOCKING.mint(creator, Requests.minimal());
        CallPath.ASYNC.mint(creator, Requests.minimal());

        assertThat(server.takeRequest().header("X-Customized")).isEqualTo("classic");
        assertThat(server.takeRequest().header("X-Customized")).isEqualTo("async");
        assertThat(poolsCustomized).hasValue(1);
    }

    /**
     * A cap of {@link Integer#MAX_VALUE} ("no practical limit") is a valid setting: answers are read as with any cap.
     * The async exchange buffers up to the cap plus one byte, which must not overflow.
     */
    @ParameterizedTest
    @EnumSource(CallPath.class)
    void theLargestPossibleCapStillReadsAnswers(CallPath path) {
        ApacheSessionCreator creator = creator(settings().maxResponseBytes(Integer.MAX_VALUE).build());

        assertThat(path.mint(creator, Requests.minimal()).value()).startsWith("ek_");
    }

    // ------------------------------------------------------------------------------------------------- closing

    @Test
    void closeEndsEveryCallInFlightWithApiCancelledExceptionAndHangsNothing() throws Exception {
        server.enqueue(3, Fault.neverRespond());
        ApacheSessionCreator creator = creator(settings().responseTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(50)).build());
        List<CompletableFuture<ClientSecretResponse>> inFlight = List.of(
                CallPath.BLOCKING.start(creator, Requests.minimal(), callers),
                CallPath.ASYNC.start(creator, Requests.minimal(), callers),
                CallPath.ASYNC.start(creator, Requests.minimal(), callers));
        for (int i = 0; i < inFlight.size(); i++) {
            server.takeRequest(Duration.ofSeconds(10));
        }
        assertThat(server.openConnections()).isEqualTo(3);

        assertTimeoutPreemptively(Duration.ofSeconds(5), creator::close, "close() with calls in flight");

        for (CompletableFuture<ClientSecretResponse> call : inFlight) {
            assertThat(failureOf(call)).isInstanceOf(ApiCancelledException.class)
                    .hasMessageContaining("closed");
        }
        Await.untilEquals("connections the server still sees open", 0, server::openConnections);
        assertThat(creator.leasedConnections()).isZero();
    }

    @Test
    void closeClosesEveryConnectionAndStopsEveryIoThread() throws Exception {
        RecordingThreadFactory io = new RecordingThreadFactory("apache-close-io");
        ApacheSessionCreator creator = track(ApacheSessionCreator.builder(settings().build())
                .ioThreads(2)
                .asyncClientCustomizer(client -> client.setThreadFactory(io))
                .build());
        CallPath.BLOCKING.mint(creator, Requests.minimal());
        CallPath.ASYNC.mint(creator, Requests.minimal());
        assertThat(server.openConnections()).as("one kept-alive connection per pool").isEqualTo(2);
        assertThat(io.alive()).isNotEmpty();

        creator.close();

        assertThat(creator.isClosed()).isTrue();
        assertThat(creator.leasedConnections()).isZero();
        Await.untilEquals("connections the server still sees open", 0, server::openConnections);
        io.awaitAllTerminated(Duration.ofSeconds(10));
        assertThat(io.alive()).as("I/O threads still running").isEmpty();
        assertThat(io.liveThreadNamesInTheJvm()).isEmpty();
        assertThatThrownBy(() -> creator.createClientSecret(Requests.minimal()))
                .isInstanceOf(IllegalStateException.class);
    }

    /**
     * Closing the async client at once raced its I/O threads' own shutdown: HttpCore's reactor then logged a
     * {@code ClosedSelectorException} at ERROR on almost every {@code close()}. A close logs nothing above INFO.
     */
    @Test
    void closingAfterAsyncCallsLogsNoError() throws Exception {
        RecordingThreadFactory io = new RecordingThreadFactory("apache-close-log-io");
        ch.qos.logback.classic.Logger root =
                (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        try {
            for (int round = 0; round < 5; round++) {
                ApacheSessionCreator creator = ApacheSessionCreator.builder(settings().build())
                        .ioThreads(2)
                        .asyncClientCustomizer(client -> client.setThreadFactory(io))
                        .build();
                CallPath.ASYNC.mint(creator, Requests.minimal());
                creator.close();
            }
            io.awaitAllTerminated(Duration.ofSeconds(10));
        } finally {
            root.detachAppender(appender);
        }

        List<String> problems;
        synchronized (appender) {
            problems = appender.list.stream()
                    .filter(event -> event.getThreadName().startsWith(io.prefix() + "-"))
                    .filter(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                    .map(event -> event.getLevel() + " " + event.getLoggerName() + " " + event.getFormattedMessage()
                            + (event.getThrowableProxy() == null ? "" : " " + event.getThrowableProxy().getClassName()))
                    .toList();
        }
        assertThat(problems).as("what the I/O threads logged while closing").isEmpty();
        assertThat(io.alive()).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private static Throwable failureOf(CompletableFuture<?> future) throws InterruptedException {
        try {
            Object value = future.get(5, TimeUnit.SECONDS);
            throw new AssertionError("expected a failure, got " + value);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the call did not end within 5 s", e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] zipped = out.toByteArray();
        assertThat(Arrays.equals(zipped, bytes)).isFalse();
        return zipped;
    }
}
