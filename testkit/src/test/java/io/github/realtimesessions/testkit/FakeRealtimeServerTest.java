package io.github.realtimesessions.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.transport.core.OpenAiErrorBody;
import io.github.realtimesessions.transport.core.SessionJsonCodec;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FakeRealtimeServerTest {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private static final SessionJsonCodec CODEC = SessionJsonCodec.instance();

    private final FakeRealtimeServer server = FakeRealtimeServer.start();

    @AfterEach
    void closeServer() {
        server.close();
    }

    @Nested
    class NormalAnswers {

        @Test
        void baseUriAndSettingsPointAtTheServer() {
            assertThat(server.baseUri().toString()).matches("http://127\\.0\\.0\\.1:\\d+/v1");
            ClientSettings settings = server.settings().build();
            assertThat(settings.baseUri()).isEqualTo(server.baseUri());
            assertThat(settings.apiKey()).isEqualTo(FakeRealtimeServer.DEFAULT_API_KEY).isEqualTo(server.apiKey());
        }

        @Test
        void answersASessionInTheWireFormat() throws Exception {
            RealtimeSessionCreateRequest request = RealtimeSessionCreateRequest.builder().voice(Voice.SAGE).build();

            HttpResponse<byte[]> response = post(FakeRealtimeServer.SESSIONS_PATH, server.apiKey(),
                    CODEC.encodeRequest(request));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
            assertThat(response.headers().firstValue("x-request-id").orElseThrow()).matches("req_[0-9a-f]{32}");
            RealtimeSessionCreateResponse session = CODEC.decodeResponse(response.body());
            assertThat(session).isEqualTo(server.sessions().lastResponse());
            assertThat(session.voice()).isEqualTo(Voice.SAGE);
            assertThat(server.sessions().lastRequest()).isEqualTo(request);
        }

        @Test
        void missingApiKeyIs401WithoutCode() throws Exception {
            HttpResponse<byte[]> response = post(FakeRealtimeServer.SESSIONS_PATH, null, "{}".getBytes());

            assertThat(response.statusCode()).isEqualTo(401);
            OpenAiErrorBody error = CODEC.decodeError(response.body());
            assertThat(error.type()).isEqualTo("invalid_request_error");
            assertThat(error.code()).isNull();
            assertThat(error.message()).contains("didn't provide an API key");
            assertThat(server.sessions().callCount()).isZero();
        }

        @Test
        void wrongApiKeyIs401WithTheKeyMasked() throws Exception {
            String wrongKey = "sk-wrong-0123456789abcdefghij";

            HttpResponse<byte[]> response = post(FakeRealtimeServer.SESSIONS_PATH, wrongKey, "{}".getBytes());

            assertThat(response.statusCode()).isEqualTo(401);
            OpenAiErrorBody error = CODEC.decodeError(response.body());
            assertThat(error.code()).isEqualTo("invalid_api_key");
            assertThat(error.param()).isNull();
            assertThat(error.message()).startsWith("Incorrect API key provided: sk-w").contains("ghij")
                    .doesNotContain(wrongKey);
            assertThat(new String(response.body(), StandardCharsets.UTF_8))
                    .contains("\"param\":null").contains("\"type\":\"invalid_request_error\"");
        }

        @Test
        void wrongPathOrMethodIs404() throws Exception {
            HttpResponse<byte[]> wrongPath = post("/v1/realtime/session", server.apiKey(), "{}".getBytes());
            HttpResponse<byte[]> wrongMethod = HTTP.send(HttpRequest.newBuilder(uri(FakeRealtimeServer.SESSIONS_PATH))
                            .header("Authorization", "Bearer " + server.apiKey())
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());

            assertThat(wrongPath.statusCode()).isEqualTo(404);
            assertThat(CODEC.decodeError(wrongPath.body()).message())
                    .isEqualTo("Invalid URL (POST /v1/realtime/session)");
            assertThat(wrongMethod.statusCode()).isEqualTo(404);
            assertThat(CODEC.decodeError(wrongMethod.body()).message())
                    .isEqualTo("Invalid URL (GET /v1/realtime/sessions)");
        }

        @Test
        void undecodableBodiesAre400NamingTheField() throws Exception {
            OpenAiErrorBody malformed = badRequest("{\"model\":");
            OpenAiErrorBody unknown = badRequest("{\"modle\":\"gpt-4o-realtime-preview\"}");
            OpenAiErrorBody mistyped = badRequest("{\"temperature\":\"hot\"}");
            OpenAiErrorBody brokenRule = badRequest("{\"temperature\":2.0}");

            assertThat(malformed.param()).isNull();
            assertThat(malformed.message()).startsWith("We could not parse the JSON body");
            assertThat(unknown.param()).isEqualTo("modle");
            assertThat(unknown.code()).isEqualTo("unknown_parameter");
            assertThat(mistyped.param()).isEqualTo("temperature");
            assertThat(mistyped.code()).isEqualTo("invalid_type");
            assertThat(brokenRule.param()).isEqualTo("temperature");
            assertThat(brokenRule.code()).isEqualTo("invalid_value");
            assertThat(brokenRule.message()).contains("between 0.6 and 1.2");
            assertThat(server.sessions().callCount()).isZero();
            assertThat(server.requestCount()).isEqualTo(4);
        }

        @Test
        void apiStatusExceptionOfTheFakeIsRenderedWithItsHeaders() throws Exception {
            server.sessions().failNext(new ApiError(429, "requests", "rate_limit_exceeded", "model", "Slow down",
                    "req_rendered", null, Duration.ofMillis(1500), Boolean.FALSE));

            HttpResponse<byte[]> response = post(FakeRealtimeServer.SESSIONS_PATH, server.apiKey(), "{}".getBytes());

            assertThat(response.statusCode()).isEqualTo(429);
            assertThat(response.headers().firstValue("x-request-id")).hasValue("req_rendered");
            assertThat(response.headers().firstValue("retry-after-ms")).hasValue("1500");
            assertThat(response.headers().firstValue("retry-after")).hasValue("2");
            assertThat(response.headers().firstValue("x-should-retry")).hasValue("false");
            assertThat(CODEC.decodeError(response.body()))
                    .isEqualTo(new OpenAiErrorBody("Slow down", "requests", "model", "rate_limit_exceeded"));
        }

        @Test
        void errorWithOnlyARawBodyIsSentAsIs() throws Exception {
            server.sessions().failNext(new ApiError(502, null, null, null, null, null, "<h1>Bad Gateway</h1>", null,
                    null));

            HttpResponse<byte[]> response = post(FakeRealtimeServer.SESSIONS_PATH, server.apiKey(), "{}".getBytes());

            assertThat(response.statusCode()).isEqualTo(502);
            assertThat(response.headers().firstValue("content-type")).hasValue("text/plain");
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("<h1>Bad Gateway</h1>");
        }

        @Test
        void connectionExceptionOfTheFakeResetsTheConnection() {
            server.sessions().failNext(new ApiConnectionException("reset", null));

            assertThatThrownBy(() -> post(FakeRealtimeServer.SESSIONS_PATH, server.apiKey(), "{}".getBytes()))
                    .isInstanceOf(IOException.class)
                    .isNotInstanceOf(HttpTimeoutException.class);
        }

        @Test
        void timeoutExceptionOfTheFakeMeansNoAnswer() {
            server.sessions().failNext(new ApiTimeoutException("silence", null));
            HttpRequest request = HttpRequest.newBuilder(uri(FakeRealtimeServer.SESSIONS_PATH))
                    .header("Authorization", "Bearer " + server.apiKey())
                    .timeout(Duration.ofMillis(300))
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build();

            assertThatThrownBy(() -> HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray()))
                    .isInstanceOf(HttpTimeoutException.class);
        }

        @Test
        void answerWithoutSecretOfTheFakeIsSentWithoutSecret() throws Exception {
            server.sessions().answerNext(RealtimeSessionCreateResponse.builder().id("sess_no_secret").build());

            HttpResponse<byte[]> response = post(FakeRealtimeServer.SESSIONS_PATH, server.apiKey(), "{}".getBytes());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("client_secret");
        }

        @Test
        void strictFakeComplaintBecomesA500NamingTheProblem() throws Exception {
            try (FakeRealtimeServer strict =
                    FakeRealtimeServer.start(InMemorySessionCreator.builder().strict(true).build())) {
                HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(strict.baseUri().resolve(
                                        "/v1/realtime/sessions"))
                                .header("Authorization", "Bearer " + strict.apiKey())
                                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());

                assertThat(response.statusCode()).isEqualTo(500);
                OpenAiErrorBody error = CODEC.decodeError(response.body());
                assertThat(error.type()).isEqualTo("testkit_error");
                assertThat(error.message()).contains("AssertionError").contains("strict");
            }
        }

        @Test
        void customApiKeyIsHonoured() throws Exception {
            try (FakeRealtimeServer custom =
                    FakeRealtimeServer.start(InMemorySessionCreator.create(), "sk-custom-key-42")) {
                HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(
                                        URI.create(custom.baseUri() + "/realtime/sessions"))
                                .header("Authorization", "Bearer sk-custom-key-42")
                                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());

                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(custom.settings().build().apiKey()).isEqualTo("sk-custom-key-42");
            }
        }

        private OpenAiErrorBody badRequest(String body) throws Exception {
            HttpResponse<byte[]> response = post(FakeRealtimeServer.SESSIONS_PATH, server.apiKey(),
                    body.getBytes(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(400);
            OpenAiErrorBody error = CODEC.decodeError(response.body());
            assertThat(error.type()).isEqualTo("invalid_request_error");
            return error;
        }
    }

    @Nested
    class Recording {

        @Test
        void recordsMethodPathHeadersAndBody() throws Exception {
            post(FakeRealtimeServer.SESSIONS_PATH + "?trace=1", server.apiKey(), "{\"voice\":\"ash\"}".getBytes());

            RecordedRequest request = server.takeRequest();

            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/v1/realtime/sessions?trace=1");
            assertThat(request.header("authorization")).isEqualTo("Bearer " + server.apiKey());
            assertThat(request.header("X-TEST")).isEqualTo("yes");
            assertThat(request.headerValues("x-test")).containsExactly("yes");
            assertThat(request.header("absent")).isNull();
            assertThat(request.bodyText()).isEqualTo("{\"voice\":\"ash\"}");
            assertThat(request.sessionRequest()).isEqualTo(RealtimeSessionCreateRequest.builder()
                    .voice(Voice.ASH)
                    .build());
            assertThat(request.toString()).doesNotContain(server.apiKey()).contains("<redacted>");
        }

        @Test
        void takeRequestReturnsEachRequestOnceInOrder() throws Exception {
            post("/v1/first", server.apiKey(), new byte[0]);
            post("/v1/second", server.apiKey(), new byte[0]);

            assertThat(server.takeRequest().path()).isEqualTo("/v1/first");
            assertThat(server.takeRequest().path()).isEqualTo("/v1/second");
            assertThatThrownBy(server::takeRequest).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("received 2, taken 2");
            assertThat(server.requests()).hasSize(2);
            assertThat(server.requestCount()).isEqualTo(2);
        }

        @Test
        void takeRequestWithTimeoutWaitsForARequestFromAnotherThread() {
            HTTP.sendAsync(HttpRequest.newBuilder(uri("/v1/async")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());

            assertThat(server.takeRequest(Duration.ofSeconds(5)).path()).isEqualTo("/v1/async");
            assertThatThrownBy(() -> server.takeRequest(Duration.ofMillis(50))).isInstanceOf(AssertionError.class);
        }
    }

    @Nested
    class Faults {

        @Test
        void cannedStatusWithHeadersAndABodySkipsTheFake() throws Exception {
            server.enqueue(Fault.status(503, "text/plain", "busy", Map.of("retry-after", "3", "x-request-id", "req_x")));

            HttpResponse<byte[]> response = post(FakeRealtimeServer.SESSIONS_PATH, null, new byte[0]);

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("content-type")).hasValue("text/plain");
            assertThat(response.headers().firstValue("retry-after")).hasValue("3");
            assertThat(response.headers().allValues("x-request-id")).containsExactly("req_x");
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("busy");
            assertThat(server.sessions().callCount()).isZero();
        }

        @Test
        void errorFaultSendsAnOpenAiErrorBody() throws Exception {
            server.enqueue(Fault.error(409, "invalid_request_error", "conflict", "Busy elsewhere"));

            HttpResponse<byte[]> response = post(FakeRealtimeServer.SESSIONS_PATH, server.apiKey(), "{}".getBytes());

            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(response.headers().firstValue("x-request-id")).isPresent();
            assertThat(CODEC.decodeError(response.body()))
                    .isEqualTo(new OpenAiErrorBody("Busy elsewhere", "invalid_request_error", null, "conflict"));
        }

        @Test
        void faultsApplyInOrderOnePerRequest() throws Exception {
            server.enqueue(Fault.notJson(502, "text/html", "<html>gateway</html>"));
            server.enqueue(Fault.error(500, "server_error", null, "oops"));
            assertThat(server.pendingFaults()).isEqualTo(2);

            assertThat(post(FakeRealtimeServer.SESSIONS_PATH, server.apiKey(), "{}".getBytes()).statusCode())
                    .isEqualTo(502);
            assertThat(post(FakeRealtimeServer.SESSIONS_PATH, server.apiKey(), "{}".getBytes()).statusCode())
                    .isEqualTo(500);
            assertThat(post(FakeRealtimeServer.SESSIONS_PATH, server.apiKey(), "{}".getBytes()).statusCode())
                    .isEqualTo(200);
            assertThat(server.pendingFaults()).isZero();
        }

        @Test
        void delayBeforeHeadersThenAnswersNormally() throws Exception {
            server.enqueue(Fault.delayBeforeHeaders(Duration.ofMillis(500)));
            try (RawConnection connection = new RawConnection(server)) {
                connection.sendSessionRequest("{}", false);

                assertThat(connection.nothingArrivesWithin(Duration.ofMillis(100))).isTrue();
                RawResponse response = connection.readResponse(Duration.ofSeconds(5));
                assertThat(response.status()).isEqualTo(200);
                assertThat(CODEC.decodeResponse(response.body())).isEqualTo(server.sessions().lastResponse());
            }
        }

        @Test
        void stallMidBodySendsHalfThenTheRest() throws Exception {
            server.enqueue(Fault.stallMidBody(Duration.ofMillis(500)));
            try (RawConnection connection = new RawConnection(server)) {
                connection.sendSessionRequest("{}", false);

                RawResponse head = connection.readHead(Duration.ofSeconds(5));
                byte[] firstHalf = connection.readBytes(head.contentLength() / 2, Duration.ofSeconds(5));
                assertThat(connection.nothingArrivesWithin(Duration.ofMillis(100))).isTrue();
                byte[] rest = connection.readBytes(head.contentLength() - firstHalf.length, Duration.ofSeconds(5));

                byte[] body = concat(firstHalf, rest);
                assertThat(CODEC.decodeResponse(body)).isEqualTo(server.sessions().lastResponse());
            }
        }

        @Test
        void truncatedBodySendsHalfOfContentLengthThenEnds() throws Exception {
            server.enqueue(Fault.truncatedBody());
            try (RawConnection connection = new RawConnection(server)) {
                connection.sendSessionRequest("{}", false);

                RawResponse head = connection.readHead(Duration.ofSeconds(5));
                byte[] received = connection.readToEnd(Duration.ofSeconds(5));

                assertThat(head.status()).isEqualTo(200);
                assertThat(received.length).isPositive().isLessThan(head.contentLength());
            }
        }

        @Test
        void connectionResetSendsAnRst() throws Exception {
            server.enqueue(Fault.connectionReset());
            try (RawConnection connection = new RawConnection(server)) {
                connection.sendSessionRequest("{}", false);

                assertThatThrownBy(() -> connection.readToEnd(Duration.ofSeconds(5)))
                        .isInstanceOf(SocketException.class)
                        .hasMessageContaining("reset");
            }
            assertThat(server.requestCount()).isEqualTo(1);
        }

        @Test
        void resetMidBodySendsTheHeadAndPartOfTheBodyThenAnRst() throws Exception {
            server.enqueue(Fault.resetMidBody());
            try (RawConnection connection = new RawConnection(server)) {
                connection.sendSessionRequest("{}", false);

                RawResponse head = connection.readHead(Duration.ofSeconds(5));
                assertThat(head.status()).isEqualTo(200);
                assertThat(head.contentLength()).isPositive();
                assertThatThrownBy(() -> connection.readToEnd(Duration.ofSeconds(5)))
                        .isInstanceOf(SocketException.class)
                        .hasMessageContaining("reset");
            }
            assertThat(server.sessions().callCount()).as("the answer was made, then broken off").isEqualTo(1);
        }

        @Test
        void aFakeWithAFailureRateAnswersThatShareWithItsError() throws Exception {
            try (FakeRealtimeServer chaotic = FakeRealtimeServer.start(InMemorySessionCreator.builder()
                    .seed(3)
                    .failureRate(0.5, ApiError.of(503, "server_error", "overloaded", "chaos"))
                    .build())) {
                int failed = 0;
                for (int i = 0; i < 40; i++) {
                    HttpResponse<byte[]> response =
                            post(chaotic, FakeRealtimeServer.SESSIONS_PATH, chaotic.apiKey(), "{}".getBytes());
                    if (response.statusCode() == 503) {
                        failed++;
                        assertThat(response.headers().firstValue("x-request-id")).get().asString()
                                .startsWith("req_");
                        assertThat(CODEC.decodeError(response.body()))
                                .isEqualTo(new OpenAiErrorBody("chaos", "server_error", null, "overloaded"));
                    } else {
                        assertThat(response.statusCode()).isEqualTo(200);
                    }
                }
                assertThat(failed).isBetween(8, 32).isEqualTo(chaotic.sessions().injectedFailures());
            }
        }

        @Test
        void neverRespondHoldsTheConnectionUntilTheClientLeaves() throws Exception {
            server.enqueue(Fault.neverRespond());
            try (RawConnection connection = new RawConnection(server)) {
                connection.sendSessionRequest("{}", false);

                assertThat(connection.nothingArrivesWithin(Duration.ofMillis(300))).isTrue();
                assertThat(server.openConnections()).isEqualTo(1);
            }
            awaitOpenConnections(0);
        }
    }

    @Nested
    class Connections {

        @Test
        void keepsConnectionsAliveAcrossRequestsWithChunkedBodies() throws Exception {
            try (RawConnection connection = new RawConnection(server)) {
                connection.sendSessionRequest("{\"voice\":\"echo\"}", false);
                RawResponse first = connection.readResponse(Duration.ofSeconds(5));
                connection.sendSessionRequest("{\"voice\":\"verse\"}", true);
                RawResponse second = connection.readResponse(Duration.ofSeconds(5));

                assertThat(first.status()).isEqualTo(200);
                assertThat(second.status()).isEqualTo(200);
                assertThat(server.sessions().requests()).extracting(RealtimeSessionCreateRequest::voice)
                        .containsExactly(Voice.ECHO, Voice.VERSE);
                assertThat(server.takeRequest().bodyText()).isEqualTo("{\"voice\":\"echo\"}");
                assertThat(server.takeRequest().bodyText()).isEqualTo("{\"voice\":\"verse\"}");
                assertThat(server.openConnections()).isEqualTo(1);
            }
        }

        @Test
        void connectionCloseIsHonoured() throws Exception {
            try (RawConnection connection = new RawConnection(server)) {
                connection.send("POST /v1/realtime/sessions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                        + server.apiKey() + "\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}");

                RawResponse response = connection.readResponse(Duration.ofSeconds(5));

                assertThat(response.header("connection")).isEqualTo("close");
                assertThat(connection.readToEnd(Duration.ofSeconds(5))).isEmpty();
            }
        }

        @Test
        void expectContinueGetsAnInterimAnswer() throws Exception {
            try (RawConnection connection = new RawConnection(server)) {
                connection.send("POST /v1/realtime/sessions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                        + server.apiKey() + "\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");

                assertThat(connection.readHead(Duration.ofSeconds(5)).status()).isEqualTo(100);
                connection.send("{}");
                assertThat(connection.readResponse(Duration.ofSeconds(5)).status()).isEqualTo(200);
            }
        }

        @Test
        void garbageIsA400AndTheEnd() throws Exception {
            try (RawConnection connection = new RawConnection(server)) {
                connection.send("HELLO\r\n\r\n");

                assertThat(connection.readResponse(Duration.ofSeconds(5)).status()).isEqualTo(400);
                assertThat(connection.readToEnd(Duration.ofSeconds(5))).isEmpty();
            }
        }

        @Test
        void closeIsPromptIdempotentAndEndsEverything() throws Exception {
            server.enqueue(Fault.neverRespond());
            server.enqueue(Fault.stallMidBody(Duration.ofMinutes(5)));
            RawConnection silent = new RawConnection(server);
            RawConnection stalled = new RawConnection(server);
            silent.sendSessionRequest("{}", false);
            server.takeRequest(Duration.ofSeconds(5));
            stalled.sendSessionRequest("{}", false);
            stalled.readHead(Duration.ofSeconds(5));
            int port = server.baseUri().getPort();

            long start = System.nanoTime();
            server.close();
            server.close();

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            assertThat(server.openConnections()).isZero();
            awaitNoThreadNamed("fake-realtime-server-" + port + "-");
            assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
            silent.close();
            stalled.close();
        }
    }

    @Nested
    class FixedResponseMode {

        @Test
        void answersEveryRequestWithTheSameBytesAndRecordsNothing() throws Exception {
            byte[] body = CODEC.encodeResponse(InMemorySessionCreator.create()
                    .defaultAnswer(RealtimeSessionCreateRequest.builder().build()));
            try (FakeRealtimeServer fixed = FakeRealtimeServer.startFixedResponse(body);
                    RawConnection connection = new RawConnection(fixed)) {
                connection.send("GET /anything HTTP/1.1\r\nHost: x\r\n\r\n");
                RawResponse first = connection.readResponse(Duration.ofSeconds(5));
                connection.send("POST /v1/realtime/sessions HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");
                RawResponse second = connection.readResponse(Duration.ofSeconds(5));

                assertThat(first.status()).isEqualTo(200);
                assertThat(first.body()).isEqualTo(body);
                assertThat(second.body()).isEqualTo(body);
                assertThat(fixed.requestCount()).isZero();
                assertThat(fixed.sessions().callCount()).isZero();
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private URI uri(String path) {
        return server.baseUri().resolve(path);
    }

    private HttpResponse<byte[]> post(String path, String apiKey, byte[] body) throws Exception {
        return post(server, path, apiKey, body);
    }

    private static HttpResponse<byte[]> post(FakeRealtimeServer target, String path, String apiKey, byte[] body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.baseUri().resolve(path))
                .header("Content-Type", "application/json")
                .header("X-Test", "yes")
                .timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private void awaitOpenConnections(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (server.openConnections() != expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(server.openConnections()).isEqualTo(expected);
    }

    private static void awaitNoThreadNamed(String prefix) throws InterruptedException {
        // The pool has terminated; its threads may need a moment to leave the thread table.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (liveThreads(prefix) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(liveThreads(prefix)).as("live threads named " + prefix + "*").isZero();
    }

    private static long liveThreads(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith(prefix) && thread.isAlive())
                .count();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** A status line, headers and (for full responses) a body, as read off a raw socket. */
    record RawResponse(int status, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        int contentLength() {
            return Integer.parseInt(header("content-length"));
        }
    }

    /** A plain socket to the server, to see exactly what goes over the wire. */
    static final class RawConnection implements AutoCloseable {
        private final FakeRealtimeServer server;
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        RawConnection(FakeRealtimeServer server) throws IOException {
            this.server = server;
            this.socket = new Socket(server.baseUri().getHost(), server.baseUri().getPort());
            this.in = new BufferedInputStream(socket.getInputStream());
            this.out = socket.getOutputStream();
        }

        void send(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        void sendSessionRequest(String json, boolean chunked) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            String head = "POST /v1/realtime/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + server.apiKey() + "\r\nContent-Type: application/json\r\n";
            if (chunked) {
                int half = body.length / 2;
                send(head + "Transfer-Encoding: chunked\r\n\r\n"
                        + Integer.toHexString(half) + ";ext=1\r\n" + json.substring(0, half) + "\r\n"
                        + Integer.toHexString(body.length - half) + "\r\n" + json.substring(half) + "\r\n"
                        + "0\r\nX-Trailer: t\r\n\r\n");
            } else {
                send(head + "Content-Length: " + body.length + "\r\n\r\n" + json);
            }
        }

        RawResponse readHead(Duration timeout) throws IOException {
            socket.setSoTimeout((int) timeout.toMillis());
            String statusLine = readLine();
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            String line;
            while (!(line = readLine()).isEmpty()) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            return new RawResponse(Integer.parseInt(statusLine.split(" ")[1]), headers, new byte[0]);
        }

        RawResponse readResponse(Duration timeout) throws IOException {
            RawResponse head = readHead(timeout);
            byte[] body = readBytes(head.contentLength(), timeout);
            return new RawResponse(head.status(), head.headers(), body);
        }

        byte[] readBytes(int length, Duration timeout) throws IOException {
            socket.setSoTimeout((int) timeout.toMillis());
            byte[] bytes = in.readNBytes(length);
            assertThat(bytes).hasSize(length);
            return bytes;
        }

        byte[] readToEnd(Duration timeout) throws IOException {
            socket.setSoTimeout((int) timeout.toMillis());
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toByteArray();
        }

        /** Waits for the duration and tells whether no byte arrived meanwhile. */
        boolean nothingArrivesWithin(Duration duration) throws IOException {
            socket.setSoTimeout((int) duration.toMillis());
            in.mark(1);
            try {
                if (in.read() >= 0) {
                    in.reset();
                }
                return false;
            } catch (SocketTimeoutException e) {
                return true;
            }
        }

        private String readLine() throws IOException {
            StringBuilder line = new StringBuilder();
            int b;
            while ((b = in.read()) != '\n') {
                if (b < 0) {
                    throw new IOException("connection ended mid-line: " + line);
                }
                line.append((char) b);
            }
            return line.toString().stripTrailing();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
