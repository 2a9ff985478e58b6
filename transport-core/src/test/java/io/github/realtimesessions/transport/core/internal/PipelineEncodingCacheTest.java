package io.github.realtimesessions.transport.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.transport.core.RawRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The cache of the last encoded request per endpoint: the same request object reuses its bytes, any other request is
 * encoded afresh (never the stale bytes of another), and a multipart body gets a fresh boundary every time.
 */
class PipelineEncodingCacheTest extends PipelineFixture {

    private static ClientSecretRequest withInstructions(String instructions) {
        return ClientSecretRequest.builder()
                .session(RealtimeSessionConfig.builder().instructions(instructions).build()).build();
    }

    private static byte[] encoded(ClientSecretRequest request) {
        return WireCodec.instance().encode(Schemas.CLIENT_SECRET_REQUEST, request);
    }

    @Test
    void theSameRequestObjectReusesItsBytes() {
        exchange.always(PipelineFixture::ok);
        Pipeline pipeline = pipeline();
        ClientSecretRequest request = withInstructions("a");

        pipeline.execute(Operations.CLIENT_SECRETS, request, RequestOptions.defaults());
        pipeline.execute(Operations.CLIENT_SECRETS, request, RequestOptions.defaults());

        assertThat(exchange.request(1).body()).isSameAs(exchange.request(0).body()).isEqualTo(encoded(request));
    }

    @Test
    void anotherRequestIsNeverSentWithTheBytesOfTheLast() {
        exchange.always(PipelineFixture::ok);
        Pipeline pipeline = pipeline();
        ClientSecretRequest a = withInstructions("a");
        ClientSecretRequest b = withInstructions("b");
        ClientSecretRequest equalToA = withInstructions("a");

        for (ClientSecretRequest request : List.of(a, b, a, equalToA, b)) {
            pipeline.execute(Operations.CLIENT_SECRETS, request, RequestOptions.defaults());
        }

        List<String> bodies = exchange.requests().stream().map(r -> WireFixtures.text(r.body())).toList();
        assertThat(bodies).containsExactly(WireFixtures.text(encoded(a)), WireFixtures.text(encoded(b)),
                WireFixtures.text(encoded(a)), WireFixtures.text(encoded(a)), WireFixtures.text(encoded(b)));
    }

    @Test
    void eachEndpointKeepsItsOwn() {
        exchange.always(PipelineFixture::ok);
        Pipeline pipeline = pipeline();
        ClientSecretRequest mint = withInstructions("a");

        pipeline.execute(Operations.CLIENT_SECRETS, mint, RequestOptions.defaults());
        pipeline.execute(Operations.TRANSLATION_CLIENT_SECRETS, WireFixtures.specTranslationRequest(),
                RequestOptions.defaults());
        pipeline.execute(Operations.CLIENT_SECRETS, mint, RequestOptions.defaults());

        assertThat(exchange.request(2).body()).isSameAs(exchange.request(0).body());
        assertThat(exchange.request(1).body()).isEqualTo(WireCodec.instance().encode(
                Schemas.TRANSLATION_CLIENT_SECRET_REQUEST, WireFixtures.specTranslationRequest()));
    }

    @Test
    void aMultipartBodyGetsAFreshBoundaryEveryTime() {
        exchange.always(() -> FakeResponse.framed(201, WireFixtures.SDP_ANSWER, "Content-Type", "application/sdp",
                "Location", "/v1/realtime/calls/rtc_1"));
        Pipeline pipeline = pipeline();
        CallRequest call = CallRequest.of(WireFixtures.SDP_OFFER, RealtimeSessionConfig.builder().build());

        pipeline.execute(Operations.CALLS, call, RequestOptions.defaults());
        pipeline.execute(Operations.CALLS, call, RequestOptions.defaults());

        RawRequest first = exchange.request(0);
        RawRequest second = exchange.request(1);
        assertThat(first.headers().first("Content-Type")).isNotEqualTo(second.headers().first("Content-Type"));
        for (RawRequest sent : List.of(first, second)) {
            assertThat(FormParts.parse(sent.body(), FormParts.boundary(sent.headers().first("Content-Type"))))
                    .hasSize(2);
        }
    }

    @Test
    void concurrentCallersWithDifferentRequestsEachSendTheirOwnBytes() throws Exception {
        exchange.always(PipelineFixture::ok);
        Pipeline pipeline = pipeline();
        List<ClientSecretRequest> requests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            requests.add(withInstructions("caller " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int round = 0; round < 25; round++) {
                for (ClientSecretRequest request : requests) {
                    calls.add(pool.submit(() -> pipeline.execute(Operations.CLIENT_SECRETS, request,
                            RequestOptions.defaults())));
                }
            }
            for (Future<?> call : calls) {
                call.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> expected = requests.stream().map(r -> WireFixtures.text(encoded(r))).toList();
        assertThat(exchange.requests()).hasSize(200)
                .allSatisfy(sent -> assertThat(expected).contains(WireFixtures.text(sent.body())));
        for (String body : expected) {
            assertThat(exchange.requests().stream().filter(r -> WireFixtures.text(r.body()).equals(body))).hasSize(25);
        }
    }

    @Test
    void theBodyOfACachedRequestStillCountsAgainstTheCap() {
        exchange.always(PipelineFixture::ok);
        Pipeline small = pipeline(settings().maxRequestBytes(1024).build());
        ClientSecretRequest large = withInstructions("x".repeat(2000));

        for (int i = 0; i < 2; i++) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> small.execute(Operations.CLIENT_SECRETS,
                    large, RequestOptions.defaults()))).isInstanceOf(
                            io.github.realtimesessions.model.InvalidRequestException.class);
        }
        assertThat(exchange.calls()).isZero();
    }

    @Test
    void theCacheDoesNotSwallowTheSafetyIdentifierHeader() {
        exchange.always(PipelineFixture::ok);
        Pipeline pipeline = pipeline();
        ClientSecretRequest plain = withInstructions("a");
        ClientSecretRequest identified = plain.toBuilder().safetyIdentifier("user-1").build();

        pipeline.execute(Operations.CLIENT_SECRETS, plain, RequestOptions.defaults());
        pipeline.execute(Operations.CLIENT_SECRETS, identified, RequestOptions.defaults());
        pipeline.execute(Operations.CLIENT_SECRETS, plain, RequestOptions.defaults());

        assertThat(exchange.requests()).extracting(r -> r.headers().first("OpenAI-Safety-Identifier"))
                .containsExactly(null, "user-1", null);
    }
}
