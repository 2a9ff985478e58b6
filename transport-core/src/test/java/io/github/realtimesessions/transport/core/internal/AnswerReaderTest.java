package io.github.realtimesessions.transport.core.internal;

import static io.github.realtimesessions.transport.core.internal.WireFixtures.API_KEY;
import static io.github.realtimesessions.transport.core.internal.WireFixtures.text;
import static io.github.realtimesessions.transport.core.internal.WireFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.realtimesessions.model.ResponseMetadata;
import io.github.realtimesessions.port.AccessToken;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.AuthenticationException;
import io.github.realtimesessions.port.BadRequestException;
import io.github.realtimesessions.port.ConflictException;
import io.github.realtimesessions.port.Credential;
import io.github.realtimesessions.port.InternalServerException;
import io.github.realtimesessions.port.NotFoundException;
import io.github.realtimesessions.port.PermissionDeniedException;
import io.github.realtimesessions.port.RateLimitException;
import io.github.realtimesessions.port.ResponseFormatException;
import io.github.realtimesessions.port.UnprocessableEntityException;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.ProtocolException;
import java.net.SocketException;
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

/**
 * Reading what a transport received: exact framing, the body caps, exactly one release or abort of the connection,
 * the status as its exception with the OpenAI error fields and the retry hints, and no secret in anything it keeps.
 */
class AnswerReaderTest {

    /** Thursday, 1 January 2026, 00:00:00 UTC. */
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static final int CAP = 4096;

    private final AnswerReader reader = new AnswerReader(
            Redactor.of(Credential.apiKey(API_KEY), List::of), Clock.fixed(NOW, ZoneOffset.UTC));

    private Answer read(FakeResponse response) throws IOException {
        return reader.read(response, CAP, true, null);
    }

    private ApiStatusException failure(FakeResponse response) {
        Throwable thrown = catchThrowable(() -> read(response));
        assertThat(thrown).isInstanceOf(ApiStatusException.class);
        return (ApiStatusException) thrown;
    }

    private ApiStatusException failure(int status, String body, String... headers) {
        return failure(FakeResponse.of(status, body, headers));
    }

    // ------------------------------------------------------------------------------------------ body buffers

    /** Bodies of 2xx answers up to {@link BodyBuffers#BUFFER_BYTES} are read into reused buffers. */
    @Nested
    class Buffers {

        @Test
        void aFramed2xxBodyIsReadIntoAPooledBufferThatComesBackOnRecycle() throws IOException {
            Answer first = read(FakeResponse.framed(200, "{\"a\":1}"));
            byte[] buffer = first.body();

            assertThat(first.pooled()).isTrue();
            assertThat(buffer).hasSize(BodyBuffers.BUFFER_BYTES);
            assertThat(text(bodyOf(first))).isEqualTo("{\"a\":1}");

            AnswerReader.recycle(first);
            Answer second = read(FakeResponse.framed(200, "{\"b\":22}"));

            assertThat(second.body()).as("the same buffer, reused").isSameAs(buffer);
            assertThat(text(bodyOf(second))).isEqualTo("{\"b\":22}");
            AnswerReader.recycle(second);
        }

        @Test
        void errorsUnframedBodiesAndBodiesOverTheBufferGetArraysOfTheirOwn() throws IOException {
            String large = "\"" + "a".repeat(BodyBuffers.BUFFER_BYTES) + "\"";
            AnswerReader roomy = new AnswerReader(Redactor.shapesOnly(), Clock.systemUTC());

            Answer unframed = read(FakeResponse.of(200, "{}"));
            Answer over = roomy.read(FakeResponse.framed(200, large), 2 * BodyBuffers.BUFFER_BYTES, true, null);

            assertThat(unframed.pooled()).isFalse();
            assertThat(unframed.body()).hasSize(2);
            assertThat(over.pooled()).isFalse();
            assertThat(over.body()).hasSize(large.length());
            assertThat(failure(FakeResponse.framed(500, "{\"error\":{\"message\":\"boom\"}}")).body())
                    .isEqualTo("{\"error\":{\"message\":\"boom\"}}");
        }

