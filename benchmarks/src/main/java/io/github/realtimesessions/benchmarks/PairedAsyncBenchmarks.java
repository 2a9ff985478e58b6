package io.github.realtimesessions.benchmarks;

import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.transport.apache.ApacheSessionCreator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The asynchronous Apache transport against the classic one, in turn, in one JVM: what {@link PairedBenchmarks} does
 * for a call, done for saturated throughput. Each operation runs two phases of {@value #CALLS_PER_PHASE} calls each
 * (which one goes first alternates): the classic transport called by {@value #CONCURRENCY} threads, and the async
 * transport with {@value #CONCURRENCY} calls kept in flight by the benchmark thread, on
 * {@value AsyncBenchmarks#IO_THREADS} I/O threads. Each phase's wall time, from its first call to its last answer,
 * goes on its own counter; with the same number of calls on each side, {@code classicNanos / asyncNanos} is the async
 * transport's throughput as a fraction of the classic one's over the same seconds.
 *
 * <p>Why: the async rows of {@link AsyncBenchmarks} and the classic rows of {@link TransportBenchmarks} run in
 * different JVMs, minutes apart, and on a VM whose speed drifts their ratio moved by ±0.1 from one round to the next.
 * A phase lasts some 50 ms, so both sides see the same machine. The two phases start and drain the same way (8 calls
 * at once, then the last 8 finishing), so that ramp is in both counters alike.
 *
 * <p>{@link #rawAsyncVsRawClassicPaired} does the same for the hand-written calls ({@code rawApache} on 8 threads,
 * {@link AsyncBenchmarks.RawAsync} with 8 in flight): what HttpClient's async client itself reaches against its
 * classic one on the same machine, with no library around either.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dhttp.maxConnections=16"})
@Threads(1)
public class PairedAsyncBenchmarks {

    /** Calls at once on each side: classic threads, or async calls in flight. */
    public static final int CONCURRENCY = 8;

    /** Calls per phase: about 50 ms at this VM's speed. */
    public static final int CALLS_PER_PHASE = 1000;

    /** A blocking call, as one of the classic side's threads makes it. */
    @FunctionalInterface
    interface BlockingCall {
        String call() throws Exception;
    }

    /** Starts an asynchronous call; {@code done} is called once with its secret or its failure. */
    @FunctionalInterface
    interface AsyncCall {
        void start(java.util.function.BiConsumer<String, Throwable> done);
    }

    /** What both kinds of pair share: the server, the classic side's threads, the first failure. */
    @State(Scope.Benchmark)
    public abstract static class Sides {

        LoopbackHttpServer server;
        ClientSettings settings;
        ExecutorService classicThreads;
        final AtomicReference<Throwable> failure = new AtomicReference<>();

        /** The longest each side is warmed up by one thread in the setup: see {@link JitWarmup}. */
        long prewarmMillis = JitWarmup.DEFAULT_MAX_MILLIS;

        /** Starts the server, the threads and both sides, and warms each side up. */
        @Setup(Level.Trial)
        public void setUp() {
            server = LoopbackHttpServer.start(BenchmarkFixtures.responseBody());
            settings = BenchmarkFixtures.settings(server.baseUri());
            classicThreads = Executors.newFixedThreadPool(CONCURRENCY);
            startSides();
            JitWarmup.run(prewarmMillis, () -> classic().call());
            JitWarmup.run(prewarmMillis, this::asyncCallAndWait);
        }

        abstract void startSides();

        abstract BlockingCall classic();

        abstract AsyncCall async();

        /** One async call, waited for: the async side's warm-up. */
        abstract String asyncCallAndWait() throws Exception;

        abstract void closeSides();

        /** Closes everything. */
        @TearDown(Level.Trial)
        public void tearDown() {
            classicThreads.shutdownNow();
            closeSides();
            server.close();
        }
    }

    /** The library: {@code ApacheSessionCreator} classic, and its async calls on its own async client. */
    @State(Scope.Benchmark)
    public static class Transports extends Sides {

        SessionCreator classic;
        SessionCreator async;
        ClientSecretRequest request;

        @Override
        void startSides() {
            request = BenchmarkFixtures.request();
            classic = ApacheSessionCreator.create(settings);
            async = ApacheSessionCreator.builder(settings)
                    .maxConnections(BenchmarkFixtures.ASYNC_POOL_SIZE)
                    .ioThreads(AsyncBenchmarks.IO_THREADS)
                    .build();
        }

        @Override
        BlockingCall classic() {
            return () -> classic.createClientSecret(request).clientSecret().value();
        }

        @Override
        AsyncCall async() {
            return done -> async.async().createClientSecret(request).whenComplete((answer, failed) ->
                    done.accept(answer == null ? null : answer.clientSecret().value(), failed));
        }

        @Override
        String asyncCallAndWait() {
            return async.async().createClientSecret(request).join().clientSecret().value();
        }

        @Override
        void closeSides() {
            classic.close();
            async.close();
        }
    }

    /** The hand-written calls: {@code rawApache}'s classic client, and {@link AsyncBenchmarks.RawAsync}'s async one. */
    @State(Scope.Benchmark)
    public static class RawClients extends Sides {

        final TransportBenchmarks.RawApache classic = new TransportBenchmarks.RawApache();
        final AsyncBenchmarks.RawAsync async = new AsyncBenchmarks.RawAsync();

        @Override
        void startSides() {
            classic.start(settings, 0); // warmed up by setUp, like the transports
            async.startClient(settings);
        }

        @Override
        BlockingCall classic() {
            return classic::call;
        }

        @Override
        AsyncCall async() {
            return async::call;
        }

        @Override
        String asyncCallAndWait() throws Exception {
            return async.callAndWait();
        }

        @Override
        void closeSides() {
            classic.tearDown();
            async.closeClient();
        }
    }

    /**
     * The wall time of each side's phases in one iteration; reset when an iteration starts, so that a warm-up
     * iteration does not count.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Nanos {

        /** Nanoseconds the classic side took for its phases in this iteration. */
        public long classicNanos;

        /** Nanoseconds the async side took for the same number of calls. */
        public long asyncNanos;

        private boolean asyncFirst;

        /** Clears the counters. */
        @Setup(Level.Iteration)
        public void reset() {
            classicNanos = 0;
            asyncNanos = 0;
        }

        boolean flipAsyncFirst() {
            asyncFirst = !asyncFirst;
            return asyncFirst;
        }
    }

    /**
     * The library's async transport paired with its classic transport.
     *
     * @param sides the two transports
     * @param nanos the counters
     * @throws Exception if a call fails
     */
    @Benchmark
    public void asyncVsClassicPaired(Transports sides, Nanos nanos) throws Exception {
        pair(sides, nanos);
    }

    /**
     * The hand-written async call paired with the hand-written classic call.
     *
     * @param sides the two clients
     * @param nanos the counters
     * @throws Exception if a call fails
     */
    @Benchmark
    public void rawAsyncVsRawClassicPaired(RawClients sides, Nanos nanos) throws Exception {
        pair(sides, nanos);
    }

    private static void pair(Sides sides, Nanos nanos) throws Exception {
        if (nanos.flipAsyncFirst()) {
            nanos.asyncNanos += asyncPhase(sides);
            nanos.classicNanos += classicPhase(sides);
        } else {
            nanos.classicNanos += classicPhase(sides);
            nanos.asyncNanos += asyncPhase(sides);
        }
        Throwable failed = sides.failure.get();
        if (failed != null) {
            throw new IllegalStateException("a call failed", failed);
        }
    }

    /** {@value #CALLS_PER_PHASE} blocking calls on {@value #CONCURRENCY} threads; returns the phase's wall time. */
    static long classicPhase(Sides sides) throws Exception {
        BlockingCall call = sides.classic();
        AtomicInteger tickets = new AtomicInteger(CALLS_PER_PHASE);
        List<Future<?>> threads = new ArrayList<>(CONCURRENCY);
        long start = System.nanoTime();
        for (int i = 0; i < CONCURRENCY; i++) {
            threads.add(sides.classicThreads.submit(() -> {
                while (tickets.getAndDecrement() > 0) {
                    check(sides, call.call());
                }
                return null;
            }));
        }
        for (Future<?> thread : threads) {
            thread.get();
        }
        return System.nanoTime() - start;
    }

    /** {@value #CALLS_PER_PHASE} async calls, {@value #CONCURRENCY} in flight; returns the phase's wall time. */
    static long asyncPhase(Sides sides) throws InterruptedException {
        AsyncCall call = sides.async();
        Semaphore slots = new Semaphore(CONCURRENCY);
        long start = System.nanoTime();
        for (int i = 0; i < CALLS_PER_PHASE; i++) {
            slots.acquire();
            call.start((secret, failed) -> {
                if (failed != null) {
                    sides.failure.compareAndSet(null, failed);
                } else {
                    check(sides, secret);
                }
                slots.release();
            });
        }
        if (!slots.tryAcquire(CONCURRENCY, 30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("async calls still in flight after 30 s");
        }
        return System.nanoTime() - start;
    }

    private static void check(Sides sides, String secret) {
        if (secret == null || secret.isEmpty()) {
            sides.failure.compareAndSet(null, new IllegalStateException("no secret"));
        }
    }
}
