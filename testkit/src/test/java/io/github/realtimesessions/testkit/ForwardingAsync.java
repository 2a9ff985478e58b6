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
import java.util.concurrent.CompletableFuture;

/** Forwards every asynchronous call; the broken creators of the tests override what they break. */
@SuppressWarnings("deprecation")
class ForwardingAsync implements AsyncSessionCreator {

    private final AsyncSessionCreator delegate;

    ForwardingAsync(AsyncSessionCreator delegate) {
        this.delegate = delegate;
    }

    @Override
    public CompletableFuture<ClientSecretResponse> createClientSecret(ClientSecretRequest request,
            RequestOptions options) {
        return delegate.createClientSecret(request, options);
    }

    @Override
    public CompletableFuture<TranslationClientSecretResponse> createTranslationClientSecret(
            TranslationClientSecretRequest request, RequestOptions options) {
        return delegate.createTranslationClientSecret(request, options);
    }

    @Override
    public CompletableFuture<RealtimeCall> createCall(CallRequest request, RequestOptions options) {
        return delegate.createCall(request, options);
    }

    @Override
    public CompletableFuture<Void> hangUp(String callId, RequestOptions options) {
        return delegate.hangUp(callId, options);
    }

    @Override
    public CompletableFuture<RealtimeSessionCreateResponse> create(RealtimeSessionCreateRequest request,
            RequestOptions options) {
        return delegate.create(request, options);
    }
}
