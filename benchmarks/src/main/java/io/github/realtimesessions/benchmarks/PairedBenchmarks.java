package io.github.realtimesessions.benchmarks;

import io.github.realtimesessions.benchmarks.TransportBenchmarks.ApacheTransport;
import io.github.realtimesessions.benchmarks.TransportBenchmarks.FeignTransport;
import io.github.realtimesessions.benchmarks.TransportBenchmarks.RawApache;
import io.github.realtimesessions.benchmarks.TransportBenchmarks.RawFeign;
import io.github.realtimesessions.benchmarks.TransportBenchmarks.Server;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A library call and the hand-written {@link TransportBenchmarks#rawApache} call, in turn, in one JVM: each operation
 * makes one call of each (which one goes first alternates) and adds each call's wall time to its own counter. The
 * ratio {@code rawNanos / libraryNanos} is then the library's throughput as a fraction of {@code rawApache}'s, measured
 * over the same microseconds.
 *
 * <p>Why: on a VM whose speed drifts, two benchmarks run one after the other (even in interleaved rounds, a minute
 * apart) compare different machines; {@code rawApache} alone has scored 19,000 and 32,000 calls/s on the same day. A
 * paired call sees the same machine for both halves, so the drift cancels out and a ratio that took rounds to bound
 * to ±0.15 comes out of one run. Pinned to one CPU ({@code run.sh} pins the 1-thread run), a call's wall time is the
 * CPU time of the call, the server's share of it included; with 8 threads on 2 CPUs each call also waits its turn,
 * and the scheduler gives both kinds of call the same share, so the ratio is that of their CPU time per call, which is
 * what bounds throughput when the CPUs are saturated. The primary score (pairs per second) is not a target.
 *
 * <p>Both sides use the state of {@link TransportBenchmarks}: the same server, the same request, the same client
 * configuration, each with its own connection pool, each warmed up on its own in the setup.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dhttp.maxConnections=16"})
public class PairedBenchmarks {

    /**
     * The wall time each side of the pairs took in one iteration, per thread; JMH sums the threads. The counters are
     * reset at the start of each iteration, so that a warm-up iteration does not count.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Nanos {

        /** Nanoseconds spent in {@code rawApache} calls in this iteration. */
        public long rawNanos;

        /** Nanoseconds spent in the library's calls in this iteration. */
        public long libraryNanos;

        private boolean libraryFirst;

        /** Clears the counters. */
        @Setup(Level.Iteration)
        public void reset() {
            rawNanos = 0;
            libraryNanos = 0;
        }

        /** Which side goes first in the next pair: the two alternate, so that neither always runs on a warm cache. */
        boolean flipLibraryFirst() {
            libraryFirst = !libraryFirst;
            return libraryFirst;
        }
    }

    /** The library side of a pair. */
    @FunctionalInterface
    interface LibraryCall {
        String call();
    }

    /**
     * {@code apacheTransport} paired with {@code rawApache}.
     *
     * @param server the server state, holding the request
     * @param raw the hand-written call
     * @param transport the Apache transport
     * @param nanos the counters
     * @param sink consumes both secrets
     * @throws IOException if the raw call fails
     */
    @Benchmark
    public void apacheTransportPaired(Server server, RawApache raw, ApacheTransport transport, Nanos nanos,
            Blackhole sink) throws IOException {
        pair(raw, () -> transport.sessions.createClientSecret(server.request).clientSecret().value(), nanos, sink);
    }

    /**
     * {@code feignTransport} paired with {@code rawApache}.
     *
     * @param server the server state, holding the request
     * @param raw the hand-written call
     * @param transport the Feign transport
     * @param nanos the counters
     * @param sink consumes both secrets
     * @throws IOException if the raw call fails
     */
    @Benchmark
    public void feignTransportPaired(Server server, RawApache raw, FeignTransport transport, Nanos nanos,
            Blackhole sink) throws IOException {
        pair(raw, () -> transport.sessions.createClientSecret(server.request).clientSecret().value(), nanos, sink);
    }

    /**
     * The hand-written Feign call ({@code rawFeign}) paired with {@code rawApache}: in the "library" counter, what
     * Feign itself, with no library around it, costs over the hand-written Apache call; {@code feignTransportPaired}
     * can be no better than this.
     *
     * @param raw the hand-written Apache call
     * @param feign the hand-written Feign call
     * @param nanos the counters
     * @param sink consumes both secrets
     * @throws IOException if a call fails
     */
    @Benchmark
    public void rawFeignPaired(RawApache raw, RawFeign feign, Nanos nanos, Blackhole sink) throws IOException {
        pair(raw, () -> {
            try {
                return feign.call();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, nanos, sink);
    }

    private static void pair(RawApache raw, LibraryCall library, Nanos nanos, Blackhole sink) throws IOException {
        boolean libraryFirst = nanos.flipLibraryFirst();
        long start = System.nanoTime();
        sink.consume(libraryFirst ? library.call() : raw.call());
        long middle = System.nanoTime();
        sink.consume(libraryFirst ? raw.call() : library.call());
        long end = System.nanoTime();
        nanos.libraryNanos += libraryFirst ? middle - start : end - middle;
        nanos.rawNanos += libraryFirst ? end - middle : middle - start;
    }
}
