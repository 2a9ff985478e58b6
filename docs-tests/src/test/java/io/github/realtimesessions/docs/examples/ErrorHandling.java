package io.github.realtimesessions.docs.examples;

import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.InvalidRequestException;
import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.RateLimitException;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.SessionCreator;
import java.time.Duration;
import java.util.Optional;

/** The examples of docs/errors-and-retries.md; {@code ErrorHandlingTest} runs each branch against the fake server. */
final class ErrorHandling {

    private ErrorHandling() {}

    /** What a token endpoint answers its browser. */
    sealed interface Answer {
        record Minted(ClientSecretResponse secret) implements Answer {}

        record TryLater(Duration after) implements Answer {}

        record Refused(String why) implements Answer {}

        record Unavailable(String requestId) implements Answer {}
    }

    static Answer mint(SessionCreator sessions, ClientSecretRequest request) {
        // snippet:handle-errors
        try {
            return new Answer.Minted(sessions.createClientSecret(request));
        } catch (InvalidRequestException invalid) {
            // Refused before anything was sent: invalid.violations() names each field and rule.
            return new Answer.Refused(invalid.getMessage());
        } catch (RateLimitException limited) {
            // 429 after the retries: OpenAI's Retry-After, when it sent one.
            return new Answer.TryLater(Optional.ofNullable(limited.retryAfter()).orElse(Duration.ofSeconds(5)));
        } catch (ApiStatusException status) {
            // Any other non-2xx: status(), errorType(), errorCode(), errorMessage(), requestId().
            return new Answer.Unavailable(status.requestId());
        } catch (ApiConnectionException unreachable) {
            // No answer: refused, reset, cut short, or the deadline passed (ApiTimeoutException, a subtype).
            return new Answer.Unavailable(null);
        } catch (RealtimeApiException other) {
            // The root of the tree: a malformed answer (ResponseFormatException), a credential that failed, ...
            return new Answer.Unavailable(null);
        }
        // end:handle-errors
    }
}
