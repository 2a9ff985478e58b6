package io.github.realtimesessions.port;

import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.model.TranslationClientSecretRequest;
import io.github.realtimesessions.model.TranslationClientSecretResponse;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateResponse;

/**
 * The Realtime API's REST calls that a server makes so that its API key never leaves it: mint an ephemeral client
 * secret for a browser or phone, or broker the browser's WebRTC offer itself and hang the call up later.
 *
 * <table>
 *   <caption>Calls and the endpoints they map to</caption>
 *   <tr><th>method</th><th>endpoint</th></tr>
 *   <tr><td>{@link #createClientSecret(ClientSecretRequest)}</td>
 *       <td>{@code POST /v1/realtime/client_secrets} (a realtime or a transcription session)</td></tr>
 *   <tr><td>{@link #createTranslationClientSecret(TranslationClientSecretRequest)}</td>
 *       <td>{@code POST /v1/realtime/translations/client_secrets}</td></tr>
 *   <tr><td>{@link #createCall(CallRequest)}</td><td>{@code POST /v1/realtime/calls}</td></tr>
 *   <tr><td>{@link #hangUp(String)}</td><td>{@code POST /v1/realtime/calls/{call_id}/hangup}</td></tr>
 *   <tr><td>{@link #create(RealtimeSessionCreateRequest)} (deprecated)</td>
 *       <td>{@code POST /v1/realtime/sessions}, removed by OpenAI on 2026-05-12</td></tr>
 * </table>
 * Each call has an overload taking {@link RequestOptions} (a deadline, headers of this call only), and
 * {@link #async()} offers every call as a {@code CompletableFuture}.
 *
 * <p>Implementations are thread-safe and immutable once built: share one instance across the application and close
 * it on shutdown. Every failure is a {@link RealtimeApiException} (unchecked):
 * <ul>
 *   <li>{@link ApiStatusException} and its subtypes for a non-2xx answer,</li>
 *   <li>{@link ApiConnectionException} when no complete answer arrived ({@link ApiTimeoutException} when it came too
 *       late),</li>
 *   <li>{@link ResponseFormatException} for a 2xx answer that is not what the endpoint returns,</li>
 *   <li>{@link ApiCancelledException} when the calling thread was interrupted or the creator closed,</li>
 *   <li>{@link CredentialException} when the credential could not supply a token.</li>
 * </ul>
 * An invalid request never reaches an implementation: it cannot be built
 * ({@link io.github.realtimesessions.model.InvalidRequestException}). A {@code null} argument is a
 * {@link NullPointerException}; a call on a closed creator an {@link IllegalStateException}.
 */
public interface SessionCreator extends AutoCloseable {

    /**
     * Mints an ephemeral client secret for a Realtime or a transcription session.
     *
     * @param request the secret's lifetime and the session
     * @return the secret and the session the server configured
     * @throws RealtimeApiException if no secret could be minted
     */
    default ClientSecretResponse createClientSecret(ClientSecretRequest request) {
        return createClientSecret(request, RequestOptions.defaults());
    }

    /**
     * Mints an ephemeral client secret, with options for this call only.
     *
     * @param request the secret's lifetime and the session
     * @param options a deadline or headers for this call
     * @return the secret and the session the server configured
     * @throws RealtimeApiException if no secret could be minted
     */
    ClientSecretResponse createClientSecret(ClientSecretRequest request, RequestOptions options);

    /**
     * Mints an ephemeral client secret for a translation session.
     *
     * @param request the secret's lifetime and the translation session
     * @return the secret and the session the server configured
     * @throws RealtimeApiException if no secret could be minted
     */
    default TranslationClientSecretResponse createTranslationClientSecret(TranslationClientSecretRequest request) {
        return createTranslationClientSecret(request, RequestOptions.defaults());
    }

    /**
     * Mints an ephemeral client secret for a translation session, with options for this call only.
     *
     * @param request the secret's lifetime and the translation session
     * @param options a deadline or headers for this call
     * @return the secret and the session the server configured
     * @throws RealtimeApiException if no secret could be minted
     */
    TranslationClientSecretResponse createTranslationClientSecret(
            TranslationClientSecretRequest request, RequestOptions options);

    /**
     * Creates a WebRTC call from the browser's SDP offer: the browser never sees a token.
     *
     * @param request the offer and the session to run
     * @return the SDP answer for the browser and the call id
     * @throws RealtimeApiException if the call could not be created
     */
    default RealtimeCall createCall(CallRequest request) {
        return createCall(request, RequestOptions.defaults());
    }

    /**
     * Creates a WebRTC call from the browser's SDP offer, with options for this call only.
     *
     * @param request the offer and the session to run
     * @param options a deadline or headers for this call
     * @return the SDP answer for the browser and the call id
     * @throws RealtimeApiException if the call could not be created
     */
    RealtimeCall createCall(CallRequest request, RequestOptions options);

    /**
     * Ends a call. An unknown or already ended call is a {@link NotFoundException}.
     *
     * @param callId the id from {@link RealtimeCall#callId()}, e.g. {@code rtc_...}
     * @throws IllegalArgumentException if {@code callId} is blank or not a single path segment
     * @throws RealtimeApiException if the call could not be ended
     */
    default void hangUp(String callId) {
        hangUp(callId, RequestOptions.defaults());
    }

    /**
     * Ends a call, with options for this call only.
     *
     * @param callId the id from {@link RealtimeCall#callId()}
     * @param options a deadline or headers for this call
     * @throws IllegalArgumentException if {@code callId} is blank or not a single path segment
     * @throws RealtimeApiException if the call could not be ended
     */
    void hangUp(String callId, RequestOptions options);

    /**
     * Creates a session on the retired beta endpoint.
     *
     * @param request the session configuration
     * @return the created session with its client secret
     * @throws RealtimeApiException if the session could not be created
     * @deprecated OpenAI removed {@code POST /v1/realtime/sessions} on 2026-05-12; against the real API this call
     *     fails. It stays for servers that still emulate it. Use {@link #createClientSecret(ClientSecretRequest)}.
     */
    @Deprecated(since = "0.1.0")
    default RealtimeSessionCreateResponse create(RealtimeSessionCreateRequest request) {
        return create(request, RequestOptions.defaults());
    }

    /**
     * Creates a session on the retired beta endpoint, with options for this call only.
     *
     * @param request the session configuration
     * @param options a deadline or headers for this call
     * @return the created session with its client secret
     * @throws RealtimeApiException if the session could not be created
     * @deprecated OpenAI removed {@code POST /v1/realtime/sessions} on 2026-05-12. Use
     *     {@link #createClientSecret(ClientSecretRequest, RequestOptions)}.
     */
    @Deprecated(since = "0.1.0")
    RealtimeSessionCreateResponse create(RealtimeSessionCreateRequest request, RequestOptions options);

    /**
     * Returns the same calls as {@code CompletableFuture}s, for event-loop servers that must not block a thread per
     * call. The view shares this creator's connections, settings and lifetime.
     *
     * @return the asynchronous view
     */
    AsyncSessionCreator async();

    /**
     * Releases what this creator owns (connection pools, threads). Idempotent; throws nothing. Calls still running or
     * waiting to retry end promptly with an {@link ApiCancelledException}. Resources the caller handed in stay open.
     */
    @Override
    void close();
}
