package io.github.realtimesessions.benchmarks;

import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.transport.apache.ApacheSessionCreator;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.io.CloseMode;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The asynchronous Apache transport ({@code sessions.async().createClientSecret}) with 1, 8 and 64 calls in flight,
 * driven by one JMH thread: each operation waits for a free slot, starts a call and returns; completions free their
 * slot on the client's I/O threads. The score is completed calls per second. The creator uses
 * {@value #IO_THREADS} I/O threads, so 64 calls in flight run on 1 caller thread, {@value #IO_THREADS} I/O threads
 * and the creator's one scheduler thread: no thread per call. Compare {@code inFlight=8} with
 * {@code TransportBenchmarks.apacheTransport} at {@code -t 8} in interleaved rounds, or read the ratio from
 * {@link PairedAsyncBenchmarks}, which alternates the two in one JVM. {@link #rawAsyncApache} is the hand-written
 * baseline on HttpClient's async client.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class AsyncBenchmarks {

    /** The I/O threads of the async client under test. */
    public static final int IO_THREADS = 2;

    /** The server and the slots of the calls in flight, whichever client makes them. */
    @State(Scope.Benchmark)
    public abstract static class Slots {

        /** How many calls are kept in flight at once. */
        @Param({"1", "8", "64"})
        public int inFlight;

        LoopbackHttpServer server;
        Semaphore slots;
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final AtomicLong completed = new AtomicLong();

        /** The longest warm-up in the setup: see {@link JitWarmup}. */
        long prewarmMillis = JitWarmup.DEFAULT_MAX_MILLIS;

        /** Starts the server and the client, then warms the async path up. */
        @Setup(Level.Trial)
        public void setUp() {
            server = LoopbackHttpServer.start(BenchmarkFixtures.responseBody());
            slots = new Semaphore(inFlight);
            startClient(BenchmarkFixtures.settings(server.baseUri()));
            JitWarmup.run(prewarmMillis, this::callAndWait);
        }

        abstract void startClient(ClientSettings settings);

        /** One call, waited for: the warm-up. */
        abstract String callAndWait() throws Exception;

        abstract void closeClient();

        /** Frees the slot of a finished call, keeping the first failure. */
        void finished(String secret, Throwable failed) {
            if (failed != null) {
                failure.compareAndSet(null, failed);
            } else if (secret == null || secret.isEmpty()) {
                failure.compareAndSet(null, new IllegalStateException("no secret"));
            }
            completed.incrementAndGet();
            slots.release();
        }

        /**
         * Waits for the calls still in flight, then closes everything.
         *
         * @throws InterruptedException if interrupted while waiting
         */
        @TearDown(Level.Trial)
        public void tearDown() throws InterruptedException {
            slots.tryAcquire(inFlight, 10, TimeUnit.SECONDS);
            closeClient();
            server.close();
            Throwable failed = failure.get();
            if (failed != null) {
                throw new IllegalStateException("an asynchronous call failed", failed);
            }
        }
    }

    /** The library's asynchronous Apache transport, with its own async client. */
    @State(Scope.Benchmark)
    public static class InFlight extends Slots {

        SessionCreator sessions;
        ClientSecretRequest request;

        @Override
        void startClient(ClientSettings settings) {
            sessions = ApacheSessionCreator.builder(settings)
                    .maxConnections(BenchmarkFixtures.ASYNC_POOL_SIZE)
                    .ioThreads(IO_THREADS)
                    .build();
            request = BenchmarkFixtures.request();
        }

        @Override
        String callAndWait() {
            return sessions.async().createClientSecret(request).join().clientSecret().value();
        }

        @Override
        void closeClient() {
            sessions.close();
        }
    }

    /**
     * The hand-written asynchronous call, the baseline of the async rows: HttpClient 5's async client configured like
     * the transport's ({@link ApacheClients#asyncPooled}, {@value #IO_THREADS} I/O threads), the request bytes
     * encoded once, the answer buffered by HttpClient's simple consumer and parsed to a Jackson tree on the I/O thread.
     */
    @State(Scope.Benchmark)
    public static class RawAsync extends Slots {

        CloseableHttpAsyncClient client;
        URI uri;
        Header[] headers;
        byte[] body;

        @Override
        void startClient(ClientSettings settings) {
            client = ApacheClients.asyncPooled(settings, BenchmarkFixtures.ASYNC_POOL_SIZE, IO_THREADS);
            client.start();
            uri = URI.create(settings.baseUri() + "/realtime/client_secrets");
            headers = ApacheClients.requestHeaders(settings);
            body = BenchmarkFixtures.requestBody();
        }

        /** Starts one call; the callback gets the secret or the failure. */
        void call(java.util.function.BiConsumer<String, Throwable> done) {
            SimpleHttpRequest post = SimpleRequestBuilder.post(uri)
                    .setHeaders(headers)
                    .setBody(body, ContentType.APPLICATION_JSON)
                    .build();
            client.execute(post, new FutureCallback<SimpleHttpResponse>() {
                @Override
                public void completed(SimpleHttpResponse response) {
                    String secret;
                    try {
                        secret = BenchmarkFixtures.secretFromTree(response.getCode(), response.getBodyBytes());
                    } catch (IOException | RuntimeException e) {
                        done.accept(null, e);
                        return;
                    }
                    done.accept(secret, null);
                }

                @Override
                public void failed(Exception e) {
                    done.accept(null, e);
                }

                @Override
                public void cancelled() {
                    done.accept(null, new CancellationException());
                }
            });
        }

        @Override
        String callAndWait() throws Exception {
            CompletableFuture<String> result = new CompletableFuture<>();
            call((secret, failed) -> {
                if (failed != null) {
                    result.completeExceptionally(failed);
                } else {
                    result.complete(secret);
                }
            });
            return result.get(10, TimeUnit.SECONDS);
        }

        @Override
        void closeClient() {
            client.close(CloseMode.GRACEFUL);
        }
    }

    /**
     * What "no thread per call" means in numbers, as a secondary result of every row ({@code ·clientThreads} in
     * JMH's output and JSON): the threads the library and HttpClient run for the calls in flight, named
     * {@code realtime-sessions-*} (scheduler, connect-timeout timer) and {@code httpclient-*} (the reactor's main and
     * I/O threads). Counted when an iteration ends, with the calls still in flight;
     * JMH reports the sum over its threads, so read it in a run with {@code -t 1}.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class ClientThreads {

        /** The client's threads alive when the iteration started. */
        public long clientThreads;

        /** Counts them. */
        @TearDown(Level.Iteration)
        public void count() {
            clientThreads = Thread.getAllStackTraces().keySet().stream()
                    .filter(Thread::isAlive)
                    .map(Thread::getName)
                    .filter(name -> name.startsWith("realtime-sessions-") || name.startsWith("httpclient-"))
                    .count();
        }
    }

    /**
     * Starts one call of the library once a slot is free; its completion frees the slot.
     *
     * @param state the calls in flight
     * @param threads the client's threads, reported beside the score
     * @return the number of calls completed so far, so that nothing is dead code
     * @throws InterruptedException if interrupted while waiting for a slot
     */
    @Benchmark
    public long asyncApacheTransport(InFlight state, ClientThreads threads) throws InterruptedException {
        state.slots.acquire();
        state.sessions.async().createClientSecret(state.request).whenComplete((answer, failure) ->
                state.finished(answer == null ? null : answer.clientSecret().value(), failure));
        return state.completed.get();
    }

    /**
     * Starts one hand-written async call once a slot is free: what HttpClient's async client itself reaches, with no
     * library around it.
     *
     * @param state the calls in flight
     * @param threads the client's threads, reported beside the score
     * @return the number of calls completed so far, so that nothing is dead code
     * @throws InterruptedException if interrupted while waiting for a slot
     */
    @Benchmark
    public long rawAsyncApache(RawAsync state, ClientThreads threads) throws InterruptedException {
        state.slots.acquire();
        state.call(state::finished);
        return state.completed.get();
    }
}
