package io.github.realtimesessions.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.JsonValue;
import io.github.realtimesessions.port.AccessToken;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.Endpoint;
import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FakeRealtimeServerTest {

    private static final String KEY = FakeRealtimeServer.DEFAULT_API_KEY;
    private static final String AUTH = "Bearer " + KEY;
    private static final String MINT = "/v1/realtime/client_secrets";
    private static final String MINIMAL = "{\"session\":{\"type\":\"realtime\"}}";
    private static final Duration READ = Duration.ofSeconds(5);

    private final TestClock clock = TestClock.at(Instant.ofEpochSecond(SpecCaptures.REALTIME_EXPIRES_AT - 600));
    private final InMemorySessionCreator fake = InMemorySessionCreator.builder().clock(clock).seed(7).build();
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    private FakeRealtimeServer server() {
        return keep(FakeRealtimeServer.start(fake));
    }

    private <T extends AutoCloseable> T keep(T closeable) {
        open.add(closeable);
        return closeable;
    }

    private RawHttp connect(FakeRealtimeServer server) {
        return keep(RawHttp.connect(server.baseUri(), READ));
    }

    // ------------------------------------------------------------------------------------------ the capture

    @Test
    void answersTheCapturesRequestWithTheCapturesJsonAndHeaders() {
        FakeRealtimeServer server = server();

        RawHttp.Answer answer = connect(server)
                .sendJson(MINT, new String(SpecCaptures.realtimeRequestJson(), StandardCharsets.UTF_8),
                        "Authorization", AUTH)
                .read();

        assertThat(answer.status()).isEqualTo(200);
        JsonObject body = JsonValue.parse(answer.text()).asObject();
        assertThat(body.get("value").asString()).matches("ek_[0-9a-f]{32}");
        assertThat(body.get("session").asObject().get("id").asString()).matches("sess_[A-Za-z0-9]{21}");
        JsonObject capture = JsonValue.parse(new String(SpecCaptures.realtimeAnswer(), StandardCharsets.UTF_8))
                .asObject();
        JsonObject normalized = body.toBuilder().put("value", capture.get("value"))
                .put("session", body.get("session").asObject().toBuilder()
                        .put("id", capture.get("session").asObject().get("id")).build())
                .build();
        assertThat(normalized).isEqualTo(capture);
        assertThat(answer.header("Content-Type")).isEqualTo("application/json");
        assertThat(answer.header("x-request-id")).matches("req_[0-9a-f]{32}");
        assertThat(answer.header("openai-version")).isEqualTo("2020-10-01");
        assertThat(answer.header("openai-processing-ms")).matches("\\d+");
        assertThat(answer.header("x-ratelimit-limit-requests")).isEqualTo("5000");
        assertThat(answer.header("x-ratelimit-remaining-requests")).isEqualTo("4999");
        assertThat(answer.header("x-ratelimit-reset-tokens")).isNotNull();
        assertThat(answer.header("Content-Length")).isEqualTo(Integer.toString(answer.body().length));
    }

    @Test
    void fieldsComeInTheCapturesOrder() {
        RawHttp.Answer answer = connect(server())
                .sendJson(MINT, new String(SpecCaptures.realtimeRequestJson(), StandardCharsets.UTF_8),
                        "Authorization", AUTH)
                .read();

        assertThat(answer.text()).startsWith("{\"value\":\"ek_").contains(
                "\"session\":{\"type\":\"realtime\",\"object\":\"realtime.session\",\"id\":\"sess_")
                .contains("\"tools\":[],\"tool_choice\":\"auto\",\"max_output_tokens\":\"inf\",\"tracing\":null,"
                        + "\"truncation\":\"auto\",\"prompt\":null,\"expires_at\":0,")
                .contains("\"turn_detection\":{\"type\":\"server_vad\",\"threshold\":0.5,\"prefix_padding_ms\":300,"
                        + "\"silence_duration_ms\":200,\"idle_timeout_ms\":null,\"create_response\":true,"
                        + "\"interrupt_response\":true}")
                .endsWith("\"voice\":\"alloy\",\"speed\":1.0}},\"include\":null}}");
    }

    // ------------------------------------------------------------------------------------------ strict errors

    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                Arguments.argumentSet("an unknown field", "{\"session\":{\"type\":\"realtime\",\"temperature\":0.8}}",
                        "unknown_parameter", "session.temperature", "Unknown parameter: 'session.temperature'."),
                Arguments.argumentSet("a model in a transcription session",
                        "{\"session\":{\"type\":\"transcription\",\"model\":\"whisper-1\"}}", "unknown_parameter",
                        "session.model", "Unknown parameter: 'session.model'."),
                Arguments.argumentSet("a mistyped field",
                        "{\"session\":{\"type\":\"realtime\",\"audio\":{\"output\":{\"speed\":\"fast\"}}}}",
                        "invalid_type", "session.audio.output.speed", null),
                Arguments.argumentSet("a value out of range",
                        "{\"session\":{\"type\":\"realtime\",\"audio\":{\"output\":{\"speed\":3.0}}}}",
                        "invalid_value", "session.audio.output.speed", null),
                Arguments.argumentSet("both output modalities",
                        "{\"session\":{\"type\":\"realtime\",\"output_modalities\":[\"audio\",\"text\"]}}",
                        "invalid_value", "session.output_modalities", null),
                Arguments.argumentSet("an unknown session type", "{\"session\":{\"type\":\"beta\"}}", "invalid_value",
                        "session.type", null),
                Arguments.argumentSet("no session", "{}", "missing_required_parameter", "session",
                        "Missing required parameter: 'session'."),
                Arguments.argumentSet("not JSON", "{\"session\":", null, null, null));
    }

    @ParameterizedTest
    @MethodSource("invalidBodies")
    void refusesInvalidBodiesWithTheApisErrorShape(String body, String code, String param, String message) {
        FakeRealtimeServer server = server();

        RawHttp.Answer answer = connect(server).sendJson(MINT, body, "Authorization", AUTH).read();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("x-request-id")).startsWith("req_");
        JsonObject error = JsonValue.parse(answer.text()).asObject().get("error").asObject();
        assertThat(error.names()).containsExactly("message", "type", "param", "code");
        assertThat(error.get("type").asString()).isEqualTo("invalid_request_error");
        assertThat(error.get("code").asString()).isEqualTo(code);
        assertThat(error.get("param").asString()).isEqualTo(param);
        if (message != null) {
            assertThat(error.get("message").asString()).isEqualTo(message);
        }
        assertThat(fake.issuedSecrets()).isEmpty();
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void refusesAWrongKeyMaskedAndAMissingOne() {
        FakeRealtimeServer server = server();
        String wrong = "sk-proj-wrong0000000000000000000000000000abcd";

        RawHttp.Answer refused = connect(server).sendJson(MINT, MINIMAL, "Authorization", "Bearer " + wrong).read();
        RawHttp.Answer missing = connect(server).sendJson(MINT, MINIMAL).read();

        assertThat(refused.status()).isEqualTo(401);
        JsonObject error = JsonValue.parse(refused.text()).asObject().get("error").asObject();
        assertThat(error.get("code").asString()).isEqualTo("invalid_api_key");
        assertThat(error.get("message").asString()).startsWith("Incorrect API key provided: sk-p****")
                .contains("abcd").doesNotContain(wrong);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.text()).contains("You didn't provide an API key");
    }

    @Test
    void unknownPathsAndMethodsAreInvalidUrls() {
        FakeRealtimeServer server = server();

        RawHttp.Answer path = connect(server).sendJson("/v1/realtime/nothing", MINIMAL, "Authorization", AUTH).read();
        RawHttp.Answer method = connect(server).send("GET", MINT, new byte[0], "Authorization", AUTH).read();

        assertThat(path.status()).isEqualTo(404);
        assertThat(path.text()).contains("Invalid URL (POST /v1/realtime/nothing)");
        assertThat(method.status()).isEqualTo(404);
        assertThat(method.text()).contains("Invalid URL (GET /v1/realtime/client_secrets)");
    }

    @Test
    void answersTheTranslationAndBetaEndpoints() {
        FakeRealtimeServer server = server();

        RawHttp.Answer translation = connect(server).sendJson("/v1/realtime/translations/client_secrets",
                "{\"session\":{\"model\":\"gpt-realtime-translate\",\"audio\":{\"output\":{\"language\":\"es\"}}}}",
                "Authorization", AUTH).read();
        RawHttp.Answer beta = connect(server).sendJson("/v1/realtime/sessions", "{\"instructions\":\"x\"}",
                "Authorization", AUTH).read();

        assertThat(translation.status()).isEqualTo(200);
        JsonObject session = JsonValue.parse(translation.text()).asObject().get("session").asObject();
        assertThat(session.get("type").asString()).isEqualTo("translation");
        assertThat(session.get("expires_at")).isEqualTo(JsonValue.parse(translation.text()).asObject().get("expires_at"));
        assertThat(beta.status()).isEqualTo(200);
        assertThat(JsonValue.parse(beta.text()).asObject().get("client_secret").asObject().get("value").asString())
                .startsWith("ek_");
    }

    @Test
    void retiredBetaAnswersLikeTheRealApi() {
        FakeRealtimeServer server = keep(FakeRealtimeServer.start(InMemorySessionCreator.builder().betaRetired(true)
                .build()));

        RawHttp.Answer beta = connect(server).sendJson("/v1/realtime/sessions", "{}", "Authorization", AUTH).read();

        assertThat(beta.status()).isEqualTo(400);
        assertThat(beta.text()).contains("beta_api_shape_disabled");
    }

    @Test
    void safetyIdentifierHeaderReachesTheFake() {
        connect(server()).sendJson(MINT, MINIMAL, "Authorization", AUTH, "OpenAI-Safety-Identifier", "user-1").read();

        assertThat(fake.clientSecrets().lastRequest().safetyIdentifier()).isEqualTo("user-1");
    }

    // ------------------------------------------------------------------------------------------ calls

    @Test
    void parsesAMultipartCallByteForByteAndAnswersWithSdpAndLocation() {
        FakeRealtimeServer server = server();
        String offer = SdpSamples.browserOffer();
        String body = "--b1\r\nContent-Disposition: form-data; name=\"sdp\"\r\nContent-Type: application/sdp\r\n\r\n"
                + offer + "\r\n--b1\r\nContent-Disposition: form-data; name=\"session\"\r\nContent-Type: "
                + "application/json\r\n\r\n{\"type\":\"realtime\",\"model\":\"gpt-realtime\"}\r\n--b1--\r\n";

        RawHttp.Answer answer = connect(server).send("POST", "/v1/realtime/calls",
                body.getBytes(StandardCharsets.UTF_8), "Authorization", AUTH, "Content-Type",
                "multipart/form-data; boundary=b1").read();

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.header("Content-Type")).isEqualTo("application/sdp");
        assertThat(answer.header("Location")).matches("/v1/realtime/calls/rtc_[0-9a-f]{32}");
        assertThat(answer.text()).startsWith("v=0\r\n");
        assertThat(SdpSamples.mediaSections(answer.text())).containsExactly("audio:0", "application:1");
        assertThat(fake.calls().lastRequest().sdp()).isEqualTo(offer);
        assertThat(fake.calls().lastRequest().session().model().value()).isEqualTo("gpt-realtime");
        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.endpoint()).isEqualTo(Endpoint.CALLS);
        assertThat(recorded.part("sdp").content()).isEqualTo(offer.getBytes(StandardCharsets.UTF_8));
        assertThat(recorded.sdpOffer()).isEqualTo(offer);
        assertThat(recorded.callSession().model().value()).isEqualTo("gpt-realtime");
    }

    @Test
    void refusesBrokenMultipartCalls() {
        FakeRealtimeServer server = server();
        String part = "--b1\r\nContent-Disposition: form-data; name=\"%s\"\r\nContent-Type: %s\r\n\r\n%s\r\n--b1--\r\n";

        RawHttp.Answer noSdp = connect(server).send("POST", "/v1/realtime/calls",
                String.format(part, "session", "application/json", "{\"type\":\"realtime\"}")
                        .getBytes(StandardCharsets.UTF_8),
                "Authorization", AUTH, "Content-Type", "multipart/form-data; boundary=b1").read();
        RawHttp.Answer unknownPart = connect(server).send("POST", "/v1/realtime/calls",
                String.format(part, "offer", "application/sdp", SdpSamples.browserOffer())
                        .getBytes(StandardCharsets.UTF_8),
                "Authorization", AUTH, "Content-Type", "multipart/form-data; boundary=b1").read();
        RawHttp.Answer json = connect(server).sendJson("/v1/realtime/calls", "{}", "Authorization", AUTH).read();
        RawHttp.Answer badSession = connect(server).send("POST", "/v1/realtime/calls",
                (String.format(part, "sdp", "application/sdp", SdpSamples.browserOffer()).replace("--b1--\r\n", "--b1\r\n")
                        + String.format(part, "session", "application/json",
                                "{\"type\":\"realtime\",\"temperature\":1}").substring(6))
                        .getBytes(StandardCharsets.UTF_8),
                "Authorization", AUTH, "Content-Type", "multipart/form-data; boundary=b1").read();

        assertThat(noSdp.status()).isEqualTo(400);
        assertThat(noSdp.text()).contains("missing_required_parameter").contains("\"param\":\"sdp\"");
        assertThat(unknownPart.status()).isEqualTo(400);
        assertThat(unknownPart.text()).contains("unknown_parameter").contains("\"param\":\"offer\"");
        assertThat(json.status()).isEqualTo(400);
        assertThat(badSession.status()).isEqualTo(400);
        assertThat(badSession.text()).contains("\"param\":\"session.temperature\"");
        assertThat(fake.activeCalls()).isEmpty();
    }

    @Test
    void rawSdpNeedsAnEphemeralKeyTheFakeIssued() {
        FakeRealtimeServer server = server();
        String secret = fake.createClientSecret(io.github.realtimesessions.model.ClientSecretRequest.builder()
                .session(io.github.realtimesessions.model.RealtimeSessionConfig.builder().build()).build()).value();
        byte[] offer = SdpSamples.browserOffer().getBytes(StandardCharsets.UTF_8);

        RawHttp.Answer accepted = connect(server).send("POST", "/v1/realtime/calls", offer,
                "Authorization", "Bearer " + secret, "Content-Type", "application/sdp").read();
        RawHttp.Answer unknown = connect(server).send("POST", "/v1/realtime/calls", offer,
                "Authorization", "Bearer ek_0000000000000000000000000000dead", "Content-Type", "application/sdp").read();
        clock.advance(Duration.ofSeconds(600));
        RawHttp.Answer expired = connect(server).send("POST", "/v1/realtime/calls", offer,
                "Authorization", "Bearer " + secret, "Content-Type", "application/sdp").read();

        assertThat(accepted.status()).isEqualTo(201);
        assertThat(fake.calls().requests().get(0).ephemeralKey()).isEqualTo(secret);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.text()).doesNotContain("ek_0000000000000000000000000000dead");
        assertThat(expired.status()).isEqualTo(401);
    }

    @Test
    void hangsUpOnceAndAnswers404ForUnknownCalls() {
        FakeRealtimeServer server = server();
        String callId = fake.createCall(io.github.realtimesessions.model.CallRequest.builder()
                .sdp(SdpSamples.browserOffer()).build()).callId();
        String hangUp = "/v1/realtime/calls/" + callId + "/hangup";

        RawHttp.Answer first = connect(server).send("POST", hangUp, new byte[0], "Authorization", AUTH).read();
        RawHttp.Answer second = connect(server).send("POST", hangUp, new byte[0], "Authorization", AUTH).read();
        RawHttp.Answer unknown = connect(server).send("POST", "/v1/realtime/calls/rtc_nope/hangup", new byte[0],
                "Authorization", AUTH).read();

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).isEmpty();
        assertThat(second.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text()).contains("invalid_request_error");
        assertThat(fake.hungUpCalls()).containsExactly(callId);
        assertThat(server.requestCount(Endpoint.HANGUP)).isEqualTo(3);
    }

    // ------------------------------------------------------------------------------------------ Azure

    @Test
    void azureModeServesOpenaiV1WithTheApiKeyOrATokenOnly() {
        FakeRealtimeServer azure = keep(FakeRealtimeServer.startAzure(fake));
        String mint = "/openai/v1/realtime/client_secrets";
        AccessToken token = azure.tokenSource().fetchToken();

        RawHttp.Answer key = connect(azure).sendJson(mint, MINIMAL, "api-key", azure.apiKey()).read();
        RawHttp.Answer bearer = connect(azure).sendJson(mint, MINIMAL, "Authorization", "Bearer " + token.token()).read();
        RawHttp.Answer wrongKey = connect(azure).sendJson(mint, MINIMAL, "api-key", "nope").read();
        RawHttp.Answer openAiKey = connect(azure).sendJson(mint, MINIMAL, "Authorization", AUTH).read();
        RawHttp.Answer apiVersion = connect(azure).sendJson(mint + "?api-version=2025-04-01-preview", MINIMAL,
                "api-key", azure.apiKey()).read();
        RawHttp.Answer openAiPath = connect(azure).sendJson(MINT, MINIMAL, "api-key", azure.apiKey()).read();
        azure.expireTokens();
        RawHttp.Answer expired = connect(azure).sendJson(mint, MINIMAL, "Authorization", "Bearer " + token.token())
                .read();

        assertThat(key.status()).isEqualTo(200);
        assertThat(bearer.status()).isEqualTo(200);
        assertThat(wrongKey.status()).isEqualTo(401);
        assertThat(openAiKey.status()).isEqualTo(401);
        assertThat(apiVersion.status()).isEqualTo(400);
        assertThat(apiVersion.text()).contains("api-version");
        assertThat(openAiPath.status()).isEqualTo(404);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.text()).contains("expired");
        assertThat(token.expiresAt()).isEqualTo(clock.instant().plus(FakeRealtimeServer.DEFAULT_TOKEN_LIFETIME));
        assertThat(azure.tokenFetches()).isEqualTo(1);
        assertThat(azure.baseUri().getPath()).isEqualTo("/openai/v1");
        assertThat(azure.settings().build().isAzure()).isTrue();
        assertThat(azure.settings().build().baseUri()).isEqualTo(azure.baseUri());
    }

    @Test
    void azureCallsAnswerWithAnAzureLocation() {
        FakeRealtimeServer azure = keep(FakeRealtimeServer.startAzure(fake));
        String body = "--b\r\nContent-Disposition: form-data; name=\"sdp\"\r\nContent-Type: application/sdp\r\n\r\n"
                + SdpSamples.browserOffer() + "\r\n--b--\r\n";

        RawHttp.Answer answer = connect(azure).send("POST", "/openai/v1/realtime/calls",
                body.getBytes(StandardCharsets.UTF_8), "api-key", azure.apiKey(), "Content-Type",
                "multipart/form-data; boundary=b").read();

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.header("Location")).startsWith("/openai/v1/realtime/calls/rtc_");
    }

    @Test
    void tokensOfAnotherServerAreAcceptedWhenShared() {
        FakeRealtimeServer first = keep(FakeRealtimeServer.startAzure(fake));
        FakeRealtimeServer second = keep(FakeRealtimeServer.builder().azure(true).sessions(fake).tokensOf(first)
                .start());
        String token = first.tokenSource().fetchToken().token();

        RawHttp.Answer answer = connect(second).sendJson("/openai/v1/realtime/client_secrets", MINIMAL,
                "Authorization", "Bearer " + token).read();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(second.tokenFetches()).isEqualTo(1);
    }

    // ------------------------------------------------------------------------------------------ rendering the fake

    @Test
    void rendersTheFakesFailuresAsTheApiWould() {
        FakeRealtimeServer server = server();
        fake.failNext(ApiError.builder(429).type("requests").code("rate_limit_exceeded").message("Slow down.")
                .retryAfter(Duration.ofMillis(1500)).shouldRetry(true).build());
        fake.failNext(new io.github.realtimesessions.port.ApiConnectionException("chaos", null));
        fake.clientSecrets().answerNext(request -> {
            throw new IllegalStateException("a broken script");
        });

        // The endpoint's own script comes first, then the scripts for any endpoint, in order.
        RawHttp.Answer broken = connect(server).sendJson(MINT, MINIMAL, "Authorization", AUTH).read();
        RawHttp.Answer limited = connect(server).sendJson(MINT, MINIMAL, "Authorization", AUTH).read();
        byte[] reset = connect(server).sendJson(MINT, MINIMAL, "Authorization", AUTH).readRaw(1024);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("retry-after-ms")).isEqualTo("1500");
        assertThat(limited.header("retry-after")).isEqualTo("2");
        assertThat(limited.header("x-should-retry")).isEqualTo("true");
        assertThat(limited.header("x-request-id")).startsWith("req_");
        assertThat(limited.text()).isEqualTo("{\"error\":{\"message\":\"Slow down.\",\"type\":\"requests\","
                + "\"param\":null,\"code\":\"rate_limit_exceeded\"}}");
        assertThat(reset).isEmpty();
        assertThat(broken.status()).isEqualTo(500);
        assertThat(broken.text()).contains("testkit_error").contains("a broken script");
    }

    // ------------------------------------------------------------------------------------------ faults

    @Test
    void cannedAnswersAndEchoesAreSentAsGiven() {
        FakeRealtimeServer server = server();
        server.enqueue(Fault.status(418, "text/plain", "teapot", Map.of("X-Extra", "1")));
        server.enqueue(Fault.retryAfter(429, "Wed, 21 Oct 2099 07:28:00 GMT"));
        server.enqueue(Fault.retryAfterMs(503, "10000000000000"));
        server.enqueue(Fault.echoHeader("Authorization", 500));

        RawHttp.Answer teapot = connect(server).sendJson(MINT, MINIMAL, "Authorization", AUTH).read();
        RawHttp.Answer date = connect(server).sendJson(MINT, MINIMAL, "Authorization", AUTH).read();
        RawHttp.Answer millis = connect(server).sendJson(MINT, MINIMAL, "Authorization", AUTH).read();
        RawHttp.Answer echo = connect(server).sendJson(MINT, MINIMAL, "Authorization", AUTH).read();

        assertThat(teapot.status()).isEqualTo(418);
        assertThat(teapot.text()).isEqualTo("teapot");
        assertThat(teapot.header("X-Extra")).isEqualTo("1");
        assertThat(teapot.header("x-request-id")).startsWith("req_");
        assertThat(date.header("Retry-After")).isEqualTo("Wed, 21 Oct 2099 07:28:00 GMT");
        assertThat(millis.status()).isEqualTo(503);
        assertThat(millis.header("retry-after-ms")).isEqualTo("10000000000000");
        assertThat(echo.header("x-request-id")).isEqualTo(AUTH);
        assertThat(echo.text()).contains(KEY);
        assertThat(fake.callCount()).as("canned answers never reach the fake").isZero();
    }

    @Test
    void endpointFaultsComeBeforeFaultsForAnyRequest() {
        FakeRealtimeServer server = server();
        server.enqueue(Fault.status(500, null, null, Map.of()));
        server.enqueue(Endpoint.TRANSLATION_CLIENT_SECRETS, Fault.status(503, null, null, Map.of()));

        RawHttp.Answer translation = connect(server).sendJson("/v1/realtime/translations/client_secrets", "{}",
                "Authorization", AUTH).read();
        RawHttp.Answer mint = connect(server).sendJson(MINT, MINIMAL, "Authorization", AUTH).read();
        RawHttp.Answer normal = connect(server).sendJson(MINT, MINIMAL, "Authorization", AUTH).read();

        assertThat(translation.status()).isEqualTo(503);
        assertThat(mint.status()).isEqualTo(500);
        assertThat(normal.status()).isEqualTo(200);
        assertThat(server.pendingFaults()).isZero();
    }

    @Test
    void delayAndStallHoldTheAnswerBack() throws IOException {
        FakeRealtimeServer server = server();
        server.enqueue(Fault.delayBeforeHeaders(Duration.ofMillis(300)));
        server.enqueue(Fault.stallMidBody(Duration.ofMillis(300)));

        long start = System.nanoTime();
        RawHttp.Answer delayed = connect(server).sendJson(MINT, MINIMAL, "Authorization", AUTH).read();
        long delayedMs = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        RawHttp.Answer stalled = connect(server).sendJson(MINT, MINIMAL, "Authorization", AUTH).read();
        long stalledMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(delayed.status()).isEqualTo(200);
        assertThat(delayedMs).isGreaterThanOrEqualTo(290);
        assertThat(stalled.status()).isEqualTo(200);
        assertThat(JsonValue.parse(stalled.text()).asObject().has("value")).isTrue();
        assertThat(stalledMs).isGreaterThanOrEqualTo(290);
    }

    @Test
    void trickledBodyAndHeadComeOneBytePerInterval() throws IOException {
        FakeRealtimeServer server = server();
        server.enqueue(Fault.trickleBody(Duration.ofMillis(20)));
        server.enqueue(Fault.trickleHead(Duration.ofMillis(20)));

        RawHttp body = connect(server).sendJson(MINT, MINIMAL, "Authorization", AUTH);
        String head = body.readHead();
        long start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            body.readByte();
        }
        long tenBytesMs = (System.nanoTime() - start) / 1_000_000;
        RawHttp trickledHead = connect(server).sendJson(MINT, MINIMAL, "Authorization", AUTH);
        start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            trickledHead.readByte();
        }
        long tenHeadBytesMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(head).startsWith("HTTP/1.1 200 OK\r\n");
        assertThat(tenBytesMs).isGreaterThanOrEqualTo(150);
        assertThat(tenHeadBytesMs).isGreaterThanOrEqualTo(150);
    }

    @Test
    void endlessProcessingSendsInterimAnswersOnly() {
        FakeRealtimeServer server = server();
        server.enqueue(Fault.endlessProcessing(Duration.ofMillis(30)));

        String received = new String(keep(RawHttp.connect(server.baseUri(), Duration.ofMillis(400)))
                .sendJson(MINT, MINIMAL, "Authorization", AUTH).readRaw(5 * 27), StandardCharsets.ISO_8859_1);

        assertThat(received.split("HTTP/1.1 102 Processing\r\n\r\n", -1)).hasSize(6)
                .allSatisfy(rest -> assertThat(rest).isEmpty());
    }

    @Test
    void silentFaultsSendNothing() {
        FakeRealtimeServer server = server();
        server.enqueue(Fault.neverRespond());
        server.enqueue(Fault.ignoreRequestBody());

        byte[] never = keep(RawHttp.connect(server.baseUri(), Duration.ofMillis(300)))
                .sendJson(MINT, MINIMAL, "Authorization", AUTH).readRaw(1024);
        byte[] ignored = keep(RawHttp.connect(server.baseUri(), Duration.ofMillis(300)))
                .sendJson(MINT, MINIMAL, "Authorization", AUTH).readRaw(1024);

        assertThat(never).isEmpty();
        assertThat(ignored).isEmpty();
        assertThat(server.requests().get(1).body()).as("the ignored body was never read").isEmpty();
        assertThat(fake.callCount()).isZero();
    }

    @Test
    void framingFaultsBreakTheAnswerAsNamed() {
        FakeRealtimeServer server = server();
        server.enqueue(Fault.truncatedBody());
        server.enqueue(Fault.headCutShort());
        server.enqueue(Fault.chunkedWithContentLength(17));
        server.enqueue(Fault.bodyOfSize(4096));

        String truncated = new String(connect(server).sendJson(MINT, MINIMAL, "Authorization", AUTH).readRaw(1 << 16),
                StandardCharsets.ISO_8859_1);
        String cut = new String(connect(server).sendJson(MINT, MINIMAL, "Authorization", AUTH).readRaw(1 << 16),
                StandardCharsets.ISO_8859_1);
        RawHttp.Answer chunked = connect(server).sendJson(MINT, MINIMAL, "Authorization", AUTH).read();
        RawHttp.Answer sized = connect(server).sendJson(MINT, MINIMAL, "Authorization", AUTH).read();

        int length = Integer.parseInt(truncated.replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
        assertThat(truncated.substring(truncated.indexOf("\r\n\r\n") + 4).length()).isEqualTo(length / 2);
        assertThat(cut).startsWith("HTTP/1.1 200 OK\r\n").doesNotContain("\r\n\r\n");
        assertThat(cut.split("\r\n")).hasSize(2);
        assertThat(chunked.header("Transfer-Encoding")).isEqualTo("chunked");
        assertThat(chunked.header("Content-Length")).isEqualTo("17");
        assertThat(JsonValue.parse(chunked.text()).asObject().get("value").asString()).startsWith("ek_");
        assertThat(sized.body()).hasSize(4096);
        assertThat(JsonValue.parse(sized.text()).asObject().has("session")).isTrue();
    }

    @Test
    void endlessBodyNeverEnds() {
        FakeRealtimeServer server = server();
        server.enqueue(Fault.endlessBody());

        byte[] received = connect(server).sendJson(MINT, MINIMAL, "Authorization", AUTH).readRaw(2 * 1024 * 1024);

        assertThat(received).hasSize(2 * 1024 * 1024);
    }

    @Test
    void resetsEndTheConnectionAbruptly() {
        FakeRealtimeServer server = server();
        server.enqueue(Fault.connectionReset());
        server.enqueue(Fault.resetMidBody());

        RawHttp before = connect(server).sendJson(MINT, MINIMAL, "Authorization", AUTH);
        // Faults go to requests in the order they arrive, and two connections race: the second is sent only once the
        // first has taken its fault (the server takes the fault before it records the request).
        server.takeRequest(Duration.ofSeconds(10));
        RawHttp mid = connect(server).sendJson(MINT, MINIMAL, "Authorization", AUTH);

        assertThatThrownBy(() -> {
            while (before.readByte() >= 0) {
                // read until the reset
            }
            throw new SocketException("ended without a reset");
        }).isInstanceOf(SocketException.class).hasMessageContaining("reset");
        byte[] half = mid.readRaw(1 << 16);
        assertThat(new String(half, StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 200 OK");
    }

    @Test
    void closeEndsEveryConnectionAtOnceWhateverFaultRuns() {
        FakeRealtimeServer server = FakeRealtimeServer.start(fake);
        List<Fault> hostile = List.of(Fault.neverRespond(), Fault.ignoreRequestBody(),
                Fault.trickleBody(Duration.ofSeconds(1)), Fault.trickleHead(Duration.ofSeconds(1)),
                Fault.endlessProcessing(Duration.ofSeconds(1)), Fault.stallMidBody(Duration.ofSeconds(60)),
                Fault.delayBeforeHeaders(Duration.ofSeconds(60)), Fault.endlessBody());
        hostile.forEach(server::enqueue);
        fake.clientSecrets().delayNext(Duration.ofSeconds(60));
        List<RawHttp> clients = new ArrayList<>();
        for (int i = 0; i <= hostile.size(); i++) {
            clients.add(keep(RawHttp.connect(server.baseUri(), Duration.ofSeconds(5)))
                    .sendJson(MINT, MINIMAL, "Authorization", AUTH));
            server.takeRequest(Duration.ofSeconds(5));
        }

        long start = System.nanoTime();
        server.close();
        long closeMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(closeMs).as("close() with every fault running").isLessThan(2000);
        assertThat(server.openConnections()).isZero();
        for (RawHttp client : clients) {
            client.readRaw(1 << 22);
        }
    }

    // ------------------------------------------------------------------------------------------ recording

    @Test
    void recordsEveryHeaderLineTheQueryAndTheBody() {
        FakeRealtimeServer server = server();

        connect(server).send("POST", MINT + "?trace=1", MINIMAL.getBytes(StandardCharsets.UTF_8),
                "Authorization", AUTH, "X-Multi", "a", "X-Multi", "b", "Content-Type", "application/json").read();

        RecordedRequest request = server.takeRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo(MINT);
        assertThat(request.query()).isEqualTo("trace=1");
        assertThat(request.endpoint()).isEqualTo(Endpoint.CLIENT_SECRETS);
        assertThat(request.headerValues("x-multi")).containsExactly("a", "b");
        assertThat(request.bodyText()).isEqualTo(MINIMAL);
        assertThat(request.clientSecretRequest().session().type()).isEqualTo("realtime");
        assertThat(request.toString()).doesNotContain(KEY).contains("Authorization: <redacted>");
        assertThatThrownBy(server::takeRequest).isInstanceOf(AssertionError.class);
    }

    @Test
    void timesOutAReadThatGetsNothing() {
        FakeRealtimeServer server = server();
        server.enqueue(Fault.neverRespond());
        RawHttp client = keep(RawHttp.connect(server.baseUri(), Duration.ofMillis(200)))
                .sendJson(MINT, MINIMAL, "Authorization", AUTH);

        assertThatThrownBy(client::readByte).isInstanceOf(SocketTimeoutException.class);
    }
}
