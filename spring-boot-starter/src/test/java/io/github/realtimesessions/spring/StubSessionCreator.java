package io.github.realtimesessions.spring;

import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSession;
import io.github.realtimesessions.model.ResponseMetadata;
import io.github.realtimesessions.model.TranslationClientSecretRequest;
import io.github.realtimesessions.model.TranslationClientSecretResponse;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateResponse;
import io.github.realtimesessions.port.AsyncSessionCreator;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.port.SessionCreator;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A scriptable SessionCreator for the starter's unit tests (the testkit's fakes are exercised by the ITs). */
final class StubSessionCreator implements SessionCreator {

    static final String SECRET = "ek_stub_secret_value_0123456789";

    final List<ClientSecretRequest> minted = new CopyOnWriteArrayList<>();
    final List<CallRequest> calls = new CopyOnWriteArrayList<>();
    final List<String> hangups = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    volatile RuntimeException failure;
    volatile boolean closed;

    @Override
    public ClientSecretResponse createClientSecret(ClientSecretRequest request, RequestOptions options) {
        minted.add(request);
        if (failure != null) {
            throw failure;
        }
        return ClientSecretResponse.builder()
                .value(SECRET)
                .expiresAt(Instant.parse("2026-12-01T10:10:00Z"))
                .session(RealtimeSession.builder()
                        .id("sess_" + ids.incrementAndGet())
                        .model(RealtimeModel.GPT_REALTIME)
                        .build())
                .build();
    }

    @Override
    public TranslationClientSecretResponse createTranslationClientSecret(
            TranslationClientSecretRequest request, RequestOptions options) {
        throw new UnsupportedOperationException();
    }

    @Override
    public RealtimeCall createCall(CallRequest request, RequestOptions options) {
        calls.add(request);
        if (failure != null) {
            throw failure;
        }
        String id = "rtc_stub" + ids.incrementAndGet();
        return new RealtimeCall(id, "v=0\r\no=- answer\r\n", "/v1/realtime/calls/" + id, ResponseMetadata.NONE);
    }

    @Override
    public void hangUp(String callId, RequestOptions options) {
        hangups.add(callId);
    }

    @Override
    @SuppressWarnings("deprecation")
    public RealtimeSessionCreateResponse create(RealtimeSessionCreateRequest request, RequestOptions options) {
        throw new UnsupportedOperationException();
    }

    @Override
    public AsyncSessionCreator async() {
        StubSessionCreator sync = this;
        return new AsyncSessionCreator() {
            @Override
            public CompletableFuture<ClientSecretResponse> createClientSecret(
                    ClientSecretRequest request, RequestOptions options) {
                return CompletableFuture.supplyAsync(() -> sync.createClientSecret(request, options));
            }

            @Override
            public CompletableFuture<TranslationClientSecretResponse> createTranslationClientSecret(
                    TranslationClientSecretRequest request, RequestOptions options) {
                return CompletableFuture.supplyAsync(() -> sync.createTranslationClientSecret(request, options));
            }

            @Override
            public CompletableFuture<RealtimeCall> createCall(CallRequest request, RequestOptions options) {
                return CompletableFuture.supplyAsync(() -> sync.createCall(request, options));
            }

            @Override
            public CompletableFuture<Void> hangUp(String callId, RequestOptions options) {
                return CompletableFuture.runAsync(() -> sync.hangUp(callId, options));
            }

            @Override
            @SuppressWarnings("deprecation")
            public CompletableFuture<RealtimeSessionCreateResponse> create(
                    RealtimeSessionCreateRequest request, RequestOptions options) {
                return CompletableFuture.supplyAsync(() -> sync.create(request, options));
            }
        };
    }

    @Override
    public void close() {
        closed = true;
    }
}
