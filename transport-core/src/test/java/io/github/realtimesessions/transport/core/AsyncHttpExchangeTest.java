package io.github.realtimesessions.transport.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.net.URI;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@link AsyncHttpExchange#blocking()}: a blocking exchange over a non-blocking one. */
class AsyncHttpExchangeTest {

    private static RawRequest request() {
        return RawRequest.builder("POST", URI.create("https://h/realtime/client_secrets")).build();
    }

    private static RawResponse response(int status) {
        return new RawResponse() {
            @Override
            public int status() {
                return status;
            }

            @Override
            public HttpHeaders headers() {
                return HttpHeaders.empty();
            }

            @Override
            public InputStream body() {
                return new ByteArrayInputStream(new byte[0]);
            }

            @Override
            public void release() {}

            @Override
            public void abort() {}
        };
    }

    @Test
    void itWaitsForTheAnswer() throws IOException {
        RawResponse answer = response(200);
        AsyncHttpExchange async = request -> CompletableFuture.supplyAsync(() -> answer);

        assertThat(async.blocking().execute(request())).isSameAs(answer);
    }

    @Test
    void anIoFailureSurfacesAsItIs() {
        SocketException reset = new SocketException("Connection reset");
        AsyncHttpExchange async = request -> CompletableFuture.failedFuture(reset);

        assertThat(catchThrowable(() -> async.blocking().execute(request()))).isSameAs(reset);
    }

    @Test
    void anUncheckedFailureSurfacesAsItIs() {
        IllegalStateException broken = new IllegalStateException("pool shut down");
        AsyncHttpExchange async = request -> CompletableFuture.failedFuture(broken);

        assertThat(catchThrowable(() -> async.blocking().execute(request()))).isSameAs(broken);
    }

    @Test
    void aCheckedFailureOfAnotherKindIsWrappedInAnIoException() {
        Exception odd = new Exception("odd");
        AsyncHttpExchange async = request -> CompletableFuture.failedFuture(odd);

        Throwable thrown = catchThrowable(() -> async.blocking().execute(request()));

        assertThat(thrown).isExactlyInstanceOf(IOException.class).hasCause(odd);
    }

    @Test
    void aCancelledFutureIsACancellation() {
        CompletableFuture<RawResponse> future = new CompletableFuture<>();
        future.cancel(false);
        AsyncHttpExchange async = request -> future;

        assertThat(catchThrowable(() -> async.blocking().execute(request())))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void anInterruptAbortsTheExchangeAndKeepsTheFlag() throws InterruptedException {
        AtomicBoolean aborted = new AtomicBoolean();
        CountDownLatch waiting = new CountDownLatch(1);
        AsyncHttpExchange async = request -> {
            CompletableFuture<RawResponse> future = new CompletableFuture<>();
            request.onAbort(() -> {
                aborted.set(true);
                future.completeExceptionally(new SocketException("aborted"));
            });
            waiting.countDown();
            return future;
        };
        RawRequest request = request();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean flagAfter = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            try {
                async.blocking().execute(request);
            } catch (Throwable t) {
                thrown.set(t);
            }
            flagAfter.set(Thread.currentThread().isInterrupted());
        });

        caller.start();
        assertThat(waiting.await(5, TimeUnit.SECONDS)).isTrue();
        caller.interrupt();
        caller.join(5_000);

        assertThat(caller.isAlive()).isFalse();
        assertThat(thrown.get()).isExactlyInstanceOf(InterruptedIOException.class)
                .hasMessage("interrupted while waiting for the answer");
        assertThat(flagAfter).isTrue();
        assertThat(request.isAborted()).isTrue();
        assertThat(aborted).isTrue();
    }
}
