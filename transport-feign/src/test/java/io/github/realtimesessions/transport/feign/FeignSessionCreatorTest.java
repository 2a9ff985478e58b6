package io.github.realtimesessions.transport.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.Client;
import feign.DefaultClient;
import feign.DefaultRetryer;
import feign.Logger;
import feign.Request;
import feign.Response;
import feign.codec.ErrorDecoder;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.AuthenticationException;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.InternalServerException;
import io.github.realtimesessions.port.NotFoundException;
import io.github.realtimesessions.port.RetryPolicy;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.port.SessionCreators;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.Fault;
import io.github.realtimesessions.testkit.RecordedRequest;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What is specific to Feign, against a real {@link FakeRealtimeServer} on 127.0.0.1. */
class FeignSessionCreatorTest {

    private static final RealtimeSessionCreateRequest REQUEST =
            RealtimeSessionCreateRequest.builder().model(RealtimeModel.GPT_4O_REALTIME_PREVIEW).build();

    private FakeRealtimeServer server;

    @BeforeEach
    void startServer() {
        server = FakeRealtimeServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** The server's settings with the library's retries off: one fault, one attempt. */
    private ClientSettings.Builder settings() {
        return server.settings().maxRetries(0);
    }

    @Test
    void providerPathFindsTheFeignTransport() {
        assertThat(SessionCreators.availableTransports()).contains("feign");
        try (SessionCreator sessions = SessionCreators.create(settings().build())) {
            assertThat(sessions).isInstanceOf(FeignSessionCreator.class);
            assertThat(sessions.create(REQUEST).clientSecret().value()).startsWith("ek_");
        }
        assertThat(server.takeRequest().header("User-Agent")).contains("transport=feign");
    }

    @Test
    void providerIsNamedFeign() {
        FeignSessionCreatorProvider provider = new FeignSessionCreatorProvider();
        assertThat(provider.name()).isEqualTo("feign");
        try (SessionCreator sessions = provider.create(settings().build())) {
            assertThat(sessions).isInstanceOf(FeignSessionCreator.class);
        }
    }

    @Test
    void userRequestInterceptorAddsAHeader() {
        try (FeignSessionCreator sessions = FeignSessionCreator.builder(settings().build())
                .customize(feign -> feign.requestInterceptor(template -> template.header("X-Tenant", "acme")))
                .build()) {
            sessions.create(REQUEST);
        }
        assertThat(server.takeRequest().header("X-Tenant")).isEqualTo("acme");
    }

    @Test
    void postsToTheEndpointOfTheBaseUri() {
        try (FeignSessionCreator sessions = FeignSessionCreator.create(settings().build())) {
            sessions.create(REQUEST);
        }
        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.method()).isEqualTo("POST");
        assertThat(recorded.path()).isEqualTo(FakeRealtimeServer.SESSIONS_PATH);
    }

    @Test
    void aQueryAddedByAnInterceptorIsSent() {
        // e.g. a gateway that wants an api-version: the template no longer holds the bare path, so the standard
        // HardCodedTarget builds the URL, query included.
        try (FeignSessionCreator sessions = FeignSessionCreator.builder(settings().build())
                .customize(feign -> feign.requestInterceptor(template -> template.query("api-version", "2025-06-03")))
                .build()) {
            assertThat(sessions.create(REQUEST).clientSecret()).isNotNull();
        }
        assertThat(server.takeRequest().path()).isEqualTo(FakeRealtimeServer.SESSIONS_PATH + "?api-version=2025-06-03");
    }

    @Test
    void anAbsoluteUrlSetByAnInterceptorIsWhereTheRequestGoes() {
        try (FakeRealtimeServer gateway = FakeRealtimeServer.start()) {
            String gatewayUrl = gateway.settings().build().baseUri() + "/realtime/sessions";
            try (FeignSessionCreator sessions = FeignSessionCreator.builder(settings().build())
                    .customize(feign -> feign.requestInterceptor(template -> template.target(gatewayUrl).uri("")))
                    .build()) {
                sessions.create(REQUEST);
            }
            assertThat(gateway.takeRequest().path()).isEqualTo(FakeRealtimeServer.SESSIONS_PATH);
        }
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void libraryHeadersWinOverAUserInterceptor() {
        try (FeignSessionCreator sessions = FeignSessionCreator.builder(settings().build())
                .customize(feign -> feign.requestInterceptor(template -> template
                        .header("Authorization", "Bearer sk-wrong-key-000000")
                        .header("Content-Type", "text/plain")
                        .header("User-Agent", "someone-else")))
                .build()) {
            assertThat(sessions.create(REQUEST).clientSecret()).isNotNull();
        }
        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.headerValues("Authorization")).containsExactly("Bearer " + server.apiKey());
        assertThat(recorded.headerValues("Content-Type")).containsExactly("application/json");
        assertThat(recorded.header("User-Agent")).startsWith("realtime-sessions-java/").contains("transport=feign");
    }