        @Test
        void aBodyCutShortGivesItsBufferBack() {
            BodyBuffers.give(BodyBuffers.take());
            int pooled = BodyBuffers.pooledCount();
            FakeResponse cut = new FakeResponse(200, FakeResponse.headers("Content-Length", "100"),
                    new ByteArrayInputStream("{\"a\":".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

            assertThat(catchThrowable(() -> read(cut))).isInstanceOf(EOFException.class);
            assertThat(BodyBuffers.pooledCount()).as("the buffer went back").isEqualTo(pooled);
            assertThat(cut.aborts()).isEqualTo(1);
        }

        @Test
        void thePoolHoldsAtMostItsSlotsAndRefusesForeignArrays() {
            List<byte[]> taken = new ArrayList<>();
            for (int i = 0; i < BodyBuffers.SLOTS + 3; i++) {
                taken.add(BodyBuffers.take());
            }
            assertThat(BodyBuffers.pooledCount()).isZero();

            BodyBuffers.give(new byte[10]);
            taken.forEach(BodyBuffers::give);

            assertThat(BodyBuffers.pooledCount()).isEqualTo(BodyBuffers.SLOTS);
            assertThat(taken).allSatisfy(buffer -> assertThat(buffer).hasSize(BodyBuffers.BUFFER_BYTES));
        }
    }

    // ------------------------------------------------------------------------------------------ framing

    @Nested
    class Framing {

        @Test
        void aContentLengthIsReadExactlyAndTheConnectionReleasedOnce() throws IOException {
            FakeResponse response = FakeResponse.framed(200, "{\"a\":1}", "x-request-id", "req_1");

            Answer answer = read(response);

            assertThat(text(bodyOf(answer))).isEqualTo("{\"a\":1}");
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.requestId()).isEqualTo("req_1");
            assertThat(response.releasedOnce()).as("%s", response).isTrue();
        }

        @Test
        void bytesBeyondTheContentLengthAreNotReadAsBodyAndTheConnectionIsNotReused() throws IOException {
            FakeResponse response = FakeResponse.of(200, "{\"a\":1}TRAILING GARBAGE", "Content-Length", "7");

            Answer answer = read(response);

            assertThat(text(bodyOf(answer))).isEqualTo("{\"a\":1}");
            assertThat(response.abortedOnce()).as("%s", response).isTrue();
        }

        @Test
        void aBodyCutShortOfItsContentLengthIsAnEofExceptionAndAnAbort() {
            FakeResponse response = FakeResponse.of(200, "{\"error\":{}}", "Content-Length", "100");

            Throwable thrown = catchThrowable(() -> read(response));

            assertThat(thrown).isExactlyInstanceOf(EOFException.class)
                    .hasMessage("the connection closed after 12 of 100 body bytes");
            assertThat(response.abortedOnce()).as("%s", response).isTrue();
        }

        @Test
        void anErrorBodyCutShortIsAConnectionFailureToo() {
            FakeResponse response = FakeResponse.of(503, "{\"err", "Content-Length", "50");

            assertThat(catchThrowable(() -> read(response))).isExactlyInstanceOf(EOFException.class);
            assertThat(response.abortedOnce()).isTrue();
        }

        @Test
        void chunkedFramingWinsOverAContentLength() throws IOException {
            String body = "{\"value\":\"ek_1\",\"expires_at\":1}";
            FakeResponse response = FakeResponse.of(200, body, "Transfer-Encoding", "chunked", "Content-Length", "5");

            Answer answer = read(response);

            assertThat(text(bodyOf(answer))).isEqualTo(body);
            assertThat(response.releasedOnce()).as("%s", response).isTrue();
        }

        @Test
        void chunkedFramingWinsOverAContentLengthLongerThanTheBodyToo() throws IOException {
            FakeResponse response = FakeResponse.of(200, "{}", "Content-Length", "999999", "Transfer-Encoding", "chunked");

            assertThat(text(bodyOf(read(response)))).isEqualTo("{}");
            assertThat(response.releasedOnce()).isTrue();
        }

        static Stream<Arguments> invalidLengths() {
            return Stream.of(
                    arguments(Named.of("two headers that disagree", new String[] {"Content-Length", "5",
                        "Content-Length", "7"}), "Content-Length values disagree (5, 7)"),
                    arguments(Named.of("one header with two values", new String[] {"Content-Length", "5, 7"}),
                            "Content-Length values disagree (5, 7)"),
                    arguments(Named.of("not a number", new String[] {"Content-Length", "many"}),
                            "a Content-Length is not a length"),
                    arguments(Named.of("negative", new String[] {"Content-Length", "-3"}),
                            "a Content-Length is negative"),
                    arguments(Named.of("an empty list member", new String[] {"Content-Length", "5,"}),
                            "a Content-Length is not a length"),
                    arguments(Named.of("an empty value", new String[] {"Content-Length", ""}),
                            "a Content-Length is not a length"),
                    arguments(Named.of("beyond 64 bits", new String[] {"Content-Length", "92233720368547758070"}),
                            "a Content-Length is not a length"),
                    arguments(Named.of("digits then a second header that disagrees", new String[] {"Content-Length",
                        "7", "content-length", "8"}), "Content-Length values disagree (7, 8)"));
        }

        @ParameterizedTest
        @MethodSource("invalidLengths")
        void contentLengthsThatDisagreeOrAreNoLengthAreInvalidFramingAndTheConnectionIsClosed(
                String[] headers, String message) {
            FakeResponse response = FakeResponse.of(200, "{\"a\":1}", headers);

            Throwable thrown = catchThrowable(() -> read(response));

            assertThat(thrown).isExactlyInstanceOf(ProtocolException.class)
                    .hasMessage("the answer's framing is invalid: " + message);
            assertThat(response.abortedOnce()).as("never released: RFC 9112 §6.3 closes the connection").isTrue();
            assertThat(response.bytesRead()).isZero();
        }

        @Test
        void repeatedContentLengthsThatAgreeAreOneLength() throws IOException {
            FakeResponse response = FakeResponse.of(200, "{\"a\":1}", "Content-Length", "7", "Content-Length", "7, 7");

            assertThat(text(bodyOf(read(response)))).isEqualTo("{\"a\":1}");
            assertThat(response.releasedOnce()).isTrue();
        }

        @Test
        void withoutFramingTheBodyRunsToTheEndOfTheStream() throws IOException {
            FakeResponse response = FakeResponse.of(200, "{\"a\":[1,2,3]}");

            assertThat(text(bodyOf(read(response)))).isEqualTo("{\"a\":[1,2,3]}");
            assertThat(response.releasedOnce()).isTrue();
        }

        @Test
        void anEmpty2xxWithoutFramingWhereABodyIsExpectedIsACutHead() {
            FakeResponse response = FakeResponse.of(200, "", "Content-Type", "application/json");

            Throwable thrown = catchThrowable(() -> read(response));

            assertThat(thrown).isExactlyInstanceOf(EOFException.class)
                    .hasMessage("the answer ended before its body (no Content-Length, no chunked framing, no byte)");
            assertThat(response.abortedOnce()).as("a cut connection is not reused: %s", response).isTrue();
        }

        @Test
        void anEmpty2xxIsFineWhereTheEndpointAnswersWithNoBodyOrWhenItIsFramed() throws IOException {
            FakeResponse hangup = FakeResponse.of(200, "");
            FakeResponse declaredEmpty = FakeResponse.of(200, "", "Content-Length", "0");
            FakeResponse chunkedEmpty = FakeResponse.of(200, "", "Transfer-Encoding", "chunked");

            assertThat(bodyOf(reader.read(hangup, CAP, false, null))).isEmpty();
            assertThat(bodyOf(read(declaredEmpty))).isEmpty();
            assertThat(bodyOf(read(chunkedEmpty))).isEmpty();
            assertThat(List.of(hangup, declaredEmpty, chunkedEmpty)).allMatch(FakeResponse::releasedOnce);
        }

        @Test
        void anEmptyErrorIsStillItsStatus() {
            FakeResponse response = FakeResponse.of(502, "");

            ApiStatusException e = failure(response);

            assertThat(e).isExactlyInstanceOf(InternalServerException.class);
            assertThat(e.body()).isNull();
            assertThat(response.releasedOnce()).isTrue();
        }

        @Test
        void aBodyThatFailsWhileBeingReadIsAbortedOnceAndTheFailureSurfaces() {
            SocketException reset = new SocketException("Connection reset");
            FakeResponse response = new FakeResponse(200, FakeResponse.headers("Content-Length", "100"),
                    FakeResponse.failingAfter(utf8("{\"val"), reset));

            assertThat(catchThrowable(() -> read(response))).isSameAs(reset);
            assertThat(response.abortedOnce()).isTrue();
        }
    }

