package io.github.realtimesessions.transport.apache;

import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.port.SessionCreator;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The two ways a call reaches the Apache transport: the blocking call (the classic client and its pool) and
 * {@link SessionCreator#async()} (the async client, its I/O reactor and its pool). Tests run a case over both.
 */
enum CallPath {

    /** {@code createClientSecret(...)}, over the classic client. */
    BLOCKING {
        @Override
        CompletableFuture<ClientSecretResponse> start(
                SessionCreator creator, ClientSecretRequest request, Executor callers) {
            return CompletableFuture.supplyAsync(() -> creator.createClientSecret(request), callers);
        }

        @Override
        ClientSecretResponse mint(SessionCreator creator, ClientSecretRequest request) {
            return creator.createClientSecret(request);
        }
    },

    /** {@code async().createClientSecret(...)}, over the async client. */
    ASYNC {
        @Override
        CompletableFuture<ClientSecretResponse> start(
                SessionCreator creator, ClientSecretRequest request, Executor callers) {
            return creator.async().createClientSecret(request);
        }

        @Override
        ClientSecretResponse mint(SessionCreator creator, ClientSecretRequest request) {
            return await(creator.async().createClientSecret(request));
        }
    };

    /** The longest a test waits for a call that must end on its own; far beyond every deadline the tests set. */
    static final Duration CALL_LIMIT = Duration.ofSeconds(30);

    /**
     * Starts a call without waiting for it: a blocking call runs on one of {@code callers}.
     *
     * @param creator the creator
     * @param request the request
     * @param callers the threads blocking calls run on; unused by {@link #ASYNC}
     * @return the call's future
     */
    abstract CompletableFuture<ClientSecretResponse> start(
            SessionCreator creator, ClientSecretRequest request, Executor callers);

    /**
     * Makes a call and waits for it; a failed call throws its exception as the blocking call would.
     *
     * @param creator the creator
     * @param request the request
     * @return the answer
     */
    abstract ClientSecretResponse mint(SessionCreator creator, ClientSecretRequest request);

    /** Waits for a future and unwraps its failure, so that both paths throw the same exception. */
    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(CALL_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError("the call failed with " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("the call did not end within " + CALL_LIMIT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
