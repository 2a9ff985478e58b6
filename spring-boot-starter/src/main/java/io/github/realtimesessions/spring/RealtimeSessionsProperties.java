package io.github.realtimesessions.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code realtime.sessions.*} properties: how the auto-configured
 * {@link io.github.realtimesessions.port.SessionCreator} reaches the Realtime API, and the opt-in endpoints the
 * starter serves.
 *
 * <p>The minimum is one credential: {@code realtime.sessions.api-key} for OpenAI, or
 * {@code realtime.sessions.azure.endpoint} with {@code realtime.sessions.azure.api-key} for Azure OpenAI (or, for
 * Microsoft Entra ID, the endpoint and a {@link io.github.realtimesessions.port.TokenSource} bean). Secrets
 * ({@code api-key}, {@code azure.api-key}, {@code safety-identifier.key}) are never logged, and the Actuator
 * {@code configprops} and {@code env} endpoints mask them even with {@code show-values=always}.
 */
@ConfigurationProperties(prefix = "realtime.sessions")
public class RealtimeSessionsProperties {

    /** OpenAI API key, sent as "Authorization: Bearer". Never logged; masked by the Actuator. */
    private String apiKey;

    /** Base URL of the Realtime REST API. Defaults to https://api.openai.com/v1 (or the Azure endpoint's /openai/v1). */
    private String baseUrl;

    /** Base URL of the WebRTC call endpoints, when a gateway brokers calls elsewhere than it mints tokens. */
    private String callsBaseUrl;

    /** Organization id, sent as OpenAI-Organization. */
    private String organization;

    /** Project id, sent as OpenAI-Project. */
    private String project;

    /** Time allowed to get a connection. */
    private Duration connectTimeout = Duration.ofSeconds(10);

    /** Time one attempt may take, from the first byte sent to the last byte of the answer. */
    private Duration responseTimeout = Duration.ofSeconds(60);

    /** Time a whole call may take, every retry and the waits between them included. */
    private Duration callTimeout = Duration.ofMinutes(2);

    /** How many times a failed call is retried (0 switches retries off). */
    private int maxRetries = 2;

    /**
     * Transport to use, by name ("apache" or "feign"). By default the one transport on the class path (the starter
     * brings "apache").
     */
    private String transport;

    private final Azure azure = new Azure();

    private final Session session = new Session();

    private final SafetyIdentifier safetyIdentifier = new SafetyIdentifier();

    private final Endpoint endpoint = new Endpoint();

    /**
     * Returns the OpenAI API key.
     *
     * @return the key, or {@code null}
     */
    public String getApiKey() {
        return apiKey;
    }

    /**
     * Sets the OpenAI API key.
     *
     * @param apiKey the key
     */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    /**
     * Returns the base URL.
     *
     * @return the URL, or {@code null} for the default
     */
    public String getBaseUrl() {
        return baseUrl;
    }

    /**
     * Sets the base URL.
     *
     * @param baseUrl the URL
     */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * Returns the base URL of the call endpoints.
     *
     * @return the URL, or {@code null} for the base URL
     */
    public String getCallsBaseUrl() {
        return callsBaseUrl;
    }

    /**
     * Sets the base URL of the call endpoints.
     *
     * @param callsBaseUrl the URL
     */
    public void setCallsBaseUrl(String callsBaseUrl) {
        this.callsBaseUrl = callsBaseUrl;
    }

    /**
     * Returns the organization id.
     *
     * @return the id, or {@code null}
     */
    public String getOrganization() {
        return organization;
    }

    /**
     * Sets the organization id.
     *
     * @param organization the id
     */
    public void setOrganization(String organization) {
        this.organization = organization;
    }

    /**
     * Returns the project id.
     *
     * @return the id, or {@code null}
     */
    public String getProject() {
        return project;
    }

    /**
     * Sets the project id.
     *
     * @param project the id
     */
    public void setProject(String project) {
        this.project = project;
    }

    /**
     * Returns the connect timeout.
     *
     * @return the timeout
     */
    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * Sets the connect timeout.
     *
     * @param connectTimeout the timeout
     */
    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /**
     * Returns the response timeout.
     *
     * @return the timeout
     */
    public Duration getResponseTimeout() {
        return responseTimeout;
    }

    /**
     * Sets the response timeout.
     *
     * @param responseTimeout the timeout
     */
    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    /**
     * Returns the call timeout.
     *
     * @return the timeout
     */
    public Duration getCallTimeout() {
        return callTimeout;
    }

    /**
     * Sets the call timeout.
     *
     * @param callTimeout the timeout
     */
    public void setCallTimeout(Duration callTimeout) {
        this.callTimeout = callTimeout;
    }

    /**
     * Returns how many times a failed call is retried.
     *
     * @return the number
     */
    public int getMaxRetries() {
        return maxRetries;
    }

    /**
     * Sets how many times a failed call is retried.
     *
     * @param maxRetries the number
     */
    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    /**
     * Returns the transport's name.
     *
     * @return the name, or {@code null} for the one on the class path
     */
    public String getTransport() {
        return transport;
    }

