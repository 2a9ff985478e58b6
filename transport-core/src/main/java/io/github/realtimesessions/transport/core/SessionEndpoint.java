package io.github.realtimesessions.transport.core;

import io.github.realtimesessions.port.ClientSettings;
import java.net.URI;

/** Where a session is created: {@code POST <baseUri>/realtime/sessions}. */
public final class SessionEndpoint {

    /** The HTTP method. */
    public static final String METHOD = "POST";

    /** The path below the base URI. */
    public static final String PATH = "/realtime/sessions";

    private SessionEndpoint() {}

    /**
     * Returns the endpoint's URI for the settings' base URI.
     *
     * @param settings the client settings
     * @return {@code <baseUri>/realtime/sessions}
     */
    public static URI uri(ClientSettings settings) {
        return URI.create(settings.baseUri() + PATH);
    }
}
