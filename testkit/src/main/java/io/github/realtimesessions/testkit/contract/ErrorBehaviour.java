package io.github.realtimesessions.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.AuthenticationException;
import io.github.realtimesessions.port.BadRequestException;
import io.github.realtimesessions.port.ConflictException;
import io.github.realtimesessions.port.Endpoint;
import io.github.realtimesessions.port.InternalServerException;
import io.github.realtimesessions.port.NotFoundException;
import io.github.realtimesessions.port.PermissionDeniedException;
import io.github.realtimesessions.port.RateLimitException;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.port.UnprocessableEntityException;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Failures, as every {@code SessionCreator} reports them: each error status as its exception type with every field of
 * the OpenAI error, on every endpoint; no answer as {@link ApiConnectionException} or {@link ApiTimeoutException};
 * a deadline that ends a slow call; arguments and a closed creator refused before anything happens. Failures are
 * scripted on the fake ({@code sessions()}): an HTTP transport meets them on the wire, the fake throws them itself.
 */
@SuppressWarnings("deprecation")
public interface ErrorBehaviour extends ContractSupport {

    /**
     * Every error status surfaces as its exception type, with type, code, param, message, request id and the server's
     * retry delay.
     *
     * @param status the HTTP status
     * @param type the expected exception type
     * @param errorType the OpenAI error type
     * @param code the OpenAI error code
     * @param retryAfter the server's delay, or {@code null}
     */
    @ParameterizedTest
    @MethodSource("io.github.realtimesessions.testkit.contract.ErrorBehaviour#statuses")
    default void errorStatusBecomesItsExceptionType(int status, Class<? extends ApiStatusException> type,
            String errorType, String code, Duration retryAfter) {
        // With bearer tokens a 401 is answered by one refresh and one more attempt, which must fail too.
        int attempts = status == 401 && serverMode() == ServerMode.AZURE_BEARER_TOKEN ? 2 : 1;
        sessions().clientSecrets().failNext(attempts, ApiError.builder(status).type(errorType).code(code)
                .param("session.model").message("Contract error " + status + ".").retryAfter(retryAfter).build());

        ApiStatusException thrown = Expect.thrownBy(ApiStatusException.class,
                () -> creator().createClientSecret(Samples.minimalRealtime()));

        assertThat(thrown).isExactlyInstanceOf(type);
        assertThat(thrown.status()).isEqualTo(status);
        assertThat(thrown.errorType()).isEqualTo(errorType);
        assertThat(thrown.errorCode()).isEqualTo(code);
        assertThat(thrown.errorParam()).isEqualTo("session.model");
        assertThat(thrown.errorMessage()).isEqualTo("Contract error " + status + ".");
        assertThat(thrown.requestId()).startsWith("req_");
        assertThat(thrown.retryAfter()).isEqualTo(retryAfter);
        assertThat(thrown.attempts()).isEqualTo(attempts);
        assertThat(thrown.getMessage()).contains("HTTP " + status);
    }

