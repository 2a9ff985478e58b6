package io.github.realtimesessions.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.stream.Stream;
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
                argumentSet("ResponseFormatException", new ResponseFormatException("m", null, 200, null)));
    }

    @ParameterizedTest
    @MethodSource("everyException")
    void everyFailureIsAnUncheckedRealtimeApiException(RealtimeApiException exception) {
        assertThat(exception).isInstanceOf(RuntimeException.class).isInstanceOf(RealtimeApiException.class);
        assertThat(exception.attempts()).isEqualTo(1);
    }

    @Test
    void statusSubtypesAreApiStatusExceptions() {
        assertThat(new RateLimitException(ApiError.ofStatus(429))).isInstanceOf(ApiStatusException.class);
        assertThat(new InternalServerException(ApiError.ofStatus(500))).isInstanceOf(ApiStatusException.class);
    }

    @Test
    void aTimeoutIsAConnectionFailure() {
        SocketTimeoutException cause = new SocketTimeoutException("Read timed out");
        ApiTimeoutException timeout = new ApiTimeoutException("no answer within PT1S", cause);

        assertThat(timeout).isInstanceOf(ApiConnectionException.class).hasMessage("no answer within PT1S");
        assertThat(timeout.getCause()).isSameAs(cause);
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
        ResponseFormatException exception =
                new ResponseFormatException("body is not JSON", cause, 201, "req_789");

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
    void theAttemptsSuffixAppliesToEveryKindOfFailure() {
        ApiConnectionException exception = new ApiConnectionException("could not connect", null);
        exception.attempts(2);

        assertThat(exception).hasMessage("could not connect (after 2 attempts)");

        ResponseFormatException format = new ResponseFormatException("cut short", null, 200, "req_1");
        format.attempts(4);
        assertThat(format).hasMessage("HTTP 200: cut short [request id req_1] (after 4 attempts)");
    }
}