    // ------------------------------------------------------------------------------------------ caps

    @Nested
    class Caps {

        @Test
        void a2xxDeclaredOverTheCapFailsWithoutReadingAndIsAbortedNeverReleased() {
            FakeResponse response = new FakeResponse(200,
                    FakeResponse.headers("Content-Length", Integer.toString(CAP + 1), "x-request-id", "req_big"),
                    FakeResponse.untouchable());

            Throwable thrown = catchThrowable(() -> read(response));

            assertThat(thrown).isExactlyInstanceOf(ResponseFormatException.class)
                    .hasMessage("HTTP 200: the answer's body exceeds the limit of " + CAP
                            + " bytes (ClientSettings.maxResponseBytes) [request id req_big]");
            assertThat(((ResponseFormatException) thrown).status()).isEqualTo(200);
            assertThat(((ResponseFormatException) thrown).requestId()).isEqualTo("req_big");
            assertThat(response.abortedOnce()).as("%s", response).isTrue();
        }

        @Test
        void anEndless2xxIsReadOnlyToTheCapPlusOneByteAndAborted() {
            FakeResponse response = new FakeResponse(200, HttpHeadersFixture.NONE, FakeResponse.endless((byte) ' '));

            Throwable thrown = catchThrowable(() -> read(response));

            assertThat(thrown).isExactlyInstanceOf(ResponseFormatException.class).hasMessageContaining("exceeds the limit");
            assertThat(response.bytesRead()).isEqualTo(CAP + 1);
            assertThat(response.abortedOnce()).as("%s", response).isTrue();
        }