    @Test
    void libraryHeadersReplaceAnInterceptorsWhateverTheirCase() {
        ClientSettings settings = settings()
                .organization("org-library")
                .project("proj_library")
                .extraHeader("X-Trace", "library-trace")
                .build();
        try (FeignSessionCreator sessions = FeignSessionCreator.builder(settings)
                .customize(feign -> feign.requestInterceptor(template -> template
                        .header("authorization", "Bearer sk-wrong-key-000000")
                        .header("CONTENT-TYPE", "text/plain")
                        .header("accept", "text/html")
                        .header("user-agent", "someone-else")
                        .header("openai-organization", "org-user")
                        .header("OPENAI-PROJECT", "proj_user")
                        .header("x-trace", "user-trace")
                        .header("X-Tenant", "acme")))
                .build()) {
            assertThat(sessions.create(REQUEST).clientSecret()).isNotNull();
        }
        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.headerValues("Authorization")).containsExactly("Bearer " + server.apiKey());
        assertThat(recorded.headerValues("Content-Type")).containsExactly("application/json");
        assertThat(recorded.headerValues("Accept")).containsExactly("application/json");
        assertThat(recorded.headerValues("User-Agent")).singleElement().asString()
                .startsWith("realtime-sessions-java/").contains("transport=feign");
        assertThat(recorded.headerValues("OpenAI-Organization")).containsExactly("org-library");
        assertThat(recorded.headerValues("OpenAI-Project")).containsExactly("proj_library");
        assertThat(recorded.headerValues("X-Trace")).containsExactly("library-trace");
        assertThat(recorded.headerValues("X-Tenant")).containsExactly("acme");
    }

    @Test
    void sendsAFixedLengthBodyAndHeaderValuesLiterally() {
        ClientSettings settings = settings()
                .extraHeader("X-Trace", "{not-a-template}")
                .extraHeader("X-Brace", "a{b")
                .extraHeader("X-Dollar", "${user.home}")
                .build();
        try (FeignSessionCreator sessions = FeignSessionCreator.create(settings)) {
            sessions.create(REQUEST);
        }
        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.method()).isEqualTo("POST");
        assertThat(recorded.path()).isEqualTo(FakeRealtimeServer.SESSIONS_PATH);
        assertThat(recorded.header("X-Trace")).isEqualTo("{not-a-template}");
        assertThat(recorded.header("X-Brace")).isEqualTo("a{b");
        assertThat(recorded.header("X-Dollar")).isEqualTo("${user.home}");
        assertThat(recorded.header("Content-Length")).isEqualTo(String.valueOf(recorded.body().length));
        assertThat(recorded.header("Transfer-Encoding")).isNull();
    }

    @Test
    void userSuppliedClientIsUsed() {
        CountingClient client = new CountingClient(new DefaultClient(null, null));
        try (FeignSessionCreator sessions =
                FeignSessionCreator.builder(settings().build()).client(client).build()) {
            sessions.create(REQUEST);
            sessions.create(REQUEST);
            assertThat(sessions.toString()).contains(CountingClient.class.getName()).doesNotContain("(default)");
        }
        assertThat(client.calls).hasValue(2);
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void capabilityEnrichesTheClient() {
        CountingCapability metrics = new CountingCapability();
        try (FeignSessionCreator sessions = FeignSessionCreator.builder(settings().build())
                .customize(feign -> feign.addCapability(metrics))
                .build()) {
            sessions.create(REQUEST);
        }
        assertThat(metrics.calls()).isEqualTo(1);
        assertThat(server.takeRequest().header("Authorization")).isEqualTo("Bearer " + server.apiKey());
    }

    @Test
    void customizerCannotReplaceTheLibrarysCodecsOrRetryer() {
        ErrorDecoder swallowing = (methodKey, response) -> new IllegalStateException("user error decoder");
        try (FeignSessionCreator sessions = FeignSessionCreator.builder(settings().build())
                .customize(feign -> feign
                        .retryer(new DefaultRetryer(1, 1, 5))
                        .dismiss404()
                        .errorDecoder(swallowing)
                        .decoder((response, type) -> null)
                        .options(new Request.Options(1, TimeUnit.MILLISECONDS, 1, TimeUnit.MILLISECONDS, true)))
                .build()) {
            server.enqueue(Fault.error(404, "invalid_request_error", null, "Invalid URL"));
            assertThatThrownBy(() -> sessions.create(REQUEST)).isInstanceOf(NotFoundException.class);

            server.enqueue(Fault.connectionReset());
            assertThatThrownBy(() -> sessions.create(REQUEST)).isInstanceOf(ApiConnectionException.class);

            assertThat(sessions.create(REQUEST).clientSecret()).isNotNull();
        }
        // One request per call: Feign's retryer stayed off, and the 1 ms options did not apply.
        assertThat(server.requestCount()).isEqualTo(3);
    }

    @Test
    void libraryRetryPolicyRetriesThroughFeign() {
        ClientSettings settings = settings()
                .retryPolicy(new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO))
                .build();
        server.enqueue(Fault.error(503, "server_error", null, "try again"));
        try (FeignSessionCreator sessions = FeignSessionCreator.create(settings)) {
            assertThat(sessions.create(REQUEST).clientSecret()).isNotNull();
        }
        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(server.sessions().callCount()).isEqualTo(1);
    }

    @Test
    void feignLoggerNeverSeesTheApiKeyEvenAtFullLevel() {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Logger capturing = new Logger() {
            @Override
            protected void log(String configKey, String format, Object... args) {
                lines.add(String.format(format, args));
            }
        };
        try (FeignSessionCreator sessions = FeignSessionCreator.builder(settings().build())
                .customize(feign -> feign
                        .requestInterceptor(template -> template.header("X-Tenant", "acme"))
                        .logger(capturing)
                        .logLevel(Logger.Level.FULL))
                .build()) {
            assertThat(sessions.create(REQUEST).clientSecret().value()).startsWith("ek_");
            // FULL reads the whole body to print it; the connection still goes back to the pool.
            assertThat(sessions.leasedConnections()).isZero();
        }
        assertThat(lines).anyMatch(line -> line.startsWith("---> POST " + server.baseUri()));
        assertThat(lines).anyMatch(line -> line.equalsIgnoreCase("x-tenant: acme"));
        assertThat(lines).anyMatch(line -> line.startsWith("<--- HTTP/1.1 200"));
        // The library's headers are added after Feign logged the request: none of them is in the log, above all not
        // the API key.
        assertThat(lines).noneMatch(line -> line.toLowerCase(Locale.ROOT).startsWith("authorization:"));
        assertThat(lines).noneMatch(line -> line.toLowerCase(Locale.ROOT).startsWith("user-agent:"));
        assertThat(String.join("\n", lines)).doesNotContain(server.apiKey()).doesNotContainIgnoringCase("bearer");
        assertThat(server.takeRequest().header("Authorization")).isEqualTo("Bearer " + server.apiKey());
    }

    @Test
    void redirectsAreNotFollowed() {
        server.enqueue(Fault.status(307, null, null, Map.of("Location", server.baseUri() + "/elsewhere")));
        try (FeignSessionCreator sessions = FeignSessionCreator.create(settings().build())) {
            assertThatThrownBy(() -> sessions.create(REQUEST))
                    .isInstanceOfSatisfying(ApiStatusException.class, e -> assertThat(e.status()).isEqualTo(307));
        }
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void statusErrorKeepsTheRequestId() {
        server.enqueue(Fault.status(503, "application/json",
                "{\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\",\"param\":null,\"code\":null}}",
                Map.of("x-request-id", "req_feign_123")));
        try (FeignSessionCreator sessions = FeignSessionCreator.create(settings().build())) {
            assertThatThrownBy(() -> sessions.create(REQUEST))
                    .isInstanceOfSatisfying(InternalServerException.class, e -> {
                        assertThat(e.requestId()).isEqualTo("req_feign_123");
                        assertThat(e.errorMessage()).isEqualTo("overloaded");
                    });
        }
    }

    @Test
    void timeoutSurfacesAsApiTimeoutWithTheIoCause() {
        server.enqueue(Fault.delayBeforeHeaders(Duration.ofSeconds(5)));
        ClientSettings settings = settings().responseTimeout(Duration.ofMillis(200)).build();
        try (FeignSessionCreator sessions = FeignSessionCreator.create(settings)) {
            assertThatThrownBy(() -> sessions.create(REQUEST))
                    .isInstanceOf(ApiTimeoutException.class)
                    .hasCauseInstanceOf(SocketTimeoutException.class)
                    .hasMessageContaining(FakeRealtimeServer.SESSIONS_PATH);
        }
    }

    @Test
    void truncatedBodyIsAConnectionFailureEvenOverHttpUrlConnection() {
        // JDK 17's HttpURLConnection reports a body cut short as a normal end of stream, which transport-core's
        // Content-Length check turns into an EOFException; newer JDKs throw "Premature EOF" themselves. Either way it
        // is a connection failure, never a malformed answer.
        server.enqueue(Fault.truncatedBody());
        try (FeignSessionCreator sessions =
                FeignSessionCreator.builder(settings().build()).client(new DefaultClient(null, null)).build()) {
            assertThatThrownBy(() -> sessions.create(REQUEST))
                    .isExactlyInstanceOf(ApiConnectionException.class)
                    .hasCauseInstanceOf(java.io.IOException.class)
                    .hasMessageContaining("failed without an answer");
        }
    }

    @Test
    void keepsOneConnectionAliveAcrossSuccessesAndErrors() {
        try (FeignSessionCreator sessions = FeignSessionCreator.create(settings().build())) {
            sessions.create(REQUEST);
            server.enqueue(Fault.error(429, "rate_limit_exceeded", "rate_limit_exceeded", "slow down"));
            assertThatThrownBy(() -> sessions.create(REQUEST)).isInstanceOf(ApiStatusException.class);
            server.enqueue(Fault.error(400, "invalid_request_error", null, "bad"));
            assertThatThrownBy(() -> sessions.create(REQUEST)).isInstanceOf(ApiStatusException.class);
            RealtimeSessionCreateResponse last = sessions.create(REQUEST);
            assertThat(last.clientSecret()).isNotNull();

            assertThat(server.requestCount()).isEqualTo(4);
            assertThat(server.openConnections()).isEqualTo(1);
            assertThat(sessions.leasedConnections()).isZero();
        }
    }

    @Test
    void closeShutsTheDefaultPoolAndRefusesFurtherCalls() throws InterruptedException {
        FeignSessionCreator sessions = FeignSessionCreator.create(settings().build());
        sessions.create(REQUEST);
        assertThat(server.openConnections()).isEqualTo(1);

        sessions.close();
        sessions.close();

        assertThatThrownBy(() -> sessions.create(REQUEST))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThat(sessions.toString()).endsWith(", closed]");
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (server.openConnections() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10); // waits for the server to see the socket close; no clock to inject here
        }
        assertThat(server.openConnections()).as("the pooled connection was closed").isZero();
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void plainDefaultClientStillMapsA401ButLosesItsBody() {
        // HttpURLConnection in streaming mode drops the body of every 401 (HttpRetryException) - the reason it is not
        // the default. The status and headers still arrive, so the exception type and request id are right.
        ClientSettings settings = settings().apiKey("sk-wrong-key-for-the-default-client-test").build();
        try (FeignSessionCreator sessions =
                FeignSessionCreator.builder(settings).client(new DefaultClient(null, null)).build()) {
            assertThatThrownBy(() -> sessions.create(REQUEST))
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                        assertThat(e.status()).isEqualTo(401);
                        assertThat(e.requestId()).startsWith("req_");
                        assertThat(e.getMessage()).doesNotContain("sk-wrong-key-for-the-default-client-test");
                    });
        }
    }

    @Test
    void timeoutsMapToFeignOptions() {
        ClientSettings settings = settings()
                .connectTimeout(Duration.ofMillis(1500))
                .responseTimeout(Duration.ofSeconds(42))
                .build();
        Request.Options options = FeignSessionCreator.options(settings);
        assertThat(options.connectTimeoutMillis()).isEqualTo(1500);
        assertThat(options.readTimeoutMillis()).isEqualTo(42_000);
        assertThat(options.isFollowRedirects()).isFalse();
    }

    @Test
    void timeoutsAreClampedIntoFeignsIntRange() {
        ClientSettings settings = settings()
                .connectTimeout(Duration.ofNanos(1))
                .responseTimeout(Duration.ofDays(365 * 100))
                .build();
        Request.Options options = FeignSessionCreator.options(settings);
        assertThat(options.connectTimeoutMillis()).isEqualTo(1);
        assertThat(options.readTimeoutMillis()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void toStringNamesNoSecret() {
        try (FeignSessionCreator sessions = FeignSessionCreator.create(settings().build())) {
            assertThat(sessions.toString())
                    .contains(server.baseUri().toString())
                    .contains(PooledApacheClient.class.getName() + " (default)")
                    .doesNotContain(server.apiKey());
        }
    }

    @Test
    void failingCustomizerSurfacesUnchanged() {
        IllegalStateException boom = new IllegalStateException("customizer failed");
        FeignSessionCreator.Builder builder = FeignSessionCreator.builder(settings().build()).customize(feign -> {
            throw boom;
        });

        assertThatThrownBy(builder::build).isSameAs(boom);
    }

    @Test
    void builderRejectsNulls() {
        assertThatThrownBy(() -> FeignSessionCreator.builder(null)).isInstanceOf(NullPointerException.class);
        FeignSessionCreator.Builder builder = FeignSessionCreator.builder(settings().build());
        assertThatThrownBy(() -> builder.client(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("client");
        assertThatThrownBy(() -> builder.customize(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("customizer");
    }

    /** A real client that counts what passes through it. */
    private static final class CountingClient implements Client {
        private final Client delegate;
        private final AtomicInteger calls = new AtomicInteger();

        CountingClient(Client delegate) {
            this.delegate = delegate;
        }

        @Override
        public Response execute(Request request, Request.Options options) throws IOException {
            calls.incrementAndGet();
            return delegate.execute(request, options);
        }
    }
}
