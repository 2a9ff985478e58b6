package io.github.realtimesessions.transport.core;

import static io.github.realtimesessions.transport.core.WireFixtures.API_KEY;
import static io.github.realtimesessions.transport.core.WireFixtures.sessionJson;
import static io.github.realtimesessions.transport.core.WireFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.AuthenticationException;
import io.github.realtimesessions.port.BadRequestException;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.ConflictException;
import io.github.realtimesessions.port.InternalServerException;
import io.github.realtimesessions.port.NotFoundException;
import io.github.realtimesessions.port.PermissionDeniedException;
import io.github.realtimesessions.port.RateLimitException;
import io.github.realtimesessions.port.ResponseFormatException;
import io.github.realtimesessions.port.UnprocessableEntityException;
import io.github.realtimesessions.port.internal.Redaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading what a transport received (status, headers, body) into a session or the right exception. */
class SessionResponseReaderTest {

    /** Thursday, 1 January 2026, 00:00:00 UTC. */
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static final int CAP = 1024;

    private final ClientSettings settings = ClientSettings.builder().apiKey(API_KEY).build();
    private final SessionResponseReader reader =
            new SessionResponseReader(settings, Clock.fixed(NOW, ZoneOffset.UTC));
    private final SessionResponseReader cappedReader = new SessionResponseReader(
            ClientSettings.builder().apiKey(API_KEY).maxResponseBytes(CAP).build(), Clock.fixed(NOW, ZoneOffset.UTC));

    private ApiStatusException failure(int status, HeaderLookup headers, String body) {
        Throwable thrown = catchThrowable(() -> reader.read(status, headers, utf8(body)));
        assertThat(thrown).isInstanceOf(ApiStatusException.class);
        return (ApiStatusException) thrown;
    }