        @Test
        void aChunked2xxOverTheCapIsAbortedToo() {
            FakeResponse response = new FakeResponse(200, FakeResponse.headers("Transfer-Encoding", "chunked"),
                    FakeResponse.endless((byte) 'a'));

            assertThat(catchThrowable(() -> read(response))).isExactlyInstanceOf(ResponseFormatException.class);
            assertThat(response.abortedOnce()).isTrue();
        }

        @Test
        void aBodyOfExactlyTheCapIsRead() throws IOException {
            byte[] body = new byte[CAP];
            Arrays.fill(body, (byte) 'a');
            FakeResponse unframed = FakeResponse.of(200, body);
            FakeResponse framed = FakeResponse.of(200, body, "Content-Length", Integer.toString(CAP));

            assertThat(bodyOf(read(unframed))).isEqualTo(body);
            assertThat(bodyOf(read(framed))).isEqualTo(body);
            assertThat(unframed.releasedOnce()).isTrue();
            assertThat(framed.releasedOnce()).isTrue();
        }

        @Test
        void anErrorBodyOver64KibIsCutAndAbortedAndStillMapsByItsStatus() {
            AnswerReader large = new AnswerReader(Redactor.shapesOnly(), Clock.fixed(NOW, ZoneOffset.UTC));
            FakeResponse response = new FakeResponse(500, FakeResponse.headers("x-request-id", "req_500"),
                    FakeResponse.endless((byte) '!'));

            Throwable thrown = catchThrowable(() -> large.read(response, 4 * 1024 * 1024, true, null));

            assertThat(thrown).isExactlyInstanceOf(InternalServerException.class);
            InternalServerException e = (InternalServerException) thrown;
            assertThat(e.requestId()).isEqualTo("req_500");
            assertThat(e.body()).hasSize(AnswerReader.MAX_ERROR_BODY_CHARS).matches("!+");
            assertThat(response.bytesRead()).isEqualTo(AnswerReader.MAX_ERROR_BODY_BYTES + 1);
            assertThat(response.abortedOnce()).as("never drained: %s", response).isTrue();
        }

        @Test
        void anErrorBodyDeclaredOverItsCapIsCutAndAborted() {
            byte[] body = utf8("{\"error\":{\"message\":\"" + "x".repeat(3 * CAP) + "\"}}");
            FakeResponse response = FakeResponse.of(400, body, "Content-Length", Integer.toString(body.length));

            ApiStatusException e = failure(response);

            assertThat(e).isExactlyInstanceOf(BadRequestException.class);
            assertThat(e.errorMessage()).as("the cut JSON is no longer an error object").isNull();
            assertThat(response.bytesRead()).isEqualTo(CAP + 1);
            assertThat(response.abortedOnce()).isTrue();
        }

        @Test
        void aLongErrorBodyIsKeptOnlyInPart() {
            FakeResponse response = FakeResponse.of(500, "x".repeat(AnswerReader.MAX_ERROR_BODY_CHARS + 500));

            Throwable thrown = catchThrowable(() -> reader.read(response, 4 * 1024 * 1024, true, null));

            assertThat(((ApiStatusException) thrown).body()).hasSize(AnswerReader.MAX_ERROR_BODY_CHARS);
            assertThat(response.releasedOnce()).as("read to its end within 64 KiB").isTrue();
        }

