package io.github.realtimesessions.transport.core.internal;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.transport.core.HttpHeaders;
import java.util.Map;
import java.util.Objects;

/**
 * The headers of every request: the credential's ({@code Authorization: Bearer} or {@code api-key}),
 * {@code Content-Type} and {@code Accept} of the endpoint, {@code User-Agent} (library, version, transport, Java),
 * {@code OpenAI-Organization} and {@code OpenAI-Project} when configured, {@code OpenAI-Safety-Identifier} when the
 * request has one, then the settings' and the call's extra headers. What does not change between calls is computed once
 * per creator, and a call with neither a safety identifier nor headers of its own reuses the headers of the last such
 * call when they are the same (one endpoint called with one credential: every call of a token-minting server).
 * Thread-safe. Not API.
 */
public final class RequestHeaders {

    private final String userAgent;
    private final String organization;
    private final String project;
    private final Map<String, String> extraHeaders;
    /** The headers of the last call without per-call headers; racing calls may each replace it, any is correct. */
    private volatile Reusable last;

    /** Headers that depend only on these four values (when the call adds none of its own). */
    private record Reusable(
            String credentialHeader, String credentialValue, String contentType, String accept, HttpHeaders headers) {

        boolean matches(String header, String value, String type, String acceptValue) {
            return credentialHeader.equals(header) && credentialValue.equals(value)
                    && Objects.equals(contentType, type) && accept.equals(acceptValue);
        }

        /** Never the credential's value. */
        @Override
        public String toString() {
            return "Reusable[" + headers + "]";
        }
    }

    /**
     * Creates the headers for the settings and transport.
     *
     * @param settings the client settings
     * @param transport the transport's name, e.g. {@code apache}
     */
    public RequestHeaders(ClientSettings settings, String transport) {
        this.userAgent = userAgent(transport, settings.userAgentSuffix());
        this.organization = settings.organization();
        this.project = settings.project();
        this.extraHeaders = settings.extraHeaders();
    }

    /**
     * Returns the {@code User-Agent}, e.g. {@code realtime-sessions-java/0.1.0 (transport=apache; java=17)}.
     *
     * @param transport the transport's name
     * @param suffix text to append, or {@code null}
     * @return the header value
     */
    public static String userAgent(String transport, String suffix) {
        String base = LibraryInfo.NAME + "/" + LibraryInfo.version() + " (transport=" + transport + "; java="
                + Runtime.version().feature() + ")";
        return suffix == null ? base : base + " " + suffix;
    }

    /**
     * Returns the headers of one call.
     *
     * @param credentialHeader the credential's header name
     * @param credentialValue its value
     * @param contentType the body's type, or {@code null} for no body
     * @param accept the {@code Accept} value
     * @param safetyIdentifier the {@code OpenAI-Safety-Identifier}, or {@code null}
     * @param options the call's options, with its extra headers
     * @return the headers in sending order
     */
    public HttpHeaders build(
            String credentialHeader,
            String credentialValue,
            String contentType,
            String accept,
            String safetyIdentifier,
            RequestOptions options) {
        boolean reusable = safetyIdentifier == null && options.extraHeaders().isEmpty();
        if (reusable) {
            Reusable cached = last;
            if (cached != null && cached.matches(credentialHeader, credentialValue, contentType, accept)) {
                return cached.headers;
            }
        }
        HttpHeaders.Builder headers = HttpHeaders.builder().add(credentialHeader, credentialValue);
        if (contentType != null) {
            headers.add("Content-Type", contentType);
        }
        headers.add("Accept", accept).add("User-Agent", userAgent);
        if (organization != null) {
            headers.add("OpenAI-Organization", organization);
        }
        if (project != null) {
            headers.add("OpenAI-Project", project);
        }
        if (safetyIdentifier != null) {
            headers.add("OpenAI-Safety-Identifier", safetyIdentifier);
        }
        Map<String, String> perCall = options.extraHeaders();
        for (Map.Entry<String, String> extra : extraHeaders.entrySet()) {
            if (!containsIgnoreCase(perCall, extra.getKey())) {
                headers.add(extra.getKey(), extra.getValue());
            }
        }
        perCall.forEach(headers::add);
        HttpHeaders built = headers.build();
        if (reusable) {
            last = new Reusable(credentialHeader, credentialValue, contentType, accept, built);
        }
        return built;
    }

    private static boolean containsIgnoreCase(Map<String, String> map, String name) {
        if (map.isEmpty()) {
            return false;
        }
        for (String key : map.keySet()) {
            if (key.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
