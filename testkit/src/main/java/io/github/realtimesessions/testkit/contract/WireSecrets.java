package io.github.realtimesessions.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.AuthenticationException;
import io.github.realtimesessions.port.InternalServerException;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.ResponseFormatException;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.Fault;
import io.github.realtimesessions.testkit.LogCapture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wire: no secret in any message. Whatever the server echoes (the credential of the fixture's mode, whatever its
 * shape: an OpenAI key not shaped like one, an Azure key, Entra ID style bearer tokens; a client secret; a request
 * header copied into {@code x-request-id} and the error body), the exception that surfaces, its causes, its
 * suppressed earlier attempts and its error fields never carry it, and neither does any line logged at DEBUG.
 */
public interface WireSecrets extends ContractSupport {

    /**
     * The exception of an echoing answer carries no secret anywhere.
     *
     * @param echo makes the hostile answer from the credential's header name and value
     * @param type the exception expected
     */
    @ParameterizedTest
    @MethodSource("io.github.realtimesessions.testkit.contract.WireSecrets#echoingAnswers")
    default void exceptionsNeverCarryASecret(Function<String[], Fault> echo, Class<? extends RealtimeApiException> type) {
        SessionCreator creator = creator(settings().retryPolicy(WireRetries.FAULT_RETRIES).build());
        creator.createClientSecret(Samples.minimalRealtime());
        String[] credential = credentialHeader();
        server().enqueue(3, echo.apply(credential));

        RealtimeApiException thrown = Expect.thrownBy(type, () -> creator.createClientSecret(Samples.minimalRealtime()));

        List<String> secrets = new ArrayList<>(credentials());
        secrets.add(Samples.ECHOED_SECRET);
        Expect.noSecretIn(thrown, secrets);
    }

    /**
     * The hostile answers of {@link #exceptionsNeverCarryASecret}, each made from the credential header's name
     * ({@code [0]}) and value ({@code [1]}).
     *
     * @return the cases
     */
    static Stream<Arguments> echoingAnswers() {
        String secret = Samples.ECHOED_SECRET;
        Function<String[], Fault> unauthorized = c -> Fault.status(401, "application/json",
                "{\"error\":{\"message\":\"Incorrect API key provided: " + c[1] + ". Secret " + secret
                        + " is unrelated.\",\"type\":\"invalid_request_error " + c[1] + "\",\"param\":\"" + c[1]
                        + "\",\"code\":\"invalid_api_key " + c[1] + "\"},\"echo\":\"" + c[1] + "\"}", Map.of());
        Function<String[], Fault> serverError = c -> Fault.status(500, "application/json",
                "{\"error\":{\"message\":\"Upstream said: " + c[0] + ": " + c[1] + " / " + secret
                        + "\",\"type\":\"server_error\",\"param\":null,\"code\":null}}",
                Map.of("x-request-id", "req_" + c[1], "x-upstream-auth", c[1]));
        Function<String[], Fault> html = c -> Fault.status(502, "text/html",
                "<html><body>" + c[0] + ": " + c[1] + " rejected; token " + secret + "</body></html>", Map.of());
        Function<String[], Fault> longBody = c -> Fault.status(500, "text/plain",
                "x".repeat(8 * 1024 - 10) + c[1] + " " + secret, Map.of());
        Function<String[], Fault> malformed = c -> Fault.status(200, "application/json",
                "{\"value\":\"" + secret + "\",\"" + c[1] + "\":\"" + secret + "\",\"expires_at\":", Map.of());
        Function<String[], Fault> mistyped = c -> Fault.status(200, "application/json",
                "{\"value\":\"" + secret + "\",\"expires_at\":\"" + c[1] + " " + secret + "\"}", Map.of());
        Function<String[], Fault> echoedHeader500 = c -> Fault.echoHeader(c[0], 500);
        Function<String[], Fault> echoedHeader401 = c -> Fault.echoHeader(c[0], 401);
        return Stream.of(
                Arguments.argumentSet("401 echoing the credential in every field", unauthorized,
                        AuthenticationException.class),
                Arguments.argumentSet("500 echoing it in the message, x-request-id and a header, retried",
                        serverError, InternalServerException.class),
                Arguments.argumentSet("502 HTML page echoing it, retried", html, InternalServerException.class),
                Arguments.argumentSet("500 echoing it across the 8 KiB cut of the body", longBody,
                        InternalServerException.class),
                Arguments.argumentSet("200 malformed JSON with the credential and a secret", malformed,
                        ResponseFormatException.class),
                Arguments.argumentSet("200 with expires_at quoting them", mistyped, ResponseFormatException.class),
                Arguments.argumentSet("500 copying the credential header into x-request-id and the body, retried",
                        echoedHeader500, InternalServerException.class),
                Arguments.argumentSet("401 copying the credential header", echoedHeader401,
                        AuthenticationException.class));
    }

    /** A connection failure's exception carries no secret either. */
    @Test
    default void connectionFailuresCarryNoSecret() {
        server().enqueue(3, Fault.resetMidBody());

        ApiConnectionException thrown = Expect.thrownBy(ApiConnectionException.class,
                () -> creator(settings().retryPolicy(WireRetries.FAULT_RETRIES).build())
                        .createClientSecret(Samples.minimalRealtime()));

        Expect.noSecretIn(thrown, credentials());
    }

    /**
     * What the library logs at DEBUG during a success, a retry, an echoing failure and exhausted connection retries
     * carries no credential, token or client secret.
     */
    @Test
    default void logsCarryNoSecret() {
        List<String> lines;
        List<String> secrets = new ArrayList<>();
        try (LogCapture capture = captureLogs()) {
            SessionCreator creator = creator(settings().retryPolicy(WireRetries.FAULT_RETRIES).build());
            secrets.add(creator.createClientSecret(Samples.minimalRealtime()).value());
            String[] credential = credentialHeader();
            server().enqueue(Fault.echoHeader(credential[0], 500));
            secrets.add(creator.createClientSecret(Samples.minimalRealtime()).value());
            server().enqueue(serverMode() == ServerMode.AZURE_BEARER_TOKEN ? 2 : 1,
                    Fault.echoHeader(credential[0], 401));
            Expect.thrownBy(AuthenticationException.class, () -> creator.createClientSecret(Samples.minimalRealtime()));
            server().enqueue(3, Fault.resetMidBody());
            Expect.thrownBy(ApiConnectionException.class, () -> creator.createClientSecret(Samples.minimalRealtime()));
            lines = capture.lines();
        }

        assertThat(lines).as("lines logged for the attempts").hasSizeGreaterThanOrEqualTo(6);
        secrets.addAll(credentials());
        secrets.add(Samples.ECHOED_SECRET);
        Expect.noSecretIn(lines, secrets);
    }

    /** The name and value of the credential header the fixture's mode sends (a token once one was fetched). */
    private String[] credentialHeader() {
        return switch (serverMode()) {
            case OPENAI -> new String[] {"Authorization", "Bearer " + server().apiKey()};
            case AZURE_API_KEY -> new String[] {"api-key", server().apiKey()};
            case AZURE_BEARER_TOKEN -> new String[] {"Authorization", "Bearer " + (server().issuedTokens().isEmpty()
                    ? "none" : server().issuedTokens().get(0))};
        };
    }
}
