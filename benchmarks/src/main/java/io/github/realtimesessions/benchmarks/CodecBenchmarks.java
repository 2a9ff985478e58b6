package io.github.realtimesessions.benchmarks;

import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.transport.core.SessionJsonCodec;
import java.util.concurrent.TimeUnit;
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

/** transport-core's {@link SessionJsonCodec} alone, without any I/O: what every transport pays per call for JSON. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class CodecBenchmarks {

    private final SessionJsonCodec codec = SessionJsonCodec.instance();
    private RealtimeSessionCreateRequest request;
    private byte[] specExample;

    /** The longest warm-up in the setup: see {@link JitWarmup}. */
    long prewarmMillis = JitWarmup.DEFAULT_MAX_MILLIS;

    /** Builds the inputs and warms both operations up. */
    @Setup(Level.Trial)
    public void setUp() {
        request = BenchmarkFixtures.request();
        specExample = BenchmarkFixtures.specExampleResponse();
        JitWarmup.run(prewarmMillis, () -> {
            codecEncodeRequest();
            return codecDecodeSpecExample();
        });
    }

    /**
     * Encodes the full benchmark request, as every transport does once per call.
     *
     * @return the JSON bytes
     */
    @Benchmark
    public byte[] codecEncodeRequest() {
        return codec.encodeRequest(request);
    }

    /**
     * Decodes the spec's example response.
     *
     * @return the session
     */
    @Benchmark
    public RealtimeSessionCreateResponse codecDecodeSpecExample() {
        return codec.decodeResponse(specExample);
    }
}
