package io.github.realtimesessions.port;

import io.github.realtimesessions.port.internal.HeaderRules;
import io.github.realtimesessions.port.internal.MessageText;
import io.github.realtimesessions.port.spi.RequestListener;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Transport-neutral settings of a {@link SessionCreator}: where to send requests, how to authorize them, how long to
 * wait and how to retry. Immutable and thread-safe; {@link #toString()} never shows a credential.
 *
 * <p>For OpenAI: {@code ClientSettings.builder().apiKey(key).build()}, or {@link #fromEnvironment()}. For Azure OpenAI:
 * {@code ClientSettings.builder().azureEndpoint("https://my-resource.openai.azure.com").credential(...)}, where the
 * session's {@code model} is your deployment's name.
 *
 * <h2>Timeouts</h2>
 * <ul>
 *   <li>{@link #connectTimeout()} (default 10 s): to get a connection, the wait for a pooled one included;</li>
 *   <li>{@link #responseTimeout()} (default 60 s): one attempt, from the first byte sent to the last byte of the
 *       answer, however slowly the server trickles it; also the socket read timeout;</li>
 *   <li>{@link #callTimeout()} (default 2 min): the whole call, every retry and every wait between them included.</li>
 * </ul>
 * Each is enforced by aborting the exchange, on every transport, and ends the call with an
 * {@link ApiTimeoutException}. A call therefore lasts at most
 * {@code min(callTimeout, (maxRetries + 1) * (connectTimeout + responseTimeout) + the waits between attempts)}, plus
 * the library's watchdog granularity (50 ms).
 *
 * <p>Knobs that only one HTTP stack has (connection pools, Feign builders) live on that transport's builder instead.
 * Plain {@code http://} is refused for any host other than the loopback interface, because the credential would travel
 * in clear text: set {@link Builder#allowInsecureHttp(boolean)} to accept it anyway.
 */
public final class ClientSettings {

    /** The OpenAI API's base URI. */
    public static final URI DEFAULT_BASE_URI = URI.create("https://api.openai.com/v1");

    /** The default time to get a connection: 10 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** The default time one attempt may take, from sending to the last byte of the answer: 60 seconds. */
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(60);

    /** The default time a whole call may take, retries and waits included: 2 minutes. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);

    /** The default cap on a response body: 4 MiB. A client secret answer is about 1.2 KB. */
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

    /** The default cap on a request body: 1 MiB. A request with long instructions and many tools is tens of KB. */
    public static final int DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;

    /** The environment variable holding the OpenAI API key. */
    public static final String ENV_API_KEY = "OPENAI_API_KEY";

    /** The environment variable holding the OpenAI base URI. */
    public static final String ENV_BASE_URL = "OPENAI_BASE_URL";

    /** The environment variable holding the organization id. */
    public static final String ENV_ORG_ID = "OPENAI_ORG_ID";

    /** The environment variable holding the project id. */
    public static final String ENV_PROJECT_ID = "OPENAI_PROJECT_ID";

    /** The environment variable holding the Azure OpenAI resource endpoint. */
    public static final String ENV_AZURE_ENDPOINT = "AZURE_OPENAI_ENDPOINT";

    /** The environment variable holding the Azure OpenAI API key. */
    public static final String ENV_AZURE_API_KEY = "AZURE_OPENAI_API_KEY";

    /** A dotted-quad address in 127.0.0.0/8, the IPv4 loopback network. */
    private static final Pattern IPV4_LOOPBACK =
            Pattern.compile("127(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");

    private final URI baseUri;
    private final URI callsBaseUri;
    private final Credential credential;
    private final boolean azure;
    private final String organization;
    private final String project;
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final Duration callTimeout;
    private final RetryPolicy retryPolicy;
    private final String userAgentSuffix;
    private final Map<String, String> extraHeaders;
    private final boolean allowInsecureHttp;
    private final int maxResponseBytes;
    private final int maxRequestBytes;
    private final RequestListener listener;

    private ClientSettings(Builder builder) {
        if (builder.credential == null) {
            throw new IllegalStateException("no credential: set apiKey(...) or credential(...), or the environment"
                    + " variable " + ENV_API_KEY + " (OpenAI) or " + ENV_AZURE_API_KEY + " (Azure OpenAI)");
        }
        this.credential = builder.credential;
        this.azure = builder.azure;
        this.allowInsecureHttp = builder.allowInsecureHttp;
        this.baseUri = checkBaseUri(
                Objects.requireNonNull(builder.baseUri, "baseUri must not be null"), "baseUri", allowInsecureHttp);
        this.callsBaseUri = builder.callsBaseUri == null
                ? null
                : checkBaseUri(builder.callsBaseUri, "callsBaseUri", allowInsecureHttp);
        this.organization = headerValue(blankToNull(builder.organization), "organization");
        this.project = headerValue(blankToNull(builder.project), "project");
        this.connectTimeout = positive(builder.connectTimeout, "connectTimeout");
        this.responseTimeout = positive(builder.responseTimeout, "responseTimeout");
        this.callTimeout = positive(builder.callTimeout, "callTimeout");
        this.retryPolicy = Objects.requireNonNull(builder.retryPolicy, "retryPolicy must not be null");
        this.userAgentSuffix = headerValue(blankToNull(builder.userAgentSuffix), "userAgentSuffix");
        this.extraHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(builder.extraHeaders));
        if (builder.maxResponseBytes < 1024) {
            throw new IllegalArgumentException(
                    "maxResponseBytes must be at least 1024 (was " + builder.maxResponseBytes + ")");
        }
        if (builder.maxRequestBytes < 1024) {
            throw new IllegalArgumentException(
                    "maxRequestBytes must be at least 1024 (was " + builder.maxRequestBytes + ")");
        }
        this.maxResponseBytes = builder.maxResponseBytes;
        this.maxRequestBytes = builder.maxRequestBytes;
        this.listener = Objects.requireNonNull(builder.listener, "listener must not be null");
    }

    /**
     * Returns an empty builder; only the credential is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns settings read from the process environment, as the official SDKs read it: either {@code OPENAI_API_KEY}
     * (with the optional {@code OPENAI_BASE_URL}, {@code OPENAI_ORG_ID}, {@code OPENAI_PROJECT_ID}), or
     * {@code AZURE_OPENAI_ENDPOINT} with {@code AZURE_OPENAI_API_KEY}.
     *
     * @return the settings
     * @throws IllegalStateException if neither or both are configured
     * @throws IllegalArgumentException if a variable holds an invalid value (the message names the variable and never
     *     repeats a secret)
     */
    public static ClientSettings fromEnvironment() {
        return builderFromEnvironment(System::getenv).build();
    }

    /**
     * Returns a builder pre-filled from environment variables, to adjust before building.
     *
     * @param environment looks up a variable by name; returns {@code null} when unset (e.g. {@code System::getenv})
     * @return a new builder
     * @throws IllegalStateException if neither OpenAI nor Azure OpenAI is configured, or both are
     * @throws IllegalArgumentException if a variable holds an invalid value
     */
    public static Builder builderFromEnvironment(Function<String, String> environment) {
        Objects.requireNonNull(environment, "environment");
        String apiKey = blankToNull(environment.apply(ENV_API_KEY));
        String azureEndpoint = blankToNull(environment.apply(ENV_AZURE_ENDPOINT));
        String azureKey = blankToNull(environment.apply(ENV_AZURE_API_KEY));
        boolean openAi = apiKey != null;
        boolean azure = azureEndpoint != null || azureKey != null;
        if (openAi && azure) {
            throw new IllegalStateException("both OpenAI (" + ENV_API_KEY + ") and Azure OpenAI (" + ENV_AZURE_ENDPOINT
                    + "/" + ENV_AZURE_API_KEY + ") are configured in the environment: unset one of them");
        }
        if (!openAi && !azure) {
            throw new IllegalStateException("no credential in the environment: set " + ENV_API_KEY + " for OpenAI, or "
                    + ENV_AZURE_ENDPOINT + " and " + ENV_AZURE_API_KEY + " for Azure OpenAI");
        }
        Builder builder = builder();
        if (azure) {
            if (azureEndpoint == null) {
                throw new IllegalStateException(ENV_AZURE_API_KEY + " is set but " + ENV_AZURE_ENDPOINT
                        + " is not: set it to your resource's endpoint, e.g. https://my-resource.openai.azure.com");
            }
            try {
                builder.azureEndpoint(azureEndpoint);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(ENV_AZURE_ENDPOINT + " is not usable: " + e.getMessage(), e);
            }
            if (azureKey != null) {
                builder.credential(namedCredential(() -> Credential.azureApiKey(azureKey), ENV_AZURE_API_KEY));
            }
        } else {
            builder.credential(namedCredential(() -> Credential.apiKey(apiKey), ENV_API_KEY));
            String baseUrl = blankToNull(environment.apply(ENV_BASE_URL));
            if (baseUrl != null) {
                URI uri;
                try {
                    uri = parseUri(baseUrl, ENV_BASE_URL);
                    // Plain http is judged when the settings are built, once allowInsecureHttp is known.
                    checkBaseUri(uri, ENV_BASE_URL, true);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
                builder.baseUri(uri);
            }
        }
        return builder.organization(environment.apply(ENV_ORG_ID)).project(environment.apply(ENV_PROJECT_ID));
    }

    private static Credential namedCredential(java.util.function.Supplier<Credential> make, String variable) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("environment variable " + variable + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns a builder holding these settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder()
                .baseUri(baseUri)
                .callsBaseUri(callsBaseUri)
                .credential(credential)
                .organization(organization)
                .project(project)
                .connectTimeout(connectTimeout)
                .responseTimeout(responseTimeout)
                .callTimeout(callTimeout)
                .retryPolicy(retryPolicy)
                .userAgentSuffix(userAgentSuffix)
                .allowInsecureHttp(allowInsecureHttp)
                .maxResponseBytes(maxResponseBytes)
                .maxRequestBytes(maxRequestBytes)
                .listener(listener);
        builder.azure = azure;
        builder.extraHeaders.putAll(extraHeaders);
        return builder;
    }

    /**
     * Returns the base URI; a client secret is minted at {@code <baseUri>/realtime/client_secrets}.
     *
     * @return the base URI, without a trailing slash
     */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * Returns the base URI of the WebRTC call endpoints ({@code <callsBaseUri>/realtime/calls}), for a gateway that
     * mints tokens at one address and brokers calls at another.
     *
     * @return the calls base URI; {@link #baseUri()} unless set
     */
    public URI callsBaseUri() {
        return callsBaseUri == null ? baseUri : callsBaseUri;
    }

    /**
     * Returns the credential requests are authorized with. Never log it.
     *
     * @return the credential
     */
    public Credential credential() {
        return credential;
    }

    /**
     * Tells whether these settings were made for an Azure OpenAI resource ({@link Builder#azureEndpoint(String)}).
     *
     * @return {@code true} for Azure OpenAI
     */
    public boolean isAzure() {
        return azure;
    }

    /**
     * Returns the organization id sent as {@code OpenAI-Organization}.
     *
     * @return the organization id, or {@code null}
     */
    public String organization() {
        return organization;
    }

    /**
     * Returns the project id sent as {@code OpenAI-Project}.
     *
     * @return the project id, or {@code null}
     */
    public String project() {
        return project;
    }

    /**
     * Returns the time allowed to get a connection, the wait for a pooled one included.
     *
     * @return the connect timeout
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * Returns the time one attempt may take, from the first byte sent to the last byte of the answer.
     *
     * @return the response timeout
     */
    public Duration responseTimeout() {
        return responseTimeout;
    }

    /**
     * Returns the time a whole call may take, every retry and the waits between them included.
     *
     * @return the call timeout
     */
    public Duration callTimeout() {
        return callTimeout;
    }

    /**
     * Returns the retry policy.
     *
     * @return the policy
     */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /**
     * Returns how many times a failed call is retried.
     *
     * @return {@code retryPolicy().maxRetries()}
     */
    public int maxRetries() {
        return retryPolicy.maxRetries();
    }

    /**
     * Returns the text appended to the library's {@code User-Agent}.
     *
     * @return the suffix, or {@code null}
     */
    public String userAgentSuffix() {
        return userAgentSuffix;
    }

    /**
     * Returns the extra headers sent with every request, in insertion order.
     *
     * @return an unmodifiable map
     */
    public Map<String, String> extraHeaders() {
        return extraHeaders;
    }

    /**
     * Tells whether plain {@code http://} to a non-loopback host is accepted.
     *
     * @return {@code true} when explicitly allowed
     */
    public boolean allowInsecureHttp() {
        return allowInsecureHttp;
    }

    /**
     * Returns the largest response body the library reads; a larger 2xx body fails with a
     * {@link ResponseFormatException}, a larger error body is cut. Either way the connection is closed, not drained.
     *
     * @return the cap in bytes
     */
    public int maxResponseBytes() {
        return maxResponseBytes;
    }

    /**
     * Returns the largest request body the library sends; a larger request fails before anything is sent with an
     * {@link io.github.realtimesessions.model.InvalidRequestException} naming the limit.
     *
     * @return the cap in bytes
     */
    public int maxRequestBytes() {
        return maxRequestBytes;
    }

    /**
     * Returns the listener told about every call.
     *
     * @return the listener, {@link RequestListener#NONE} unless set
     */
    public RequestListener listener() {
        return listener;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClientSettings that
                && allowInsecureHttp == that.allowInsecureHttp
                && azure == that.azure
                && maxResponseBytes == that.maxResponseBytes
                && maxRequestBytes == that.maxRequestBytes
                && baseUri.equals(that.baseUri)
                && Objects.equals(callsBaseUri, that.callsBaseUri)
                && credential.equals(that.credential)
                && Objects.equals(organization, that.organization)
                && Objects.equals(project, that.project)
                && connectTimeout.equals(that.connectTimeout)
                && responseTimeout.equals(that.responseTimeout)
                && callTimeout.equals(that.callTimeout)
                && retryPolicy.equals(that.retryPolicy)
                && Objects.equals(userAgentSuffix, that.userAgentSuffix)
                && extraHeaders.equals(that.extraHeaders)
                && listener.equals(that.listener);
    }

    @Override
    public int hashCode() {
        return Objects.hash(baseUri, credential, organization, project, connectTimeout, responseTimeout, retryPolicy);
    }

    /** Returns a description with the credential redacted and header values left out. */
    @Override
    public String toString() {
        return "ClientSettings[baseUri=" + baseUri
                + (callsBaseUri == null ? "" : ", callsBaseUri=" + callsBaseUri)
                + ", credential=" + credential
                + (azure ? ", azure" : "")
                + ", organization=" + organization
                + ", project=" + project
                + ", connectTimeout=" + connectTimeout
                + ", responseTimeout=" + responseTimeout
                + ", callTimeout=" + callTimeout
                + ", retryPolicy=" + retryPolicy
                + ", userAgentSuffix=" + userAgentSuffix
                + ", extraHeaders=" + extraHeaders.keySet()
                + ", allowInsecureHttp=" + allowInsecureHttp
                + ", maxResponseBytes=" + maxResponseBytes
                + ", maxRequestBytes=" + maxRequestBytes + "]";
    }

    private static URI checkBaseUri(URI uri, String name, boolean allowInsecureHttp) {
        String scheme = uri.getScheme();
        if (!uri.isAbsolute() || !("https".equals(scheme) || "http".equals(scheme)) || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    name + " must be an absolute http(s) URI with a host (was " + MessageText.describe(uri) + ")");
        }
        if (uri.getRawUserInfo() != null) {
            // Credentials in a URI end up in logs and messages; the credential travels in a header instead.
            throw new IllegalArgumentException(name + " must not carry user info (credentials); configure the"
                    + " credential instead (was " + MessageText.describe(uri) + ")");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(name + " must not have a query or fragment (was "
                    + MessageText.describe(uri) + "); for Azure OpenAI, leave out api-version: the /openai/v1 API"
                    + " takes none");
        }
        if ("http".equals(scheme) && !allowInsecureHttp && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException(name + " " + MessageText.describe(uri) + " uses plain http to a host"
                    + " other than loopback: the credential would travel unencrypted. Use https, or allow insecure"
                    + " http if a trusted proxy terminates TLS for you.");
        }
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }

    /**
     * Returns the GA base URI of an Azure OpenAI resource: {@code https://{resource}.openai.azure.com} (or a Foundry
     * endpoint) gets {@code /openai/v1}; a URI already ending in {@code /openai/v1} is kept.
     */
    static URI azureBaseUri(URI endpoint) {
        if (endpoint.getRawUserInfo() != null || endpoint.getRawQuery() != null || endpoint.getRawFragment() != null) {
            throw new IllegalArgumentException("the Azure OpenAI endpoint must be the resource's endpoint without user"
                    + " info, query (no api-version: the GA /openai/v1 API takes none) or fragment (was "
                    + MessageText.describe(endpoint) + ")");
        }
        if (!endpoint.isAbsolute() || endpoint.getHost() == null) {
            throw new IllegalArgumentException("the Azure OpenAI endpoint must be an absolute URI with a host, e.g."
                    + " https://my-resource.openai.azure.com (was " + MessageText.describe(endpoint) + ")");
        }
        String path = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String base;
        if (path.isEmpty()) {
            base = "/openai/v1";
        } else if (path.equals("/openai")) {
            base = "/openai/v1";
        } else if (path.endsWith("/openai/v1")) {
            base = path;
        } else {
            throw new IllegalArgumentException("the Azure OpenAI endpoint must be the resource's endpoint"
                    + " (https://my-resource.openai.azure.com) or its GA base URL ending in /openai/v1 (was "
                    + MessageText.describe(endpoint) + ")");
        }
        String port = endpoint.getPort() >= 0 ? ":" + endpoint.getPort() : "";
        return URI.create(endpoint.getScheme() + "://" + endpoint.getHost() + port + base);
    }

    private static boolean isLoopback(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Only literal addresses are judged here: resolving a name would mean DNS during configuration. A name made of
        // hex digits only ("cafe", "beef.de") must not reach InetAddress, which would look it up.
        if (bare.indexOf(':') < 0) {
            return IPV4_LOOPBACK.matcher(bare).matches();
        }
        if (!bare.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
            return false;
        }
        try {
            // With a ':' the text is parsed as an IPv6 literal, never resolved; an invalid one is rejected.
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static URI parseUri(String value, String name) {
        try {
            return new URI(value.trim());
        } catch (URISyntaxException e) {
            // The reason and index only: the input itself may hold a secret (user info, an api-key query).
            throw new IllegalArgumentException(
                    name + " is not a valid URI: " + e.getReason() + " at character " + (e.getIndex() + 1), e);
        }
    }

    private static String headerValue(String value, String name) {
        // These values become header values; a line break would let them inject headers. The message never quotes
        // the value.
        if (value != null) {
            String problem = HeaderRules.valueProblem(value);
            if (problem != null) {
                throw new IllegalArgumentException(name + " " + problem);
            }
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive (was " + value + ")");
        }
        return value;
    }

    /** Builds {@link ClientSettings}. Not thread-safe; the settings it builds are. */
    public static final class Builder {
        private URI baseUri = DEFAULT_BASE_URI;
        private URI callsBaseUri;
        private Credential credential;
        private boolean azure;
        private String organization;
        private String project;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration responseTimeout = DEFAULT_RESPONSE_TIMEOUT;
        private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private String userAgentSuffix;
        private final Map<String, String> extraHeaders = new LinkedHashMap<>();
        private boolean allowInsecureHttp;
        private int maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
        private int maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private RequestListener listener = RequestListener.NONE;

        private Builder() {}

        /**
         * Sets the base URI (default {@code https://api.openai.com/v1}); a trailing slash is dropped.
         *
         * @param baseUri an absolute http(s) URI without user info, query or fragment
         * @return this builder
         */
        public Builder baseUri(URI baseUri) {
            this.baseUri = baseUri;
            return this;
        }

        /**
         * Sets the base URI from text.
         *
         * @param baseUri an absolute http(s) URI without user info, query or fragment
         * @return this builder
         * @throws IllegalArgumentException if the text is not a URI (the message does not repeat it)
         */
        public Builder baseUri(String baseUri) {
            return baseUri(parseUri(Objects.requireNonNull(baseUri, "baseUri must not be null"), "baseUri"));
        }

        /**
         * Sets a separate base URI for the WebRTC call endpoints, for a gateway that brokers calls at another address
         * than it mints tokens (default: the base URI).
         *
         * @param callsBaseUri an absolute http(s) URI, or {@code null} for the base URI
         * @return this builder
         */
        public Builder callsBaseUri(URI callsBaseUri) {
            this.callsBaseUri = callsBaseUri;
            return this;
        }

        /**
         * Configures an Azure OpenAI resource: the base URI becomes {@code <endpoint>/openai/v1} (the GA v1 API, no
         * {@code api-version}). Authorize with {@link Credential#azureApiKey(String)} or
         * {@link Credential#bearerTokens(TokenSource)} (Microsoft Entra ID). The session's {@code model} is your
         * deployment's name.
         *
         * @param endpoint the resource's endpoint, e.g. {@code https://my-resource.openai.azure.com}, or its full
         *     {@code .../openai/v1} base URL
         * @return this builder
         * @throws IllegalArgumentException if the endpoint is not usable (the message leaves out user info and query)
         */
        public Builder azureEndpoint(String endpoint) {
            Objects.requireNonNull(endpoint, "azureEndpoint must not be null");
            this.baseUri = azureBaseUri(parseUri(endpoint, "the Azure OpenAI endpoint"));
            this.azure = true;
            return this;
        }

        /**
         * Sets an OpenAI API key, sent as {@code Authorization: Bearer}; a shortcut for
         * {@code credential(Credential.apiKey(apiKey))}.
         *
         * @param apiKey the key
         * @return this builder
         * @throws IllegalArgumentException if the key is blank or cannot go into a header (never quoted)
         */
        public Builder apiKey(String apiKey) {
            return credential(Credential.apiKey(apiKey));
        }

        /**
         * Sets how requests are authorized (required).
         *
         * @param credential the credential
         * @return this builder
         */
        public Builder credential(Credential credential) {
            this.credential = Objects.requireNonNull(credential, "credential must not be null");
            return this;
        }

        /**
         * Sets the organization id sent as {@code OpenAI-Organization}.
         *
         * @param organization the id, or {@code null}/blank for none
         * @return this builder
         */
        public Builder organization(String organization) {
            this.organization = organization;
            return this;
        }

        /**
         * Sets the project id sent as {@code OpenAI-Project}.
         *
         * @param project the id, or {@code null}/blank for none
         * @return this builder
         */
        public Builder project(String project) {
            this.project = project;
            return this;
        }

        /**
         * Sets the time allowed to get a connection (default 10 s).
         *
         * @param connectTimeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /**
         * Sets the time one attempt may take, from sending to the last byte of the answer (default 60 s).
         *
         * @param responseTimeout a positive duration
         * @return this builder
         */
        public Builder responseTimeout(Duration responseTimeout) {
            this.responseTimeout = responseTimeout;
            return this;
        }

        /**
         * Sets the time a whole call may take, retries and waits included (default 2 min).
         *
         * @param callTimeout a positive duration
         * @return this builder
         */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
            return this;
        }

        /**
         * Sets the retry policy (default {@link RetryPolicy#defaults()}).
         *
         * @param retryPolicy the policy
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = retryPolicy;
            return this;
        }

        /**
         * Sets how many times a failed call is retried, keeping the other retry settings; 0 switches retries off.
         *
         * @param maxRetries 0 or more (default 2)
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            this.retryPolicy = retryPolicy.withMaxRetries(maxRetries);
            return this;
        }

        /**
         * Sets text appended to the library's {@code User-Agent}, e.g. your application's name and version.
         *
         * @param userAgentSuffix the suffix, or {@code null}
         * @return this builder
         */
        public Builder userAgentSuffix(String userAgentSuffix) {
            this.userAgentSuffix = userAgentSuffix;
            return this;
        }

        /**
         * Adds a header sent with every request. The library's own headers ({@code Authorization}, {@code api-key},
         * {@code Content-Type}, {@code Accept}, {@code User-Agent}, every {@code OpenAI-*} header) and HTTP framing
         * headers (hop-by-hop, {@code Content-Length}, {@code Content-Encoding}, {@code Host}...) cannot be added.
         *
         * @param name the header name
         * @param value the header value: no line breaks or control characters, ISO-8859-1 only
         * @return this builder
         * @throws IllegalArgumentException if the name is reserved or either part cannot go into a header
         */
        public Builder extraHeader(String name, String value) {
            HeaderRules.check(name, value, "extra header");
            extraHeaders.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
            extraHeaders.put(name, value);
            return this;
        }

        /**
         * Accepts plain {@code http://} to hosts other than loopback (default {@code false}). Only for a trusted network
         * path, e.g. a sidecar proxy that adds TLS.
         *
         * @param allowInsecureHttp {@code true} to accept
         * @return this builder
         */
        public Builder allowInsecureHttp(boolean allowInsecureHttp) {
            this.allowInsecureHttp = allowInsecureHttp;
            return this;
        }

        /**
         * Sets the largest response body the library reads (default 4 MiB).
         *
         * @param maxResponseBytes at least 1024
         * @return this builder
         */
        public Builder maxResponseBytes(int maxResponseBytes) {
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        /**
         * Sets the largest request body the library sends (default 1 MiB).
         *
         * @param maxRequestBytes at least 1024
         * @return this builder
         */
        public Builder maxRequestBytes(int maxRequestBytes) {
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        /**
         * Sets the listener told about every call (default none); combine several with
         * {@link RequestListener#composite(java.util.List)}.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(RequestListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener must not be null");
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return new settings
         * @throws IllegalStateException if no credential is set
         * @throws IllegalArgumentException if a value is invalid, naming the setting and the rule (never a secret)
         */
        public ClientSettings build() {
            return new ClientSettings(this);
        }
    }
}
