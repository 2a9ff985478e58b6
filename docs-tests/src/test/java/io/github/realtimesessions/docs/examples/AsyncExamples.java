package io.github.realtimesessions.docs.examples;

import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.port.RateLimitException;
import io.github.realtimesessions.port.SessionCreator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The examples of docs/async.md; {@code AsyncExamplesTest} runs them against the fake server. */
final class AsyncExamples {

    private AsyncExamples() {}

    static CompletableFuture<String> tokenForBrowser(SessionCreator sessions, ClientSecretRequest request) {
        // snippet:async-mint
        CompletableFuture<String> value = sessions.async()
                .createClientSecret(request)                 // validated now; sent without blocking this thread
                .thenApply(ClientSecretResponse::value);
        // end:async-mint
        return value;
    }

    static CompletableFuture<String> withFallback(SessionCreator sessions, ClientSecretRequest request) {
        // snippet:async-errors
        CompletableFuture<String> answer = sessions.async()
                .createClientSecret(request)
                .thenApply(secret -> "minted, expires at " + secret.expiresAt())
                .exceptionally(failure -> {
                    // The same exceptions as the blocking call, as the cause (a CompletionException wraps it
                    // in later stages only).
                    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                    if (cause instanceof RateLimitException limited) {
                        return "busy, retry after " + limited.retryAfter();
                    }
                    throw new CompletionException(cause);
                });
        // end:async-errors
        return answer;
    }
}
