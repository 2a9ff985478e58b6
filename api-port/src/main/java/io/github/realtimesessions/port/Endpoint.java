package io.github.realtimesessions.port;

/**
 * The REST endpoints of the Realtime API this library calls, below the base URI ({@code https://api.openai.com/v1}).
 * Used as a low-cardinality name in logs, metrics and {@link io.github.realtimesessions.port.spi.RequestListener}
 * events.
 */
public enum Endpoint {

    /** {@code POST /realtime/client_secrets}: mint a secret for a realtime or a transcription session. */
    CLIENT_SECRETS("client_secrets", "/realtime/client_secrets"),

    /** {@code POST /realtime/translations/client_secrets}: mint a secret for a translation session. */
    TRANSLATION_CLIENT_SECRETS("translation_client_secrets", "/realtime/translations/client_secrets"),

    /** {@code POST /realtime/calls}: exchange a WebRTC SDP offer for an answer. */
    CALLS("calls", "/realtime/calls"),

    /** {@code POST /realtime/calls/{call_id}/hangup}: end a call. */
    HANGUP("hangup", "/realtime/calls/{call_id}/hangup"),

    /** {@code POST /realtime/sessions}: the beta endpoint OpenAI removed on 2026-05-12. */
    SESSIONS("sessions", "/realtime/sessions");

    private final String tag;
    private final String pathTemplate;

    Endpoint(String tag, String pathTemplate) {
        this.tag = tag;
        this.pathTemplate = pathTemplate;
    }

    /**
     * Returns the HTTP method; every endpoint is a {@code POST}.
     *
     * @return {@code POST}
     */
    public String method() {
        return "POST";
    }

    /**
     * Returns the path below the base URI, with {@code {call_id}} where the call id goes.
     *
     * @return e.g. {@code /realtime/calls/{call_id}/hangup}
     */
    public String pathTemplate() {
        return pathTemplate;
    }

    /**
     * Returns a short name for logs and metrics.
     *
     * @return e.g. {@code client_secrets}
     */
    public String tag() {
        return tag;
    }

    /** Returns {@code POST <path template>}. */
    @Override
    public String toString() {
        return "POST " + pathTemplate;
    }
}
