package io.github.realtimesessions.benchmarks;

import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.transport.apache.ApacheSessionCreator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
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
 * {@code TransportBenchmarks.apacheTransport} at {@code -t 8}.
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

    /** The server, the creator and the slots of the calls in flight. */
    @State(Scope.Benchmark)
    public static class InFlight {

        /** How many calls are kept in flight at once. */
        @Param({"1", "8", "64"})
        public int inFlight;

        LoopbackHttpServer server;
        SessionCreator sessions;
        ClientSecretRequest request;
        Semaphore slots;
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final AtomicLong completed = new AtomicLong();

        /** The longest warm-up in the setup: see {@link JitWarmup}. */
        long prewarmMillis = JitWarmup.DEFAULT_MAX_MILLIS;

        /** Starts the server and the creator, then warms the async path up. */
        @Setup(Level.Trial)
        public void setUp() {
            server = LoopbackHttpServer.start(BenchmarkFixtures.responseBody());
            sessions = ApacheSessionCreator.builder(BenchmarkFixtures.settings(server.baseUri()))
                    .maxConnections(BenchmarkFixtures.ASYNC_POOL_SIZE)
                    .ioThreads(IO_THREADS)
                    .build();
            request = BenchmarkFixtures.request();
            slots = new Semaphore(inFlight);
            JitWarmup.run(prewarmMillis,
                    () -> sessions.async().createClientSecret(request).join().clientSecret().value());
        }

        /**
         * Waits for the calls still in flight, then closes everything.
         *
         * @throws InterruptedException if interrupted while waiting
         */
        @TearDown(Level.Trial)
        public void tearDown() throws InterruptedException {
            slots.tryAcquire(inFlight, 10, TimeUnit.SECONDS);
            sessions.close();
            server.close();
            Throwable failed = failure.get();
            if (failed != null) {
                throw new IllegalStateException("an asynchronous call failed", failed);
            }
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
     * Starts one call once a slot is free; its completion frees the slot.
     *
     * @param state the calls in flight
     * @param threads the client's threads, reported beside the score
     * @return the number of calls completed so far, so that nothing is dead code
     * @throws InterruptedException if interrupted while waiting for a slot
     */
    @Benchmark
    public long asyncApacheTransport(InFlight state, ClientThreads threads) throws InterruptedException {
        state.slots.acquire();
        state.sessions.async().createClientSecret(state.request).whenComplete((answer, failure) -> {
            if (failure != null) {
                state.failure.compareAndSet(null, failure);
            } else if (answer.clientSecret().value().isEmpty()) {
                state.failure.compareAndSet(null, new IllegalStateException("no secret"));
            }
            state.completed.incrementAndGet();
            state.slots.release();
        });
        return state.completed.get();
    }
}
