package io.github.realtimesessions.port;

import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.model.ResponseMetadata;
import io.github.realtimesessions.model.TranslationClientSecretRequest;
import io.github.realtimesessions.model.TranslationClientSecretResponse;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateResponse;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A hand-written {@link SessionCreator} for the {@link CallSupervisor} tests: {@code createCall} returns calls
 * {@code rtc_1}, {@code rtc_2}..., and its {@link #async()} view answers each hangup as the test scripted it (by
 * default: at once, successfully), recording every call id it was asked to hang up. One class cannot implement both
 * interfaces (their methods share signatures with different return types), so the asynchronous view is a nested class.
 * Thread-safe, for the one test that runs a real scheduler.
 */
final class FakeSessionCreator implements SessionCreator {

    private final Async async = new Async();
    private final Queue<Supplier<CompletableFuture<Void>>> hangUpScript = new ConcurrentLinkedQueue<>();
    private final List<String> hangUps = new CopyOnWriteArrayList<>();
    private final List<String> blockingHangUps = new CopyOnWriteArrayList<>();
    private final List<CallRequest> callRequests = new CopyOnWriteArrayList<>();
    private final List<RequestOptions> callOptions = new CopyOnWriteArrayList<>();
    private final AtomicInteger nextCall = new AtomicInteger(1);
    private volatile RuntimeException createCallFailure;
    private volatile Consumer<String> onHangUp = id -> {};
    private volatile boolean closed;

    /** The next hangup succeeds at once (what an unscripted hangup does too). */
    FakeSessionCreator thenHangUpSucceeds() {
        hangUpScript.add(() -> CompletableFuture.completedFuture(null));
        return this;
    }

    /** The next hangup's future fails with the given exception. */
    FakeSessionCreator thenHangUpFails(Throwable failure) {
        hangUpScript.add(() -> CompletableFuture.failedFuture(failure));
        return this;
    }

    /** The next hangup throws on the calling thread instead of returning a future. */
    FakeSessionCreator thenHangUpThrows(RuntimeException failure) {
        hangUpScript.add(() -> {
            throw failure;
        });
        return this;
    }

    /** The next hangup returns this future, which the test completes when it likes. */
    FakeSessionCreator thenHangUpReturns(CompletableFuture<Void> pending) {
        hangUpScript.add(() -> pending);
        return this;
    }

    /** Makes {@code createCall} throw. */
    void failCreateCall(RuntimeException failure) {
        this.createCallFailure = failure;
    }

    /** Runs an action with the call id of every asynchronous hangup, before it is answered. */
    void onHangUp(Consumer<String> action) {
        this.onHangUp = action;
    }

    /** The call ids the asynchronous view was asked to hang up, in order. */
    List<String> hangUps() {
        return List.copyOf(hangUps);
    }

    /** The call ids the blocking {@link #hangUp(String, RequestOptions)} was asked for, which the supervisor must not use. */
    List<String> blockingHangUps() {
        return List.copyOf(blockingHangUps);
    }

    /** The requests {@code createCall} was given. */
    List<CallRequest> callRequests() {
        return List.copyOf(callRequests);
    }

    /** The options {@code createCall} was given. */
    List<RequestOptions> callOptions() {
        return List.copyOf(callOptions);
    }

    /** Whether {@link #close()} was called. */
    boolean isClosed() {
        return closed;
    }

    @Override
    public RealtimeCall createCall(CallRequest request, RequestOptions options) {
        callRequests.add(request);
        callOptions.add(options);
        RuntimeException failure = createCallFailure;
        if (failure != null) {
            throw failure;
        }
        String id = "rtc_" + nextCall.getAndIncrement();
        return new RealtimeCall(id, "v=0\r\nanswer\r\n", "/v1/realtime/calls/" + id, ResponseMetadata.NONE);
    }

    @Override
    public void hangUp(String callId, RequestOptions options) {
        blockingHangUps.add(callId);
    }

    @Override
    public AsyncSessionCreator async() {
        return async;
    }

    @Override
    public ClientSecretResponse createClientSecret(ClientSecretRequest request, RequestOptions options) {
        throw new UnsupportedOperationException("not used by CallSupervisor");
    }

    @Override
    public TranslationClientSecretResponse createTranslationClientSecret(
            TranslationClientSecretRequest request, RequestOptions options) {
        throw new UnsupportedOperationException("not used by CallSupervisor");
    }

    @Override
    @Deprecated
    public RealtimeSessionCreateResponse create(RealtimeSessionCreateRequest request, RequestOptions options) {
        throw new UnsupportedOperationException("not used by CallSupervisor");
    }

    @Override
    public void close() {
        closed = true;
    }

    /** The asynchronous view: only {@code hangUp} is used by the supervisor. */
    private final class Async implements AsyncSessionCreator {

        @Override
        public CompletableFuture<Void> hangUp(String callId, RequestOptions options) {
            hangUps.add(callId);
            onHangUp.accept(callId);
            Supplier<CompletableFuture<Void>> next = hangUpScript.poll();
            return next == null ? CompletableFuture.completedFuture(null) : next.get();
        }

        @Override
        public CompletableFuture<RealtimeCall> createCall(CallRequest request, RequestOptions options) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException("not used by CallSupervisor"));
        }

        @Override
        public CompletableFuture<ClientSecretResponse> createClientSecret(
                ClientSecretRequest request, RequestOptions options) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException("not used by CallSupervisor"));
        }

        @Override
        public CompletableFuture<TranslationClientSecretResponse> createTranslationClientSecret(
                TranslationClientSecretRequest request, RequestOptions options) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException("not used by CallSupervisor"));
        }

        @Override
        @Deprecated
        public CompletableFuture<RealtimeSessionCreateResponse> create(
                RealtimeSessionCreateRequest request, RequestOptions options) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException("not used by CallSupervisor"));
        }
    }
}
