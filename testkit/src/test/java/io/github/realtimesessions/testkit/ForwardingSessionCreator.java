package io.github.realtimesessions.testkit;

import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.model.TranslationClientSecretRequest;
import io.github.realtimesessions.model.TranslationClientSecretResponse;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateResponse;
import io.github.realtimesessions.port.AsyncSessionCreator;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.port.SessionCreator;

/** Forwards every call to another creator; the broken creators of the tests override what they break. */
@SuppressWarnings("deprecation")
class ForwardingSessionCreator implements SessionCreator {

    final SessionCreator delegate;

    ForwardingSessionCreator(SessionCreator delegate) {
        this.delegate = delegate;
    }

    @Override
    public ClientSecretResponse createClientSecret(ClientSecretRequest request, RequestOptions options) {
        return delegate.createClientSecret(request, options);
    }

    @Override
    public TranslationClientSecretResponse createTranslationClientSecret(
            TranslationClientSecretRequest request, RequestOptions options) {
        return delegate.createTranslationClientSecret(request, options);
    }

    @Override
    public RealtimeCall createCall(CallRequest request, RequestOptions options) {
        return delegate.createCall(request, options);
    }

    @Override
    public void hangUp(String callId, RequestOptions options) {
        delegate.hangUp(callId, options);
    }

    @Override
    public RealtimeSessionCreateResponse create(RealtimeSessionCreateRequest request, RequestOptions options) {
        return delegate.create(request, options);
    }

    @Override
    public AsyncSessionCreator async() {
        return delegate.async();
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + delegate + "]";
    }
}
