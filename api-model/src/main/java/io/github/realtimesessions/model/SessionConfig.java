package io.github.realtimesessions.model;

/**
 * The session a client secret is minted for (JSON {@code session} of {@code POST /v1/realtime/client_secrets}): a
 * {@link RealtimeSessionConfig} or a {@link TranscriptionSessionConfig}, told apart on the wire by {@code type}.
 */
public sealed interface SessionConfig permits RealtimeSessionConfig, TranscriptionSessionConfig {

    /**
     * Returns the session type, as on the wire.
     *
     * @return {@code realtime} or {@code transcription}
     */
    String type();
}
