package io.github.realtimesessions.port;

import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.model.TranslationClientSecretRequest;
import io.github.realtimesessions.model.TranslationClientSecretResponse;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateResponse;
import java.util.concurrent.CompletableFuture;

/**
 * The calls of {@link SessionCreator} as {@code CompletableFuture}s ({@link SessionCreator#async()}).
 *
 * <p>Each call validates its arguments on the calling thread, before anything is sent: a {@code null} argument throws
 * {@link NullPointerException} at once, a closed creator {@link IllegalStateException}. Everything after that completes
 * the future: with the result, or exceptionally with the same {@link RealtimeApiException} the blocking call would
 * throw, as the cause of the {@link java.util.concurrent.CompletionException} that {@code join()} wraps it in (never
 * wrapped twice). Retries wait on a scheduler, not on a blocked thread. Cancelling the future cancels the exchange in
 * flight and any pending retry. Which transports are non-blocking is documented by each transport.
 */
public interface AsyncSessionCreator {

    /**
     * Mints an ephemeral client secret for a Realtime or a transcription session.
     *
     * @param request the secret's lifetime and the session
     * @return the secret and the session the server configured
     */
    default CompletableFuture<ClientSecretResponse> createClientSecret(ClientSecretRequest request) {
        return createClientSecret(request, RequestOptions.defaults());
    }

    /**
     * Mints an ephemeral client secret, with options for this call only.
     *
     * @param request the secret's lifetime and the session
     * @param options a deadline or headers for this call
     * @return the secret and the session the server configured
     */
    CompletableFuture<ClientSecretResponse> createClientSecret(ClientSecretRequest request, RequestOptions options);

    /**
     * Mints an ephemeral client secret for a translation session.
     *
     * @param request the secret's lifetime and the translation session
     * @return the secret and the session the server configured
     */
    default CompletableFuture<TranslationClientSecretResponse> createTranslationClientSecret(
            TranslationClientSecretRequest request) {
        return createTranslationClientSecret(request, RequestOptions.defaults());
    }

    /**
     * Mints an ephemeral client secret for a translation session, with options for this call only.
     *
     * @param request the secret's lifetime and the translation session
     * @param options a deadline or headers for this call
     * @return the secret and the session the server configured
     */
    CompletableFuture<TranslationClientSecretResponse> createTranslationClientSecret(
            TranslationClientSecretRequest request, RequestOptions options);

    /**
     * Creates a WebRTC call from the browser's SDP offer.
     *
     * @param request the offer and the session to run
     * @return the SDP answer and the call id
     */
    default CompletableFuture<RealtimeCall> createCall(CallRequest request) {
        return createCall(request, RequestOptions.defaults());
    }

    /**
     * Creates a WebRTC call from the browser's SDP offer, with options for this call only.
     *
     * @param request the offer and the session to run
     * @param options a deadline or headers for this call
     * @return the SDP answer and the call id
     */
    CompletableFuture<RealtimeCall> createCall(CallRequest request, RequestOptions options);

    /**
     * Ends a call.
     *
     * @param callId the call id
     * @return completes when the API has begun to end the call
     * @throws IllegalArgumentException if {@code callId} is blank or not a single path segment
     */
    default CompletableFuture<Void> hangUp(String callId) {
        return hangUp(callId, RequestOptions.defaults());
    }

    /**
     * Ends a call, with options for this call only.
     *
     * @param callId the call id
     * @param options a deadline or headers for this call
     * @return completes when the API has begun to end the call
     * @throws IllegalArgumentException if {@code callId} is blank or not a single path segment
     */
    CompletableFuture<Void> hangUp(String callId, RequestOptions options);

    /**
     * Creates a session on the retired beta endpoint.
     *
     * @param request the session configuration
     * @return the created session
     * @deprecated OpenAI removed {@code POST /v1/realtime/sessions} on 2026-05-12. Use
     *     {@link #createClientSecret(ClientSecretRequest)}.
     */
    @Deprecated(since = "0.1.0")
    default CompletableFuture<RealtimeSessionCreateResponse> create(RealtimeSessionCreateRequest request) {
        return create(request, RequestOptions.defaults());
    }

    /**
     * Creates a session on the retired beta endpoint, with options for this call only.
     *
     * @param request the session configuration
     * @param options a deadline or headers for this call
     * @return the created session
     * @deprecated OpenAI removed {@code POST /v1/realtime/sessions} on 2026-05-12.
     */
    @Deprecated(since = "0.1.0")
    CompletableFuture<RealtimeSessionCreateResponse> create(
            RealtimeSessionCreateRequest request, RequestOptions options);
}
