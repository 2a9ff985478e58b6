package io.github.realtimesessions.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.port.AuthenticationException;
import io.github.realtimesessions.port.BadRequestException;
import io.github.realtimesessions.port.CallSupervisor;
import io.github.realtimesessions.port.NotFoundException;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.SdpSamples;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/realtime/calls} and {@code POST /v1/realtime/calls/{call_id}/hangup}, as every {@code SessionCreator}
 * behaves: an SDP answer for the browser's offer, a call id, hangups, {@code 404} for a call that is not running, and
 * a {@link CallSupervisor} ending a call after its maximum duration.
 */
public interface CallBehaviour extends ContractSupport {

    /** An offer gets a valid answer for the same media sections, and a call id from {@code Location}. */
    @Test
    default void offerGetsAnSdpAnswerAndACallId() {
        CallRequest request = Samples.call();

        RealtimeCall call = creator().createCall(request);

        assertThat(sessions().calls().lastRequest()).as("the offer and session as the API received them")
                .isEqualTo(request);
        assertThat(call.callId()).matches("rtc_[0-9a-f]+");
        assertThat(call.location()).endsWith("/realtime/calls/" + call.callId());
        String answer = call.sdpAnswer();
        assertThat(answer).startsWith("v=0\r\n").endsWith("\r\n");
        assertThat(answer.replace("\r\n", "")).doesNotContain("\n");
        assertThat(SdpSamples.mediaSections(answer)).isEqualTo(SdpSamples.mediaSections(request.sdp()));
        assertThat(SdpSamples.attribute(answer, "setup")).isEqualTo("active");
        assertThat(SdpSamples.attribute(answer, "ice-ufrag")).isNotBlank()
                .isNotEqualTo(SdpSamples.attribute(request.sdp(), "ice-ufrag"));
        assertThat(SdpSamples.attribute(answer, "ice-pwd")).isNotBlank();
        assertThat(SdpSamples.attribute(answer, "fingerprint")).startsWith("sha-256 ");
        assertThat(call.metadata().status()).isEqualTo(201);
        assertThat(sessions().activeCalls()).containsExactly(call.callId());
    }

    /** A call without a session configuration is created too (the key's defaults apply). */
    @Test
    default void callWithoutSessionIsCreated() {
        RealtimeCall call = creator().createCall(CallRequest.builder().sdp(SdpSamples.browserOffer()).build());

        assertThat(call.callId()).startsWith("rtc_");
        assertThat(sessions().calls().lastRequest().session()).isNull();
        assertThat(sessions().calls().lastRequest().sdp()).isEqualTo(SdpSamples.browserOffer());
    }

    /** A call hung up is over: a second hangup, like one of a call that never existed, is a 404. */
    @Test
    default void hangUpEndsTheCallOnce() {
        SessionCreator creator = creator();
        RealtimeCall call = creator.createCall(Samples.call());

        creator.hangUp(call.callId());

        assertThat(sessions().hungUpCalls()).containsExactly(call.callId());
        assertThat(sessions().activeCalls()).isEmpty();
        NotFoundException twice = Expect.thrownBy(NotFoundException.class, () -> creator.hangUp(call.callId()));
        assertThat(twice.status()).isEqualTo(404);
        assertThat(twice.errorType()).isEqualTo("invalid_request_error");
        NotFoundException unknown = Expect.thrownBy(NotFoundException.class, () -> creator.hangUp("rtc_0000unknown"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.requestId()).startsWith("req_");
    }

    /** A caller holding an ephemeral key sends the raw offer with it; a key the API never issued is refused. */
    @Test
    default void ephemeralKeyCallsWithAMintedSecretOnly() {
        SessionCreator creator = creator();
        ClientSecretResponse secret = creator.createClientSecret(Samples.minimalRealtime());

        RealtimeCall call = creator.createCall(
                CallRequest.builder().sdp(SdpSamples.browserOffer()).ephemeralKey(secret.value()).build());

        assertThat(call.callId()).startsWith("rtc_");
        assertThat(sessions().calls().lastRequest().ephemeralKey()).isEqualTo(secret.value());
        AuthenticationException refused = Expect.thrownBy(AuthenticationException.class, () -> creator.createCall(
                CallRequest.builder().sdp(SdpSamples.browserOffer())
                        .ephemeralKey("ek_00000000000000000000000000000000").build()));
        assertThat(refused.status()).isEqualTo(401);
    }

    /** An offer without a media section is refused by the API with a 400 naming the offer. */
    @Test
    default void offerWithoutMediaIsRefused() {
        BadRequestException refused = Expect.thrownBy(BadRequestException.class,
                () -> creator().createCall(CallRequest.builder().sdp("v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\n").build()));

        assertThat(refused.errorParam()).isEqualTo("sdp");
        assertThat(sessions().activeCalls()).isEmpty();
    }

    /**
     * A real {@link CallSupervisor} with a short maximum duration hangs up the call it brokered, once.
     *
     * @throws InterruptedException if interrupted while waiting for the hangup
     */
    @Test
    default void supervisorHangsUpABrokeredCallAfterItsMaximumDuration() throws InterruptedException {
        CountDownLatch hungUp = new CountDownLatch(1);
        sessions().hangUps().answerNext(callId -> {
            Void answer = sessions().hangUps().defaultAnswer(callId);
            hungUp.countDown();
            return answer;
        });
        try (CallSupervisor supervisor = CallSupervisor.builder(creator()).maxDuration(Duration.ofMillis(200)).build()) {
            RealtimeCall call = supervisor.createCall(Samples.call());

            assertThat(supervisor.activeCalls()).contains(call.callId());
            assertThat(hungUp.await(10, TimeUnit.SECONDS)).as("hung up within 10 s of a 200 ms limit").isTrue();
            assertThat(sessions().hangUps().requests()).as("hung up once, the call it brokered")
                    .containsExactly(call.callId());
        }
    }
}
