package io.github.realtimesessions.spring.internal;

import io.github.realtimesessions.model.InvalidRequestException;
import io.github.realtimesessions.model.InvalidRequestException.Violation;
import io.github.realtimesessions.model.JsonArray;
import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.JsonValue;
import io.github.realtimesessions.port.ApiCancelledException;
import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.RateLimitException;
import io.github.realtimesessions.port.RealtimeApiException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Turns every failure of an endpoint into a small JSON answer a page can read,
 * {@code {"error":{"type":"...","message":"..."}}}. Upstream failures become 502 (503 with {@code Retry-After} when
 * the API rate-limits us); the answer never carries the upstream body, the upstream message, or any secret: the type
 * and a fixed message only. The log line carries the library's message, which is free of secrets by contract.
 */
final class ErrorAnswers {

    static final Logger LOG = LoggerFactory.getLogger("io.github.realtimesessions.spring.endpoint");

    /** Used when the API rate-limits us without saying for how long. */
    static final Duration DEFAULT_UPSTREAM_RETRY_AFTER = Duration.ofSeconds(5);

    private ErrorAnswers() {}

    /**
     * Returns the answer to a failure.
     *
     * @param failure what went wrong
     * @param what the action, for the log (e.g. "minting a client secret")
     * @return the answer
     */
    static ServerResponse of(Throwable failure, String what) {
        if (failure instanceof EndpointException refused) {
            LOG.debug("Refused {}: {} ({})", what, refused.type, refused.status);
            return answer(refused.status, refused.type, refused.getMessage(), refused.retryAfter, refused.violations);
        }
        if (failure instanceof InvalidRequestException invalid) {
            LOG.debug("Refused {}: {}", what, invalid.getMessage());
            return answer(400, "invalid_request", "The request is invalid.", null, invalid.violations());
        }
        if (failure instanceof ResponseStatusException status) {
            int code = status.getStatusCode().value();
            String reason = status.getReason() != null ? status.getReason() : reasonPhrase(code);
            LOG.debug("Refused {}: {} {}", what, code, reason);
            return answer(code, code >= 500 ? "internal_error" : "request_refused", reason, null, List.of());
        }
        if (failure instanceof IOException) {
            // Reading the browser's body failed: it went away or sent a broken body. Not the server's fault.
            LOG.debug("Could not read the body while {}: {}", what, failure.toString());
            return answer(400, "invalid_request", "The body could not be read.", null, List.of());
        }
        if (failure instanceof RateLimitException limited) {
            Duration retryAfter = limited.retryAfter() == null ? DEFAULT_UPSTREAM_RETRY_AFTER : limited.retryAfter();
            LOG.warn("Realtime API rate limit reached while {}: {}", what, limited.getMessage());
            return answer(503, "upstream_rate_limited", "The voice service is busy. Try again later.", retryAfter,
                    List.of());
        }
        if (failure instanceof ApiTimeoutException) {
            LOG.warn("Realtime API timed out while {}: {}", what, failure.getMessage());
            return answer(502, "upstream_timeout", "The voice service did not answer in time.", null, List.of());
        }
        if (failure instanceof ApiCancelledException) {
            LOG.info("Cancelled {}: {}", what, failure.getMessage());
            return answer(503, "unavailable", "The service is shutting down. Try again later.",
                    DEFAULT_UPSTREAM_RETRY_AFTER, List.of());
        }
        if (failure instanceof ApiStatusException || failure instanceof ApiConnectionException
                || failure instanceof RealtimeApiException) {
            LOG.warn("Realtime API call failed while {}: {}", what, failure.getMessage());
            return answer(502, "upstream_error", "The voice service failed to answer.", null, List.of());
        }
        LOG.error("Unexpected failure while " + what, failure);
        return answer(500, "internal_error", "Something went wrong.", null, List.of());
    }

    /**
     * Returns an error answer.
     *
     * @param status the HTTP status
     * @param type the stable error type
     * @param message a message fit for an end user
     * @param retryAfter the {@code Retry-After}, or {@code null}
     * @param violations the broken rules, possibly empty
     * @return the answer
     */
    static ServerResponse answer(int status, String type, String message, Duration retryAfter, List<Violation> violations) {
        JsonObject.Builder error = JsonObject.builder().put("type", type).put("message", message);
        if (!violations.isEmpty()) {
            List<JsonValue> items = new ArrayList<>(violations.size());
            for (Violation violation : violations) {
                items.add(JsonObject.builder()
                        .put("field", violation.field())
                        .put("rule", violation.rule())
                        .build());
            }
            error.put("violations", JsonArray.of(items));
        }
        if (retryAfter != null) {
            error.put("retry_after_seconds", seconds(retryAfter));
        }
        byte[] body = JsonObject.builder().put("error", error.build()).build().toJson().getBytes(StandardCharsets.UTF_8);
        ServerResponse.BodyBuilder builder = ServerResponse.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (retryAfter != null) {
            builder.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds(retryAfter)));
        }
        return builder.body(body);
    }

    /** Whole seconds, rounded up, at least 1: what {@code Retry-After} can say. */
    static long seconds(Duration delay) {
        long seconds = delay.getSeconds() + (delay.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    private static String reasonPhrase(int code) {
        HttpStatus status = HttpStatus.resolve(code);
        return status == null ? "Refused." : status.getReasonPhrase();
    }
}
