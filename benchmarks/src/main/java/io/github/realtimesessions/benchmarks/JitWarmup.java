package io.github.realtimesessions.benchmarks;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Drives a benchmark's operation from one thread, in its setup, until the JIT compiler has nothing left to do.
 *
 * <p>On 2 cores, 8 benchmark threads (and, for the HTTP benchmarks, 8 server threads) starve the compiler threads:
 * without this, compilation went on through all three measured iterations of the short configuration
 * ({@code -prof comp}: about 3 s of compiler time per 3 s iteration) and the scores kept climbing, so the ratios
 * depended on how far each benchmark had got. One calling thread leaves a core to the compiler. The loop ends once
 * three 400 ms windows in a row pass with (almost) no compilation, after at least one second and at most the given
 * time. One short quiet window is not enough: the compilation time the JVM reports grows only when a compilation
 * finishes, so a long C2 compilation of the hot path (a second of wall time when the compiler shares one CPU with the
 * benchmark and the server, as in the pinned 1-thread run) looked like silence, and the Feign benchmark was measured
 * half-compiled.
 * Every benchmark gets the same treatment; JMH's own warm-up iterations still follow.
 */
public final class JitWarmup {

    /** The longest warm-up unless the system property {@code bench.prewarmMillis} says otherwise. */
    public static final long DEFAULT_MAX_MILLIS = Long.getLong("bench.prewarmMillis", 8000);

    private static final long QUIET_WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(400);
    private static final long MIN_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long QUIET_COMPILE_MILLIS = 5;
    private static final int QUIET_WINDOWS_NEEDED = 3;

    private JitWarmup() {}

    /**
     * Calls the operation until compilation has settled, or for at most {@code maxMillis}.
     *
     * @param maxMillis the longest warm-up, in milliseconds; 0 skips it
     * @param operation one operation
     * @throws IllegalStateException if the operation fails
     */
    public static void run(long maxMillis, Callable<?> operation) {
        if (maxMillis <= 0) {
            return;
        }
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        boolean measurable = compiler != null && compiler.isCompilationTimeMonitoringSupported();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(maxMillis);
        long windowEnd = start + QUIET_WINDOW_NANOS;
        long compiledAtWindowStart = measurable ? compiler.getTotalCompilationTime() : 0;
        int quietWindows = 0;
        try {
            while (System.nanoTime() < deadline) {
                operation.call();
                long now = System.nanoTime();
                if (measurable && now >= windowEnd) {
                    long compiled = compiler.getTotalCompilationTime();
                    quietWindows = compiled - compiledAtWindowStart <= QUIET_COMPILE_MILLIS ? quietWindows + 1 : 0;
                    if (quietWindows >= QUIET_WINDOWS_NEEDED && now - start >= MIN_NANOS) {
                        return;
                    }
                    compiledAtWindowStart = compiled;
                    windowEnd = now + QUIET_WINDOW_NANOS;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("the warm-up operation failed", e);
        }
    }
}
