package io.github.realtimesessions.transport.core.internal;

import static io.github.realtimesessions.transport.core.internal.ScriptedExchange.fail;
import static io.github.realtimesessions.transport.core.internal.ScriptedExchange.failUnchecked;
import static io.github.realtimesessions.transport.core.internal.ScriptedExchange.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.BadRequestException;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.InternalServerException;
import io.github.realtimesessions.port.RateLimitException;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.port.ResponseFormatException;
import io.github.realtimesessions.port.RetryPolicy;
import io.github.realtimesessions.port.spi.AttemptInfo;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Retries under the policy: what is retried, how long the waits are, and what the surfacing failure carries. */
class PipelineRetryTest extends PipelineFixture {

    @Test
    void aFirstTimeSuccessIsOneExchange() {
        exchange.then(respond(ok()));

        ClientSecretResponse response = mint(pipeline());

        assertThat(response.value()).isEqualTo(WireFixtures.CAPTURE_SECRET);
        assertThat(response.metadata().requestId()).isEqualTo("req_ok");
        assertThat(exchange.calls()).isEqualTo(1);
        assertThat(exchange.responses()).allMatch(FakeResponse::releasedOnce);
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 409, 429, 500, 502, 503})
    void aRetryableStatusIsRetried(int status) {
        exchange.then(respond(error(status)), respond(ok()));

        assertThat(mint(pipeline()).value()).isEqualTo(WireFixtures.CAPTURE_SECRET);
        assertThat(exchange.calls()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 422, 418})
    void anotherStatusIsNot(int status) {
        exchange.then(respond(error(status)));

        Throwable thrown = catchThrowable(() -> mint(pipeline()));

        assertThat(thrown).isInstanceOf(ApiStatusException.class);
        assertThat(((ApiStatusException) thrown).status()).isEqualTo(status);
        assertThat(((ApiStatusException) thrown).attempts()).isEqualTo(1);
        assertThat(exchange.calls()).isEqualTo(1);
    }

    @Test
    void xShouldRetryDecidesOverTheStatus() {
        exchange.then(respond(error(503, "x-should-retry", "false")));
        assertThat(catchThrowable(() -> mint(pipeline()))).isInstanceOf(InternalServerException.class);
        assertThat(exchange.calls()).isEqualTo(1);

        ScriptedExchange other = new ScriptedExchange().then(respond(error(400, "x-should-retry", "true")), respond(ok()));
        assertThat(mint(pipeline(settings().build(), other, null, null)).value()).isNotNull();
        assertThat(other.calls()).isEqualTo(2);
    }

    static Stream<Arguments> connectionFailures() {
        return Stream.of(
                arguments(Named.of("a reset", new SocketException("Connection reset")), ApiConnectionException.class),
                arguments(Named.of("a refused connection", new ConnectException("Connection refused")),
                        ApiConnectionException.class),
                arguments(Named.of("a read timeout", new SocketTimeoutException("Read timed out")),
                        ApiTimeoutException.class),
                arguments(Named.of("a head cut short", new EOFException("unexpected end of stream")),
                        ApiConnectionException.class));
    }

    @ParameterizedTest
    @MethodSource("connectionFailures")
    void aConnectionFailureIsRetriedAndEndsTypedWithItsCause(IOException failure, Class<?> type) {
        exchange.then(fail(failure), fail(failure), fail(failure));

        Throwable thrown = catchThrowable(() -> mint(pipeline()));

        assertThat(thrown).isExactlyInstanceOf(type).hasCause(failure);
        assertThat(((RealtimeApiException) thrown).attempts()).isEqualTo(3);
        assertThat(thrown.getMessage()).startsWith("POST https://api.openai.com/v1/realtime/client_secrets")
                .endsWith("(after 3 attempts)");
        assertThat(exchange.calls()).isEqualTo(3);
    }

    @Test
    void aTransportFailureRepeatingTheKeyIsRedactedInTheMessageAndTheCause() {
        exchange.then(fail(new IOException("proxy refused Authorization: Bearer " + WireFixtures.API_KEY)));

        Throwable thrown = catchThrowable(() -> mint(pipeline(settings().maxRetries(0).build())));

        assertThat(thrown).isExactlyInstanceOf(ApiConnectionException.class);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            assertThat(t.toString()).doesNotContain(WireFixtures.API_KEY).doesNotContain("XYZ0123456789");
        }
        assertThat(thrown.getCause()).isInstanceOf(Redactor.RedactedFailure.class)
                .hasMessage("java.io.IOException: proxy refused Authorization: Bearer " + Redactor.MASK);
    }

    @Test
    void anEmpty2xxWithoutFramingIsACutHeadAndRetried() {
        exchange.then(respond(FakeResponse.of(200, "")), respond(ok()));

        assertThat(mint(pipeline()).value()).isNotNull();
        assertThat(exchange.calls()).isEqualTo(2);
        assertThat(exchange.responses().get(0).abortedOnce()).isTrue();
    }

    @Test
    void aValidChunkedAnswerWithAContentLengthIsAcceptedAtOnce() {
        exchange.then(respond(FakeResponse.of(200, MINTED, "Transfer-Encoding", "chunked", "Content-Length", "12")));

        assertThat(mint(pipeline()).value()).isEqualTo(WireFixtures.CAPTURE_SECRET);
        assertThat(exchange.calls()).as("no second POST that could mint a second secret").isEqualTo(1);
    }

    @Test
    void aMalformedAnswerIsNotRetried() {
        exchange.then(respond(FakeResponse.json(200, "{\"value\":\"ek_1\",\"expires_at\":1e400}")));

        Throwable thrown = catchThrowable(() -> mint(pipeline()));

        assertThat(thrown).isExactlyInstanceOf(ResponseFormatException.class)
                .hasMessageContaining("expires_at: is missing or not usable");
        assertThat(exchange.calls()).isEqualTo(1);
    }

    @Test
    void aTransportBreakingItsContractIsStillATypedFailure() {
        exchange.then(failUnchecked(new IllegalStateException("Connection pool shut down")));

        Throwable thrown = catchThrowable(() -> mint(pipeline(settings().maxRetries(0).build())));

        assertThat(thrown).isExactlyInstanceOf(ApiConnectionException.class)
                .hasMessageContaining("failed in the fake transport (IllegalStateException: Connection pool shut down)");
    }

    // -------------------------------------------------------------------------------------------- the surfacing failure

    @Test
    void theSurfacingFailureCarriesTheAttemptsAndTheEarlierFailures() {
        exchange.then(respond(error(500, "x-request-id", "r1")), fail(new SocketException("Connection reset")),
                respond(error(503, "x-request-id", "r3")));

        Throwable thrown = catchThrowable(() -> mint(pipeline()));

        assertThat(thrown).isExactlyInstanceOf(InternalServerException.class);
        InternalServerException last = (InternalServerException) thrown;
        assertThat(last.status()).isEqualTo(503);
        assertThat(last.requestId()).isEqualTo("r3");
        assertThat(last.attempts()).isEqualTo(3);
        assertThat(last.getMessage()).endsWith("(after 3 attempts)");
        assertThat(last.getSuppressed()).hasSize(2);
        assertThat(last.getSuppressed()[0]).isInstanceOfSatisfying(InternalServerException.class,
                first -> assertThat(first.requestId()).isEqualTo("r1"));
        assertThat(last.getSuppressed()[1]).isExactlyInstanceOf(ApiConnectionException.class);
    }

    @Test
    void aForeignRealtimeApiExceptionFromTheExchangePassesThroughUnmodifiedAndUnretried() {
        RateLimitException foreign = new RateLimitException(ApiError.builder(429).message("from an interceptor").build());
        exchange.then(failUnchecked(foreign));

        Throwable thrown = catchThrowable(() -> mint(pipeline()));

        assertThat(thrown).isSameAs(foreign);
        assertThat(foreign.attempts()).isEqualTo(1);
        assertThat(foreign.getSuppressed()).isEmpty();
        assertThat(foreign.getMessage()).isEqualTo("HTTP 429: from an interceptor");
        assertThat(exchange.calls()).isEqualTo(1);
    }

    // -------------------------------------------------------------------------------------------- budgets

    @Test
    void theRetryBudgetIsTheSettingsOrTheCalls() {
        exchange.always(() -> error(503));

        assertThat(catchThrowable(() -> mint(pipeline(settings().maxRetries(0).build())))).isNotNull();
        assertThat(exchange.calls()).isEqualTo(1);
        assertThat(catchThrowable(() -> mint(pipeline(), RequestOptions.builder().maxRetries(4).build())))
                .isInstanceOfSatisfying(InternalServerException.class, e -> assertThat(e.attempts()).isEqualTo(5));
        assertThat(exchange.calls()).isEqualTo(6);
        assertThat(catchThrowable(() -> mint(pipeline(), RequestOptions.builder().maxRetries(0).build())))
                .isInstanceOfSatisfying(InternalServerException.class, e -> assertThat(e.attempts()).isEqualTo(1));
        assertThat(exchange.calls()).isEqualTo(7);
    }

    // -------------------------------------------------------------------------------------------- waits

    @Test
    void theBackoffDoublesUpToItsCapWithTheJitterOfTheRandomSource() {
        exchange.always(() -> error(500));
        ClientSettings settings = settings().retryPolicy(RetryPolicy.builder().maxRetries(4)
                .baseDelay(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(25)).build()).build();

        catchThrowable(() -> mint(pipeline(settings)));

        assertThat(listener.attempts).extracting(AttemptInfo::retryDelay).containsExactly(Duration.ofMillis(10),
                Duration.ofMillis(20), Duration.ofMillis(25), Duration.ofMillis(25), null);
    }

    @Test
    void theJitterComesFromTheTimingsRandomSource() {
        Pipeline.Timing jittery = new Pipeline.Timing() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public java.time.Clock clock() {
                return clock;
            }

            @Override
            public java.util.random.RandomGenerator random() {
                return RetriesTest.fixed(0.8);
            }
        };
        ScriptedExchange failing = new ScriptedExchange().always(() -> error(502));
        Pipeline pipeline = new Pipeline(settings().build(), "fake", failing, null, null, jittery);
        try {
            catchThrowable(() -> mint(pipeline));
        } finally {
            pipeline.close();
        }

        // 10 ms and 20 ms, each less 0.25 * 0.8 = 20 %.
        assertThat(listener.attempts).extracting(AttemptInfo::retryDelay)
                .containsExactly(Duration.ofMillis(8), Duration.ofMillis(16), null);
    }

    @Test
    void theServersDelayIsHonoured() {
        exchange.then(respond(error(429, "retry-after-ms", "60")), respond(ok()));

        long elapsed = millis(() -> mint(pipeline()));

        assertThat(elapsed).isGreaterThanOrEqualTo(60);
        assertThat(listener.attempts.get(0).retryDelay()).isEqualTo(Duration.ofMillis(60));
        assertThat(exchange.calls()).isEqualTo(2);
    }

    static Stream<Arguments> tooLong() {
        return Stream.of(
                arguments(Named.of("beyond the policy's limit", new String[] {"retry-after", "120"}),
                        Duration.ofSeconds(120)),
                arguments(Named.of("10000000000 s", new String[] {"retry-after", "10000000000"}), RetryAfter.TOO_LONG),
                arguments(Named.of("10000000000000 ms", new String[] {"retry-after-ms", "10000000000000"}),
                        RetryAfter.TOO_LONG));
    }

    @ParameterizedTest
    @MethodSource("tooLong")
    void aServerDelayTooLongToWaitFailsAtOnceWithTheDelaySet(String[] headers, Duration retryAfter) {
        exchange.then(respond(error(429, headers)));

        Throwable[] thrown = new Throwable[1];
        long elapsed = millis(() -> thrown[0] = catchThrowable(() -> mint(pipeline())));

        assertThat(thrown[0]).isExactlyInstanceOf(RateLimitException.class);
        assertThat(((RateLimitException) thrown[0]).retryAfter()).isEqualTo(retryAfter);
        assertThat(((RateLimitException) thrown[0]).attempts()).isEqualTo(1);
        assertThat(exchange.calls()).isEqualTo(1);
        assertThat(elapsed).isLessThan(1_000);
    }

    @Test
    void noWaitReachesPastTheCallsDeadline() {
        exchange.then(respond(error(503, "retry-after", "5")));
        ClientSettings settings = settings().callTimeout(Duration.ofMillis(500)).build();

        Throwable[] thrown = new Throwable[1];
        long elapsed = millis(() -> thrown[0] = catchThrowable(() -> mint(pipeline(settings))));

        assertThat(thrown[0]).isExactlyInstanceOf(InternalServerException.class);
        assertThat(((InternalServerException) thrown[0]).retryAfter()).isEqualTo(Duration.ofSeconds(5));
        assertThat(elapsed).as("failed at once instead of waiting 5 s").isLessThan(500);
        assertThat(exchange.calls()).isEqualTo(1);
    }

    @Test
    void noBackoffReachesPastTheDeadlineOfTheCallsOptions() {
        exchange.always(() -> error(500));
        ClientSettings slowBackoff = settings().retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofSeconds(2))
                .maxBackoff(Duration.ofSeconds(8)).build()).build();

        Throwable[] thrown = new Throwable[1];
        long elapsed = millis(() -> thrown[0] = catchThrowable(() -> mint(pipeline(slowBackoff),
                RequestOptions.builder().timeout(Duration.ofMillis(700)).build())));

        assertThat(thrown[0]).isExactlyInstanceOf(InternalServerException.class);
        assertThat(elapsed).isLessThan(700);
        assertThat(exchange.calls()).isEqualTo(1);
    }

    @Test
    void theListenerHearsEveryRetryDelay() {
        exchange.then(respond(error(503, "retry-after-ms", "5")), fail(new SocketException("reset")), respond(ok()));

        mint(pipeline());

        assertThat(listener.attempts).extracting(AttemptInfo::retryDelay)
                .containsExactly(Duration.ofMillis(5), Duration.ofMillis(20), null);
        List<Integer> numbers = listener.attempts.stream().map(AttemptInfo::attempt).toList();
        assertThat(numbers).containsExactly(1, 2, 3);
    }

    @Test
    void aBadRequestIsNeverRetriedEvenWithBudgetLeft() {
        exchange.then(respond(error(400)));

        assertThat(catchThrowable(() -> mint(pipeline(), RequestOptions.builder().maxRetries(9).build())))
                .isExactlyInstanceOf(BadRequestException.class);
        assertThat(exchange.calls()).isEqualTo(1);
    }
}
