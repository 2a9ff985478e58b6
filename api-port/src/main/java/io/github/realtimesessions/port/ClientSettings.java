package io.github.realtimesessions.port;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Transport-neutral settings of a {@link SessionCreator}: where to send requests, how to authenticate, how long to
 * wait and how to retry. Immutable and thread-safe; {@link #toString()} redacts the API key.
 *
 * <p>Knobs that only one HTTP stack has (connection pools, Feign builders) live on that transport's builder instead.
 *
 * <p>Plain {@code http://} is refused for any host other than the loopback interface, because the API key would
 * travel in clear text: set {@link Builder#allowInsecureHttp(boolean)} to accept it anyway.
 */
public final class ClientSettings {

    /** The API's base URI. */
    public static final URI DEFAULT_BASE_URI = URI.create("https://api.openai.com/v1");

    /** The default time to establish a connection: 10 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** The default time to wait for the server to send data: 60 seconds. */
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(60);

    /** The default cap on a response body: 4 MiB. A session answer is about 1.5 KB. */
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

    /** The environment variable holding the API key. */
    public static final String ENV_API_KEY = "OPENAI_API_KEY";

    /** The environment variable holding the base URI. */
    public static final String ENV_BASE_URL = "OPENAI_BASE_URL";

    /** The environment variable holding the organization id. */
    public static final String ENV_ORG_ID = "OPENAI_ORG_ID";

    /** The environment variable holding the project id. */
    public static final String ENV_PROJECT_ID = "OPENAI_PROJECT_ID";

    /** Headers the library sets itself; extra headers may not replace them. */
    private static final Set<String> RESERVED_HEADERS = Set.of(
            "authorization",
            "content-type",
            "content-length",
            "accept",
            "host",
            "user-agent",
            "openai-organization",
            "openai-project",
            "transfer-encoding",
            "connection");

    /** A dotted-quad address in 127.0.0.0/8, the IPv4 loopback network. */
    private static final Pattern IPV4_LOOPBACK =
            Pattern.compile("127(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");

    private final URI baseUri;
    private final String apiKey;
    private final String organization;
    private final String project;
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final RetryPolicy retryPolicy;
    private final String userAgentSuffix;
    private final Map<String, String> extraHeaders;
    private final boolean allowInsecureHttp;
    private final int maxResponseBytes;

    private ClientSettings(Builder builder) {
        this.apiKey = noLineBreaks(requireText(builder.apiKey, "apiKey"), "apiKey");
        this.baseUri = checkBaseUri(Objects.requireNonNull(builder.baseUri, "baseUri must not be null"));
        this.organization = noLineBreaks(blankToNull(builder.organization), "organization");
        this.project = noLineBreaks(blankToNull(builder.project), "project");
        this.connectTimeout = positive(builder.connectTimeout, "connectTimeout");
        this.responseTimeout = positive(builder.responseTimeout, "responseTimeout");
        this.retryPolicy = Objects.requireNonNull(builder.retryPolicy, "retryPolicy must not be null");
        this.userAgentSuffix = noLineBreaks(blankToNull(builder.userAgentSuffix), "userAgentSuffix");
        this.extraHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(builder.extraHeaders));
        this.allowInsecureHttp = builder.allowInsecureHttp;
        if (builder.maxResponseBytes < 1024) {
            throw new IllegalArgumentException(
                    "maxResponseBytes must be at least 1024 (was " + builder.maxResponseBytes + ")");
        }
        this.maxResponseBytes = builder.maxResponseBytes;
        if ("http".equals(baseUri.getScheme()) && !allowInsecureHttp && !isLoopback(baseUri.getHost())) {
            throw new IllegalArgumentException("baseUri " + baseUri + " uses plain http to a host other than loopback:"
                    + " the API key would travel unencrypted. Use https, or set allowInsecureHttp(true) if a trusted"
                    + " proxy terminates TLS for you.");
        }
    }

    /**
     * Returns an empty builder; only the API key is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns settings read from the process environment: {@code OPENAI_API_KEY} (required), {@code OPENAI_BASE_URL},
     * {@code OPENAI_ORG_ID}, {@code OPENAI_PROJECT_ID}.
     *
     * @return the settings
     * @throws IllegalStateException if {@code OPENAI_API_KEY} is not set
     * @throws IllegalArgumentException if a variable holds an invalid value
     */
    public static ClientSettings fromEnvironment() {
        return builderFromEnvironment(System::getenv).build();
    }

    /**
     * Returns a builder pre-filled from environment variables, to adjust before building.
     *
     * @param environment looks up a variable by name; returns {@code null} when unset (e.g. {@code System::getenv})
     * @return a new builder
     * @throws IllegalStateException if {@code OPENAI_API_KEY} is not set
     * @throws IllegalArgumentException if {@code OPENAI_BASE_URL} is not an absolute http(s) URI with a host and
     *     without query or fragment
     */
    public static Builder builderFromEnvironment(Function<String, String> environment) {
        Objects.requireNonNull(environment, "environment");
        String apiKey = blankToNull(environment.apply(ENV_API_KEY));
        if (apiKey == null) {
            throw new IllegalStateException("environment variable " + ENV_API_KEY + " is not set");
        }
        Builder builder = builder().apiKey(apiKey);
        String baseUrl = blankToNull(environment.apply(ENV_BASE_URL));
        if (baseUrl != null) {
            URI uri = parseUri(baseUrl, ENV_BASE_URL);
            try {
                checkBaseUri(uri);
            } catch (IllegalArgumentException e) {
                // Name the variable: the user never wrote "baseUri", and build() would only report that.
                throw new IllegalArgumentException(ENV_BASE_URL + " is not a usable base URI: " + e.getMessage(), e);
            }
            builder.baseUri(uri);
        }
        return builder.organization(environment.apply(ENV_ORG_ID)).project(environment.apply(ENV_PROJECT_ID));
    }

    /**
     * Returns a builder holding these settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder()
                .baseUri(baseUri)
                .apiKey(apiKey)
                .organization(organization)
                .project(project)
                .connectTimeout(connectTimeout)
                .responseTimeout(responseTimeout)
                .retryPolicy(retryPolicy)
                .userAgentSuffix(userAgentSuffix)
                .allowInsecureHttp(allowInsecureHttp)
                .maxResponseBytes(maxResponseBytes);
        builder.extraHeaders.putAll(extraHeaders);
        return builder;
    }

    /**
     * Returns the base URI; requests go to {@code <baseUri>/realtime/sessions}.
     *
     * @return the base URI, without a trailing slash
     */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * Returns the API key, sent as {@code Authorization: Bearer}. Never log it.
     *
     * @return the API key
     */
    public String apiKey() {
        return apiKey;
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
     * Returns the time allowed to establish a connection.
     *
     * @return the connect timeout
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * Returns the time allowed between sending the request and each piece of the answer (the socket read timeout).
     *
     * @return the response timeout
     */
    public Duration responseTimeout() {
        return responseTimeout;
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
     * Returns the largest response body a transport reads; a larger one fails with a
     * {@link ResponseFormatException}.
     *
     * @return the cap in bytes
     */
    public int maxResponseBytes() {
        return maxResponseBytes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClientSettings that
                && allowInsecureHttp == that.allowInsecureHttp
                && maxResponseBytes == that.maxResponseBytes
                && baseUri.equals(that.baseUri)
                && apiKey.equals(that.apiKey)
                && Objects.equals(organization, that.organization)
                && Objects.equals(project, that.project)
                && connectTimeout.equals(that.connectTimeout)
                && responseTimeout.equals(that.responseTimeout)
                && retryPolicy.equals(that.retryPolicy)
                && Objects.equals(userAgentSuffix, that.userAgentSuffix)
                && extraHeaders.equals(that.extraHeaders);
    }

    @Override
    public int hashCode() {
        return Objects.hash(baseUri, apiKey, organization, project, connectTimeout, responseTimeout, retryPolicy);
    }

    /** Returns a description with the API key redacted. */
    @Override
    public String toString() {
        return "ClientSettings[baseUri=" + baseUri
                + ", apiKey=<redacted>"
                + ", organization=" + organization
                + ", project=" + project
                + ", connectTimeout=" + connectTimeout
                + ", responseTimeout=" + responseTimeout
                + ", retryPolicy=" + retryPolicy
                + ", userAgentSuffix=" + userAgentSuffix
                + ", extraHeaders=" + extraHeaders.keySet()
                + ", allowInsecureHttp=" + allowInsecureHttp
                + ", maxResponseBytes=" + maxResponseBytes + "]";
    }

    private static URI checkBaseUri(URI uri) {
        String scheme = uri.getScheme();
        if (!uri.isAbsolute() || !("https".equals(scheme) || "http".equals(scheme)) || uri.getHost() == null) {
            throw new IllegalArgumentException("baseUri must be an absolute http(s) URI with a host (was " + uri + ")");
        }
        if (uri.getRawUserInfo() != null) {
            // Credentials in a URI end up in logs and messages; the API key travels in a header instead.
            throw new IllegalArgumentException("baseUri must not carry user info (credentials)");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUri must not have a query or fragment (was " + uri + ")");
        }
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
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
            return URI.create(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is not a valid URI: " + e.getMessage(), e);
        }
    }

    private static String requireText(String value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    private static String noLineBreaks(String value, String name) {
        // These values become header values; a line break would let them inject headers. The message never
        // quotes the value, which may be the API key.
        if (value != null && value.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new IllegalArgumentException(name + " must not contain line breaks");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive (was " + value + ")");
        }
        return value;
    }

    /** Builds {@link ClientSettings}. Not thread-safe; the settings it builds are. */
    public static final class Builder {
        private URI baseUri = DEFAULT_BASE_URI;
        private String apiKey;
        private String organization;
        private String project;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration responseTimeout = DEFAULT_RESPONSE_TIMEOUT;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private String userAgentSuffix;
        private final Map<String, String> extraHeaders = new LinkedHashMap<>();
        private boolean allowInsecureHttp;
        private int maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;

        private Builder() {}

        /**
         * Sets the base URI (default {@code https://api.openai.com/v1}); a trailing slash is dropped.
         *
         * @param baseUri an absolute http(s) URI without query or fragment
         * @return this builder
         */
        public Builder baseUri(URI baseUri) {
            this.baseUri = baseUri;
            return this;
        }

        /**
         * Sets the base URI from text.
         *
         * @param baseUri an absolute http(s) URI without query or fragment
         * @return this builder
         */
        public Builder baseUri(String baseUri) {
            return baseUri(parseUri(Objects.requireNonNull(baseUri, "baseUri must not be null"), "baseUri"));
        }

        /**
         * Sets the API key (required).
         *
         * @param apiKey the key, not blank
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
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
         * Sets the time allowed to establish a connection (default 10 s).
         *
         * @param connectTimeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /**
         * Sets the time allowed for the server to send each piece of the answer (default 60 s).
         *
         * @param responseTimeout a positive duration
         * @return this builder
         */
        public Builder responseTimeout(Duration responseTimeout) {
            this.responseTimeout = responseTimeout;
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
         * Adds a header sent with every request. The library's own headers ({@code Authorization},
         * {@code Content-Type}, {@code Accept}, {@code User-Agent}, {@code OpenAI-Organization}, {@code OpenAI-Project}
         * and hop-by-hop headers) cannot be replaced this way.
         *
         * @param name the header name
         * @param value the header value
         * @return this builder
         * @throws IllegalArgumentException if the name is reserved or either part is invalid
         */
        public Builder extraHeader(String name, String value) {
            requireText(name, "extra header name");
            Objects.requireNonNull(value, "extra header " + name + " must not have a null value");
            if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("extra header " + name + " is set by the library and cannot be"
                        + " replaced; use the dedicated setting instead");
            }
            if (!name.chars().allMatch(c -> c > 32 && c < 127 && c != ':')) {
                throw new IllegalArgumentException("extra header name " + name + " must be visible ASCII without ':'");
            }
            if (value.chars().anyMatch(c -> c == '\r' || c == '\n')) {
                throw new IllegalArgumentException("extra header " + name + " must not contain line breaks");
            }
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
         * Sets the largest response body a transport reads (default 4 MiB).
         *
         * @param maxResponseBytes at least 1024
         * @return this builder
         */
        public Builder maxResponseBytes(int maxResponseBytes) {
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return new settings
         * @throws NullPointerException if the API key or another required value is missing
         * @throws IllegalArgumentException if a value is invalid, naming the setting and the rule
         */
        public ClientSettings build() {
            return new ClientSettings(this);
        }
    }
}
