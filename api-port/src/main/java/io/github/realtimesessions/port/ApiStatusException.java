package io.github.realtimesessions.port;

import java.time.Duration;
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

    private static final long serialVersionUID = 1L;

    private final transient ApiError error;

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
            text.append(": ").append(error.message());
        }
        if (error.param() != null) {
            text.append(" [param ").append(error.param()).append(']');
        }
        if (error.requestId() != null) {
            text.append(" [request id ").append(error.requestId()).append(']');
        }
        if (error.retryAfter() != null) {
            text.append(" [retry after ").append(error.retryAfter().toMillis()).append(" ms]");
        }
        return text.toString();
    }
}