    /**
     * Sets the transport's name.
     *
     * @param transport the name
     */
    public void setTransport(String transport) {
        this.transport = transport;
    }

    /**
     * Returns the Azure OpenAI settings.
     *
     * @return the settings
     */
    public Azure getAzure() {
        return azure;
    }

    /**
     * Returns the session the default policy mints secrets and brokers calls for.
     *
     * @return the session settings
     */
    public Session getSession() {
        return session;
    }

    /**
     * Returns the safety identifier settings.
     *
     * @return the settings
     */
    public SafetyIdentifier getSafetyIdentifier() {
        return safetyIdentifier;
    }

    /**
     * Returns the endpoint settings.
     *
     * @return the settings
     */
    public Endpoint getEndpoint() {
        return endpoint;
    }

    /** Azure OpenAI (Microsoft Foundry): {@code realtime.sessions.azure.*}. */
    public static class Azure {

        /**
         * Resource endpoint, e.g. https://my-resource.openai.azure.com (or its full .../openai/v1 base URL). The
         * session's model is then your deployment's name.
         */
        private String endpoint;

        /** Azure OpenAI API key, sent as "api-key". Never logged; masked by the Actuator. */
        private String apiKey;

        /**
         * Returns the resource endpoint.
         *
         * @return the endpoint, or {@code null}
         */
        public String getEndpoint() {
            return endpoint;
        }

        /**
         * Sets the resource endpoint.
         *
         * @param endpoint the endpoint
         */
        public void setEndpoint(String endpoint) {
            this.endpoint = endpoint;
        }

        /**
         * Returns the Azure API key.
         *
         * @return the key, or {@code null}
         */
        public String getApiKey() {
            return apiKey;
        }

        /**
         * Sets the Azure API key.
         *
         * @param apiKey the key
         */
        public void setApiKey(String apiKey) {
            this.apiKey = apiKey;
        }
    }

    /**
     * The session of the default {@link ClientSecretPolicy} ({@code realtime.sessions.session.*}): every secret and
     * call gets exactly this, and the browser chooses nothing. Unset values are left to the API's defaults.
     */
    public static class Session {

        /** Realtime model, e.g. gpt-realtime (on Azure OpenAI: your deployment's name). */
        private String model;

        /** System instructions of the session. */
        private String instructions;

        /** Voice of the model's audio output, e.g. marin. */
        private String voice;

        /** Lifetime of a minted client secret, 10 s to 2 h (whole seconds). The API's default is 10 minutes. */
        private Duration expiresAfter;

        /**
         * Returns the model.
         *
         * @return the model, or {@code null}
         */
        public String getModel() {
            return model;
        }

        /**
         * Sets the model.
         *
         * @param model the model
         */
        public void setModel(String model) {
            this.model = model;
        }

        /**
         * Returns the instructions.
         *
         * @return the instructions, or {@code null}
         */
        public String getInstructions() {
            return instructions;
        }

        /**
         * Sets the instructions.
         *
         * @param instructions the instructions
         */
        public void setInstructions(String instructions) {
            this.instructions = instructions;
        }

        /**
         * Returns the voice.
         *
         * @return the voice, or {@code null}
         */
        public String getVoice() {
            return voice;
        }

        /**
         * Sets the voice.
         *
         * @param voice the voice
         */
        public void setVoice(String voice) {
            this.voice = voice;
        }

        /**
         * Returns the secret's lifetime.
         *
         * @return the lifetime, or {@code null} for the API's default
         */
        public Duration getExpiresAfter() {
            return expiresAfter;
        }

        /**
         * Sets the secret's lifetime.
         *
         * @param expiresAfter the lifetime
         */
        public void setExpiresAfter(Duration expiresAfter) {
            this.expiresAfter = expiresAfter;
        }
    }

    /** The OpenAI-Safety-Identifier sent for each end user ({@code realtime.sessions.safety-identifier.*}). */
    public static class SafetyIdentifier {

        /**
         * HMAC-SHA256 key, hex or base64, at least 16 bytes (e.g. the output of "openssl rand -hex 32"). The
         * identifier sent to OpenAI is the HMAC of the principal's name, never the name. Without a key no identifier
         * is sent. Never logged; masked by the Actuator.
         */
        private String key;

        /**
         * Returns the HMAC key.
         *
         * @return the key text, or {@code null}
         */
        public String getKey() {
            return key;
        }

        /**
         * Sets the HMAC key.
         *
         * @param key hex or base64 text
         */
        public void setKey(String key) {
            this.key = key;
        }
    }

    /** The opt-in HTTP endpoints ({@code realtime.sessions.endpoint.*}). */
    public static class Endpoint {

        /**
         * Whether the endpoints serve requests without an authenticated principal. Required (true) to start without
         * Spring Security on the class path; with Spring Security, anonymous requests are then accepted too.
         */
        private boolean allowAnonymous;

