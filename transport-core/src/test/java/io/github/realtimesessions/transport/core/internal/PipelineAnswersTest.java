package io.github.realtimesessions.transport.core.internal;

import static io.github.realtimesessions.transport.core.internal.ScriptedExchange.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.RealtimeSession;
import io.github.realtimesessions.port.ResponseFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a caller gets from a 2xx answer through the pipeline: the typed result with its metadata, or a typed failure. */
class PipelineAnswersTest extends PipelineFixture {

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999999", "1e400", "\"1769808455\"", "-5", "1.5"})
    void anUnusableSecretExpiryIsAResponseFormatExceptionAndNotRetried(String expiresAt) {
        exchange.then(respond(FakeResponse.json(200, MINTED.replace("\"expires_at\": 1769808455",
                "\"expires_at\": " + expiresAt), "x-request-id", "req_bad")));

        Throwable thrown = catchThrowable(() -> mint(pipeline()));

        assertThat(thrown).isExactlyInstanceOf(ResponseFormatException.class)
                .hasMessage("HTTP 200: the answer is not a client secret: expires_at: is missing or not usable; the"
                        + " answer cannot be used without it [request id req_bad]");
        assertThat(((ResponseFormatException) thrown).status()).isEqualTo(200);
        assertThat(exchange.calls()).isEqualTo(1);
        assertThat(exchange.responses().get(0).releasedOnce()).as("the body was read whole").isTrue();
    }

    @Test
    void aSuccessCarriesItsStatusRequestIdAndHeadersRedacted() {
        exchange.then(respond(FakeResponse.json(200, MINTED, "X-Request-ID", "req_42",
                "x-ratelimit-remaining-requests", "4999", "x-ratelimit-reset-requests", "12ms",
                "openai-processing-ms", "65", "Set-Cookie", "__cf_bm=abc", "Set-Cookie", "_cfuvid=def")));

        ClientSecretResponse response = mint(pipeline());

        assertThat(response.metadata().status()).isEqualTo(200);
        assertThat(response.metadata().requestId()).isEqualTo("req_42");
        assertThat(response.metadata().header("x-ratelimit-remaining-requests")).isEqualTo("4999");
        assertThat(response.metadata().header("openai-processing-ms")).isEqualTo("65");
        assertThat(response.metadata().headerValues("set-cookie")).containsExactly("__cf_bm=abc", "_cfuvid=def");
        assertThat(((RealtimeSession) response.session()).expiresAt()).as("expires_at 0: none").isNull();
    }

    @Test
    void unknownFieldsOfANewerServerAreKeptAndReadable() {
        exchange.then(respond(FakeResponse.json(200, MINTED.replace("\"expires_at\": 1769808455,",
                "\"expires_at\": 1769808455, \"region\": \"eu-west\","))));

        ClientSecretResponse response = mint(pipeline());

        assertThat(response.extraFields()).containsKey("region");
        assertThat(response.extraFields().get("region").asString()).isEqualTo("eu-west");
    }

    @Test
    void aResultKeepsNothingOfTheBodyBufferTheNextAnswerIsReadInto() {
        // The body of each answer is read into a pooled buffer that the next call reuses: every decoded value must be
        // a copy, or the first result would change when the second answer is read.
        exchange.then(respond(FakeResponse.json(200, MINTED, "x-request-id", "req_first")));
        exchange.then(respond(FakeResponse.json(200, MINTED.replace("You are", "Zou are").replace("ek_", "ek_Z"),
                "x-request-id", "req_second")));
        Pipeline pipeline = pipeline();

        ClientSecretResponse first = mint(pipeline);
        String before = first.toString() + first.clientSecret().value() + first.session();
        ClientSecretResponse second = mint(pipeline);

        assertThat(first.toString() + first.clientSecret().value() + first.session()).isEqualTo(before);
        assertThat(first.metadata().requestId()).isEqualTo("req_first");
        assertThat(first).isNotEqualTo(second);
    }
}
