package io.github.realtimesessions.transport.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.TranslationClientSecretRequest;
import io.github.realtimesessions.model.TranslationClientSecretResponse;
import io.github.realtimesessions.model.TranslationSessionConfig;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateResponse;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one SessionCreator over HTTP: every endpoint through the transport's exchange, and its lifecycle. */
@SuppressWarnings("deprecation")
class HttpSessionCreatorTest {

    private static final String KEY = "sk-test-creator0123456789";
    private static final String SDP_OFFER = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\n";
    private static final String SDP_ANSWER = "v=0\r\no=- 3 4 IN IP4 0.0.0.0\r\ns=-\r\n";

    private final List<RawRequest> sent = new CopyOnWriteArrayList<>();
    private final AtomicInteger transportCloses = new AtomicInteger();
    private Function<RawRequest, RawResponse> answers = request -> {
        String path = request.uri().getPath();
        if (path.endsWith("/hangup")) {
            return response(200, new byte[0], "Content-Length", "0");
        }
        if (path.endsWith("/realtime/calls")) {
            return response(201, SDP_ANSWER.getBytes(UTF_8), "Content-Type", "application/sdp", "Location",
                    "/v1/realtime/calls/rtc_9");
        }
        if (path.endsWith("/translations/client_secrets")) {
            return response(200, resource("spec/captures/client-secrets-realtime.json"));
        }
        if (path.endsWith("/realtime/sessions")) {
            return response(200, resource("spec/create-session.example-response.json"));
        }
        return response(200, resource("spec/captures/client-secrets-realtime.json"), "x-request-id", "req_1");
    };

    private final class FakeCreator extends HttpSessionCreator {
        FakeCreator(ClientSettings settings) {
            super(settings, "fake", request -> {
                sent.add(request);
                return answers.apply(request);
            }, null, null);
        }

        @Override
        protected void closeTransport() {
            transportCloses.incrementAndGet();
            throw new IllegalStateException("a transport failing to close must not make close() throw");
        }
    }

    private final FakeCreator creator = new FakeCreator(ClientSettings.builder().apiKey(KEY).build());

    @AfterEach
    void close() {
        creator.close();
    }

    private static byte[] resource(String path) {
        try (InputStream in = HttpSessionCreatorTest.class.getResourceAsStream("/" + path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RawResponse response(int status, byte[] body, String... headers) {
        HttpHeaders.Builder builder = HttpHeaders.builder().add("Content-Length", Integer.toString(body.length));
        for (int i = 0; i < headers.length; i += 2) {
            builder.add(headers[i], headers[i + 1]);
        }
        HttpHeaders built = builder.build();
        return new RawResponse() {
            private final InputStream in = new ByteArrayInputStream(body);

            @Override
            public int status() {
                return status;
            }

            @Override
            public HttpHeaders headers() {
                return built;
            }

            @Override
            public InputStream body() {
                return in;
            }

            @Override
            public void release() {}

            @Override
            public void abort() {}
        };
    }

    private static ClientSecretRequest mint() {
        return ClientSecretRequest.builder().session(RealtimeSessionConfig.builder().build()).build();
    }

    @Test
    void everyEndpointGoesThroughTheExchange() {
        SessionCreator sessions = creator;

        ClientSecretResponse minted = sessions.createClientSecret(mint());
        TranslationClientSecretResponse translated = sessions.createTranslationClientSecret(
                TranslationClientSecretRequest.builder().session(TranslationSessionConfig.builder()
                        .model("gpt-realtime-translate").targetLanguage("es").build()).build());
        RealtimeCall call = sessions.createCall(CallRequest.of(SDP_OFFER, null));
        sessions.hangUp(call.callId());
        RealtimeSessionCreateResponse beta = sessions.create(RealtimeSessionCreateRequest.builder().build());

        assertThat(minted.value()).startsWith("ek_");
        assertThat(minted.metadata().requestId()).isEqualTo("req_1");
        assertThat(translated.value()).startsWith("ek_");
        assertThat(call.callId()).isEqualTo("rtc_9");
        assertThat(call.sdpAnswer()).isEqualTo(SDP_ANSWER);
        assertThat(beta.clientSecret().value()).isEqualTo("ek_abc123");
        assertThat(sent).extracting(RawRequest::uri).containsExactly(
                URI.create("https://api.openai.com/v1/realtime/client_secrets"),
                URI.create("https://api.openai.com/v1/realtime/translations/client_secrets"),
                URI.create("https://api.openai.com/v1/realtime/calls"),
                URI.create("https://api.openai.com/v1/realtime/calls/rtc_9/hangup"),
                URI.create("https://api.openai.com/v1/realtime/sessions"));
        assertThat(sent).allSatisfy(request -> assertThat(request.headers().first("User-Agent"))
                .contains("(transport=fake; java="));
    }

    @Test
    void theAsynchronousViewGoesThroughTheSameExchange() throws Exception {
        assertThat(creator.async().createClientSecret(mint()).get(10, TimeUnit.SECONDS).value()).startsWith("ek_");
        assertThat(creator.async().createCall(CallRequest.of(SDP_OFFER, null)).get(10, TimeUnit.SECONDS).callId())
                .isEqualTo("rtc_9");
        assertThat(creator.async().hangUp("rtc_9").get(10, TimeUnit.SECONDS)).isNull();
        assertThat(creator.async().toString()).startsWith("async FakeCreator[");
        assertThat(sent).hasSize(3);
    }

    @Test
    void aBadCallIdIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> creator.hangUp("../sessions")).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> creator.async().hangUp("a b")).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> creator.hangUp(null)).isExactlyInstanceOf(NullPointerException.class);
        assertThat(sent).isEmpty();
    }

    @Test
    void closeClosesTheTransportOnceAndThrowsNothing() {
        creator.close();
        creator.close();

        assertThat(creator.isClosed()).isTrue();
        assertThat(transportCloses).hasValue(1);
        assertThatThrownBy(() -> creator.createClientSecret(mint())).isExactlyInstanceOf(IllegalStateException.class);
        assertThat(creator.toString()).endsWith(", closed]");
        assertThat(sent).isEmpty();
    }

    @Test
    void itNamesItsTransportAndBaseUriButNeverTheCredential() {
        assertThat(creator.toString()).isEqualTo("FakeCreator[https://api.openai.com/v1, transport=fake]")
                .doesNotContain(KEY);
        assertThat(creator.transport()).isEqualTo("fake");
        assertThat(creator.settings().baseUri()).isEqualTo(URI.create("https://api.openai.com/v1"));
        assertThat(creator.leasedConnections()).isZero();
        assertThat(creator.isClosed()).isFalse();
    }
}
