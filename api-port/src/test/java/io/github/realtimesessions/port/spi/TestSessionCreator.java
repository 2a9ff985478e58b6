package io.github.realtimesessions.port.spi;

import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.model.TranslationClientSecretRequest;
import io.github.realtimesessions.model.TranslationClientSecretResponse;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateResponse;
import io.github.realtimesessions.port.AsyncSessionCreator;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.port.SessionCreator;

/**
 * What the test transports create: remembers which transport made it and with which settings, so that a test can
 * tell which provider {@link io.github.realtimesessions.port.SessionCreators} chose. It makes no calls.
 *
 * @param transport the name of the provider that created it
 * @param settings the settings it was created with
 */
public record TestSessionCreator(String transport, ClientSettings settings) implements SessionCreator {

    private UnsupportedOperationException noCalls() {
        return new UnsupportedOperationException("test transport " + transport + " makes no calls");
    }

    @Override
    public ClientSecretResponse createClientSecret(ClientSecretRequest request, RequestOptions options) {
        throw noCalls();
    }

    @Override
    public TranslationClientSecretResponse createTranslationClientSecret(
            TranslationClientSecretRequest request, RequestOptions options) {
        throw noCalls();
    }

    @Override
    public RealtimeCall createCall(CallRequest request, RequestOptions options) {
        throw noCalls();
    }

    @Override
    public void hangUp(String callId, RequestOptions options) {
        throw noCalls();
    }

    @Override
    @Deprecated
    public RealtimeSessionCreateResponse create(RealtimeSessionCreateRequest request, RequestOptions options) {
        throw noCalls();
    }

    @Override
    public AsyncSessionCreator async() {
        throw noCalls();
    }

    @Override
    public void close() {}
}
