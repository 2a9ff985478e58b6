package io.github.realtimesessions.spring;

import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import java.security.Principal;

/**
 * Decides the session of a call the call broker creates. The browser's body is its SDP offer, so its wishes, if any,
 * come as query parameters ({@code POST /realtime/calls?voice=cedar}), handed over as a JSON object of strings (the
 * first value of each parameter).
 *
 * <p>Without a bean of this type, the call broker asks the {@link ClientSecretPolicy} (yours or the default) with the
 * same principal and that object, and uses the session of the request it returns: one policy then governs both
 * endpoints. What a policy throws is answered as {@link ClientSecretPolicy} describes.
 */
@FunctionalInterface
public interface CallPolicy {

    /**
     * Returns the session of a call for this principal.
     *
     * @param principal the authenticated principal, or {@code null} when anonymous requests are allowed and nobody
     *     is logged in
     * @param parameters the request's query parameters, as strings
     * @return the session, or {@code null} for the API's defaults
     * @throws io.github.realtimesessions.model.InvalidRequestException if the browser asked for something invalid
     */
    RealtimeSessionConfig session(Principal principal, JsonObject parameters);
}