        @Test
        void theErrorCapIsTheSmallerOfTheBodyCapAnd64Kib() {
            FakeResponse response = FakeResponse.of(500, "x".repeat(CAP + 10));

            assertThat(failure(response).body()).hasSize(CAP);
            assertThat(response.abortedOnce()).isTrue();
        }
    }

    // ------------------------------------------------------------------------------------------ statuses

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
                status(599, InternalServerException.class),
                status(408, ApiStatusException.class),
                status(418, ApiStatusException.class),
                status(304, ApiStatusException.class),
                status(302, ApiStatusException.class),
                status(199, ApiStatusException.class));
    }

    private static Arguments status(int status, Class<? extends ApiStatusException> type) {
        return arguments(Named.of(status + " -> " + type.getSimpleName(), status), type);
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void eachStatusBecomesItsExceptionWithTheErrorFields(int status, Class<? extends ApiStatusException> type) {
        String body = "{\"error\":{\"message\":\"Something about " + status + ".\",\"type\":\"invalid_request_error\","
                + "\"param\":\"session.temperature\",\"code\":\"code_" + status + "\"}}";

        ApiStatusException e = failure(FakeResponse.json(status, body, "X-Request-ID", "req_" + status));

        assertThat(e).isExactlyInstanceOf(type);
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.errorType()).isEqualTo("invalid_request_error");
        assertThat(e.errorCode()).isEqualTo("code_" + status);
        assertThat(e.errorParam()).isEqualTo("session.temperature");
        assertThat(e.errorMessage()).isEqualTo("Something about " + status + ".");
        assertThat(e.requestId()).isEqualTo("req_" + status);
        assertThat(e.body()).isEqualTo(body);
        assertThat(e.metadata().status()).isEqualTo(status);
        assertThat(e.metadata().header("content-type")).isEqualTo("application/json");
        assertThat(e.getMessage()).isEqualTo("HTTP " + status + " (invalid_request_error/code_" + status
                + "): Something about " + status + ". [param session.temperature] [request id req_" + status + "]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<html><body><h1>502 Bad Gateway</h1></body></html>", "upstream connect error",
        "{\"message\":\"nope\"}", "{\"error\":\"nope\"}", "{\"error\":{\"message\":\"cut"})
    void withoutAnErrorObjectTheClassStillFollowsTheStatus(String body) {
        for (int status : new int[] {400, 429, 503}) {
            ApiStatusException e = failure(status, body);

            assertThat(e).isExactlyInstanceOf(ApiStatusException.of(ApiError.ofStatus(status)).getClass());
            assertThat(e.errorMessage()).isNull();
            assertThat(e.errorType()).isNull();
            assertThat(e.body()).isEqualTo(body.isEmpty() ? null : body);
            assertThat(e.getMessage()).isEqualTo("HTTP " + status);
        }
    }

    @Test
    void theBetaShapeDisabledErrorIsReadAsItIs() {
        ApiStatusException e = failure(400, "{\"error\":{\"type\":\"invalid_request_error\","
                + "\"code\":\"beta_api_shape_disabled\",\"message\":\"The Realtime Beta API is no longer supported."
                + " Please use /v1/realtime for the GA API.\"}}");

        assertThat(e).isExactlyInstanceOf(BadRequestException.class);
        assertThat(e.errorCode()).isEqualTo("beta_api_shape_disabled");
    }

    @Test
    void theRequestIdIsFoundInAnyCase() {
        assertThat(failure(500, "", "x-request-id", "req_a").requestId()).isEqualTo("req_a");
        assertThat(failure(500, "", "X-REQUEST-ID", "req_b").requestId()).isEqualTo("req_b");
        assertThat(failure(500, "").requestId()).isNull();
    }

    @Test
    void aServerMessageCannotForgeLogLines() {
        ApiStatusException e = failure(400, "{\"error\":{\"message\":\"bad\\r\\nINFO fake log line\"}}");

        assertThat(e.getMessage()).doesNotContain("\r", "\n").contains("bad\\r\\nINFO fake log line");
        assertThat(e.errorMessage()).isEqualTo("bad\r\nINFO fake log line");
    }

    // ------------------------------------------------------------------------------------------ retry hints

    @Nested
    class RetryHints {

        static Stream<Arguments> hints() {
            return Stream.of(
                    hint("seconds", Duration.ofSeconds(3), "Retry-After", "3"),
                    hint("fractional seconds", Duration.ofMillis(1500), "retry-after", "1.5"),
                    hint("milliseconds", Duration.ofMillis(250), "retry-after-ms", "250"),
                    hint("milliseconds win over seconds", Duration.ofMillis(20), "retry-after-ms", "20",
                            "retry-after", "9"),
                    hint("an HTTP-date", Duration.ofSeconds(30), "Retry-After", "Thu, 01 Jan 2026 00:00:30 GMT"),
                    hint("an HTTP-date in the past", Duration.ZERO, "Retry-After", "Wed, 31 Dec 2025 23:00:00 GMT"),
                    hint("10000000000 s is too long, not absent", RetryAfter.TOO_LONG, "Retry-After", "10000000000"),
                    hint("10000000000000 ms is too long, not absent", RetryAfter.TOO_LONG, "retry-after-ms",
                            "10000000000000"),
                    hint("an exponent too large to represent", RetryAfter.TOO_LONG, "Retry-After", "1e99999999999"),
                    hint("unreadable text", null, "Retry-After", "soon"),
                    hint("negative", null, "Retry-After", "-1"),
                    hint("none", null));
        }

        private static Arguments hint(String name, Duration expected, String... headers) {
            return arguments(Named.of(name, headers), expected);
        }

        @ParameterizedTest
        @MethodSource("hints")
        void theServersDelayIsOnTheException(String[] headers, Duration expected) {
            ApiStatusException e = failure(429, "", headers);

            assertThat(e).isExactlyInstanceOf(RateLimitException.class);
            assertThat(e.retryAfter()).isEqualTo(expected);
        }

        @Test
        void theDelayAppearsInTheMessage() {
            assertThat(failure(429, "", "retry-after", "3").getMessage()).isEqualTo("HTTP 429 [retry after 3000 ms]");
            assertThat(failure(503, "", "retry-after", "10000000000").getMessage())
                    .isEqualTo("HTTP 503 [retry after longer than can be represented]");
        }

        @ParameterizedTest
        @MethodSource("shouldRetry")
        void xShouldRetryIsRead(String value, Boolean expected) {
            assertThat(failure(503, "", "X-Should-Retry", value).shouldRetry()).isEqualTo(expected);
        }

        static Stream<Arguments> shouldRetry() {
            return Stream.of(
                    arguments(Named.of("true", "true"), Boolean.TRUE),
                    arguments(Named.of("TRUE, padded", " TRUE "), Boolean.TRUE),
                    arguments(Named.of("false", "false"), Boolean.FALSE),
                    arguments(Named.of("False", "False"), Boolean.FALSE),
                    arguments(Named.of("garbage", "maybe"), null),
                    arguments(Named.of("one", "1"), null),
                    arguments(Named.of("empty", ""), null));
        }

        @Test
        void anAbsentXShouldRetryIsNull() {
            assertThat(failure(503, "").shouldRetry()).isNull();
        }
    }

    // ------------------------------------------------------------------------------------------ metadata

    @Test
    void metadataHasEveryHeaderValueRedactedAndLowerCaseNames() throws IOException {
        FakeResponse response = FakeResponse.framed(200, "{}",
                "X-Request-ID", "req_" + API_KEY,
                "x-ratelimit-remaining-requests", "99",
                "Set-Cookie", "a=1",
                "Set-Cookie", "b=2",
                "X-Echo", "Authorization: Bearer some-gateway-token-123",
                "X-Ephemeral", "ek_68af296e8e408191a1120ab6383263c2");

        ResponseMetadata metadata = read(response).metadata();

        assertThat(metadata.status()).isEqualTo(200);
        assertThat(metadata.header("x-ratelimit-remaining-requests")).isEqualTo("99");
        assertThat(metadata.headerValues("set-cookie")).containsExactly("a=1", "b=2");
        assertThat(metadata.requestId()).isEqualTo("req_" + Redactor.MASK);
        assertThat(metadata.header("x-echo")).isEqualTo("Authorization: Bearer " + Redactor.MASK);
        assertThat(metadata.header("x-ephemeral")).isEqualTo("ek_" + Redactor.MASK);
        assertThat(metadata.headers().keySet()).allMatch(name -> name.equals(name.toLowerCase()));
        assertThat(metadata.toString()).doesNotContain(API_KEY, "some-gateway-token-123", "68af296e8e408191");
    }

    @Test
    void aRequestIdEchoingTheCredentialIsRedactedInTheExceptionToo() {
        ApiStatusException e = failure(401, "", "x-request-id", "Bearer " + API_KEY);

        assertThat(e.requestId()).doesNotContain(API_KEY);
        assertThat(e.getMessage()).doesNotContain(API_KEY).doesNotContain("XYZ0123456789");
        assertThat(e.metadata().requestId()).doesNotContain(API_KEY);
    }

    @Test
    void theCapsFailureRedactsTheRequestIdToo() {
        FakeResponse response = new FakeResponse(200, FakeResponse.headers("Content-Length", "999999",
                "x-request-id", API_KEY), FakeResponse.untouchable());

        assertThat(catchThrowable(() -> read(response)).getMessage()).doesNotContain(API_KEY);
    }

    // ------------------------------------------------------------------------------------------ redaction

    @Nested
    class Redaction {

        private static final String AZURE_KEY = "0123456789abcdef0123456789ABCDEF";
        private static final String BARE_TOKEN = "opaqueGatewayToken0123456789xyzXYZ";

        /** Every piece of the secret of four characters or more that could be left behind. */
        private List<String> pieces(String secret) {
            List<String> pieces = new ArrayList<>();
            for (int length = 4; length <= secret.length(); length++) {
                pieces.add(secret.substring(0, length));
                pieces.add(secret.substring(secret.length() - length));
            }
            return pieces;
        }

        private void assertNoPieceOf(String secret, ApiStatusException e) {
            for (String text : Arrays.asList(e.body(), e.getMessage(), e.errorMessage(), String.valueOf(e.error()))) {
                if (text == null) {
                    continue;
                }
                for (String piece : pieces(secret)) {
                    assertThat(text).as("a piece of the secret").doesNotContain(piece);
                }
            }
        }

        private ApiStatusException echoedAcrossTheCut(AnswerReader reader, String secret) {
            // The secret starts 10 characters before the 8 KiB cut: truncating first would keep 10 of its characters.
            String body = "x".repeat(AnswerReader.MAX_ERROR_BODY_CHARS - 10) + secret + " and more text";
            Throwable thrown = catchThrowable(() -> reader.read(FakeResponse.of(400, body), CAP * 64, true, null));
            assertThat(thrown).isInstanceOf(ApiStatusException.class);
            return (ApiStatusException) thrown;
        }

        @Test
        void anAzureStyleKeyEchoedAcrossTheCutLeavesNoPartOfIt() {
            AnswerReader azure = new AnswerReader(Redactor.of(Credential.azureApiKey(AZURE_KEY), List::of),
                    Clock.fixed(NOW, ZoneOffset.UTC));

            ApiStatusException e = echoedAcrossTheCut(azure, AZURE_KEY);

            assertThat(e.body()).hasSizeLessThanOrEqualTo(AnswerReader.MAX_ERROR_BODY_CHARS).contains(Redactor.MASK);
            assertNoPieceOf(AZURE_KEY, e);
        }

        @Test
        void aBearerTokenWithoutAPrefixEchoedAcrossTheCutLeavesNoPartOfIt() {
            AnswerReader bearer = new AnswerReader(Redactor.of(Credential.bearerTokens(
                            () -> new AccessToken(BARE_TOKEN, null)), () -> List.of(BARE_TOKEN)),
                    Clock.fixed(NOW, ZoneOffset.UTC));

            assertNoPieceOf(BARE_TOKEN, echoedAcrossTheCut(bearer, BARE_TOKEN));
        }

        @Test
        void theCallsOwnSecretIsRedactedByValue() {
            String callSecret = "callSecretWithoutShape0123456789";
            Throwable thrown = catchThrowable(() -> reader.read(
                    FakeResponse.of(403, "{\"error\":{\"message\":\"key " + callSecret + " refused\"}}",
                            "x-request-id", callSecret), CAP, true, callSecret));

            ApiStatusException e = (ApiStatusException) thrown;
            assertThat(e.errorMessage()).isEqualTo("key " + Redactor.MASK + " refused");
            assertThat(e.requestId()).isEqualTo(Redactor.MASK);
            assertThat(e.body()).doesNotContain(callSecret);
        }

        @Test
        void aKeyEchoedAcrossThe64KibReadCutBehindTextThatRedactionShortensLeavesNoPartOfIt() {
            // 64 KiB of echoed long keys shrink to a few KiB when redacted: the read cut, not the 8 KiB cut, is then
            // the one that goes through the last key.
            String longKey = "gw" + "0123456789abcdefghij".repeat(6);
            AnswerReader gateway = new AnswerReader(Redactor.of(Credential.apiKey(longKey), List::of),
                    Clock.fixed(NOW, ZoneOffset.UTC));
            StringBuilder body = new StringBuilder();
            while (body.length() + longKey.length() + 1 <= AnswerReader.MAX_ERROR_BODY_BYTES - 10) {
                body.append(longKey).append(' ');
            }
            body.append(" ".repeat(AnswerReader.MAX_ERROR_BODY_BYTES - 10 - body.length()));
            body.append(longKey).append(" tail");

            Throwable thrown = catchThrowable(() -> gateway.read(FakeResponse.of(500, body.toString()),
                    4 * 1024 * 1024, true, null));

            ApiStatusException e = (ApiStatusException) thrown;
            assertThat(e.body()).as("short enough that the read cut is in it").hasSizeLessThan(
                    AnswerReader.MAX_ERROR_BODY_CHARS).endsWith(Redactor.MASK);
            assertNoPieceOf(longKey, e);
        }

        @Test
        void aCutBodyEndingInTheFirstPartOfAKnownSecretMasksItAndNothingElse() {
            Redactor redactor = Redactor.of(Credential.azureApiKey(AZURE_KEY), () -> List.of(BARE_TOKEN));

            assertThat(redactor.redactCut("text 0123456789ab", null)).isEqualTo("text " + Redactor.MASK);
            assertThat(redactor.redactCut("text opaqueGat", null)).isEqualTo("text " + Redactor.MASK);
            assertThat(redactor.redactCut("text callSec", "callSecret")).isEqualTo("text " + Redactor.MASK);
            assertThat(redactor.redactCut("text zzz", null)).isEqualTo("text zzz");
            assertThat(redactor.redactCut(null, null)).isNull();
            assertThat(redactor.redact("text 0123456789ab")).as("an uncut text keeps its end").isEqualTo("text 0123456789ab");
        }

        @Test
        void anErrorBodyEchoingTheApiKeyLeaksItNowhere() {
            String body = "{\"error\":{\"message\":\"Incorrect API key provided: " + API_KEY + ". You can find your"
                    + " API key at https://platform.openai.com/account/api-keys.\",\"type\":\"invalid_request_error\","
                    + "\"param\":null,\"code\":\"invalid_api_key\"}}";

            ApiStatusException e = failure(401, body, "x-request-id", "req_401");

            assertThat(e).isExactlyInstanceOf(AuthenticationException.class);
            assertThat(e.errorCode()).isEqualTo("invalid_api_key");
            assertThat(e.errorMessage()).startsWith("Incorrect API key provided: " + Redactor.MASK);
            for (String text : Arrays.asList(e.getMessage(), e.toString(), e.errorMessage(), e.body(),
                    String.valueOf(e.error()))) {
                assertThat(text).doesNotContain(API_KEY).doesNotContain("XYZ0123456789");
            }
        }

        @Test
        void everyErrorFieldIsRedacted() {
            String body = "{\"error\":{\"message\":\"Session for ek_abc123def expired\",\"type\":\"ek_abc123def\","
                    + "\"param\":\"ek_abc123def\",\"code\":\"ek_abc123def\"}}";

            ApiStatusException e = failure(409, body);

            assertThat(Arrays.asList(e.getMessage(), e.toString(), e.errorMessage(), e.errorType(), e.errorParam(),
                    e.errorCode(), e.body())).allSatisfy(text -> assertThat(text).doesNotContain("abc123def"));
            assertThat(e.errorMessage()).isEqualTo("Session for ek_" + Redactor.MASK + " expired");
        }

        @Test
        void aNonJsonErrorBodyIsRedacted() {
            ApiStatusException e = failure(502, "<pre>Bearer " + API_KEY + " ek_abc123def</pre>");

            assertThat(e.body()).doesNotContain(API_KEY).doesNotContain("abc123def");
        }
    }

    /** Headers helpers. */
    static final class HttpHeadersFixture {
        static final io.github.realtimesessions.transport.core.HttpHeaders NONE =
                io.github.realtimesessions.transport.core.HttpHeaders.empty();

        private HttpHeadersFixture() {}
    }

    @Test
    void aBodyStreamThatIsAByteArrayIsReadWhole() throws IOException {
        FakeResponse response = new FakeResponse(201, HttpHeadersFixture.NONE, new ByteArrayInputStream(utf8("v=0")));

        assertThat(text(bodyOf(read(response)))).isEqualTo("v=0");
    }

    /** The body of an answer: the part of its (possibly pooled, larger) array that holds it. */
    private static byte[] bodyOf(Answer answer) {
        return Arrays.copyOf(answer.body(), answer.length());
    }
}
