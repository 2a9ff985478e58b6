package io.github.realtimesessions.spring.internal;

import io.github.realtimesessions.model.InvalidRequestException.Violation;
import java.time.Duration;
import java.util.List;

/**
 * A request the endpoints refuse themselves, with the answer to give: status, a stable error type for the page, a
 * message fit for an end user, and optionally a {@code Retry-After} and violations.
 */
final class EndpointException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;
    final String type;
    final transient Duration retryAfter;
    final transient List<Violation> violations;

    EndpointException(int status, String type, String message) {
        this(status, type, message, null, List.of());
    }

    EndpointException(int status, String type, String message, Duration retryAfter, List<Violation> violations) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.retryAfter = retryAfter;
        this.violations = List.copyOf(violations);
    }
}