    /**
     * The statuses of {@link #errorStatusBecomesItsExceptionType}.
     *
     * @return the cases
     */
    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.argumentSet("400 bad request", 400, BadRequestException.class, "invalid_request_error",
                        "invalid_value", null),
                Arguments.argumentSet("401 wrong key", 401, AuthenticationException.class, "invalid_request_error",
                        "invalid_api_key", null),
                Arguments.argumentSet("403 not allowed", 403, PermissionDeniedException.class, "invalid_request_error",
                        "unsupported_country_region_territory", null),
                Arguments.argumentSet("404 no such model", 404, NotFoundException.class, "invalid_request_error",
                        "model_not_found", null),
                Arguments.argumentSet("409 conflict", 409, ConflictException.class, "invalid_request_error", null, null),
                Arguments.argumentSet("422 unprocessable", 422, UnprocessableEntityException.class,
                        "invalid_request_error", null, null),
                Arguments.argumentSet("429 rate limit with its delay", 429, RateLimitException.class, "requests",
                        "rate_limit_exceeded", Duration.ofMillis(1500)),
                Arguments.argumentSet("500 server error", 500, InternalServerException.class, "server_error", null,
                        null),
                Arguments.argumentSet("503 overloaded", 503, InternalServerException.class, "server_error",
                        "overloaded", Duration.ofSeconds(2)),
                Arguments.argumentSet("418, a status without a type of its own", 418, ApiStatusException.class,
                        "invalid_request_error", null, null));
    }

    /**
     * Every endpoint reports an error answer the same way.
     *
     * @param endpoint the endpoint that fails
     */
    @ParameterizedTest
    @MethodSource("io.github.realtimesessions.testkit.contract.ErrorBehaviour#endpoints")
    default void everyEndpointReportsErrors(Endpoint endpoint) {
        SessionCreator creator = creator();
        String callId = endpoint == Endpoint.HANGUP ? creator.createCall(Samples.call()).callId() : null;
        sessions().stub(endpoint).failNext(ApiError.builder(429).type("requests").code("rate_limit_exceeded")
                .message("Slow down.").retryAfter(Duration.ofSeconds(3)).build());

        RateLimitException thrown = Expect.thrownBy(RateLimitException.class, () -> call(creator, endpoint, callId));

        assertThat(thrown.errorCode()).isEqualTo("rate_limit_exceeded");
        assertThat(thrown.errorMessage()).isEqualTo("Slow down.");
        assertThat(thrown.retryAfter()).isEqualTo(Duration.ofSeconds(3));
        assertThat(thrown.requestId()).startsWith("req_");
    }

    /**
     * Every endpoint.
     *
     * @return the endpoints
     */
    static Stream<Endpoint> endpoints() {
        return Stream.of(Endpoint.values());
    }

    /** A failed call leaves the creator as good as new. */
    @Test
    default void failedCallDoesNotSpoilTheNextOne() {
        SessionCreator creator = creator();
        sessions().failNext(500, "server_error", null, "boom");

        Expect.thrownBy(InternalServerException.class, () -> creator.createClientSecret(Samples.minimalRealtime()));
        ClientSecretResponse next = creator.createClientSecret(Samples.minimalRealtime());

        assertThat(next.value()).startsWith("ek_");
        assertThat(sessions().clientSecrets().callCount()).isEqualTo(2);
    }

    /** A call that gets no answer (a connection reset) is an {@link ApiConnectionException}, not a timeout. */
    @Test
    default void brokenConnectionIsAConnectionException() {
        sessions().clientSecrets().failNext(new ApiConnectionException("contract: connection reset", null));

        ApiConnectionException thrown = Expect.thrownBy(ApiConnectionException.class,
                () -> creator().createClientSecret(Samples.minimalRealtime()));

        assertThat(thrown).isNotInstanceOf(ApiTimeoutException.class);
    }

    /** A call whose answer never comes is an {@link ApiTimeoutException} within its timeout and a margin. */
    @Test
    default void missingAnswerIsATimeoutException() {
        sessions().clientSecrets().failNext(new ApiTimeoutException("contract: no answer", null));
        SessionCreator creator = creator(settings().responseTimeout(Duration.ofMillis(300))
                .callTimeout(Duration.ofMillis(600)).build());

        Expect.thrownWithin(Duration.ofMillis(600).plus(Expect.MARGIN), ApiTimeoutException.class,
                () -> creator.createClientSecret(Samples.minimalRealtime()));
    }

    /** A per-call deadline ends a call that would take longer, with {@link ApiTimeoutException}. */
    @Test
    default void perCallDeadlineEndsASlowCall() {
        sessions().clientSecrets().delayNext(Duration.ofSeconds(8));
        SessionCreator creator = creator();
        Duration deadline = Duration.ofMillis(400);

        Expect.thrownWithin(deadline.plus(Expect.MARGIN), ApiTimeoutException.class,
                () -> creator.createClientSecret(Samples.minimalRealtime(),
                        RequestOptions.builder().timeout(deadline).build()));
    }

    /** A slow answer within the deadline is simply waited for. */
    @Test
    default void slowAnswerWithinTheDeadlineArrives() {
        sessions().clientSecrets().delayNext(Duration.ofMillis(200));

        ClientSecretResponse response = creator().createClientSecret(Samples.minimalRealtime(),
                RequestOptions.builder().timeout(Duration.ofSeconds(5)).build());

        assertThat(response.value()).startsWith("ek_");
    }

    /** Null arguments and call ids that are not one path segment are refused before anything is sent. */
    @Test
    default void invalidArgumentsAreRefusedBeforeAnythingIsSent() {
        SessionCreator creator = creator();

        assertThatThrownBy(() -> creator.createClientSecret(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> creator.createClientSecret(Samples.minimalRealtime(), null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> creator.createTranslationClientSecret(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> creator.createCall(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> creator.hangUp(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> creator.hangUp("rtc_1/../../client_secrets"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> creator.hangUp(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(sessions().callCount()).isZero();
    }

    /** A closed creator refuses calls with {@link IllegalStateException}; closing twice is harmless. */
    @Test
    default void closedCreatorRefusesCalls() {
        SessionCreator creator = creator();
        creator.createClientSecret(Samples.minimalRealtime());

        creator.close();
        creator.close();

        assertThatThrownBy(() -> creator.createClientSecret(Samples.minimalRealtime()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> creator.async().createClientSecret(Samples.minimalRealtime()))
                .isInstanceOf(IllegalStateException.class);
    }

    private static void call(SessionCreator creator, Endpoint endpoint, String callId) {
        switch (endpoint) {
            case CLIENT_SECRETS -> creator.createClientSecret(Samples.minimalRealtime());
            case TRANSLATION_CLIENT_SECRETS -> creator.createTranslationClientSecret(Samples.translation("fr"));
            case CALLS -> creator.createCall(Samples.call());
            case HANGUP -> creator.hangUp(callId);
            case SESSIONS -> creator.create(Samples.beta("x"));
        }
    }
}
