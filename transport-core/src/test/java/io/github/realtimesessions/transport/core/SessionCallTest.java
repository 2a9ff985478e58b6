package io.github.realtimesessions.transport.core;

import static io.github.realtimesessions.transport.core.WireFixtures.API_KEY;
import static io.github.realtimesessions.transport.core.WireFixtures.FULL_SERVER_VAD_JSON;
import static io.github.realtimesessions.transport.core.WireFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.realtimesessions.model.ClientSecret;
import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.ResponseFormatException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The per-call orchestration, driven by a lambda {@link SessionCall.Exchange}: no HTTP is involved, since moving bytes
 * is the transports' part and is tested there against a real server.
 */
class SessionCallTest {

    private static final RealtimeSessionCreateResponse SESSION = RealtimeSessionCreateResponse.builder()
            .id("sess_1")
            .clientSecret(new ClientSecret("ek_call", Instant.ofEpochSecond(1767225600L)))
            .build();

    private final ClientSettings settings = ClientSettings.builder().apiKey(API_KEY).maxRetries(0).build();
    private final SessionCall call = SessionCall.create(settings, "lambda");

    @Test
    void theExchangeReceivesExactlyTheEncodedRequest() {
        List<byte[]> sent = new ArrayList<>();

        RealtimeSessionCreateResponse session = call.execute(WireFixtures.fullServerVadRequest(), body -> {
            sent.add(body.clone());
            return SESSION;
        });

        assertThat(session).isSameAs(SESSION);
        assertThat(sent).hasSize(1);
        assertThat(text(sent.get(0))).isEqualTo(FULL_SERVER_VAD_JSON);
        assertThat(sent.get(0))
                .isEqualTo(SessionJsonCodec.instance().encodeRequest(WireFixtures.fullServerVadRequest()));
    }

    @Test
    void anEmptyRequestSendsAnEmptyObject() {
        List<String> sent = new ArrayList<>();

        call.execute(RealtimeSessionCreateRequest.builder().build(), body -> {
            sent.add(text(body));
            return SESSION;
        });

        assertThat(sent).containsExactly("{}");
    }

    @Test
    void anIOExceptionIsMappedWithItsCause() {
        ConnectException refused = new ConnectException("Connection refused");

        Throwable thrown = catchThrowable(() -> call.execute(RealtimeSessionCreateRequest.builder().build(), body -> {
            throw refused;
        }));

        assertThat(thrown).isExactlyInstanceOf(ApiConnectionException.class).hasCause(refused);
        assertThat(thrown.getCause()).isSameAs(refused);
        assertThat(thrown.getMessage())
                .isEqualTo("POST https://api.openai.com/v1/realtime/sessions failed without an answer"
                        + " (ConnectException: Connection refused)");
    }

    @Test
    void aTimeoutIsMappedToApiTimeoutException() {
        SocketTimeoutException timeout = new SocketTimeoutException("Read timed out " + API_KEY);

        Throwable thrown = catchThrowable(() -> call.execute(RealtimeSessionCreateRequest.builder().build(), body -> {
            throw timeout;
        }));

        assertThat(thrown).isExactlyInstanceOf(ApiTimeoutException.class);
        assertThat(thrown.getCause()).isSameAs(timeout);
        assertThat(thrown.getMessage()).contains(call.uri().toString()).doesNotContain(API_KEY);
    }

    @Test
    void aRealtimeApiExceptionPassesThroughUnchanged() {
        List<RealtimeApiException> failures = List.of(
                ApiStatusException.of(ApiError.ofStatus(429)),
                new ResponseFormatException("not a session", null, 200, "req_1"),
                new ApiConnectionException("gone", null));

        for (RealtimeApiException failure : failures) {
            Throwable thrown = catchThrowable(() -> call.execute(RealtimeSessionCreateRequest.builder().build(),
                    body -> {
                        throw failure;
                    }));

            assertThat(thrown).isSameAs(failure);
        }
    }

    @Test
    void theAnswerIsReadWithTheCallsReader() {
        RealtimeSessionCreateResponse session = call.execute(RealtimeSessionCreateRequest.builder().build(),
                body -> call.responses().read(200, MapHeaders.of(), WireFixtures.utf8(
                        WireFixtures.sessionJson("ek_read", 1767225600L))));

        assertThat(session.clientSecret().value()).isEqualTo("ek_read");
    }

    @Test
    void aNullRequestFailsBeforeTheExchangeRuns() {
        AtomicInteger exchanges = new AtomicInteger();

        assertThatNullPointerException().isThrownBy(() -> call.execute(null, body -> {
            exchanges.incrementAndGet();
            return SESSION;
        }));
        assertThat(exchanges).hasValue(0);
    }

    @Test
    void theCallExposesItsSettingsEndpointAndHeaders() {
        assertThat(call.settings()).isSameAs(settings);
        assertThat(call.uri()).isEqualTo(URI.create("https://api.openai.com/v1/realtime/sessions"));
        assertThat(call.headers().all()).isEqualTo(RequestHeaders.of(settings, "lambda").all());
        assertThat(call.headers().all()).anySatisfy(header -> assertThat(header.value()).contains("transport=lambda"));
        assertThat(call.responses()).isNotNull();
    }

    @Test
    void theEndpointFollowsTheBaseUri() {
        ClientSettings local = ClientSettings.builder().apiKey(API_KEY).baseUri("http://127.0.0.1:8089/v1/").build();

        assertThat(SessionCall.create(local, "lambda").uri())
                .isEqualTo(URI.create("http://127.0.0.1:8089/v1/realtime/sessions"));
        assertThat(SessionEndpoint.uri(local)).isEqualTo(URI.create("http://127.0.0.1:8089/v1/realtime/sessions"));
        assertThat(SessionEndpoint.METHOD).isEqualTo("POST");
        assertThat(SessionEndpoint.PATH).isEqualTo("/realtime/sessions");
    }

    @Test
    void nullSettingsOrTransportAreRejected() {
        assertThatNullPointerException().isThrownBy(() -> SessionCall.create(null, "lambda"));
        assertThatNullPointerException().isThrownBy(() -> SessionCall.create(settings, null));
    }

    @Test
    void theSameRequestIsEncodedOnceAndAnEqualButNewOneAgain() {
        List<byte[]> sent = new ArrayList<>();
        RealtimeSessionCreateRequest request = WireFixtures.fullServerVadRequest();

        call.execute(request, body -> {
            sent.add(body);
            return SESSION;
        });
        call.execute(request, body -> {
            sent.add(body);
            return SESSION;
        });
        call.execute(RealtimeSessionCreateRequest.builder().instructions("other").build(), body -> {
            sent.add(body);
            return SESSION;
        });

        assertThat(sent.get(1)).isSameAs(sent.get(0));
        assertThat(text(sent.get(2))).isEqualTo("{\"instructions\":\"other\"}");
    }
}
