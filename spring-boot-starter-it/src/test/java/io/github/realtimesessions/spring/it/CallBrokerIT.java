package io.github.realtimesessions.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.port.CallSupervisor;
import io.github.realtimesessions.port.Endpoint;
import io.github.realtimesessions.testkit.Fault;
import io.github.realtimesessions.testkit.RecordedRequest;
import io.github.realtimesessions.testkit.SdpSamples;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code POST /realtime/calls} and the hangup route over real HTTP, against the fake OpenAI. */
class CallBrokerIT extends AbstractApplicationIT {

    static final String PATH = "/realtime/calls";

    @Autowired
    CallSupervisor supervisor;

    @Test
    void anOfferIsExchangedForTheAnswerWithTheCallIdAndItsDeadline() {
        String user = newUser("caller");
        String offer = SdpSamples.browserOffer();
        HttpResponse<String> response = http.post(PATH, user, "application/sdp", offer);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/sdp");
        assertThat(response.body()).startsWith("v=0\r\n");
        String callId = response.headers().firstValue("X-Realtime-Call-Id").orElseThrow();
        assertThat(callId).startsWith("rtc_");
        assertThat(response.headers().firstValue("Location"))
                .hasValue("http://127.0.0.1:" + port + PATH + "/" + callId);
        assertThat(Instant.parse(response.headers().firstValue("X-Realtime-Call-Expires-At").orElseThrow()))
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS));
        assertThat(fake().sessions().activeCalls()).contains(callId);
        assertThat(supervisor.activeCalls()).contains(callId);
        assertThat(supervisor.maxDuration()).isEqualTo(Duration.ofMinutes(10));

        RecordedRequest sent = SharedFake.lastRequest(r -> r.endpoint() == Endpoint.CALLS
                && TokenEndpointIT.hmac(user).equals(r.header("OpenAI-Safety-Identifier")));
        assertThat(sent.sdpOffer()).as("the offer, byte for byte").isEqualTo(offer);
        RealtimeSessionConfig session = sent.callSession();
        assertThat(session.model()).isEqualTo(RealtimeModel.GPT_REALTIME);
        assertThat(session.audio().output().voice()).isEqualTo(Voice.MARIN);
    }

    @Test
    void onlyTheUserWhoStartedACallCanHangItUp() {
        String owner = newUser("owner");
        String callId = http.post(PATH, owner, "application/sdp", SdpSamples.browserOffer())
                .headers().firstValue("X-Realtime-Call-Id").orElseThrow();

        assertError(http.post(PATH + "/" + callId + "/hangup", newUser("intruder"), null, null), 404, "call_not_found");
        assertError(http.post(PATH + "/" + callId + "/hangup", null, null, null), 401, "unauthenticated");
        assertThat(fake().sessions().hungUpCalls()).doesNotContain(callId);

        assertThat(http.post(PATH + "/" + callId + "/hangup", owner, null, null).statusCode()).isEqualTo(202);
        SharedFake.await(() -> fake().sessions().hungUpCalls().contains(callId), "the fake recorded the hangup");
        SharedFake.await(() -> !supervisor.activeCalls().contains(callId), "the supervisor let the call go");
        assertError(http.post(PATH + "/" + callId + "/hangup", owner, null, null), 404, "call_not_found");
    }

    @Test
    void badOffersAreRefusedBeforeAnythingIsSent() {
        String user = newUser("sloppy");
        int before = fake().requestCount(Endpoint.CALLS);
        assertError(http.post(PATH, user, "application/json", "{\"sdp\":\"v=0\"}"), 415, "unsupported_media_type");
        JsonAssert.violationField(assertError(http.post(PATH, user, "application/sdp", "hello"), 400, "invalid_request"),
                "sdp");
        assertError(http.post(PATH, null, "application/sdp", SdpSamples.browserOffer()), 401, "unauthenticated");
        assertThat(fake().requestCount(Endpoint.CALLS)).isEqualTo(before);
    }

    @Test
    void upstreamFailuresOfACallAreMappedLikeTheTokenEndpoints() {
        fake().enqueue(Endpoint.CALLS, Fault.error(429, "requests", "rate_limit_exceeded", "busy", java.util.Map.of(
                "Retry-After", "3")));
        HttpResponse<String> limited = http.post(PATH, newUser("c1"), "application/sdp", SdpSamples.browserOffer());
        assertError(limited, 503, "upstream_rate_limited");
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("3");
        fake().enqueue(Endpoint.CALLS, Fault.error(500, "server_error", null, "boom"));
        assertError(http.post(PATH, newUser("c2"), "application/sdp", SdpSamples.browserOffer()), 502, "upstream_error");
    }
}