        private final ClientSecret clientSecret = new ClientSecret();

        private final Calls calls = new Calls();

        private final RateLimit rateLimit = new RateLimit();

        /**
         * Returns whether anonymous requests are served.
         *
         * @return {@code true} if they are
         */
        public boolean isAllowAnonymous() {
            return allowAnonymous;
        }

        /**
         * Sets whether anonymous requests are served.
         *
         * @param allowAnonymous {@code true} to serve them
         */
        public void setAllowAnonymous(boolean allowAnonymous) {
            this.allowAnonymous = allowAnonymous;
        }

        /**
         * Returns the token endpoint's settings.
         *
         * @return the settings
         */
        public ClientSecret getClientSecret() {
            return clientSecret;
        }

        /**
         * Returns the call broker's settings.
         *
         * @return the settings
         */
        public Calls getCalls() {
            return calls;
        }

        /**
         * Returns the rate limit's settings.
         *
         * @return the settings
         */
        public RateLimit getRateLimit() {
            return rateLimit;
        }
    }

    /** The token endpoint ({@code realtime.sessions.endpoint.client-secret.*}). */
    public static class ClientSecret {

        /** Whether to serve the token endpoint: POST {path} answers OpenAI's {value, expires_at, session} JSON. */
        private boolean enabled;

        /** Path of the token endpoint. */
        private String path = "/realtime/client-secret";

        /**
         * Returns whether the endpoint is served.
         *
         * @return {@code true} if it is
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether the endpoint is served.
         *
         * @param enabled {@code true} to serve it
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Returns the path.
         *
         * @return the path
         */
        public String getPath() {
            return path;
        }

        /**
         * Sets the path.
         *
         * @param path the path, starting with {@code /}
         */
        public void setPath(String path) {
            this.path = path;
        }
    }

    /** The WebRTC call broker ({@code realtime.sessions.endpoint.calls.*}). */
    public static class Calls {

        /**
         * Whether to serve the call broker: POST {path} takes the browser's SDP offer (application/sdp) and answers
         * OpenAI's SDP answer; POST {path}/{callId}/hangup ends a call.
         */
        private boolean enabled;

        /** Path of the call broker. */
        private String path = "/realtime/calls";

        /** Maximum length of a brokered call: the call supervisor hangs it up then. */
        private Duration maxDuration = Duration.ofMinutes(10);

        /** Whether the calls still running are hung up when the application shuts down. */
        private boolean hangUpOnShutdown = true;

        /**
         * Returns whether the broker is served.
         *
         * @return {@code true} if it is
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether the broker is served.
         *
         * @param enabled {@code true} to serve it
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Returns the path.
         *
         * @return the path
         */
        public String getPath() {
            return path;
        }

        /**
         * Sets the path.
         *
         * @param path the path, starting with {@code /}
         */
        public void setPath(String path) {
            this.path = path;
        }

        /**
         * Returns the maximum call length.
         *
         * @return the duration
         */
        public Duration getMaxDuration() {
            return maxDuration;
        }

        /**
         * Sets the maximum call length.
         *
         * @param maxDuration a positive duration
         */
        public void setMaxDuration(Duration maxDuration) {
            this.maxDuration = maxDuration;
        }

        /**
         * Returns whether running calls are hung up on shutdown.
         *
         * @return {@code true} if they are
         */
        public boolean isHangUpOnShutdown() {
            return hangUpOnShutdown;
        }

        /**
         * Sets whether running calls are hung up on shutdown.
         *
         * @param hangUpOnShutdown {@code true} to hang them up
         */
        public void setHangUpOnShutdown(boolean hangUpOnShutdown) {
            this.hangUpOnShutdown = hangUpOnShutdown;
        }
    }

    /**
     * The per-principal rate limit of the default {@link PrincipalRateLimiter}
     * ({@code realtime.sessions.endpoint.rate-limit.*}), shared by the token endpoint and the call broker.
     */
    public static class RateLimit {

        /** Whether requests are rate limited per principal. */
        private boolean enabled = true;

        /** Requests one principal may make per window. */
        private int maxRequests = 10;

        /** The sliding window the limit applies to. */
        private Duration window = Duration.ofMinutes(1);

        /**
         * Returns whether requests are rate limited.
         *
         * @return {@code true} if they are
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether requests are rate limited.
         *
         * @param enabled {@code true} to limit them
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Returns the requests allowed per window.
         *
         * @return the number
         */
        public int getMaxRequests() {
            return maxRequests;
        }

        /**
         * Sets the requests allowed per window.
         *
         * @param maxRequests at least 1
         */
        public void setMaxRequests(int maxRequests) {
            this.maxRequests = maxRequests;
        }

        /**
         * Returns the window.
         *
         * @return the window
         */
        public Duration getWindow() {
            return window;
        }

        /**
         * Sets the window.
         *
         * @param window a positive duration
         */
        public void setWindow(Duration window) {
            this.window = window;
        }
    }
}
