package io.github.realtimesessions.spring.internal;

import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.JsonValue;
import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.spring.ClientSecretPolicy;
import io.github.realtimesessions.transport.core.internal.WireCodec;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code POST /realtime/client-secret}: the browser posts its wishes (a JSON object, or nothing), the
 * {@link ClientSecretPolicy} decides the request, the library mints it, and the browser gets OpenAI's answer exactly
 * as OpenAI sent it ({@code {"value":"ek_...","expires_at":...,"session":{...}}}), with {@code Cache-Control:
 * no-store}.
 */
public final class ClientSecretHandler {

    /** The largest JSON body accepted: 16 KiB (the browser's wishes, not a session configuration). */
    static final int MAX_BODY_BYTES = 16 * 1024;

    private final SessionCreator sessions;
    private final ClientSecretPolicy policy;
    private final EndpointSupport support;

    /**
     * Creates the handler.
     *
     * @param sessions mints the secrets
     * @param policy decides what is minted
     * @param support authentication, rate limit, bodies
     */
    public ClientSecretHandler(SessionCreator sessions, ClientSecretPolicy policy, EndpointSupport support) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.support = Objects.requireNonNull(support, "support");
    }

    /**
     * Handles one request.
     *
     * @param request the request
     * @return the answer
     */
    public ServerResponse handle(ServerRequest request) {
        try {
            EndpointSupport.Caller caller = support.caller(request);
            support.checkRate(caller);
            JsonObject wishes = wishes(EndpointSupport.body(request, MediaType.APPLICATION_JSON, MAX_BODY_BYTES));
            ClientSecretRequest mint = policy.clientSecretRequest(caller.principal(), wishes);
            if (mint == null) {
                throw new IllegalStateException("the ClientSecretPolicy returned null");
            }
            if (mint.safetyIdentifier() == null && caller.safetyIdentifier() != null) {
                mint = mint.toBuilder().safetyIdentifier(caller.safetyIdentifier()).build();
            }
            ClientSecretResponse minted = sessions.createClientSecret(mint);
            byte[] json = WireCodec.instance().encode(Schemas.CLIENT_SECRET_RESPONSE, minted);
            return ServerResponse.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(json);
        } catch (Exception e) {
            return ErrorAnswers.of(e, "minting a client secret");
        }
    }

    private static JsonObject wishes(byte[] body) {
        if (body.length == 0) {
            return JsonObject.empty();
        }
        JsonValue value;
        try {
            value = JsonValue.parse(new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new EndpointException(400, "invalid_json", "The body is not valid JSON.");
        }
        if (!(value instanceof JsonObject object)) {
            throw new EndpointException(400, "invalid_json", "The body must be a JSON object.");
        }
        return object;
    }
}
