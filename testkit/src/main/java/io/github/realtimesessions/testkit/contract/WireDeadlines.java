package io.github.realtimesessions.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.Fault;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wire: a call ends when the caller says so, however the server stalls. Every hostile server below keeps each read
 * of the client busy or never answers; each call must end within its deadline ({@link #DEADLINE}, the settings' call
 * timeout) plus {@link Expect#MARGIN} with an {@link ApiTimeoutException}. Measured with {@code System.nanoTime()}, as
 * an upper bound only: a correctness bound, not a performance test.
 */
public interface WireDeadlines extends ContractSupport {

    /** The deadline of the hostile cases. */
    Duration DEADLINE = Duration.ofMillis(800);

    /**
     * A server that stalls in any of these ways is cut off at the deadline.
     *
     * @param fault the hostile server
     */
    @ParameterizedTest
    @MethodSource("io.github.realtimesessions.testkit.contract.WireDeadlines#stallingServers")
    default void stallingServerEndsAtTheDeadline(Fault fault) {
        server().enqueue(fault);
        SessionCreator creator = creator(deadlineSettings().build());

        Expect.thrownWithin(DEADLINE.plus(Expect.MARGIN), ApiTimeoutException.class,
                () -> creator.createClientSecret(Samples.minimalRealtime()));
    }

    /**
     * The stalling servers of {@link #stallingServerEndsAtTheDeadline}.
     *
     * @return the cases
     */
    static Stream<Arguments> stallingServers() {
        Duration interval = Duration.ofMillis(100);
        return Stream.of(
                Arguments.argumentSet("body trickled one byte per 100 ms", Fault.trickleBody(interval)),
                Arguments.argumentSet("head trickled one byte per 100 ms", Fault.trickleHead(interval)),
                Arguments.argumentSet("102 Processing every 200 ms, forever",
                        Fault.endlessProcessing(Duration.ofMillis(200))),
                Arguments.argumentSet("headers never sent", Fault.neverRespond()),
                Arguments.argumentSet("body stalled halfway", Fault.stallMidBody(Duration.ofSeconds(30))),
                Arguments.argumentSet("headers sent after 30 s", Fault.delayBeforeHeaders(Duration.ofSeconds(30))));
    }

    /** A server that never reads a large request body cannot keep the caller writing past the deadline. */
    @Test
    default void unreadRequestBodyEndsAtTheDeadline() {
        server().enqueue(Fault.ignoreRequestBody());
        SessionCreator creator = creator(deadlineSettings().maxRequestBytes(8 * 1024 * 1024).build());
        ClientSecretRequest large = ClientSecretRequest.builder()
                .session(RealtimeSessionConfig.builder().instructions("x".repeat(6 * 1024 * 1024)).build())
                .build();

        // Encoding the 6 MB body happens before the call's deadline starts; it is measured here too.
        Expect.thrownWithin(DEADLINE.plus(Expect.MARGIN).plus(Duration.ofSeconds(2)), ApiTimeoutException.class,
                () -> creator.createClientSecret(large));
    }

    /** A call's own deadline ({@link RequestOptions#timeout()}) bounds it, whatever the settings allow. */
    @Test
    default void perCallDeadlineBoundsTheCall() {
        server().enqueue(Fault.neverRespond());
        Duration deadline = Duration.ofMillis(400);

        Expect.thrownWithin(deadline.plus(Expect.MARGIN), ApiTimeoutException.class,
                () -> creator().createClientSecret(Samples.minimalRealtime(),
                        RequestOptions.builder().timeout(deadline).build()));
    }

    /** The call's deadline covers every retry and every wait between them. */
    @Test
    default void deadlineCoversRetriesAndTheirWaits() {
        server().enqueue(5, Fault.neverRespond());
        SessionCreator creator = creator(deadlineSettings().retryPolicy(WireRetries.FAULT_RETRIES)
                .responseTimeout(Duration.ofMillis(300)).build());

        Expect.thrownWithin(DEADLINE.plus(Expect.MARGIN), ApiTimeoutException.class,
                () -> creator.createClientSecret(Samples.minimalRealtime()));
    }

    /**
     * The worst case of docs/errors-and-retries.md, when the call timeout is not the bound: every attempt of a server
     * that never answers lasts its response timeout, so the call ends within
     * {@code (maxRetries + 1) * (connectTimeout + responseTimeout) + the waits}, having made exactly
     * {@code maxRetries + 1} attempts.
     */
    @Test
    default void worstCaseIsTheAttemptsTimesThePerAttemptTimeoutsPlusTheWaits() {
        server().enqueue(3, Fault.neverRespond());
        Duration connect = Duration.ofMillis(300);
        Duration response = Duration.ofMillis(300);
        SessionCreator creator = creator(settings().connectTimeout(connect).responseTimeout(response)
                .callTimeout(Duration.ofSeconds(30)).retryPolicy(WireRetries.FAULT_RETRIES).build());
        int attempts = WireRetries.FAULT_RETRIES.maxRetries() + 1;
        Duration waits = WireRetries.FAULT_RETRIES.maxBackoff().multipliedBy(attempts - 1);
        Duration formula = connect.plus(response).multipliedBy(attempts).plus(waits);

        ApiTimeoutException thrown = Expect.thrownWithin(formula.plus(Expect.MARGIN), ApiTimeoutException.class,
                () -> creator.createClientSecret(Samples.minimalRealtime()));

        assertThat(thrown.attempts()).isEqualTo(attempts);
        assertThat(server().requestCount()).isEqualTo(attempts);
    }

    /** A slow answer that arrives within the deadline is read. */
    @Test
    default void slowAnswerWithinTheDeadlineIsRead() {
        server().enqueue(Fault.delayBeforeHeaders(Duration.ofMillis(150)));
        server().enqueue(Fault.trickleBody(Duration.ZERO));

        SessionCreator creator = creator();
        ClientSecretResponse slow = creator.createClientSecret(Samples.minimalRealtime());
        ClientSecretResponse trickled = creator.createClientSecret(Samples.minimalRealtime());

        assertThat(slow.value()).startsWith("ek_");
        assertThat(trickled.value()).startsWith("ek_");
    }

    /** Settings whose call timeout is {@link #DEADLINE}, with a read timeout longer than each stall's pauses. */
    private ClientSettings.Builder deadlineSettings() {
        return settings().connectTimeout(Duration.ofMillis(500)).responseTimeout(Duration.ofMillis(500))
                .callTimeout(DEADLINE);
    }
}
