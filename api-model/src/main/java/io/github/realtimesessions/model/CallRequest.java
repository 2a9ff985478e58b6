package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.model.internal.Violations;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The request of {@code POST /v1/realtime/calls}: the browser's WebRTC SDP offer, and the session to run, exchanged
 * by your server for the SDP answer, so that no ephemeral key ever reaches the browser.
 *
 * <p>Sent as {@code multipart/form-data} (an {@code sdp} part of type {@code application/sdp}, kept byte for byte, and
 * a {@code session} part of type {@code application/json}) with your own credential. With
 * {@link Builder#ephemeralKey(String)} it is sent instead as the raw SDP ({@code application/sdp}), authorized by an
 * ephemeral key minted earlier; the session then comes from that key and {@code session} must not be set.
 *
 * <p>Validated on {@link Builder#build()}: the offer is text that starts like an SDP offer ({@code v=0}), at most
 * {@value #MAX_SDP_BYTES} bytes of UTF-8. {@link #toString()} never shows the ephemeral key.
 */
public final class CallRequest {

    /** The largest SDP offer accepted, in bytes of UTF-8: 128 KiB (a browser's offer is a few kilobytes). */
    public static final int MAX_SDP_BYTES = 128 * 1024;

    private final String sdp;
    private final RealtimeSessionConfig session;
    private final String safetyIdentifier;
    private final String ephemeralKey;

    private CallRequest(Builder builder) {
        this.sdp = builder.sdp;
        this.session = builder.session;
        this.safetyIdentifier = builder.safetyIdentifier;
        this.ephemeralKey = builder.ephemeralKey;
        Violations violations = new Violations();
        checkOffer(sdp, violations);
        Schemas.checkSafetyIdentifier(safetyIdentifier, violations);
        if (ephemeralKey != null) {
            if (ephemeralKey.isBlank() || !ephemeralKey.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
                violations.add("ephemeral key", "must be visible ASCII, not blank", null);
            }
            if (session != null) {
                violations.add("session", "must not be set with an ephemeral key: the key carries the session", null);
            }
        }
        violations.throwIfAny("call request");
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a request for an offer and a session, sent with your own credential.
     *
     * @param sdp the SDP offer, byte for byte as the browser made it
     * @param session the session to run, or {@code null} for the API's defaults
     * @return the request
     */
    public static CallRequest of(String sdp, RealtimeSessionConfig session) {
        return builder().sdp(sdp).session(session).build();
    }

    /**
     * Returns a builder holding this request.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return builder().sdp(sdp).session(session).safetyIdentifier(safetyIdentifier).ephemeralKey(ephemeralKey);
    }

    /**
     * Returns the SDP offer, exactly as given (CRLF line ends included).
     *
     * @return the offer
     */
    public String sdp() {
        return sdp;
    }

    /**
     * Returns the session to run (the {@code session} part).
     *
     * @return the session, or {@code null} for the API's defaults
     */
    public RealtimeSessionConfig session() {
        return session;
    }

    /**
     * Returns the {@code OpenAI-Safety-Identifier} header sent with this call.
     *
     * @return the identifier, or {@code null}
     */
    public String safetyIdentifier() {
        return safetyIdentifier;
    }

    /**
     * Returns the ephemeral key that authorizes a raw-SDP call. Never log it.
     *
     * @return the key, or {@code null} for a multipart call with your own credential
     */
    public String ephemeralKey() {
        return ephemeralKey;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CallRequest that
                && sdp.equals(that.sdp)
                && Objects.equals(session, that.session)
                && Objects.equals(safetyIdentifier, that.safetyIdentifier)
                && Objects.equals(ephemeralKey, that.ephemeralKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sdp, session, safetyIdentifier, ephemeralKey);
    }

    /** Describes the request: the offer's size, the session; never the ephemeral key. */
    @Override
    public String toString() {
        return "CallRequest[sdp=" + sdp.length() + " chars, session=" + session
                + (safetyIdentifier == null ? "" : ", safetyIdentifier=" + safetyIdentifier)
                + (ephemeralKey == null ? "" : ", ephemeralKey=<redacted>") + "]";
    }

    private static void checkOffer(String sdp, Violations violations) {
        if (sdp == null) {
            violations.add("sdp", "is required", null);
            return;
        }
        if (sdp.isBlank()) {
            violations.add("sdp", "must not be empty", null);
            return;
        }
        if (!sdp.startsWith("v=0")) {
            violations.add("sdp", "must be an SDP offer, starting with \"v=0\"",
                    "text starting with \"" + printable(sdp.substring(0, Math.min(12, sdp.length()))) + "\"");
        }
        int bytes = sdp.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_SDP_BYTES) {
            violations.add("sdp", "must be at most " + MAX_SDP_BYTES + " bytes", bytes + " bytes");
        }
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    /** Builds a {@link CallRequest}. Not thread-safe. */
    public static final class Builder {

        private String sdp;
        private RealtimeSessionConfig session;
        private String safetyIdentifier;
        private String ephemeralKey;

        private Builder() {}

        /**
         * Sets the SDP offer, as the browser's {@code RTCPeerConnection.createOffer()} made it. Pass it through
         * unchanged: SDP lines end in CRLF, and re-encoding or trimming breaks it.
         *
         * @param sdp the offer
         * @return this builder
         */
        public Builder sdp(String sdp) {
            this.sdp = sdp;
            return this;
        }

        /**
         * Sets the session to run.
         *
         * @param session the session, or {@code null} for the API's defaults
         * @return this builder
         */
        public Builder session(RealtimeSessionConfig session) {
            this.session = session;
            return this;
        }

        /**
         * Sets the {@code OpenAI-Safety-Identifier} header of this call: a hash of the end user's id.
         *
         * @param safetyIdentifier printable ASCII, not blank, at most 512 characters; {@code null} for none
         * @return this builder
         */
        public Builder safetyIdentifier(String safetyIdentifier) {
            this.safetyIdentifier = safetyIdentifier;
            return this;
        }

        /**
         * Sends the offer as raw SDP authorized by an ephemeral key instead of your credential, for a caller that
         * holds one (the session comes from the key).
         *
         * @param ephemeralKey the key ({@code ek_...}), or {@code null} for a multipart call
         * @return this builder
         */
        public Builder ephemeralKey(String ephemeralKey) {
            this.ephemeralKey = ephemeralKey;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws InvalidRequestException if the offer is missing, not an SDP offer or too large, or another part is
         *     invalid
         */
        public CallRequest build() {
            return new CallRequest(this);
        }
    }
}
