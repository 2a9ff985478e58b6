package io.github.realtimesessions.transport.core;

import static io.github.realtimesessions.transport.core.WireFixtures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiTimeoutException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Mapping I/O failures of any HTTP library to the exception tree. */
class TransportFailuresTest {

    private static final URI ENDPOINT = URI.create("https://api.openai.com/v1/realtime/sessions");

    static Stream<Arguments> timeouts() {
        return Stream.of(
                arguments(Named.of("socket read timeout", new SocketTimeoutException("Read timed out"))),
                arguments(Named.of("connect timeout", new SocketTimeoutException("Connect timed out"))),
                arguments(Named.of("another InterruptedIOException", new InterruptedIOException("timeout"))));
    }

    @ParameterizedTest
    @MethodSource("timeouts")
    void aTimeoutIsAnApiTimeoutException(IOException failure) {
        ApiConnectionException e = TransportFailures.toException(failure, ENDPOINT, API_KEY);

        assertThat(e).isExactlyInstanceOf(ApiTimeoutException.class);
        assertThat(e).hasCause(failure);
        assertThat(e.getCause()).isSameAs(failure);
        assertThat(e.getMessage()).startsWith("POST " + ENDPOINT + " timed out (")
                .contains(failure.getClass().getSimpleName())
                .contains(failure.getMessage());
    }

    static Stream<Arguments> connectionFailures() {
        return Stream.of(
                arguments(Named.of("connection refused", new ConnectException("Connection refused"))),
                arguments(Named.of("connection reset", new SocketException("Connection reset"))),
                arguments(Named.of("unknown host", new UnknownHostException("api.openai.com"))),
                arguments(Named.of("no route", new NoRouteToHostException("No route to host"))),
                arguments(Named.of("body cut short", new EOFException("Premature end of Content-Length"))),
                arguments(Named.of("TLS handshake", new SSLHandshakeException("PKIX path building failed"))),
                arguments(Named.of("no message", new IOException())));
    }

    @ParameterizedTest
    @MethodSource("connectionFailures")
    void anyOtherFailureIsAnApiConnectionExceptionAndNotATimeout(IOException failure) {
        ApiConnectionException e = TransportFailures.toException(failure, ENDPOINT, API_KEY);

        assertThat(e).isExactlyInstanceOf(ApiConnectionException.class).isNotInstanceOf(ApiTimeoutException.class);
        assertThat(e.getCause()).isSameAs(failure);
        assertThat(e.getMessage())
                .isEqualTo("POST " + ENDPOINT + " failed without an answer (" + failure.getClass().getSimpleName()
                        + (failure.getMessage() == null ? "" : ": " + failure.getMessage()) + ")");
    }

    @Test
    void theKeyInTheFailuresMessageIsRedacted() {
        IOException failure = new SocketException("reset while sending Authorization: Bearer " + API_KEY);

        ApiConnectionException e = TransportFailures.toException(failure, ENDPOINT, API_KEY);

        assertThat(e.getMessage()).doesNotContain(API_KEY).contains("Bearer <redacted>");
        assertThat(e.toString()).doesNotContain(API_KEY);
    }

    @Test
    void theKeyInATimeoutsMessageIsRedacted() {
        ApiConnectionException e = TransportFailures.toException(
                new SocketTimeoutException("timed out for " + API_KEY), ENDPOINT, API_KEY);

        assertThat(e).isExactlyInstanceOf(ApiTimeoutException.class);
        assertThat(e.getMessage()).doesNotContain(API_KEY);
    }

    @Test
    void anInterruptionIsNotATimeout() {
        Thread.currentThread().interrupt();
        try {
            ApiConnectionException e =
                    TransportFailures.toException(new InterruptedIOException("interrupted"), ENDPOINT, API_KEY);

            assertThat(e).isExactlyInstanceOf(ApiConnectionException.class);
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt stays visible to the caller").isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
