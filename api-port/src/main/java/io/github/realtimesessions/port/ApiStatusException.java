package io.github.realtimesessions.port;

import io.github.realtimesessions.model.ResponseMetadata;
import io.github.realtimesessions.port.internal.MessageText;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The API answered with a non-2xx status. {@link #of(ApiError)} picks the subtype for the status; this class itself
 * stands for any status without a subtype of its own.
 *
 * <table>
 *   <caption>Status to exception</caption>
 *   <tr><th>status</th><th>exception</th></tr>
 *   <tr><td>400</td><td>{@link BadRequestException}</td></tr>
 *   <tr><td>401</td><td>{@link AuthenticationException}</td></tr>
 *   <tr><td>403</td><td>{@link PermissionDeniedException}</td></tr>
 *   <tr><td>404</td><td>{@link NotFoundException}</td></tr>
 *   <tr><td>409</td><td>{@link ConflictException}</td></tr>
 *   <tr><td>422</td><td>{@link UnprocessableEntityException}</td></tr>
 *   <tr><td>429</td><td>{@link RateLimitException}</td></tr>
 *   <tr><td>500 and above</td><td>{@link InternalServerException}</td></tr>
 *   <tr><td>any other</td><td>{@link ApiStatusException}</td></tr>
 * </table>
 */
public class ApiStatusException extends RealtimeApiException {

    private static final long serialVersionUID = 2L;

    private final ApiError error;

    /**
     * Creates an exception for an error answer; prefer {@link #of(ApiError)}, which picks the subtype.
     *
     * @param error the error answer
     */
    public ApiStatusException(ApiError error) {
        super(describe(error), null);
        this.error = error;
    }

    /**
     * Returns the exception type that stands for the error's status.
     *
     * @param error the error answer
     * @return a new exception of the subtype for {@link ApiError#status()}
     */
    public static ApiStatusException of(ApiError error) {
        Objects.requireNonNull(error, "error");
        int status = error.status();
        return switch (status) {
            case 400 -> new BadRequestException(error);
            case 401 -> new AuthenticationException(error);
            case 403 -> new PermissionDeniedException(error);
            case 404 -> new NotFoundException(error);
            case 409 -> new ConflictException(error);
            case 422 -> new UnprocessableEntityException(error);
            case 429 -> new RateLimitException(error);
            default -> status >= 500 ? new InternalServerException(error) : new ApiStatusException(error);
        };
    }

    /**
     * Returns everything known about the error answer.
     *
     * @return the error
     */
    public ApiError error() {
        return error;
    }

    /**
     * Returns the HTTP status code.
     *
     * @return the status
     */
    public int status() {
        return error.status();
    }

    /**
     * Returns the OpenAI error type, e.g. {@code invalid_request_error}.
     *
     * @return the type, or {@code null}
     */
    public String errorType() {
        return error.type();
    }

    /**
     * Returns the OpenAI error code, e.g. {@code invalid_api_key}.
     *
     * @return the code, or {@code null}
     */
    public String errorCode() {
        return error.code();
    }

    /**
     * Returns the request parameter the error is about.
     *
     * @return the parameter, or {@code null}
     */
    public String errorParam() {
        return error.param();
    }

    /**
     * Returns the OpenAI error message.
     *
     * @return the message, or {@code null}
     */
    public String errorMessage() {
        return error.message();
    }

    /**
     * Returns the {@code x-request-id} of the answer, to quote to OpenAI support.
     *
     * @return the request id, or {@code null}
     */
    public String requestId() {
        return error.requestId();
    }

    /**
     * Returns the raw body of the answer (redacted, possibly shortened).
     *
     * @return the body, or {@code null} when empty
     */
    public String body() {
        return error.body();
    }

    /**
     * Returns the delay the server asked for before a retry.
     *
     * @return the delay, or {@code null} when the server named none
     */
    public Duration retryAfter() {
        return error.retryAfter();
    }

    /**
     * Returns the {@code x-should-retry} header of the answer.
     *
     * @return the header as a boolean, or {@code null} when absent
     */
    public Boolean shouldRetry() {
        return error.shouldRetry();
    }

    /**
     * Returns the status and headers of the answer, rate-limit headers such as {@code x-ratelimit-remaining-requests}
     * included (redacted).
     *
     * @return the metadata
     */
    public ResponseMetadata metadata() {
        return error.metadata();
    }

    private static String describe(ApiError error) {
        Objects.requireNonNull(error, "error");
        StringBuilder text = new StringBuilder("HTTP ").append(error.status());
        if (error.type() != null || error.code() != null) {
            text.append(" (");
            if (error.type() != null) {
                text.append(error.type());
            }
            if (error.type() != null && error.code() != null) {
                text.append('/');
            }
            if (error.code() != null) {
                text.append(error.code());
            }
            text.append(')');
        }
        if (error.message() != null) {
            // The server's text, without line breaks (no log forging) and bounded; errorMessage() has all of it.
            text.append(": ").append(MessageText.sanitize(error.message(), MessageText.MAX_QUOTED));
        }
        if (error.param() != null) {
            text.append(" [param ").append(MessageText.sanitize(error.param(), 200)).append(']');
        }
        if (error.requestId() != null) {
            text.append(" [request id ").append(MessageText.sanitize(error.requestId(), 200)).append(']');
        }
        if (error.retryAfter() != null) {
            text.append(" [retry after ").append(describeDelay(error.retryAfter())).append(']');
        }
        return text.toString();
    }

    private static String describeDelay(Duration delay) {
        if (delay.compareTo(ChronoUnit.FOREVER.getDuration()) >= 0) {
            return "longer than can be represented";
        }
        return delay.compareTo(Duration.ofDays(1)) > 0 ? delay.toDays() + " days" : delay.toMillis() + " ms";
    }
}
