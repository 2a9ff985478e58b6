package io.github.realtimesessions.spring.internal;

import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.spring.PrincipalRateLimiter;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.http.MediaType;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * What both endpoints do before anything is sent to the API: find the caller, refuse anonymous callers unless
 * allowed, apply the rate limit, read a bounded body. Thread-safe.
 */
public final class EndpointSupport {

    /** A class of spring-security-web: its presence means the application can authenticate requests. */
    public static final String SPRING_SECURITY_CLASS = "org.springframework.security.web.SecurityFilterChain";

    private static final String SECURITY_CONTEXT_CLASS = "org.springframework.security.core.context.SecurityContextHolder";

    private final boolean allowAnonymous;
    private final PrincipalRateLimiter rateLimiter;
    private final SafetyIdentifiers safetyIdentifiers;
    private final boolean securityContext;

    /**
     * Creates the support.
     *
     * @param allowAnonymous whether requests without a principal are served
     * @param rateLimiter the limiter, or {@code null} for none
     * @param safetyIdentifiers derives the safety identifiers
     * @param classLoader the application's class loader
     */
    public EndpointSupport(
            boolean allowAnonymous,
            PrincipalRateLimiter rateLimiter,
            SafetyIdentifiers safetyIdentifiers,
            ClassLoader classLoader) {
        this.allowAnonymous = allowAnonymous;
        this.rateLimiter = rateLimiter;
        this.safetyIdentifiers = safetyIdentifiers;
        this.securityContext = ClassUtils.isPresent(SECURITY_CONTEXT_CLASS, classLoader);
    }

    /**
     * Refuses to start when the endpoints would serve anyone: no Spring Security to authenticate requests and
     * anonymous requests not explicitly allowed.
     *
     * @param allowAnonymous the {@code allow-anonymous} property
     * @param classLoader the application's class loader
     * @throws RealtimeSessionsConfigurationException if the endpoints would be open by accident
     */
    public static void checkAccess(boolean allowAnonymous, ClassLoader classLoader) {
        if (!allowAnonymous && !ClassUtils.isPresent(SPRING_SECURITY_CLASS, classLoader)) {
            throw new RealtimeSessionsConfigurationException(
                    "The Realtime Sessions endpoints are enabled, but Spring Security is not on the class path:"
                            + " anyone could mint client secrets and start calls on your account.",
                    "Add spring-boot-starter-security and require a login for the endpoints' paths, or, for a demo"
                            + " without users, set realtime.sessions.endpoint.allow-anonymous=true.",
                    null);
        }
    }

    /**
     * Returns who is calling.
     *
     * @param request the request
     * @return the caller
     * @throws EndpointException 401 when nobody is logged in and anonymous requests are not allowed
     */
    Caller caller(ServerRequest request) {
        Principal principal = principal(request);
        if (principal == null) {
            if (!allowAnonymous) {
                throw new EndpointException(401, "unauthenticated", "Log in to use this endpoint.");
            }
            return new Caller(null, "address:" + request.servletRequest().getRemoteAddr(), null);
        }
        String name = principal.getName();
        return new Caller(principal, "principal:" + name, safetyIdentifiers.identifierOf(name));
    }

    /**
     * Takes one request from the caller's budget.
     *
     * @param caller the caller
     * @throws EndpointException 429 with {@code Retry-After} when the budget is spent
     */
    void checkRate(Caller caller) {
        if (rateLimiter == null) {
            return;
        }
        PrincipalRateLimiter.Decision decision = rateLimiter.tryAcquire(caller.key());
        if (decision == null) {
            throw new IllegalStateException("the PrincipalRateLimiter returned null");
        }
        if (!decision.allowed()) {
            throw new EndpointException(429, "rate_limited",
                    "Too many requests. Try again in " + ErrorAnswers.seconds(decision.retryAfter()) + " s.",
                    decision.retryAfter(), List.of());
        }
    }

    /**
     * Reads the body, refusing one larger than a cap or of another media type.
     *
     * @param request the request
     * @param accepted the media type the body must have (when there is a body)
     * @param maxBytes the cap
     * @return the body, empty when there is none
     * @throws EndpointException 413, 415
     * @throws IOException if reading fails
     */
    static byte[] body(ServerRequest request, MediaType accepted, int maxBytes) throws IOException {
        OptionalLong length = request.headers().contentLength();
        if (length.isPresent() && length.getAsLong() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        byte[] body;
        try (InputStream in = request.servletRequest().getInputStream()) {
            body = in.readNBytes(maxBytes + 1);
        }
        if (body.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (body.length > 0) {
            MediaType type = request.headers().contentType().orElse(null);
            if (type == null || !accepted.isCompatibleWith(type) || type.isWildcardType() || type.isWildcardSubtype()) {
                throw new EndpointException(415, "unsupported_media_type", "Send the body as " + accepted + ".");
            }
        }
        return body;
    }

    /**
     * Returns the query parameters as a JSON object of strings (the first value of each).
     *
     * @param request the request
     * @return the object
     */
    static JsonObject parameters(ServerRequest request) {
        JsonObject.Builder parameters = JsonObject.builder();
        for (Map.Entry<String, List<String>> entry : request.params().entrySet()) {
            if (!entry.getValue().isEmpty() && entry.getValue().get(0) != null) {
                parameters.put(entry.getKey(), entry.getValue().get(0));
            }
        }
        return parameters.build();
    }

    private Principal principal(ServerRequest request) {
        Principal principal = request.principal().orElse(null);
        if (principal != null) {
            return securityContext && SpringSecurityPrincipals.isAnonymous(principal) ? null : principal;
        }
        return securityContext ? SpringSecurityPrincipals.current() : null;
    }

    private static EndpointException tooLarge(int maxBytes) {
        return new EndpointException(413, "payload_too_large", "The body must be at most " + maxBytes + " bytes.");
    }

    /** Names the configuration; never a key. */
    @Override
    public String toString() {
        return "EndpointSupport[allowAnonymous=" + allowAnonymous + ", rateLimiter=" + rateLimiter + ", "
                + safetyIdentifiers + "]";
    }

    /**
     * Who is calling.
     *
     * @param principal the authenticated principal, or {@code null} (anonymous, allowed)
     * @param key the rate limit and ownership key
     * @param safetyIdentifier the safety identifier, or {@code null}
     */
    record Caller(Principal principal, String key, String safetyIdentifier) {}
}
