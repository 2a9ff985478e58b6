package io.github.realtimesessions.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.JsonValue;
import io.github.realtimesessions.model.RealtimeSession;
import io.github.realtimesessions.model.TurnDetection;
import io.github.realtimesessions.port.Endpoint;
import io.github.realtimesessions.port.InternalServerException;
import io.github.realtimesessions.port.ResponseFormatException;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.Fault;
import io.github.realtimesessions.testkit.SpecCaptures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Wire: how an HTTP transport reads answers: the recorded GA answer, unknown fields, the answer's metadata, exact
 * framing ({@code Transfer-Encoding} over {@code Content-Length}), the size limit, and 2xx answers that are not what
 * the endpoint returns ({@link ResponseFormatException}, never retried: the secret may exist).
 */
public interface WireAnswers extends ContractSupport {

    /** The recorded answer of the real API decodes field by field, its explicit nulls and {@code expires_at: 0} too. */
    @Test
    default void decodesTheCapturedAnswer() {
        Map<String, String> headers = new LinkedHashMap<>(SpecCaptures.realtimeAnswerHeaders());
        headers.remove("content-type");
        headers.put("x-request-id", "req_capture0000000000000000000000");
        server().enqueue(Fault.status(200, "application/json",
                new String(SpecCaptures.realtimeAnswer(), StandardCharsets.UTF_8), headers));

        ClientSecretResponse response = creator().createClientSecret(SpecCaptures.realtimeRequest());

        assertThat(response.value()).isEqualTo(SpecCaptures.REALTIME_SECRET);
        assertThat(response.expiresAt()).isEqualTo(Instant.ofEpochSecond(SpecCaptures.REALTIME_EXPIRES_AT));
        RealtimeSession session = (RealtimeSession) response.session();
        assertThat(session.id()).isEqualTo(SpecCaptures.REALTIME_SESSION_ID);
        assertThat(session.expiresAt()).isNull();
        assertThat(session.tracingSetting().isEnabled()).isFalse();
        assertThat(session.promptSetting().isEnabled()).isFalse();
        assertThat(session.includeSetting().isEnabled()).isFalse();
        assertThat(session.audio().input().transcriptionSetting().isEnabled()).isFalse();
        assertThat(session.audio().input().noiseReductionSetting().isEnabled()).isFalse();
        TurnDetection.ServerVad vad = (TurnDetection.ServerVad) session.audio().input().turnDetection();
        assertThat(vad.silenceDurationMs()).isEqualTo(200);
        assertThat(vad.idleTimeoutMsSetting().isEnabled()).isFalse();
        assertThat(session.extraFields()).isEmpty();
        assertThat(response.extraFields()).isEmpty();
        assertThat(response.metadata().requestId()).isEqualTo("req_capture0000000000000000000000");
        assertThat(response.metadata().header("openai-version")).isEqualTo("2020-10-01");
        assertThat(response.metadata().header("x-envoy-upstream-service-time")).isEqualTo("65");
    }

    /** Fields the library does not know, in the answer and in its session, are kept and readable. */
    @Test
    default void keepsUnknownAnswerFields() {
        String body = new String(SpecCaptures.realtimeAnswer(), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"rotation\":{\"every\":\"5m\"},")
                .replace("\"object\": \"realtime.session\",", "\"object\": \"realtime.session\", \"safety\": [1, 2],");
        server().enqueue(Fault.status(200, "application/json", body, Map.of()));

        ClientSecretResponse response = creator().createClientSecret(SpecCaptures.realtimeRequest());

        assertThat(response.extraFields()).containsEntry("rotation", JsonValue.parse("{\"every\":\"5m\"}"));
        assertThat(((RealtimeSession) response.session()).extraFields()).containsEntry("safety",
                JsonValue.parse("[1,2]"));
    }

    /** An answer's status and headers are readable, the request id and rate-limit headers included. */
    @Test
    default void exposesTheAnswersMetadata() {
        ClientSecretResponse response = creator().createClientSecret(Samples.minimalRealtime());

        String sent = sessions().clientSecrets().lastResponse().metadata().requestId();
        assertThat(response.metadata().status()).isEqualTo(200);
        assertThat(response.metadata().requestId()).startsWith("req_").isEqualTo(sent);
        assertThat(response.metadata().header("x-ratelimit-remaining-requests")).isEqualTo("4999");
        assertThat(response.metadata().header("x-ratelimit-reset-tokens")).isNotNull();
        assertThat(response.metadata().header("openai-processing-ms")).matches("\\d+");
    }

