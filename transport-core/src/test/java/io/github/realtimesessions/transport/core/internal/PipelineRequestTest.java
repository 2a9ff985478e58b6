package io.github.realtimesessions.transport.core.internal;

import static io.github.realtimesessions.transport.core.internal.ScriptedExchange.respond;
import static io.github.realtimesessions.transport.core.internal.WireFixtures.API_KEY;
import static io.github.realtimesessions.transport.core.internal.WireFixtures.SDP_ANSWER;
import static io.github.realtimesessions.transport.core.internal.WireFixtures.SDP_OFFER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.InvalidRequestException;
import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.port.AccessToken;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.Credential;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.transport.core.HttpHeaders;
import io.github.realtimesessions.transport.core.RawRequest;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the pipeline hands the transport: method, URI, headers, body, limits; and what it refuses to send. */
class PipelineRequestTest extends PipelineFixture {

    private static List<String> names(HttpHeaders headers) {
        List<String> names = new ArrayList<>();
        headers.forEach((name, value) -> names.add(name));
        return names;
    }

    private static FakeResponse sdpAnswer() {
        return FakeResponse.framed(201, SDP_ANSWER, "Content-Type", "application/sdp",
                "Location", "/v1/realtime/calls/rtc_abc123");
    }

    @Test
    void aMintRequestIsTheOperationsBodyAndHeadersWithTheSettingsLimits() {
        exchange.then(respond(ok()));
        ClientSettings settings = settings().connectTimeout(Duration.ofSeconds(3)).responseTimeout(Duration.ofSeconds(7))
                .maxResponseBytes(64 * 1024).build();

        mint(pipeline(settings));

        RawRequest sent = exchange.request(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.uri()).isEqualTo(URI.create("https://api.openai.com/v1/realtime/client_secrets"));
        assertThat(sent.body()).isEqualTo(WireCodec.instance().encode(Schemas.CLIENT_SECRET_REQUEST, request()));
        assertThat(sent.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(sent.readTimeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(sent.maxResponseBytes()).isEqualTo(64 * 1024);
        assertThat(names(sent.headers())).containsExactly("Authorization", "Content-Type", "Accept", "User-Agent");
        assertThat(sent.headers().first("Authorization")).isEqualTo("Bearer " + API_KEY);
        assertThat(sent.headers().first("Content-Type")).isEqualTo("application/json");
        assertThat(sent.headers().first("Accept")).isEqualTo("application/json");
        assertThat(sent.headers().first("User-Agent")).isEqualTo(RequestHeaders.userAgent("fake", null));
    }

    @Test
    void anAzureKeyGoesInApiKeyAndNeverAsABearer() {
        exchange.then(respond(ok()));
        ClientSettings azure = settings().azureEndpoint("https://res.openai.azure.com")
                .credential(Credential.azureApiKey("0123456789abcdef0123456789abcdef")).build();

        mint(pipeline(azure));

        HttpHeaders headers = exchange.request(0).headers();
        assertThat(headers.first("api-key")).isEqualTo("0123456789abcdef0123456789abcdef");
        assertThat(headers.contains("Authorization")).isFalse();
        assertThat(exchange.request(0).uri())
                .isEqualTo(URI.create("https://res.openai.azure.com/openai/v1/realtime/client_secrets"));
    }

    @Test
    void bearerTokensGoInAuthorization() {
        exchange.then(respond(ok()));
        ClientSettings entra = settings().credential(Credential.bearerTokens(
                () -> new AccessToken("entra-token-1", null))).build();

        mint(pipeline(entra));

        assertThat(exchange.request(0).headers().all("Authorization")).containsExactly("Bearer entra-token-1");
    }

    @Test
    void organizationProjectSafetyIdentifierAndExtraHeaders() {
        exchange.then(respond(ok()));
        ClientSettings settings = settings().organization("org-1").project("proj_1").userAgentSuffix("app/3")
                .extraHeader("X-Tenant", "settings").extraHeader("X-Region", "eu").build();
        ClientSecretRequest request = request().toBuilder().safetyIdentifier("9f86d081884c7d65").build();

        pipeline(settings).execute(Operations.CLIENT_SECRETS, request,
                RequestOptions.builder().extraHeader("x-tenant", "call").build());

        HttpHeaders headers = exchange.request(0).headers();
        assertThat(headers.first("OpenAI-Organization")).isEqualTo("org-1");
        assertThat(headers.first("OpenAI-Project")).isEqualTo("proj_1");
        assertThat(headers.first("OpenAI-Safety-Identifier")).isEqualTo("9f86d081884c7d65");
        assertThat(headers.all("X-Tenant")).as("the call's header wins").containsExactly("call");
        assertThat(headers.first("X-Region")).isEqualTo("eu");
        assertThat(headers.first("User-Agent")).endsWith(" app/3");
        assertThat(headers.contains("OpenAI-Beta")).isFalse();
        assertThat(headers.contains("Accept-Encoding")).isFalse();
    }

    @Test
    void withoutThemNoOrganizationProjectOrSafetyIdentifierIsSent() {
        exchange.then(respond(ok()));

        mint(pipeline());

        HttpHeaders headers = exchange.request(0).headers();
        assertThat(headers.contains("OpenAI-Organization")).isFalse();
        assertThat(headers.contains("OpenAI-Project")).isFalse();
        assertThat(headers.contains("OpenAI-Safety-Identifier")).isFalse();
    }

    @Test
    void aMultipartCallWithTheCredential() {
        exchange.then(respond(sdpAnswer()));

        RealtimeCall call = pipeline().execute(Operations.CALLS,
                CallRequest.of(SDP_OFFER, RealtimeSessionConfig.builder().build()), RequestOptions.defaults());

        RawRequest sent = exchange.request(0);
        assertThat(call.callId()).isEqualTo("rtc_abc123");
        assertThat(call.sdpAnswer()).isEqualTo(SDP_ANSWER);
        assertThat(sent.uri()).isEqualTo(URI.create("https://api.openai.com/v1/realtime/calls"));
        assertThat(sent.headers().first("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertThat(sent.headers().first("Accept")).isEqualTo("application/sdp");
        assertThat(sent.headers().first("Authorization")).isEqualTo("Bearer " + API_KEY);
        assertThat(FormParts.parse(sent.body(), FormParts.boundary(sent.headers().first("Content-Type"))))
                .extracting(FormParts.Part::name).containsExactly("sdp", "session");
    }

    @Test
    void aRawSdpCallIsAuthorizedByItsEphemeralKeyWhateverTheCredential() {
        exchange.then(respond(sdpAnswer()));
        ClientSettings azure = settings().credential(Credential.azureApiKey("0123456789abcdef0123456789abcdef")).build();
        String ephemeral = "ek_68af296e8e408191a1120ab6383263c2";

        pipeline(azure).execute(Operations.CALLS, CallRequest.builder().sdp(SDP_OFFER).ephemeralKey(ephemeral).build(),
                RequestOptions.defaults());

        RawRequest sent = exchange.request(0);
        assertThat(sent.headers().all("Authorization")).containsExactly("Bearer " + ephemeral);
        assertThat(sent.headers().contains("api-key")).isFalse();
        assertThat(sent.headers().first("Content-Type")).isEqualTo("application/sdp");
        assertThat(sent.headers().first("Accept")).isEqualTo("application/sdp");
        assertThat(sent.body()).isEqualTo(WireFixtures.utf8(SDP_OFFER));
    }

    @Test
    void hangingUpSendsNoBodyAndNoContentType() {
        exchange.then(respond(FakeResponse.of(200, "")));

        pipeline().execute(Operations.HANGUP, "rtc_abc123", RequestOptions.defaults());

        RawRequest sent = exchange.request(0);
        assertThat(sent.uri()).isEqualTo(URI.create("https://api.openai.com/v1/realtime/calls/rtc_abc123/hangup"));
        assertThat(sent.body()).isEmpty();
        assertThat(sent.headers().contains("Content-Type")).isFalse();
        assertThat(exchange.responses().get(0).releasedOnce()).isTrue();
    }

    // -------------------------------------------------------------------------------------------- size cap

    private static ClientSecretRequest withInstructions(int length) {
        return ClientSecretRequest.builder()
                .session(RealtimeSessionConfig.builder().instructions("x".repeat(length)).build())
                .build();
    }

    @Test
    void aRequestOverTheSizeCapIsRefusedBeforeTheExchange() {
        Pipeline pipeline = pipeline(settings().maxRequestBytes(1024).build());
        int overhead = WireCodec.instance().encode(Schemas.CLIENT_SECRET_REQUEST, withInstructions(0)).length;
        ClientSecretRequest exactly = withInstructions(1024 - overhead);
        ClientSecretRequest oneMore = withInstructions(1025 - overhead);
        exchange.then(respond(ok()));

        pipeline.execute(Operations.CLIENT_SECRETS, exactly, RequestOptions.defaults());
        Throwable thrown = catchThrowable(() -> pipeline.execute(Operations.CLIENT_SECRETS, oneMore,
                RequestOptions.defaults()));

        assertThat(thrown).isExactlyInstanceOf(InvalidRequestException.class);
        assertThat(((InvalidRequestException) thrown).violations()).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("(request body)");
            assertThat(violation.rule()).isEqualTo("must be at most 1024 bytes (ClientSettings.maxRequestBytes)");
            assertThat(violation.actual()).isEqualTo("1025 bytes");
        });
        assertThat(exchange.calls()).as("only the request within the cap was sent").isEqualTo(1);
        assertThat(listener.starts).as("a refused request is no call").hasSize(1);
    }

    @Test
    void megabytesOfInstructionsAreRefusedByTheDefaultCapEvenAsynchronously() {
        Pipeline pipeline = pipeline();

        Throwable thrown = catchThrowable(() -> pipeline.executeAsync(Operations.CLIENT_SECRETS,
                withInstructions(4 * 1024 * 1024), RequestOptions.defaults()));

        assertThat(thrown).isExactlyInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("must be at most " + ClientSettings.DEFAULT_MAX_REQUEST_BYTES + " bytes");
        assertThat(exchange.calls()).isZero();
    }

    @Test
    void nullArgumentsAreRefused() {
        Pipeline pipeline = pipeline();

        assertThat(catchThrowable(() -> pipeline.execute(Operations.CLIENT_SECRETS, null, RequestOptions.defaults())))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("request must not be null");
        assertThat(catchThrowable(() -> pipeline.execute(Operations.CLIENT_SECRETS, request(), null)))
                .isExactlyInstanceOf(NullPointerException.class).hasMessage("options must not be null");
    }
}
