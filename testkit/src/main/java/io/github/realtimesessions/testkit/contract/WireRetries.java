package io.github.realtimesessions.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.AuthenticationException;
import io.github.realtimesessions.port.BadRequestException;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.ConflictException;
import io.github.realtimesessions.port.InternalServerException;
import io.github.realtimesessions.port.NotFoundException;
import io.github.realtimesessions.port.PermissionDeniedException;
import io.github.realtimesessions.port.RateLimitException;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.RetryPolicy;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.port.UnprocessableEntityException;
import io.github.realtimesessions.testkit.Fault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wire: the fault matrix with retries on ({@link #FAULT_RETRIES}: 2 retries, 10 to 50 ms backoff, server delays up to
 * 60 s honoured). Each case checks the exception, {@code attempts()}, the earlier failures attached as suppressed, and
 * the server's request count, which must agree.
 *
 * <table>
 *   <caption>Faults and outcomes</caption>
 *   <tr><th>fault</th><th>outcome</th><th>attempts</th></tr>
 *   <tr><td>400, 401, 403, 404, 422</td><td>the status's exception</td><td>1</td></tr>
 *   <tr><td>409, 429, 500, 503; 400 with {@code x-should-retry: true}</td><td>the status's exception</td>
 *       <td>3</td></tr>
 *   <tr><td>500 with {@code x-should-retry: false}</td><td>{@link InternalServerException}</td><td>1</td></tr>
 *   <tr><td>500, then a normal answer</td><td>the answer</td><td>2</td></tr>
 *   <tr><td>429 with {@code Retry-After} in seconds, in ms, or as an HTTP-date, then a normal answer</td>
 *       <td>the answer, after waiting that long</td><td>2</td></tr>
 *   <tr><td>429 with a delay too large to represent, or longer than 60 s</td><td>{@link RateLimitException} at
 *       once, {@code retryAfter()} set</td><td>1</td></tr>
 *   <tr><td>reset before the answer, reset mid-body, body cut short, head cut before its blank line, connection
 *       refused</td><td>{@link ApiConnectionException}</td><td>3</td></tr>
 *   <tr><td>head cut short, then a normal answer</td><td>the answer</td><td>2</td></tr>
 * </table>
 */
public interface WireRetries extends ContractSupport {

    /** The retry policy of the fault cases. */
    RetryPolicy FAULT_RETRIES = RetryPolicy.builder().maxRetries(2).baseDelay(Duration.ofMillis(10))
            .maxBackoff(Duration.ofMillis(50)).maxServerDelay(Duration.ofSeconds(60)).build();

    /**
     * An error status is retried as the policy says, and the failure reports every attempt.
     *
     * @param status the status the server answers every time
     * @param headers headers of the answer
     * @param type the exception expected
     * @param attempts the attempts expected
     */
    @ParameterizedTest
    @MethodSource("io.github.realtimesessions.testkit.contract.WireRetries#statusFaults")
    default void statusIsRetriedAsThePolicySays(int status, Map<String, String> headers,
            Class<? extends ApiStatusException> type, int attempts) {
        server().enqueue(3, Fault.error(status, "contract_error", "contract_" + status, "Fault " + status + ".",
                headers));

        ApiStatusException thrown = Expect.thrownBy(type,
                () -> retrying().createClientSecret(Samples.minimalRealtime()));

        // With bearer tokens a 401 is answered by one refresh and one more attempt.
        int expected = status == 401 && serverMode() == ServerMode.AZURE_BEARER_TOKEN ? 2 : attempts;
        assertThat(thrown.status()).isEqualTo(status);
        Expect.attempts(thrown, expected, type);
        assertThat(server().requestCount()).isEqualTo(expected);
    }

    /**
     * The statuses of {@link #statusIsRetriedAsThePolicySays}.
     *
     * @return the cases
     */
    static Stream<Arguments> statusFaults() {
        return Stream.of(
                Arguments.argumentSet("400 is not retried", 400, Map.of(), BadRequestException.class, 1),
                Arguments.argumentSet("401 is not retried", 401, Map.of(), AuthenticationException.class, 1),
                Arguments.argumentSet("403 is not retried", 403, Map.of(), PermissionDeniedException.class, 1),
                Arguments.argumentSet("404 is not retried", 404, Map.of(), NotFoundException.class, 1),
                Arguments.argumentSet("422 is not retried", 422, Map.of(), UnprocessableEntityException.class, 1),
                Arguments.argumentSet("409 is retried", 409, Map.of(), ConflictException.class, 3),
                Arguments.argumentSet("429 without a delay is retried", 429, Map.of(), RateLimitException.class, 3),
                Arguments.argumentSet("500 is retried", 500, Map.of(), InternalServerException.class, 3),
                Arguments.argumentSet("503 is retried", 503, Map.of(), InternalServerException.class, 3),
                Arguments.argumentSet("400 with x-should-retry: true is retried", 400,
                        Map.of("x-should-retry", "true"), BadRequestException.class, 3),
                Arguments.argumentSet("500 with x-should-retry: false is not", 500,
                        Map.of("x-should-retry", "false"), InternalServerException.class, 1));
    }

    /** A server error followed by a normal answer ends in the answer. */
    @Test
    default void serverErrorThenSuccess() {
        server().enqueue(Fault.error(500, "server_error", null, "Try again."));

        ClientSecretResponse response = retrying().createClientSecret(Samples.minimalRealtime());

        assertThat(response.value()).startsWith("ek_");
        assertThat(server().requestCount()).isEqualTo(2);
    }

    /**
     * The server's delay is waited for before the retry, whichever way it is written.
     *
     * @param fault the 429 with the delay
     * @param atLeast the shortest wait that honours it
     */
    @ParameterizedTest
    @MethodSource("io.github.realtimesessions.testkit.contract.WireRetries#serverDelays")
    default void serverDelayIsWaitedFor(Fault fault, Duration atLeast) {
        server().enqueue(fault);
        SessionCreator creator = retrying();

        long start = System.nanoTime();
        ClientSecretResponse response = creator.createClientSecret(Samples.minimalRealtime());
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertThat(response.value()).startsWith("ek_");
        assertThat(server().requestCount()).isEqualTo(2);
        assertThat(waited).as("time until the retried call ended").isGreaterThanOrEqualTo(atLeast)
                .isLessThan(atLeast.plus(Duration.ofSeconds(3)));
    }

    /**
     * The delays of {@link #serverDelayIsWaitedFor}.
     *
     * @return the cases
     */
    static Stream<Arguments> serverDelays() {
        return Stream.of(
                Arguments.argumentSet("Retry-After in (fractional) seconds", Fault.retryAfter(429, "0.3"),
                        Duration.ofMillis(280)),
                Arguments.argumentSet("retry-after-ms", Fault.retryAfterMs(429, "250"), Duration.ofMillis(230)));
    }

    /** A {@code Retry-After} HTTP-date is waited for until then (whole seconds, so at least one second here). */
    @Test
    default void serverDelayAsAnHttpDateIsWaitedFor() {
        SessionCreator creator = retrying();
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        ZonedDateTime then = now.withNano(0).plusSeconds(2);
        server().enqueue(Fault.retryAfter(429, DateTimeFormatter.RFC_1123_DATE_TIME.format(then)));

        long start = System.nanoTime();
        ClientSecretResponse response = creator.createClientSecret(Samples.minimalRealtime());
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertThat(response.value()).startsWith("ek_");
        assertThat(server().requestCount()).isEqualTo(2);
        Duration until = Duration.between(now, then).minusMillis(200);
        assertThat(waited).isGreaterThanOrEqualTo(until).isLessThan(until.plus(Duration.ofSeconds(3)));
    }

    /**
     * A delay the policy will not wait for fails the call at once, the delay readable for the caller to schedule.
     *
     * @param fault the 429 with the delay
     * @param atLeast the least {@code retryAfter()} must be
     */
    @ParameterizedTest
    @MethodSource("io.github.realtimesessions.testkit.contract.WireRetries#tooLongDelays")
    default void delayTooLongToWaitForFailsAtOnce(Fault fault, Duration atLeast) {
        server().enqueue(fault);

        // "At once": far sooner than any of these delays; 2 s leave room for a busy build machine.
        RateLimitException thrown = Expect.thrownWithin(Duration.ofSeconds(2), RateLimitException.class,
                () -> retrying().createClientSecret(Samples.minimalRealtime()));

        assertThat(thrown.retryAfter()).isNotNull().isGreaterThanOrEqualTo(atLeast);
        Expect.attempts(thrown, 1, RateLimitException.class);
        assertThat(server().requestCount()).isEqualTo(1);
    }

    /**
     * The delays of {@link #delayTooLongToWaitForFailsAtOnce}.
     *
     * @return the cases
     */
    static Stream<Arguments> tooLongDelays() {
        return Stream.of(
                Arguments.argumentSet("Retry-After: 3600, beyond the policy's 60 s", Fault.retryAfter(429, "3600"),
                        Duration.ofHours(1)),
                Arguments.argumentSet("Retry-After too large to represent", Fault.retryAfter(429, "10000000000"),
                        Duration.ofDays(365)),
                Arguments.argumentSet("retry-after-ms too large to represent",
                        Fault.retryAfterMs(429, "10000000000000"), Duration.ofDays(365)));
    }

    /**
     * A connection that breaks before a complete answer is an {@link ApiConnectionException}, retried.
     *
     * @param fault the fault of every attempt
     */
    @ParameterizedTest
    @MethodSource("io.github.realtimesessions.testkit.contract.WireRetries#brokenConnections")
    default void brokenConnectionIsRetriedThenSurfaces(Fault fault) {
        server().enqueue(3, fault);

        ApiConnectionException thrown = Expect.thrownBy(ApiConnectionException.class,
                () -> retrying().createClientSecret(Samples.minimalRealtime()));

        assertThat(thrown).isNotInstanceOf(ApiTimeoutException.class);
        Expect.attempts(thrown, 3, ApiConnectionException.class);
        assertThat(server().requestCount()).isEqualTo(3);
    }

    /**
     * The faults of {@link #brokenConnectionIsRetriedThenSurfaces}.
     *
     * @return the cases
     */
    static Stream<Arguments> brokenConnections() {
        return Stream.of(
                Arguments.argumentSet("reset before the answer", Fault.connectionReset()),
                Arguments.argumentSet("reset in the middle of the body", Fault.resetMidBody()),
                Arguments.argumentSet("body cut short of its Content-Length", Fault.truncatedBody()),
                Arguments.argumentSet("head cut before its blank line", Fault.headCutShort()));
    }

    /** A head cut short is a broken connection: the retry gets the answer. */
    @Test
    default void headCutShortIsRetried() {
        server().enqueue(Fault.headCutShort());

        ClientSecretResponse response = retrying().createClientSecret(Samples.minimalRealtime());

        assertThat(response.value()).startsWith("ek_");
        assertThat(server().requestCount()).isEqualTo(2);
    }

    /** A refused connection is an {@link ApiConnectionException}, retried. */
    @Test
    default void refusedConnectionIsRetriedThenSurfaces() {
        SessionCreator creator = creator(settingsFor(URI.create("http://127.0.0.1:" + unusedPort()))
                .retryPolicy(FAULT_RETRIES).build());

        ApiConnectionException thrown = Expect.thrownWithin(Duration.ofSeconds(5), ApiConnectionException.class,
                () -> creator.createClientSecret(Samples.minimalRealtime()));

        Expect.attempts(thrown, 3, ApiConnectionException.class);
    }

    /** Whatever failed, the creator's next call works. */
    @Test
    default void everyFaultLeavesTheCreatorUsable() {
        SessionCreator creator = retrying();
        server().enqueue(3, Fault.connectionReset());
        server().enqueue(3, Fault.resetMidBody());
        server().enqueue(3, Fault.truncatedBody());
        server().enqueue(1, Fault.error(400, "invalid_request_error", null, "no"));

        for (int i = 0; i < 4; i++) {
            Expect.thrownBy(RealtimeApiException.class, () -> creator.createClientSecret(Samples.minimalRealtime()));
        }
        ClientSecretResponse response = creator.createClientSecret(Samples.minimalRealtime());

        assertThat(response.value()).startsWith("ek_");
        assertThat(server().requestCount()).isEqualTo(11);
    }

    private SessionCreator retrying() {
        return creator(retrySettings().build());
    }

    private ClientSettings.Builder retrySettings() {
        return settings().retryPolicy(FAULT_RETRIES);
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
