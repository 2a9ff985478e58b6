package io.github.realtimesessions.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.port.NotFoundException;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Wire: WebRTC calls brokered over HTTP: the answer's {@code Location}, and a separate base URI for calls. */
public interface WireCalls extends ContractSupport {

    /** The call id is the last segment of {@code Location}, which names the call below the server's base path. */
    @Test
    default void callIdComesFromLocation() {
        SessionCreator creator = creator();

        RealtimeCall call = creator.createCall(Samples.call());
        creator.hangUp(call.callId());

        assertThat(call.location()).isEqualTo(server().baseUri().getPath() + "/realtime/calls/" + call.callId());
        assertThat(call.metadata().header("location")).isEqualTo(call.location());
        assertThat(call.metadata().header("content-type")).startsWith("application/sdp");
        server().takeRequest();
        RecordedRequest hangUp = server().takeRequest();
        assertThat(hangUp.path()).endsWith("/realtime/calls/" + call.callId() + "/hangup");
        Expect.thrownBy(NotFoundException.class, () -> creator.hangUp(call.callId()));
    }

    /** Calls can be brokered at another address than secrets are minted (a gateway). */
    @Test
    default void callsGoToTheirOwnBaseUriWhenSet() {
        FakeRealtimeServer broker = startServer(sessions());
        SessionCreator creator = creator(settings().callsBaseUri(broker.baseUri()).build());

        creator.createClientSecret(Samples.minimalRealtime());
        RealtimeCall call = creator.createCall(Samples.call());
        creator.hangUp(call.callId());

        assertThat(server().requests()).extracting(RecordedRequest::path)
                .containsExactly(server().baseUri().getPath() + "/realtime/client_secrets");
        assertThat(broker.requests()).extracting(RecordedRequest::path).containsExactly(
                broker.baseUri().getPath() + "/realtime/calls",
                broker.baseUri().getPath() + "/realtime/calls/" + call.callId() + "/hangup");
    }
}