    /** A valid chunked body that also carries a wrong {@code Content-Length} is read by its chunks (RFC 9112 §6.3). */
    @Test
    default void chunkedFramingWinsOverContentLength() {
        server().enqueue(Fault.chunkedWithContentLength(17));
        SessionCreator creator = creator(settings().maxRetries(2).build());

        ClientSecretResponse response = creator.createClientSecret(Samples.minimalRealtime());

        assertThat(response.value()).startsWith("ek_");
        assertThat(server().requestCount()).as("accepted at once, not retried").isEqualTo(1);
    }

    /** A body of exactly the limit is read; one byte more is refused without retry. */
    @Test
    default void bodyAtTheLimitIsReadAndOneMoreByteIsRefused() {
        int limit = 8 * 1024;
        SessionCreator creator = creator(settings().maxResponseBytes(limit).maxRetries(2).build());
        server().enqueue(Fault.bodyOfSize(limit));
        server().enqueue(Fault.bodyOfSize(limit + 1));

        ClientSecretResponse atTheLimit = creator.createClientSecret(Samples.minimalRealtime());
        ResponseFormatException over = Expect.thrownBy(ResponseFormatException.class,
                () -> creator.createClientSecret(Samples.minimalRealtime()));

        assertThat(atTheLimit.value()).startsWith("ek_");
        assertThat(over.getMessage()).contains(Integer.toString(limit));
        assertThat(server().requestCount()).isEqualTo(2);
    }

    /** A body that never ends is cut at the limit, not drained, and not retried. */
    @Test
    default void endlessBodyIsCutAtTheLimit() {
        server().enqueue(Fault.endlessBody());
        SessionCreator creator = creator(settings().maxResponseBytes(64 * 1024).maxRetries(2).build());

        Expect.thrownWithin(Duration.ofSeconds(5), ResponseFormatException.class,
                () -> creator.createClientSecret(Samples.minimalRealtime()));

        assertThat(server().requestCount()).isEqualTo(1);
    }

    /**
     * 2xx answers that are not what the endpoint returns are {@link ResponseFormatException}s, never retried and
     * never quoting the secret they may contain.
     */
    @Test
    default void brokenSuccessAnswersAreFormatErrors() {
        SessionCreator creator = creator(settings().maxRetries(2).build());
        String secret = Samples.ECHOED_SECRET;
        List<Fault> broken = List.of(
                Fault.status(200, "application/json", "{\"value\":\"" + secret + "\",\"expires_at\":", Map.of()),
                Fault.status(200, "application/json", "{\"session\":{\"type\":\"realtime\",\"id\":\"sess_1\"}}",
                        Map.of()),
                Fault.status(200, "application/json", "{\"value\":\"" + secret + "\",\"expires_at\":\"tomorrow "
                        + secret + "\"}", Map.of()),
                Fault.notJson(200, "text/html", "<html><body>Welcome to the captive portal</body></html>"));
        for (Fault fault : broken) {
            server().enqueue(fault);
            int before = server().requestCount();

            ResponseFormatException thrown = Expect.thrownBy(ResponseFormatException.class,
                    () -> creator.createClientSecret(Samples.minimalRealtime()));

            assertThat(thrown.status()).isEqualTo(200);
            assertThat(server().requestCount() - before).as("attempts for " + fault).isEqualTo(1);
            Expect.noSecretIn(thrown, List.of(secret));
        }
    }

    /** A proxy's HTML error page is the status's exception, with the page as the body and no OpenAI fields. */
    @Test
    default void htmlErrorPageIsTheStatusException() {
        server().enqueue(Fault.notJson(502, "text/html", "<html><h1>502 Bad Gateway</h1></html>"));

        InternalServerException thrown = Expect.thrownBy(InternalServerException.class,
                () -> creator().createClientSecret(Samples.minimalRealtime()));

        assertThat(thrown.status()).isEqualTo(502);
        assertThat(thrown.errorType()).isNull();
        assertThat(thrown.errorCode()).isNull();
        assertThat(thrown.body()).contains("<h1>502 Bad Gateway</h1>");
    }

    /** An SDP answer without {@code Location}, or a JSON body where SDP belongs, is a format error. */
    @Test
    default void callAnswerWithoutItsCallIdIsAFormatError() {
        server().enqueue(Endpoint.CALLS, Fault.status(201, "application/sdp", "v=0\r\ns=-\r\n", Map.of()));
        server().enqueue(Endpoint.CALLS, Fault.status(201, "application/json", "{\"id\":\"rtc_1\"}",
                Map.of("Location", "/v1/realtime/calls/rtc_1")));
        SessionCreator creator = creator();

        Expect.thrownBy(ResponseFormatException.class, () -> creator.createCall(Samples.call()));
        Expect.thrownBy(ResponseFormatException.class, () -> creator.createCall(Samples.call()));
    }
}
