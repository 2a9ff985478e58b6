package io.github.realtimesessions.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.time.Duration;
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
                argumentSet("418 teapot: no subtype", 418, ApiStatusException.class),
                argumentSet("302 redirect: no subtype", 302, ApiStatusException.class),
                argumentSet("499 client closed: no subtype", 499, ApiStatusException.class),
                argumentSet("408 timeout: no subtype", 408, ApiStatusException.class));
    }

    @ParameterizedTest
    @MethodSource("statusToType")
    void ofPicksTheTypeForTheStatus(int status, Class<? extends ApiStatusException> expected) {
        ApiStatusException exception = ApiStatusException.of(ApiError.ofStatus(status));

        assertThat(exception).isExactlyInstanceOf(expected);
        assertThat(exception.status()).isEqualTo(status);
    }

    @Test
    void ofRequiresAnError() {
        assertThatNullPointerException().isThrownBy(() -> ApiStatusException.of(null));
        assertThatNullPointerException().isThrownBy(() -> new ApiStatusException(null));
    }

    @Test
    void accessorsReturnTheErrorFields() {
        ApiError error = new ApiError(
                429,
                "requests",
                "rate_limit_exceeded",
                "model",
                "Rate limit reached",
                "req_abc123",
                "{\"error\":{}}",
                Duration.ofMillis(1500),
                Boolean.TRUE);
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
        assertThat(exception.getCause()).isNull();
        assertThat(exception.attempts()).isEqualTo(1);
    }

    @Test
    void messageNamesEverythingKnown() {
        ApiError error = new ApiError(
                429,
                "requests",
                "rate_limit_exceeded",
                "model",
                "Rate limit reached",
                "req_abc123",
                "{}",
                Duration.ofMillis(1500),
                null);

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
                        new ApiError(502, null, null, null, null, "req_1", null, null, null),
                        "HTTP 502 [request id req_1]"),
                argumentSet(
                        "zero retry-after",
                        new ApiError(503, null, null, null, null, null, null, Duration.ZERO, null),
                        "HTTP 503 [retry after 0 ms]"));
    }

    @ParameterizedTest
    @MethodSource("partialErrors")
    void messageLeavesOutWhatIsUnknown(ApiError error, String expected) {
        assertThat(ApiStatusException.of(error)).hasMessage(expected);
    }

    @Test
    void messageDoesNotRepeatTheRawBody() {
        ApiError error = new ApiError(500, null, null, null, "Oops", null, "<html>long body</html>", null, null);
        assertThat(ApiStatusException.of(error).getMessage()).doesNotContain("long body");
    }

    @Test
    void messageMentionsTheAttemptsOnlyWhenThereWasMoreThanOne() {
        ApiStatusException exception = ApiStatusException.of(ApiError.of(500, null, null, "Oops"));

        assertThat(exception.attempts()).isEqualTo(1);
        assertThat(exception).hasMessage("HTTP 500: Oops");

        exception.attempts(3);

        assertThat(exception.attempts()).isEqualTo(3);
        assertThat(exception).hasMessage("HTTP 500: Oops (after 3 attempts)");
        assertThat(exception.toString()).endsWith("HTTP 500: Oops (after 3 attempts)");
    }
}
