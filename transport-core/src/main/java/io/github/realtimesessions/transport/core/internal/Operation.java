package io.github.realtimesessions.transport.core.internal;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.Endpoint;
import java.net.URI;

/**
 * One endpoint as the pipeline runs it: where the request goes, how its body is encoded, what a 2xx answer means.
 * Adding an endpoint to the library is adding one of these (and its model types): no transport changes. Not API.
 *
 * @param <R> the request type
 * @param <T> the result type
 */
public abstract class Operation<R, T> {

    private final Endpoint endpoint;

    /**
     * Creates the operation.
     *
     * @param endpoint the endpoint
     */
    protected Operation(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    /**
     * Returns the endpoint.
     *
     * @return the endpoint
     */
    public final Endpoint endpoint() {
        return endpoint;
    }

    /**
     * Returns the URI of a request.
     *
     * @param settings the settings (base URIs)
     * @param request the request
     * @return the absolute URI
     */
    public abstract URI uri(ClientSettings settings, R request);

    /**
     * Tells whether {@link #uri} depends on the settings only, not on the request: the pipeline then builds the URI
     * (and the call's description for messages) once per creator, not on every call.
     *
     * @return {@code true} when every request of this operation goes to the same URI
     */
    public boolean uriIsFixed() {
        return false;
    }

    /**
     * Encodes a request's body.
     *
     * @param request the request
     * @return the body and its content type
     */
    public abstract Body body(R request);

    /**
     * Tells whether the body of a request may be reused for the same request object: true when the request is deeply
     * immutable and its encoding deterministic (a JSON body), false when each call needs fresh bytes (a multipart body
     * with a random boundary).
     *
     * @return {@code true} for a cacheable encoding
     */
    public boolean encodingIsCacheable() {
        return false;
    }

    /**
     * Returns the {@code Accept} header.
     *
     * @return the media type the endpoint answers with
     */
    public String accept() {
        return "application/json";
    }

    /**
     * Returns the {@code OpenAI-Safety-Identifier} of a request.
     *
     * @param request the request
     * @return the identifier, or {@code null}
     */
    public String safetyIdentifier(R request) {
        return null;
    }

    /**
     * Returns the key that authorizes this request instead of the configured credential.
     *
     * @param request the request
     * @return an ephemeral key, or {@code null} to use the credential
     */
    public String ephemeralKey(R request) {
        return null;
    }

    /**
     * Tells whether a 2xx answer carries a body.
     *
     * @return {@code true} unless the endpoint answers with an empty 2xx
     */
    public boolean expectsBody() {
        return true;
    }

    /**
     * Turns a 2xx answer into the result.
     *
     * @param answer the answer
     * @param callSecret a secret of this call to redact from messages, or {@code null}
     * @param redactor removes secrets from what a failure repeats
     * @return the result
     * @throws io.github.realtimesessions.port.ResponseFormatException if the answer is not what the endpoint returns
     */
    public abstract T decode(Answer answer, String callSecret, Redactor redactor);

    /**
     * A request body.
     *
     * @param bytes the bytes, empty for none
     * @param contentType the {@code Content-Type}, or {@code null} for none
     */
    public record Body(byte[] bytes, String contentType) {}
}
