package io.github.realtimesessions.port;

import io.github.realtimesessions.port.internal.HeaderRules;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Options for one call, without building a new creator: a deadline, a per-attempt timeout, a retry budget, and headers
 * of this call only. Unset options fall back to the creator's {@link ClientSettings}. Immutable and thread-safe.
 *
 * <pre>{@code
 * sessions.createClientSecret(request, RequestOptions.builder()
 *         .timeout(Duration.ofSeconds(5))
 *         .extraHeader("X-Tenant", tenantId)
 *         .build());
 * }</pre>
 */
public final class RequestOptions {

    private static final RequestOptions DEFAULTS = builder().build();

    private final Duration timeout;
    private final Duration responseTimeout;
    private final Integer maxRetries;
    private final Map<String, String> extraHeaders;

    private RequestOptions(Builder builder) {
        this.timeout = builder.timeout;
        this.responseTimeout = builder.responseTimeout;
        this.maxRetries = builder.maxRetries;
        this.extraHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(builder.extraHeaders));
    }

    /**
     * Returns the options that change nothing.
     *
     * @return the defaults
     */
    public static RequestOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the deadline of the whole call, retries and their waits included.
     *
     * @return the timeout, or {@code null} for {@link ClientSettings#callTimeout()}
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Returns the time one attempt may take from sending to the last byte of the answer.
     *
     * @return the timeout, or {@code null} for {@link ClientSettings#responseTimeout()}
     */
    public Duration responseTimeout() {
        return responseTimeout;
    }

    /**
     * Returns how many times this call may be retried.
     *
     * @return the number, or {@code null} for the settings' {@link RetryPolicy}
     */
    public Integer maxRetries() {
        return maxRetries;
    }

    /**
     * Returns the headers added to this call, after the settings' extra headers (a name given in both is sent with
     * this call's value).
     *
     * @return an unmodifiable map in insertion order
     */
    public Map<String, String> extraHeaders() {
        return extraHeaders;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RequestOptions that
                && Objects.equals(timeout, that.timeout)
                && Objects.equals(responseTimeout, that.responseTimeout)
                && Objects.equals(maxRetries, that.maxRetries)
                && extraHeaders.equals(that.extraHeaders);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeout, responseTimeout, maxRetries, extraHeaders);
    }

    /** Names the headers, not their values (they may be sensitive). */
    @Override
    public String toString() {
        return "RequestOptions[timeout=" + timeout + ", responseTimeout=" + responseTimeout + ", maxRetries="
                + maxRetries + ", extraHeaders=" + extraHeaders.keySet() + "]";
    }

    /** Builds {@link RequestOptions}. */
    public static final class Builder {
        private Duration timeout;
        private Duration responseTimeout;
        private Integer maxRetries;
        private final Map<String, String> extraHeaders = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Sets the deadline of the whole call, retries and their waits included.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = ClientSettings.positive(timeout, "timeout");
            return this;
        }

        /**
         * Sets the time one attempt may take from sending to the last byte of the answer.
         *
         * @param responseTimeout a positive duration
         * @return this builder
         */
        public Builder responseTimeout(Duration responseTimeout) {
            this.responseTimeout = ClientSettings.positive(responseTimeout, "responseTimeout");
            return this;
        }

        /**
         * Sets how many times this call may be retried.
         *
         * @param maxRetries 0 or more
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must not be negative (was " + maxRetries + ")");
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * Adds a header to this call. The library's own headers ({@code Authorization}, {@code api-key},
         * {@code Content-Type}, {@code Accept}, {@code User-Agent}, {@code OpenAI-*}) and HTTP framing headers
         * (hop-by-hop, {@code Content-Length}, {@code Content-Encoding}, {@code Host}...) cannot be added.
         *
         * @param name a header name
         * @param value the value: no line breaks or control characters, ISO-8859-1 only
         * @return this builder
         * @throws IllegalArgumentException if the name is reserved or either part cannot go into a header
         */
        public Builder extraHeader(String name, String value) {
            HeaderRules.check(name, value, "request header");
            extraHeaders.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
            extraHeaders.put(name, value);
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
