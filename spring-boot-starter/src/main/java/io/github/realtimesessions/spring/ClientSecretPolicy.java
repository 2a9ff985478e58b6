package io.github.realtimesessions.spring;

import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.JsonObject;
import java.security.Principal;
import java.util.Objects;

/**
 * Decides what the token endpoint mints for a request: the server-side session policy. The endpoint calls it with the
 * authenticated principal and the JSON object the browser posted, and mints exactly the {@link ClientSecretRequest}
 * it returns. The browser's JSON is a wish list, never the request itself: copy from it only what this principal may
 * choose, and check it.
 *
 * <pre>{@code
 * @Bean
 * ClientSecretPolicy clientSecretPolicy() {
 *     return (principal, body) -> {
 *         String voice = body.has("voice") ? body.get("voice").asString() : "marin";
 *         if (!List.of("marin", "cedar").contains(voice)) {
 *             throw new InvalidRequestException(List.of(new Violation("voice", "must be marin or cedar", null)));
 *         }
 *         return ClientSecretRequest.builder()
 *                 .expiresAfter(Duration.ofMinutes(2))
 *                 .session(RealtimeSessionConfig.builder()
 *                         .model(RealtimeModel.GPT_REALTIME)
 *                         .instructions("You help " + principal.getName() + " with their orders.")
 *                         .voice(Voice.of(voice))
 *                         .build())
 *                 .build();
 *     };
 * }
 * }</pre>
 *
 * <p>What the policy throws becomes the endpoint's answer: an
 * {@link io.github.realtimesessions.model.InvalidRequestException} (which every model builder throws for a broken
 * rule) a {@code 400} listing the violations' fields and rules; a
 * {@link org.springframework.web.server.ResponseStatusException} its status and reason (e.g. {@code 403} for a
 * principal who may not talk to the model); anything else a {@code 500} that says nothing more. The endpoint sets the
 * request's safety identifier unless the policy did. A bean of this type replaces the default, which mints the
 * {@code realtime.sessions.session.*} properties' session and lets the browser choose nothing.
 */
@FunctionalInterface
public interface ClientSecretPolicy {

    /**
     * Returns the request to mint for this principal.
     *
     * @param principal the authenticated principal, or {@code null} when the endpoint allows anonymous requests and
     *     nobody is logged in
     * @param body the JSON object the browser posted; empty when it posted nothing
     * @return the request to mint, not {@code null}
     * @throws io.github.realtimesessions.model.InvalidRequestException if the browser asked for something invalid
     */
    ClientSecretRequest clientSecretRequest(Principal principal, JsonObject body);

    /**
     * Returns a policy that mints the same request for everyone, whatever the browser asks for.
     *
     * @param request the request
     * @return the policy
     */
    static ClientSecretPolicy fixed(ClientSecretRequest request) {
        Objects.requireNonNull(request, "request");
        return (principal, body) -> request;
    }
}
