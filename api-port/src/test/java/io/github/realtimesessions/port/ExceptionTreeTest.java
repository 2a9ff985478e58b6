package io.github.realtimesessions.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.github.realtimesessions.model.ResponseMetadata;
import io.github.realtimesessions.port.internal.ExceptionAccess;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExceptionTreeTest {

    static Stream<Arguments> everyException() {
        return Stream.of(
                argumentSet("RealtimeApiException", new RealtimeApiException("m", null)),
                argumentSet("ApiStatusException", new ApiStatusException(ApiError.ofStatus(418))),
                argumentSet("BadRequestException", new BadRequestException(ApiError.ofStatus(400))),
                argumentSet("AuthenticationException", new AuthenticationException(ApiError.ofStatus(401))),
                argumentSet("PermissionDeniedException", new PermissionDeniedException(ApiError.ofStatus(403))),
                argumentSet("NotFoundException", new NotFoundException(ApiError.ofStatus(404))),
                argumentSet("ConflictException", new ConflictException(ApiError.ofStatus(409))),
                argumentSet("UnprocessableEntityException", new UnprocessableEntityException(ApiError.ofStatus(422))),
                argumentSet("RateLimitException", new RateLimitException(ApiError.ofStatus(429))),
                argumentSet("InternalServerException", new InternalServerException(ApiError.ofStatus(500))),
                argumentSet("ApiConnectionException", new ApiConnectionException("m", new IOException())),
                argumentSet("ApiTimeoutException", new ApiTimeoutException("m", new SocketTimeoutException())),
                argumentSet("ResponseFormatException", new ResponseFormatException("m", null, 200, null)),
                argumentSet("ApiCancelledException", new ApiCancelledException("m", null)),
                argumentSet("CredentialException", new CredentialException("m", new IllegalStateException())));
    }

    @ParameterizedTest
    @MethodSource("everyException")
    void everyFailureIsAnUncheckedRealtimeApiExceptionOfOneAttempt(RealtimeApiException exception) {
        assertThat(exception).isInstanceOf(RuntimeException.class).isInstanceOf(RealtimeApiException.class);
        assertThat(exception.attempts()).isEqualTo(1);
        assertThat(exception.getMessage()).doesNotContain("attempts");
    }

    @ParameterizedTest
    @MethodSource("everyException")
    void everyFailureSaysHowManyAttemptsItTook(RealtimeApiException exception) {
        String before = exception.getMessage();

        ExceptionAccess.setAttempts(exception, 3);

        assertThat(exception.attempts()).isEqualTo(3);
        assertThat(exception).hasMessage(before + " (after 3 attempts)");
    }

    @Test
    void theStatusSubtypesAreApiStatusExceptions() {
        Stream.of(400, 401, 403, 404, 409, 422, 429, 500)
                .map(status -> ApiStatusException.of(ApiError.ofStatus(status)))
                .forEach(exception -> assertThat(exception).isInstanceOf(ApiStatusException.class));
    }

    @Test
    void aTimeoutIsAConnectionFailure() {
        SocketTimeoutException cause = new SocketTimeoutException("Read timed out");
        ApiTimeoutException timeout = new ApiTimeoutException("no answer within PT1S", cause);

        assertThat(timeout).isInstanceOf(ApiConnectionException.class).hasMessage("no answer within PT1S");
        assertThat(timeout.getCause()).isSameAs(cause);
    }

    @Test
    void cancellationAndCredentialFailuresAreNeitherStatusNorConnectionFailures() {
        ApiCancelledException cancelled = new ApiCancelledException("interrupted", null);
        IllegalStateException sourceFailure = new IllegalStateException("token endpoint down");
        CredentialException credential = new CredentialException("the token source failed", sourceFailure);

        assertThat(cancelled).isNotInstanceOf(ApiStatusException.class).isNotInstanceOf(ApiConnectionException.class);
        assertThat(credential).isNotInstanceOf(ApiStatusException.class).isNotInstanceOf(ApiConnectionException.class);
        assertThat(credential).hasMessage("the token source failed").hasCause(sourceFailure);
    }

    @Test
    void aConnectionFailureKeepsItsMessageAndCause() {
        IOException cause = new IOException("Connection refused");
        ApiConnectionException exception = new ApiConnectionException("could not connect", cause);

        assertThat(exception).hasMessage("could not connect").hasCause(cause);
        assertThat(exception).isNotInstanceOf(ApiStatusException.class);
    }

    @Test
    void aResponseFormatFailureCarriesStatusAndRequestId() {
        IllegalStateException cause = new IllegalStateException("unexpected end");
        ResponseFormatException exception = new ResponseFormatException("body is not JSON", cause, 201, "req_789");

        assertThat(exception.status()).isEqualTo(201);
        assertThat(exception.requestId()).isEqualTo("req_789");
        assertThat(exception.getCause()).isSameAs(cause);
        assertThat(exception).hasMessage("HTTP 201: body is not JSON [request id req_789]");
    }

    @Test
    void aResponseFormatFailureWithoutRequestIdSaysNothingAboutIt() {
        ResponseFormatException exception = new ResponseFormatException("no client_secret", null, 200, null);

        assertThat(exception.requestId()).isNull();
        assertThat(exception).hasMessage("HTTP 200: no client_secret").hasNoCause();
    }

    @Test
    void aResponseFormatFailureEscapesAndBoundsWhatItQuotes() {
        ResponseFormatException exception =
                new ResponseFormatException("bad\nbody " + "z".repeat(2_000), null, 200, "req\r\n1");

        assertThat(exception.getMessage())
                .startsWith("HTTP 200: bad\\nbody zzz")
                .endsWith("... [request id req\\r\\n1]")
                .doesNotContain("\n", "\r")
                .hasSizeLessThan(1_100);
    }

    @Nested
    class Attempts {

        @Test
        void oneAttemptAddsNothingToTheMessage() {
            ApiConnectionException exception = new ApiConnectionException("could not connect", null);

            ExceptionAccess.setAttempts(exception, 1);

            assertThat(exception).hasMessage("could not connect");
        }

        @Test
        void theCountCanBeRecordedAgain() {
            ApiConnectionException exception = new ApiConnectionException("could not connect", null);

            ExceptionAccess.setAttempts(exception, 2);
            ExceptionAccess.setAttempts(exception, 4);

            assertThat(exception).hasMessage("could not connect (after 4 attempts)");
        }

        @Test
        void aSecondInstallCannotReplaceTheSetter() {
            RealtimeApiException exception = new RealtimeApiException("m", null); // installs the real setter
            ExceptionAccess.install((e, count) -> {
                throw new AssertionError("the installed setter was replaced");
            });

            ExceptionAccess.setAttempts(exception, 2);

            assertThat(exception.attempts()).isEqualTo(2);
        }

        @Test
        void theExceptionIsRequired() {
            assertThatNullPointerException().isThrownBy(() -> ExceptionAccess.setAttempts(null, 2));
        }
    }

    /** Exceptions cross JVMs (remote EJB, Spark, a serialized error queue): every type must survive it. */
    @Nested
    class Serialization {

        private static final ResponseMetadata METADATA = ResponseMetadata.of(
                429,
                Map.of("X-Request-Id", List.of("req_42"), "x-ratelimit-remaining-requests", List.of("0")));

        private static ApiError error(int status) {
            return ApiError.builder(status)
                    .type("server_error")
                    .code("overloaded")
                    .param("session.model")
                    .message("Try again")
                    .requestId("req_42")
                    .body("{\"error\":{\"message\":\"Try again\"}}")
                    .retryAfter(Duration.ofMillis(1500))
                    .shouldRetry(Boolean.FALSE)
                    .metadata(METADATA)
                    .build();
        }

        static Stream<Arguments> statusExceptions() {
            return Stream.of(
                    status("ApiStatusException", ApiStatusException::new, 418),
                    status("BadRequestException", BadRequestException::new, 400),
                    status("AuthenticationException", AuthenticationException::new, 401),
                    status("PermissionDeniedException", PermissionDeniedException::new, 403),
                    status("NotFoundException", NotFoundException::new, 404),
                    status("ConflictException", ConflictException::new, 409),
                    status("UnprocessableEntityException", UnprocessableEntityException::new, 422),
                    status("RateLimitException", RateLimitException::new, 429),
                    status("InternalServerException", InternalServerException::new, 503));
        }

        private static Arguments status(String name, Function<ApiError, ApiStatusException> make, int status) {
            return argumentSet(name, make.apply(error(status)));
        }

        @ParameterizedTest
        @MethodSource("statusExceptions")
        void aStatusExceptionKeepsEverythingItKnew(ApiStatusException original) throws Exception {
            ExceptionAccess.setAttempts(original, 3);

            ApiStatusException copy = roundTrip(original);

            assertThat(copy).isExactlyInstanceOf(original.getClass()).isNotSameAs(original);
            assertThat(copy.status()).isEqualTo(original.status());
            assertThat(copy.errorType()).isEqualTo("server_error");
            assertThat(copy.errorCode()).isEqualTo("overloaded");
            assertThat(copy.errorParam()).isEqualTo("session.model");
            assertThat(copy.errorMessage()).isEqualTo("Try again");
            assertThat(copy.requestId()).isEqualTo("req_42");
            assertThat(copy.body()).isEqualTo(original.body());
            assertThat(copy.retryAfter()).isEqualTo(Duration.ofMillis(1500));
            assertThat(copy.shouldRetry()).isFalse();
            assertThat(copy.error()).isEqualTo(original.error());
            assertThat(copy.metadata()).isEqualTo(METADATA);
            assertThat(copy.metadata().requestId()).isEqualTo("req_42");
            assertThat(copy.metadata().header("X-RATELIMIT-REMAINING-REQUESTS"))
                    .as("header lookups stay case-insensitive")
                    .isEqualTo("0");
            assertThat(copy.attempts()).isEqualTo(3);
            assertThat(copy).hasMessage(original.getMessage()).hasMessageEndingWith("(after 3 attempts)");
        }

        @Test
        void anErrorBuiltInCodeKeepsItsEmptyMetadata() throws Exception {
            NotFoundException copy = roundTrip(new NotFoundException(ApiError.ofStatus(404)));

            assertThat(copy.metadata()).isEqualTo(ResponseMetadata.NONE);
            assertThat(copy.metadata().headers()).isEmpty();
            assertThat(copy.retryAfter()).isNull();
            assertThat(copy.requestId()).isNull();
        }

        @Test
        void aRetryAfterTooLongToRepresentSurvives() throws Exception {
            Duration forever = ChronoUnit.FOREVER.getDuration();
            RateLimitException copy = roundTrip(new RateLimitException(ApiError.builder(429).retryAfter(forever).build()));

            assertThat(copy.retryAfter()).isEqualTo(forever);
            assertThat(copy).hasMessage("HTTP 429 [retry after longer than can be represented]");
        }

        static Stream<Arguments> otherExceptions() {
            return Stream.of(
                    argumentSet("RealtimeApiException", new RealtimeApiException("root", null)),
                    argumentSet("ApiConnectionException", new ApiConnectionException("reset", new IOException("RST"))),
                    argumentSet(
                            "ApiTimeoutException",
                            new ApiTimeoutException("no answer within PT1S", new SocketTimeoutException("timed out"))),
                    argumentSet("ApiCancelledException", new ApiCancelledException("interrupted", null)),
                    argumentSet(
                            "CredentialException",
                            new CredentialException("the token source failed", new IllegalStateException("down"))));
        }

        @ParameterizedTest
        @MethodSource("otherExceptions")
        void everyOtherExceptionKeepsItsMessageCauseAndAttempts(RealtimeApiException original) throws Exception {
            ExceptionAccess.setAttempts(original, 2);

            RealtimeApiException copy = roundTrip(original);

            assertThat(copy).isExactlyInstanceOf(original.getClass()).hasMessage(original.getMessage());
            assertThat(copy.attempts()).isEqualTo(2);
            if (original.getCause() == null) {
                assertThat(copy).hasNoCause();
            } else {
                assertThat(copy.getCause())
                        .isExactlyInstanceOf(original.getCause().getClass())
                        .hasMessage(original.getCause().getMessage());
            }
        }

        @Test
        void aResponseFormatExceptionKeepsItsStatusAndRequestId() throws Exception {
            ResponseFormatException copy =
                    roundTrip(new ResponseFormatException("no call id", new IllegalStateException("x"), 201, "req_9"));

            assertThat(copy.status()).isEqualTo(201);
            assertThat(copy.requestId()).isEqualTo("req_9");
            assertThat(copy).hasMessage("HTTP 201: no call id [request id req_9]");
        }

        @Test
        void suppressedFailuresOfEarlierAttemptsSurvive() throws Exception {
            InternalServerException last = new InternalServerException(ApiError.ofStatus(503));
            last.addSuppressed(new ApiTimeoutException("attempt 1 timed out", null));

            InternalServerException copy = roundTrip(last);

            assertThat(copy.getSuppressed()).singleElement().isInstanceOf(ApiTimeoutException.class);
        }

        @SuppressWarnings("unchecked")
        private static <T extends RealtimeApiException> T roundTrip(T exception) throws Exception {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(exception);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        }
    }
}
