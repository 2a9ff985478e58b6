package io.github.realtimesessions.testkit;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.transport.core.AsyncHttpExchange;
import io.github.realtimesessions.transport.core.HttpExchange;
import io.github.realtimesessions.transport.core.HttpHeaders;
import io.github.realtimesessions.transport.core.HttpSessionCreator;
import io.github.realtimesessions.transport.core.RawRequest;
import io.github.realtimesessions.transport.core.RawResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;

/**
 * A transport over the JDK's {@link HttpClient}, only for this module's tests. It proves that a transport is one
 * small exchange: an {@link HttpExchange} (the head arrives, the body streams) and an {@link AsyncHttpExchange} (the
 * body buffered up to the cap); everything else (endpoints, JSON, headers, retries, deadlines, errors) is
 * {@link HttpSessionCreator}'s.
 */
final class JdkHttpSessionCreator extends HttpSessionCreator {

    private final ExecutorService threads;

    private JdkHttpSessionCreator(ClientSettings settings, HttpClient client, ExecutorService threads,
            UnaryOperator<RawRequest> filter) {
        super(settings, "jdk", request -> send(client, filtered(request, filter)),
                request -> sendAsync(client, filtered(request, filter)), null);
        this.threads = threads;
    }

    static JdkHttpSessionCreator create(ClientSettings settings) {
        return create(settings, UnaryOperator.identity(), null);
    }

    /**
     * Creates a creator that changes each request before sending it, or trusts its own TLS context: the broken
     * transports of {@code ContractCatchesBrokenCreatorsTest}.
     */
    static JdkHttpSessionCreator create(ClientSettings settings, UnaryOperator<RawRequest> filter, SSLContext tls) {
        ExecutorService threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "jdk-transport");
            thread.setDaemon(true);
            return thread;
        });
        HttpClient.Builder client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(settings.connectTimeout())
                .executor(threads);
        if (tls != null) {
            client.sslContext(tls);
        }
        return new JdkHttpSessionCreator(settings, client.build(), threads, filter);
    }

    private static RawRequest filtered(RawRequest request, UnaryOperator<RawRequest> filter) {
        RawRequest sent = filter.apply(request);
        if (sent != request) {
            request.onAbort(sent::abort);
        }
        return sent;
    }

    @Override
    protected void closeTransport() {
        threads.shutdownNow();
    }

    private static HttpRequest request(RawRequest raw) {
        HttpRequest.Builder request = HttpRequest.newBuilder(raw.uri()).timeout(raw.readTimeout())
                .method(raw.method(), HttpRequest.BodyPublishers.ofByteArray(raw.body()));
        raw.headers().forEach(request::header);
        return request.build();
    }

    /** The blocking exchange: the head arrives, the body streams; an abort cancels it in any phase. */
    private static RawResponse send(HttpClient client, RawRequest raw) throws IOException {
        CompletableFuture<HttpResponse<InputStream>> future =
                client.sendAsync(request(raw), HttpResponse.BodyHandlers.ofInputStream());
        raw.onAbort(() -> {
            future.cancel(true);
            future.thenAccept(response -> closeQuietly(response.body()));
        });
        HttpResponse<InputStream> response = await(future, raw);
        InputStream body = response.body();
        return response(response.statusCode(), response.headers(), body, () -> closeQuietly(body));
    }

    /** The non-blocking exchange: the body is buffered up to the cap plus one byte, then the connection is dropped. */
    private static CompletableFuture<RawResponse> sendAsync(HttpClient client, RawRequest raw) {
        int cap = raw.maxResponseBytes();
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(request(raw), info -> new CappedBody(cap + 1));
        raw.onAbort(() -> future.cancel(true));
        return future.thenApply(response -> response(response.statusCode(), response.headers(),
                new ByteArrayInputStream(response.body()), () -> {}));
    }

    private static <T> T await(CompletableFuture<T> future, RawRequest raw) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            raw.abort();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the answer");
        } catch (CancellationException e) {
            throw new IOException("the exchange was aborted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    private static RawResponse response(int status, java.net.http.HttpHeaders jdk, InputStream body, Runnable close) {
        HttpHeaders.Builder headers = HttpHeaders.builder();
        jdk.map().forEach((name, values) -> values.forEach(value -> headers.add(name, value)));
        HttpHeaders built = headers.build();
        return new RawResponse() {
            @Override
            public int status() {
                return status;
            }

            @Override
            public HttpHeaders headers() {
                return built;
            }

            @Override
            public InputStream body() {
                return body;
            }

            @Override
            public void release() {
                close.run();
            }

            @Override
            public void abort() {
                close.run();
            }
        };
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // Closing to abort: nothing left to save.
        }
    }

    /** Collects a body up to a limit, then cancels the subscription (which closes the connection). */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final int limit;
        private Flow.Subscription subscription;

        CappedBody(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer item : items) {
                byte[] chunk = new byte[Math.min(item.remaining(), limit - bytes.size())];
                item.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
            if (bytes.size() >= limit) {
                subscription.cancel();
                result.complete(bytes.toByteArray());
            } else {
                subscription.request(1);
            }
        }

        @Override
        public void onError(Throwable failure) {
            result.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
