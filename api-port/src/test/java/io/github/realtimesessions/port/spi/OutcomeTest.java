package io.github.realtimesessions.port.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.github.realtimesessions.port.ApiCancelledException;
import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.AuthenticationException;
import io.github.realtimesessions.port.BadRequestException;
import io.github.realtimesessions.port.ConflictException;
import io.github.realtimesessions.port.CredentialException;
import io.github.realtimesessions.port.InternalServerException;
import io.github.realtimesessions.port.NotFoundException;
import io.github.realtimesessions.port.PermissionDeniedException;
import io.github.realtimesessions.port.RateLimitException;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.ResponseFormatException;
import io.github.realtimesessions.port.UnprocessableEntityException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OutcomeTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                argumentSet("400", new BadRequestException(ApiError.ofStatus(400)), Outcome.CLIENT_ERROR),
                argumentSet("401", new AuthenticationException(ApiError.ofStatus(401)), Outcome.CLIENT_ERROR),
                argumentSet("403", new PermissionDeniedException(ApiError.ofStatus(403)), Outcome.CLIENT_ERROR),
                argumentSet("404", new NotFoundException(ApiError.ofStatus(404)), Outcome.CLIENT_ERROR),
                argumentSet("409", new ConflictException(ApiError.ofStatus(409)), Outcome.CLIENT_ERROR),
                argumentSet("422", new UnprocessableEntityException(ApiError.ofStatus(422)), Outcome.CLIENT_ERROR),
                argumentSet("408, no subtype", ApiStatusException.of(ApiError.ofStatus(408)), Outcome.CLIENT_ERROR),
                argumentSet("429", new RateLimitException(ApiError.ofStatus(429)), Outcome.RATE_LIMITED),
                argumentSet("500", new InternalServerException(ApiError.ofStatus(500)), Outcome.SERVER_ERROR),
                argumentSet("503", new InternalServerException(ApiError.ofStatus(503)), Outcome.SERVER_ERROR),
                argumentSet("302", new ApiStatusException(ApiError.ofStatus(302)), Outcome.OTHER_STATUS),
                argumentSet("timeout", new ApiTimeoutException("slow", null), Outcome.TIMEOUT),
                argumentSet("connection", new ApiConnectionException("reset", null), Outcome.CONNECTION_ERROR),
                argumentSet(
                        "response format",
                        new ResponseFormatException("not JSON", null, 200, null),
                        Outcome.RESPONSE_FORMAT_ERROR),
                argumentSet("cancelled", new ApiCancelledException("interrupted", null), Outcome.CANCELLED),
                argumentSet("credential", new CredentialException("no token", null), Outcome.CREDENTIAL_ERROR),
                argumentSet(
                        "the root type itself counts as a connection error",
                        new RealtimeApiException("unknown", null),
                        Outcome.CONNECTION_ERROR));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void everyFailureHasItsOutcome(RealtimeApiException failure, Outcome expected) {
        assertThat(Outcome.of(failure)).isEqualTo(expected);
    }

    @Test
    void noFailureIsSuccess() {
        assertThat(Outcome.of(null)).isEqualTo(Outcome.SUCCESS);
    }
}