    // --------------------------------------------------------------------------------------------- success

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 299})
    void a2xxSessionBodyIsTheSession(int status) {
        RealtimeSessionCreateResponse session =
                reader.read(status, MapHeaders.of(), utf8(sessionJson("ek_ok", 1767225600L)));

        assertThat(session.id()).isEqualTo("sess_1");
        assertThat(session.clientSecret().value()).isEqualTo("ek_ok");
        assertThat(session.clientSecret().expiresAt()).isEqualTo(Instant.ofEpochSecond(1767225600L));
    }

    @Test
    void aStreamedSessionBodyIsReadAndDecoded() throws IOException {
        byte[] body = utf8(sessionJson("ek_ok", 1767225600L));

        RealtimeSessionCreateResponse session = reader.read(
                200, MapHeaders.of("Content-Length", Integer.toString(body.length)), new ByteArrayInputStream(body));

        assertThat(session.clientSecret().value()).isEqualTo("ek_ok");
    }

    // ------------------------------------------------------------------------------------- status mapping

    static Stream<Arguments> statuses() {
        return Stream.of(
                status(400, BadRequestException.class),
                status(401, AuthenticationException.class),
                status(403, PermissionDeniedException.class),
                status(404, NotFoundException.class),
                status(409, ConflictException.class),
                status(422, UnprocessableEntityException.class),
                status(429, RateLimitException.class),
                status(500, InternalServerException.class),
                status(502, InternalServerException.class),
                status(503, InternalServerException.class),
                status(418, ApiStatusException.class),
                status(302, ApiStatusException.class),
                status(300, ApiStatusException.class),
                status(199, ApiStatusException.class));
    }

    private static Arguments status(int status, Class<? extends ApiStatusException> type) {
        return arguments(Named.of(status + " -> " + type.getSimpleName(), status), type);
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void eachStatusBecomesItsExceptionWithTheErrorFields(int status, Class<? extends ApiStatusException> type) {
        String body = "{\"error\":{\"message\":\"Something about " + status + ".\",\"type\":\"invalid_request_error\","
                + "\"param\":\"temperature\",\"code\":\"code_" + status + "\"}}";

        ApiStatusException e = failure(status, MapHeaders.of("X-Request-ID", "req_" + status), body);

        assertThat(e).isExactlyInstanceOf(type);
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.errorType()).isEqualTo("invalid_request_error");
        assertThat(e.errorCode()).isEqualTo("code_" + status);
        assertThat(e.errorParam()).isEqualTo("temperature");
        assertThat(e.errorMessage()).isEqualTo("Something about " + status + ".");
        assertThat(e.requestId()).isEqualTo("req_" + status);
        assertThat(e.body()).isEqualTo(body);
        assertThat(e.getMessage()).isEqualTo("HTTP " + status + " (invalid_request_error/code_" + status
                + "): Something about " + status + ". [param temperature] [request id req_" + status + "]");
    }

    static Stream<Arguments> bodiesThatAreNotErrors() {
        return Stream.of(
                body("absent (empty)", "", null),
                body("HTML page", "<html><body><h1>502 Bad Gateway</h1></body></html>",
                        "<html><body><h1>502 Bad Gateway</h1></body></html>"),
                body("plain text", "upstream connect error", "upstream connect error"),
                body("JSON without error", "{\"message\":\"nope\"}", "{\"message\":\"nope\"}"),
                body("error as a string", "{\"error\":\"nope\"}", "{\"error\":\"nope\"}"),
                body("truncated JSON", "{\"error\":{\"message\":\"cut", "{\"error\":{\"message\":\"cut"));
    }

    private static Arguments body(String name, String body, String kept) {
        return arguments(Named.of(name, body), kept);
    }

    @ParameterizedTest
    @MethodSource("bodiesThatAreNotErrors")
    void withoutAnErrorObjectTheClassStillFollowsTheStatus(String body, String kept) {
        for (int status : new int[] {400, 429, 503}) {
            ApiStatusException e = failure(status, MapHeaders.of(), body);

            assertThat(e).isExactlyInstanceOf(ApiStatusException.of(ApiError.ofStatus(status)).getClass());
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.errorMessage()).isNull();
            assertThat(e.errorType()).isNull();
            assertThat(e.errorCode()).isNull();
            assertThat(e.body()).isEqualTo(kept);
            assertThat(e.getMessage()).isEqualTo("HTTP " + status);
        }
    }

    @Test
    void aNumericCodeAndANullParamAreRead() {
        ApiStatusException e = failure(429, MapHeaders.of(),
                "{\"error\":{\"message\":\"slow down\",\"type\":\"requests\",\"param\":null,\"code\":1234}}");

        assertThat(e.errorCode()).isEqualTo("1234");
        assertThat(e.errorParam()).isNull();
        assertThat(e.errorType()).isEqualTo("requests");
    }

    @Test
    void unknownFieldsOfTheErrorBodyAreIgnored() {
        ApiStatusException e = failure(400, MapHeaders.of(),
                "{\"status\":400,\"error\":{\"details\":{\"a\":[1]},\"message\":\"bad\",\"type\":null}}");

        assertThat(e.errorMessage()).isEqualTo("bad");
        assertThat(e.errorType()).isNull();
    }

    @Test
    void theRequestIdIsFoundInAnyCase() {
        assertThat(failure(500, MapHeaders.of("x-request-id", "req_a"), "").requestId()).isEqualTo("req_a");
        assertThat(failure(500, MapHeaders.of("X-REQUEST-ID", "req_b"), "").requestId()).isEqualTo("req_b");
        assertThat(failure(500, MapHeaders.of(), "").requestId()).isNull();
    }

    @Test
    void aLongErrorBodyIsKeptOnlyInPart() {
        String body = "x".repeat(SessionResponseReader.MAX_ERROR_BODY_CHARS + 500);

        assertThat(failure(500, MapHeaders.of(), body).body()).hasSize(SessionResponseReader.MAX_ERROR_BODY_CHARS);
    }

    // ---------------------------------------------------------------------------------------- retry hints

    @Nested
    class RetryHints {

        static Stream<Arguments> retryAfter() {
            return Stream.of(
                    hint("retry-after-ms 50", Duration.ofMillis(50), "retry-after-ms", "50"),
                    hint("retry-after-ms fractional 12.5", Duration.ofNanos(12_500_000), "retry-after-ms", "12.5"),
                    hint("retry-after-ms 0", Duration.ZERO, "retry-after-ms", "0"),
                    hint("Retry-After 3 s", Duration.ofSeconds(3), "Retry-After", "3"),
                    hint("Retry-After fractional 1.5 s", Duration.ofMillis(1500), "Retry-After", "1.5"),
                    hint("Retry-After with spaces", Duration.ofSeconds(3), "Retry-After", " 3 "),
                    hint("Retry-After HTTP-date 30 s ahead", Duration.ofSeconds(30),
                            "Retry-After", "Thu, 01 Jan 2026 00:00:30 GMT"),
                    hint("Retry-After HTTP-date 2 h ahead", Duration.ofHours(2),
                            "Retry-After", "Thu, 01 Jan 2026 02:00:00 GMT"),
                    hint("Retry-After HTTP-date in the past", Duration.ZERO,
                            "Retry-After", "Wed, 31 Dec 2025 23:59:00 GMT"),
                    hint("ms takes precedence over seconds", Duration.ofMillis(250),
                            "retry-after-ms", "250", "retry-after", "7"),
                    hint("garbage ms falls back to seconds", Duration.ofSeconds(2),
                            "retry-after-ms", "soon", "retry-after", "2"),
                    hint("negative ms falls back to seconds", Duration.ofSeconds(2),
                            "retry-after-ms", "-5", "retry-after", "2"),
                    hint("negative ms alone", null, "retry-after-ms", "-5"),
                    hint("negative seconds", null, "Retry-After", "-1"),
                    hint("garbage seconds", null, "Retry-After", "soon"),
                    hint("empty value", null, "Retry-After", ""),
                    hint("NaN", null, "Retry-After", "NaN"),
                    hint("infinity", null, "Retry-After", "Infinity"),
                    hint("too large to represent", null, "Retry-After", "1e300"),
                    hint("no header", null));
        }

        private static Arguments hint(String name, Duration expected, String... headers) {
            return arguments(Named.of(name, MapHeaders.of(headers)), expected);
        }

        @ParameterizedTest
        @MethodSource("retryAfter")
        void theServersDelayIsRead(MapHeaders headers, Duration expected) {
            ApiStatusException e = failure(429, headers, "");

            assertThat(e).isExactlyInstanceOf(RateLimitException.class);
            assertThat(e.retryAfter()).isEqualTo(expected);
            assertThat(RetryAfter.parse(headers, Clock.fixed(NOW, ZoneOffset.UTC))).isEqualTo(expected);
        }

        @Test
        void theDelayAppearsInTheMessage() {
            assertThat(failure(429, MapHeaders.of("retry-after", "3"), "").getMessage())
                    .isEqualTo("HTTP 429 [retry after 3000 ms]");
        }

        static Stream<Arguments> shouldRetry() {
            return Stream.of(
                    arguments(Named.of("true", "true"), Boolean.TRUE),
                    arguments(Named.of("TRUE", " TRUE "), Boolean.TRUE),
                    arguments(Named.of("false", "false"), Boolean.FALSE),
                    arguments(Named.of("False", "False"), Boolean.FALSE),
                    arguments(Named.of("garbage", "maybe"), null),
                    arguments(Named.of("one", "1"), null),
                    arguments(Named.of("empty", ""), null));
        }

        @ParameterizedTest
        @MethodSource("shouldRetry")
        void xShouldRetryIsRead(String value, Boolean expected) {
            assertThat(failure(503, MapHeaders.of("X-Should-Retry", value), "").error().shouldRetry())
                    .isEqualTo(expected);
        }

        @Test
        void anAbsentXShouldRetryIsNull() {
            assertThat(failure(503, MapHeaders.of(), "").error().shouldRetry()).isNull();
        }
    }

    // ----------------------------------------------------------------------------------- malformed success

    static Stream<Arguments> malformedSessions() {
        return Stream.of(
                malformed("secret value as a bare token", "{\"client_secret\":{\"value\":ek_SECRETVALUE123}}"),
                malformed("a bare secret", "ek_SECRETVALUE123"),
                malformed("the API key as a bare token", "{\"echo\":" + API_KEY + "}"),
                malformed("the API key as a field name without quotes", "{" + API_KEY + ":1}"),
                malformed("secret with the value as the wrong type",
                        "{\"client_secret\":[\"ek_SECRETVALUE123\"],\"api_key\":\"" + API_KEY + "\"}"),
                malformed("secret with an empty value", "{\"client_secret\":{\"value\":\"\",\"expires_at\":1}}"),
                malformed("HTML echoing the key", "<html>" + API_KEY + " ek_SECRETVALUE123</html>"),
                malformed("truncated after the secret", "{\"client_secret\":{\"value\":\"ek_SECRETVALUE123"),
                malformed("empty", ""),
                malformed("array", "[\"ek_SECRETVALUE123\"]"));
    }

    private static Arguments malformed(String name, String body) {
        return arguments(Named.of(name, body));
    }

    @ParameterizedTest
    @MethodSource("malformedSessions")
    void a2xxBodyThatIsNotASessionIsAResponseFormatExceptionWithoutSecrets(String body) {
        Throwable thrown = catchThrowable(
                () -> reader.read(200, MapHeaders.of("x-request-id", "req_fmt"), utf8(body)));

        assertThat(thrown).isExactlyInstanceOf(ResponseFormatException.class);
        ResponseFormatException e = (ResponseFormatException) thrown;
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.requestId()).isEqualTo("req_fmt");
        assertThat(e.getMessage()).startsWith("HTTP 200: the answer is not a valid session: ")
                .endsWith(" [request id req_fmt]");
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(t.getMessage()).doesNotContain("SECRETVALUE123", API_KEY, "sk-test");
            assertThat(t.toString()).doesNotContain("SECRETVALUE123", API_KEY, "sk-test");
        }
    }

    @Test
    void theParserQuotesOffendingTokensSoTheReaderMustRedact() {
        // Precondition of the test above: without the reader's redaction, the secret would be in the message.
        assertThat(catchThrowable(() -> SessionJsonCodec.instance().decodeResponse(utf8("ek_SECRETVALUE123"))))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("ek_SECRETVALUE123");
    }

    @Test
    void aKeyWithoutTheSkShapeIsRedactedByValueWhenTheParserQuotesIt() {
        // A proxy's own key: no sk- prefix, so only the configured key protects it.
        String proxyKey = "proxyKEY0123456789abcdef";
        SessionResponseReader proxied = new SessionResponseReader(
                ClientSettings.builder().apiKey(proxyKey).build(), Clock.fixed(NOW, ZoneOffset.UTC));
        byte[] body = utf8("{\"echo\":" + proxyKey + "}");
        assertThat(catchThrowable(() -> SessionJsonCodec.instance().decodeResponse(body)))
                .hasMessageContaining(proxyKey);

        Throwable thrown = catchThrowable(() -> proxied.read(200, MapHeaders.of(), body));

        assertThat(thrown).isExactlyInstanceOf(ResponseFormatException.class);
        assertThat(thrown.getMessage()).doesNotContain(proxyKey).contains(Redaction.MASK);
        assertThat(thrown.getCause().getMessage()).doesNotContain(proxyKey);
    }

    @Test
    void theFormatErrorNamesTheFieldOnce() {
        Throwable thrown = catchThrowable(() -> reader.read(
                201, MapHeaders.of(), utf8("{\"client_secret\":{\"value\":\"ek_1\"}}")));

        assertThat(thrown)
                .isInstanceOf(ResponseFormatException.class)
                .hasMessage("HTTP 201: the answer is not a valid session: client_secret.expires_at: is missing; the"
                        + " secret's lifetime is unknown");
        assertThat(thrown.getCause())
                .isInstanceOfSatisfying(WireFormatException.class,
                        cause -> assertThat(cause.field()).isEqualTo("client_secret.expires_at"))
                .hasMessage("client_secret.expires_at: is missing; the secret's lifetime is unknown")
                .hasNoCause();
    }

    // ------------------------------------------------------------------------------------------ redaction

    @Nested
    class Redacting {

        private static final String ECHOING_BODY = "{\"error\":{\"message\":\"Incorrect API key provided: " + API_KEY
                + ". You can find your API key at https://platform.openai.com/account/api-keys.\","
                + "\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"invalid_api_key\"}}";

        @Test
        void anErrorBodyEchoingTheApiKeyLeaksItNowhere() {
            ApiStatusException e = failure(401, MapHeaders.of("x-request-id", "req_401"), ECHOING_BODY);

            assertThat(e).isExactlyInstanceOf(AuthenticationException.class);
            assertThat(e.errorCode()).isEqualTo("invalid_api_key");
            assertThat(e.errorMessage()).startsWith("Incorrect API key provided: " + Redaction.MASK);
            for (String text : Arrays.asList(e.getMessage(), e.toString(), e.errorMessage(), e.body(),
                    String.valueOf(e.error()))) {
                assertThat(text).doesNotContain(API_KEY).doesNotContain("XYZ0123456789").contains(Redaction.MASK);
            }
        }

        @Test
        void aKeyShapedTokenThatIsNotTheConfiguredKeyIsRedactedToo() {
            ApiStatusException e = failure(401, MapHeaders.of(),
                    "{\"error\":{\"message\":\"Incorrect API key provided: sk-proj-abcdef123456.\"}}");

            assertThat(e.errorMessage()).doesNotContain("abcdef123456");
            assertThat(e.body()).doesNotContain("abcdef123456");
        }

        @Test
        void anEphemeralSecretInAnErrorBodyIsRedacted() {
            String body = "{\"error\":{\"message\":\"Session for ek_abc123def expired\",\"type\":\"ek_abc123def\","
                    + "\"param\":\"ek_abc123def\",\"code\":\"ek_abc123def\"}}";

            ApiStatusException e = failure(409, MapHeaders.of(), body);

            List<String> texts = new ArrayList<>(Arrays.asList(e.getMessage(), e.toString(), e.errorMessage(),
                    e.errorType(), e.errorParam(), e.errorCode(), e.body()));
            assertThat(texts).allSatisfy(text -> assertThat(text).doesNotContain("abc123def"));
            assertThat(e.errorMessage()).isEqualTo("Session for ek_" + Redaction.MASK + " expired");
        }

        @Test
        void aNonJsonErrorBodyIsRedacted() {
            ApiStatusException e = failure(502, MapHeaders.of(), "<pre>Bearer " + API_KEY + " ek_abc123def</pre>");

            assertThat(e.body()).doesNotContain(API_KEY).doesNotContain("abc123def");
        }
    }

    // -------------------------------------------------------------------------------------------- body cap

    @Nested
    class BodyCap {

        @Test
        void a2xxBodyDeclaredOverTheCapFailsWithoutBeingRead() {
            InputStream untouchable = new InputStream() {
                @Override
                public int read() {
                    throw new AssertionError("the body must not be read");
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    throw new AssertionError("the body must not be read");
                }
            };

            assertThatThrownBy(() -> cappedReader.readBody(
                            200, MapHeaders.of("Content-Length", Integer.toString(CAP + 1), "x-request-id", "req_big"),
                            untouchable))
                    .isExactlyInstanceOf(ResponseFormatException.class)
                    .hasMessageContaining("exceeds the limit of " + CAP + " bytes")
                    .satisfies(e -> {
                        assertThat(((ResponseFormatException) e).status()).isEqualTo(200);
                        assertThat(((ResponseFormatException) e).requestId()).isEqualTo("req_big");
                    });
        }

        @Test
        void a2xxBodyOverTheCapWithoutContentLengthFails() {
            byte[] body = new byte[CAP + 1];
            Arrays.fill(body, (byte) ' ');

            assertThatThrownBy(() -> cappedReader.readBody(200, MapHeaders.of(), new ByteArrayInputStream(body)))
                    .isExactlyInstanceOf(ResponseFormatException.class)
                    .hasMessageContaining("exceeds the limit");
        }

        @Test
        void a2xxBodyOverTheCapFailsThroughReadToo() {
            byte[] body = utf8(sessionJson("ek_1", 1) + " ".repeat(CAP));

            assertThatThrownBy(() -> cappedReader.read(200, MapHeaders.of(), new ByteArrayInputStream(body)))
                    .isExactlyInstanceOf(ResponseFormatException.class)
                    .hasMessageContaining("exceeds the limit");
            assertThatThrownBy(() -> cappedReader.read(200, MapHeaders.of(), body))
                    .isExactlyInstanceOf(ResponseFormatException.class)
                    .hasMessageContaining("exceeds the limit");
        }

        @Test
        void aBodyOfExactlyTheCapIsRead() throws IOException {
            byte[] body = new byte[CAP];
            Arrays.fill(body, (byte) 'a');

            assertThat(cappedReader.readBody(200, MapHeaders.of(), new ByteArrayInputStream(body))).isEqualTo(body);
            MapHeaders declared = MapHeaders.of("content-length", Integer.toString(CAP));
            assertThat(cappedReader.readBody(200, declared, new ByteArrayInputStream(body)))
                    .isEqualTo(body);
        }

        @Test
        void anErrorBodyOverTheCapIsCutAndStillMapsByStatus() throws IOException {
            byte[] body = utf8("{\"error\":{\"message\":\"" + "x".repeat(3 * CAP) + "\"}}");

            byte[] read = cappedReader.readBody(500, MapHeaders.of(), new ByteArrayInputStream(body));
            assertThat(read).hasSize(CAP).isEqualTo(Arrays.copyOf(body, CAP));

            Throwable thrown = catchThrowable(() -> cappedReader.read(
                    500, MapHeaders.of("Content-Length", Integer.toString(body.length)),
                    new ByteArrayInputStream(body)));
            assertThat(thrown).isExactlyInstanceOf(InternalServerException.class);
            InternalServerException e = (InternalServerException) thrown;
            assertThat(e.status()).isEqualTo(500);
            assertThat(e.body()).hasSize(CAP);
            assertThat(e.errorMessage()).as("the cut JSON is no longer an error object").isNull();
        }

        @Test
        void aShorterBodyThanDeclaredIsAConnectionFailureEvenForAnError() {
            byte[] body = utf8("{\"error\":{}}");

            assertThatThrownBy(() -> cappedReader.readBody(400, MapHeaders.of("Content-Length", "100"),
                            new ByteArrayInputStream(body)))
                    .isInstanceOf(java.io.EOFException.class)
                    .hasMessage("the connection closed after 12 of 100 body bytes");
        }

        @Test
        void anUnreadableContentLengthIsIgnored() throws IOException {
            byte[] body = utf8("hello");

            assertThat(cappedReader.readBody(200, MapHeaders.of("Content-Length", "many"),
                            new ByteArrayInputStream(body)))
                    .isEqualTo(body);
            assertThat(cappedReader.readBody(200, MapHeaders.of("Content-Length", "-3"),
                            new ByteArrayInputStream(body)))
                    .isEqualTo(body);
        }

        @Test
        void noBodyIsAnEmptyBody() throws IOException {
            assertThat(cappedReader.readBody(204, MapHeaders.of(), null)).isEmpty();
            assertThatThrownBy(() -> cappedReader.read(204, MapHeaders.of(), (InputStream) null))
                    .isExactlyInstanceOf(ResponseFormatException.class);
            assertThat(catchThrowable(() -> cappedReader.read(401, MapHeaders.of(), (InputStream) null)))
                    .isExactlyInstanceOf(AuthenticationException.class);
        }
    }
}
