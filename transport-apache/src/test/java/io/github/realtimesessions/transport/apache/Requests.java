package io.github.realtimesessions.transport.apache;

import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.RealtimeSessionConfig;

/** The requests the transport's own tests send: what they are about is the transport, not the request. */
final class Requests {

    private Requests() {}

    /** The smallest realtime client secret request. */
    static ClientSecretRequest minimal() {
        return ClientSecretRequest.builder().session(RealtimeSessionConfig.builder().build()).build();
    }

    /** A request whose instructions the answer echoes, to tell the answers of concurrent calls apart. */
    static ClientSecretRequest withInstructions(String instructions) {
        return ClientSecretRequest.builder()
                .session(RealtimeSessionConfig.builder().instructions(instructions).build())
                .build();
    }
}
