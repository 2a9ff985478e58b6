package io.github.realtimesessions.port;

import io.github.realtimesessions.model.ResponseMetadata;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * A non-2xx answer of the API, as the library read it: the HTTP status, the OpenAI error body
 * {@code {"error":{"message","type","param","code"}}} when there was one, and the headers that matter.
 *
 * <p>Text fields are already free of secrets: the library redacts credentials and client secrets (by their exact
 * value and by their shape) before it builds an error. Serializable, so that an {@link ApiStatusException} survives
 * being sent between JVMs.
 */
public final class ApiError implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String code;
    private final String param;
    private final String message;
    private final String requestId;
    private final String body;
    private final Duration retryAfter;
    private final Boolean shouldRetry;
    private final ResponseMetadata metadata;

    private ApiError(Builder builder) {
        this.status = builder.status;
        this.type = builder.type;
        this.code = builder.code;
        this.param = builder.param;
        this.message = builder.message;
        this.requestId = builder.requestId;
        this.body = builder.body;
        this.retryAfter = builder.retryAfter;
        this.shouldRetry = builder.shouldRetry;
        this.metadata = builder.metadata;
    }

    /**
     * Returns a builder for an error of a status.
     *
     * @param status the HTTP status code
     * @return the builder
     */
    public static Builder builder(int status) {
        return new Builder(status);
    }

    /**
     * Returns an error with a status and nothing else, e.g. for a fake.
     *
     * @param status the HTTP status code
     * @return the error
     */
    public static ApiError ofStatus(int status) {
        return builder(status).build();
    }

    /**
     * Returns an error with a status and an OpenAI error body's fields.
     *
     * @param status the HTTP status code
     * @param type the OpenAI error type, or {@code null}
     * @param code the OpenAI error code, or {@code null}
     * @param message the OpenAI error message, or {@code null}
     * @return the error
     */
    public static ApiError of(int status, String type, String code, String message) {
        return builder(status).type(type).code(code).message(message).build();
    }

    /**
     * Returns a builder holding this error.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return builder(status).type(type).code(code).param(param).message(message).requestId(requestId).body(body)
                .retryAfter(retryAfter).shouldRetry(shouldRetry).metadata(metadata);
    }

    /**
     * Returns the HTTP status code.
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    /**
     * Returns the OpenAI error type, e.g. {@code invalid_request_error}.
     *
     * @return the type, or {@code null}
     */
    public String type() {
        return type;
    }

    /**
     * Returns the OpenAI error code, e.g. {@code invalid_api_key}.
     *
     * @return the code, or {@code null}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the request parameter the error is about, e.g. {@code session.audio.output.speed}.
     *
     * @return the parameter, or {@code null}
     */
    public String param() {
        return param;
    }

    /**
     * Returns the OpenAI error message, whole (redacted).
     *
     * @return the message, or {@code null} when the body had none
     */
    public String message() {
        return message;
    }

    /**
     * Returns the {@code x-request-id} header (redacted); quote it to OpenAI support.
     *
     * @return the request id, or {@code null}
     */
    public String requestId() {
        return requestId;
    }

    /**
     * Returns the response body as text: redacted, then cut to 8 KiB.
     *
     * @return the body, or {@code null} when empty
     */
    public String body() {
        return body;
    }

    /**
     * Returns the delay the server asked for ({@code retry-after-ms} or {@code Retry-After}).
     *
     * @return the delay, or {@code null} when none was given; a delay too long to represent is
     *     {@code ChronoUnit.FOREVER}'s duration
     */
    public Duration retryAfter() {
        return retryAfter;
    }

    /**
     * Returns the {@code x-should-retry} header as a boolean.
     *
     * @return the header, or {@code null} when absent or unreadable
     */
    public Boolean shouldRetry() {
        return shouldRetry;
    }

    /**
     * Returns the status and headers of the answer (rate-limit headers included), redacted.
     *
     * @return the metadata, {@link ResponseMetadata#NONE} when built in code
     */
    public ResponseMetadata metadata() {
        return metadata;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiError that
                && status == that.status
                && Objects.equals(type, that.type)
                && Objects.equals(code, that.code)
                && Objects.equals(param, that.param)
                && Objects.equals(message, that.message)
                && Objects.equals(requestId, that.requestId)
                && Objects.equals(body, that.body)
                && Objects.equals(retryAfter, that.retryAfter)
                && Objects.equals(shouldRetry, that.shouldRetry);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, type, code, param, message, requestId, retryAfter, shouldRetry);
    }

    @Override
    public String toString() {
        return "ApiError[status=" + status + ", type=" + type + ", code=" + code + ", param=" + param
                + ", requestId=" + requestId + ", retryAfter=" + retryAfter + ", shouldRetry=" + shouldRetry + "]";
    }

    /** Builds an {@link ApiError}. */
    public static final class Builder {
        private final int status;
        private String type;
        private String code;
        private String param;
        private String message;
        private String requestId;
        private String body;
        private Duration retryAfter;
        private Boolean shouldRetry;
        private ResponseMetadata metadata = ResponseMetadata.NONE;

        private Builder(int status) {
            this.status = status;
        }

        /**
         * Sets the OpenAI error type.
         *
         * @param type the type, or {@code null}
         * @return this builder
         */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /**
         * Sets the OpenAI error code.
         *
         * @param code the code, or {@code null}
         * @return this builder
         */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /**
         * Sets the parameter the error is about.
         *
         * @param param the parameter, or {@code null}
         * @return this builder
         */
        public Builder param(String param) {
            this.param = param;
            return this;
        }

        /**
         * Sets the OpenAI error message.
         *
         * @param message the message, free of secrets, or {@code null}
         * @return this builder
         */
        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /**
         * Sets the {@code x-request-id}.
         *
         * @param requestId the request id, or {@code null}
         * @return this builder
         */
        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        /**
         * Sets the response body as text.
         *
         * @param body the body, free of secrets, or {@code null}
         * @return this builder
         */
        public Builder body(String body) {
            this.body = body;
            return this;
        }

        /**
         * Sets the delay the server asked for.
         *
         * @param retryAfter the delay, or {@code null}
         * @return this builder
         */
        public Builder retryAfter(Duration retryAfter) {
            this.retryAfter = retryAfter;
            return this;
        }

        /**
         * Sets the {@code x-should-retry} header.
         *
         * @param shouldRetry the header, or {@code null}
         * @return this builder
         */
        public Builder shouldRetry(Boolean shouldRetry) {
            this.shouldRetry = shouldRetry;
            return this;
        }

        /**
         * Sets the status and headers of the answer.
         *
         * @param metadata the metadata
         * @return this builder
         */
        public Builder metadata(ResponseMetadata metadata) {
            this.metadata = Objects.requireNonNull(metadata, "metadata");
            return this;
        }

        /**
         * Builds the error.
         *
         * @return the error
         */
        public ApiError build() {
            return new ApiError(this);
        }
    }
}
