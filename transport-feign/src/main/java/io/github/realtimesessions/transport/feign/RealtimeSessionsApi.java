package io.github.realtimesessions.transport.feign;

import feign.RequestLine;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.transport.core.SessionEndpoint;
import java.io.IOException;

/**
 * The Feign interface of {@code POST <baseUri>/realtime/sessions}. It takes the request already encoded by
 * {@link io.github.realtimesessions.transport.core.SessionCall}, so the body is encoded once per call, and it declares
 * {@link IOException} so that an I/O failure can surface unchanged whatever Feign's propagation policy.
 */
interface RealtimeSessionsApi {

    /**
     * Creates a session.
     *
     * @param body the request as JSON, written by {@code SessionJsonCodec}
     * @return the session, read by {@code SessionResponseReader}
     * @throws IOException if no complete answer arrived
     */
    @RequestLine(SessionEndpoint.METHOD + " " + SessionEndpoint.PATH)
    RealtimeSessionCreateResponse createSession(byte[] body) throws IOException;
}
