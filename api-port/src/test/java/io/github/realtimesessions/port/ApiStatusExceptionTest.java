package io.github.realtimesessions.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.github.realtimesessions.model.ResponseMetadata;
import io.github.realtimesessions.port.internal.ExceptionAccess;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApiStatusExceptionTest {

    static Stream<Arguments> statusToType() {
        return Stream.of(
                argumentSet("400 bad request", 400, BadRequestException.class),
                argumentSet("401 authentication", 401, AuthenticationException.class),
                argumentSet("403 permission denied", 403, PermissionDeniedException.class),
                argumentSet("404 not found", 404, NotFoundException.class),
                argumentSet("409 conflict", 409, ConflictException.class),
                argumentSet("422 unprocessable", 422, UnprocessableEntityException.class),
                argumentSet("429 rate limit", 429, RateLimitException.class),
                argumentSet("500 internal", 500, InternalServerException.class),
                argumentSet("503 unavailable", 503, InternalServerException.class),
                argumentSet("599 highest 5xx", 599, InternalServerException.class),
                argumentSet("600 beyond the 5xx range", 600, InternalServerException.class),
                argumentSet("418 teapot: no subtype", 418, ApiStatusException.class),
                argumentSet("408 timeout: no subtype", 408, ApiStatusException.class),
                argumentSet("499 client closed: no subtype", 499, ApiStatusException.class),
                argumentSet("302 redirect: no subtype", 302, ApiStatusException.class),
                argumentSet("204 no content: no subtype", 204, ApiStatusException.class));
    }

    @ParameterizedTest
    @MethodSource("statusToType")
    void ofPicksTheTypeForTheStatus(int status, Class<? extends ApiStatusException> expected) {
        ApiError error = ApiError.ofStatus(status);
        ApiStatusException exception = ApiStatusException.of(error);

        assertThat(exception).isExactlyInstanceOf(expected);
        assertThat(exception.status()).isEqualTo(status);
        assertThat(exception.error()).isSameAs(error);
    }

    @Test
    void ofRequiresAnError() {
        assertThatNullPointerException().isThrownBy(() -> ApiStatusException.of(null));
        assertThatNullPointerException().isThrownBy(() -> new ApiStatusException(null));
    }

    @Test
    void accessorsReturnTheErrorFields() {
        ResponseMetadata metadata = ResponseMetadata.of(429, Map.of("x-ratelimit-remaining-requests", List.of("0")));
        ApiError error = ApiError.builder(429)
                .type("requests")
                .code("rate_limit_exceeded")
                .param("model")
                .message("Rate limit reached")
                .requestId("req_abc123")
                .body("{\"error\":{}}")
                .retryAfter(Duration.ofMillis(1500))
                .shouldRetry(Boolean.TRUE)
                .metadata(metadata)
                .build();
        ApiStatusException exception = ApiStatusException.of(error);

        assertThat(exception.error()).isSameAs(error);
        assertThat(exception.status()).isEqualTo(429);
        assertThat(exception.errorType()).isEqualTo("requests");
        assertThat(exception.errorCode()).isEqualTo("rate_limit_exceeded");
        assertThat(exception.errorParam()).isEqualTo("model");
        assertThat(exception.errorMessage()).isEqualTo("Rate limit reached");
        assertThat(exception.requestId()).isEqualTo("req_abc123");
        assertThat(exception.body()).isEqualTo("{\"error\":{}}");
        assertThat(exception.retryAfter()).isEqualTo(Duration.ofMillis(1500));
        assertThat(exception.shouldRetry()).isTrue();
        assertThat(exception.metadata()).isSameAs(metadata);
        assertThat(exception.metadata().header("X-RateLimit-Remaining-Requests")).isEqualTo("0");
        assertThat(exception.getCause()).isNull();
        assertThat(exception.attempts()).isEqualTo(1);
    }

    @Test
    void messageNamesEverythingKnown() {
        ApiError error = ApiError.builder(429)
                .type("requests")
                .code("rate_limit_exceeded")
                .param("model")
                .message("Rate limit reached")
                .requestId("req_abc123")
                .body("{}")
                .retryAfter(Duration.ofMillis(1500))
                .build();

        assertThat(ApiStatusException.of(error))
                .hasMessage("HTTP 429 (requests/rate_limit_exceeded): Rate limit reached [param model]"
                        + " [request id req_abc123] [retry after 1500 ms]");
    }

    static Stream<Arguments> partialErrors() {
        return Stream.of(
                argumentSet("status only", ApiError.ofStatus(418), "HTTP 418"),
                argumentSet(
                        "type only",
                        ApiError.of(400, "invalid_request_error", null, "Bad"),
                        "HTTP 400 (invalid_request_error): Bad"),
                argumentSet(
                        "code only",
                        ApiError.of(401, null, "invalid_api_key", "Incorrect API key provided"),
                        "HTTP 401 (invalid_api_key): Incorrect API key provided"),
                argumentSet("message only", ApiError.of(500, null, null, "Oops"), "HTTP 500: Oops"),
                argumentSet(
                        "request id without message",
                        ApiError.builder(502).requestId("req_1").build(),
                        "HTTP 502 [request id req_1]"),
                argumentSet(
                        "zero retry-after",
                        ApiError.builder(503).retryAfter(Duration.ZERO).build(),
                        "HTTP 503 [retry after 0 ms]"),
                argumentSet(
                        "exactly a day",
                        ApiError.builder(429).retryAfter(Duration.ofDays(1)).build(),
                        "HTTP 429 [retry after 86400000 ms]"),
                argumentSet(
                        "more than a day",
                        ApiError.builder(429).retryAfter(Duration.ofDays(3).plusHours(5)).build(),
                        "HTTP 429 [retry after 3 days]"),
                argumentSet(
                        "the largest Duration short of FOREVER",
                        ApiError.builder(429).retryAfter(Duration.ofSeconds(Long.MAX_VALUE)).build(),
                        "HTTP 429 [retry after " + Long.MAX_VALUE / 86_400 + " days]"),
                argumentSet(
                        "too long to represent",
                        ApiError.builder(429).retryAfter(ChronoUnit.FOREVER.getDuration()).build(),
                        "HTTP 429 [retry after longer than can be represented]"));
    }

    @ParameterizedTest
    @MethodSource("partialErrors")
    void messageLeavesOutWhatIsUnknown(ApiError error, String expected) {
        assertThat(ApiStatusException.of(error)).hasMessage(expected);
    }

    @Test
    void messageDoesNotRepeatTheRawBody() {
        ApiError error = ApiError.builder(500).message("Oops").body("<html>long body</html>").build();

        assertThat(ApiStatusException.of(error).getMessage()).doesNotContain("long body");
    }

    @Test
    void theServersLineBreaksAreEscapedInTheMessageAndKeptInErrorMessage() {
        String forged = "Bad request\r\n2026-01-01 INFO forged log line\u2028more";
        ApiStatusException exception = ApiStatusException.of(ApiError.builder(400)
                .message(forged)
                .param("a\nb")
                .requestId("req\r1")
                .build());

        assertThat(exception.getMessage())
                .isEqualTo("HTTP 400: Bad request\\r\\n2026-01-01 INFO forged log line\\u2028more"
                        + " [param a\\nb] [request id req\\r1]")
                .doesNotContain("\r", "\n", "\u2028");
        assertThat(exception.errorMessage()).isEqualTo(forged);
    }

    @Test
    void aLongServerMessageIsCutNearAThousandCharactersAndKeptWholeInErrorMessage() {
        String longMessage = "x".repeat(5_000);
        ApiStatusException exception = ApiStatusException.of(ApiError.of(500, null, null, longMessage));

        String quoted = exception.getMessage().substring("HTTP 500: ".length());
        assertThat(quoted).hasSize(1_000).endsWith("...").startsWith("xxx");
        assertThat(exception.errorMessage()).isEqualTo(longMessage);
    }

    @Test
    void aMessageOfExactlyAThousandCharactersIsNotCut() {
        String message = "y".repeat(1_000);

        assertThat(ApiStatusException.of(ApiError.of(500, null, null, message))).hasMessage("HTTP 500: " + message);
    }

    @Test
    void aLongParamAndRequestIdAreCutToTwoHundred() {
        ApiStatusException exception = ApiStatusException.of(
                ApiError.builder(400).param("p".repeat(500)).requestId("r".repeat(500)).build());

        assertThat(exception.getMessage())
                .isEqualTo("HTTP 400 [param " + "p".repeat(197) + "...] [request id " + "r".repeat(197) + "...]");
        assertThat(exception.errorParam()).hasSize(500);
        assertThat(exception.requestId()).hasSize(500);
    }

    @Test
    void messageMentionsTheAttemptsOnlyWhenThereWasMoreThanOne() {
        ApiStatusException exception = ApiStatusException.of(ApiError.of(500, null, null, "Oops"));

        assertThat(exception.attempts()).isEqualTo(1);
        assertThat(exception).hasMessage("HTTP 500: Oops");

        ExceptionAccess.setAttempts(exception, 3);

        assertThat(exception.attempts()).isEqualTo(3);
        assertThat(exception).hasMessage("HTTP 500: Oops (after 3 attempts)");
        assertThat(exception.toString()).endsWith("HTTP 500: Oops (after 3 attempts)");
    }
}
