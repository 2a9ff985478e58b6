package io.github.realtimesessions.docs.examples;

// snippet:call-broker
import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.port.CallSupervisor;
import io.github.realtimesessions.port.SessionCreator;
import java.time.Duration;

/** Exchanges a browser's SDP offer for OpenAI's answer; no token ever reaches the browser. */
public final class CallBroker implements AutoCloseable {

    private final CallSupervisor supervisor;

    // snippet:call-broker-core
    public CallBroker(SessionCreator sessions) {
        this.supervisor = CallSupervisor.builder(sessions)
                .maxDuration(Duration.ofMinutes(10))   // every call is hung up after ten minutes
                .build();
    }

    /** POST /v1/realtime/calls with the offer; the call is supervised from now on. */
    public RealtimeCall answer(String sdpOffer) {
        RealtimeSessionConfig session = RealtimeSessionConfig.builder()
                .model(RealtimeModel.GPT_REALTIME)
                .voice(Voice.CEDAR)
                .build();
        return supervisor.createCall(CallRequest.of(sdpOffer, session));
    }
    // end:call-broker-core

    /** The user pressed "hang up": POST /v1/realtime/calls/{id}/hangup in the background; false if already over. */
    public boolean hangUp(String callId) {
        return supervisor.hangUp(callId);
    }

    /** At shutdown: hangs up every call still running (each once), then stops the supervisor's timer. */
    @Override
    public void close() {
        supervisor.close(true);
    }
}
// end:call-broker
