package io.github.realtimesessions.model;

import java.util.Objects;

/**
 * A WebRTC call the API accepted ({@code 201 Created} of {@code POST /v1/realtime/calls}): the SDP answer to apply in
 * the browser with {@code setRemoteDescription}, and the call's id, taken from the {@code Location} header, for
 * {@code hangUp} and for a monitoring WebSocket ({@code wss://.../v1/realtime?call_id=...}).
 *
 * @param callId the call id, e.g. {@code rtc_...}
 * @param sdpAnswer the SDP answer, exactly as the API sent it
 * @param location the {@code Location} header, e.g. {@code /v1/realtime/calls/rtc_...}
 * @param metadata what the HTTP answer said besides its body; not part of {@code equals}
 */
public record RealtimeCall(String callId, String sdpAnswer, String location, ResponseMetadata metadata) {

    /**
     * Creates a call.
     *
     * @throws NullPointerException if a component is {@code null}
     */
    public RealtimeCall {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(sdpAnswer, "sdpAnswer");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(metadata, "metadata");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RealtimeCall that
                && callId.equals(that.callId)
                && sdpAnswer.equals(that.sdpAnswer)
                && location.equals(that.location);
    }

    @Override
    public int hashCode() {
        return Objects.hash(callId, sdpAnswer, location);
    }

    /** Names the call; the SDP answer is summarised by its size. */
    @Override
    public String toString() {
        return "RealtimeCall[callId=" + callId + ", sdpAnswer=" + sdpAnswer.length() + " chars, location=" + location
                + "]";
    }
}
