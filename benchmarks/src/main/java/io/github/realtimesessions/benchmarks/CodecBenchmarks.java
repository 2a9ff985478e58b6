package io.github.realtimesessions.benchmarks;

import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.transport.core.internal.WireCodec;
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

/**
 * transport-core's {@link WireCodec} alone, without any I/O: what every transport pays per call for JSON, walking the
 * model's field descriptions.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class CodecBenchmarks {

    private final WireCodec codec = WireCodec.instance();
    private ClientSecretRequest request;
    private byte[] answer;

    /** The longest warm-up in the setup: see {@link JitWarmup}. */
    long prewarmMillis = JitWarmup.DEFAULT_MAX_MILLIS;

    /** Builds the inputs and warms both operations up. */
    @Setup(Level.Trial)
    public void setUp() {
        request = BenchmarkFixtures.request();
        answer = BenchmarkFixtures.responseBody();
        JitWarmup.run(prewarmMillis, () -> {
            codecEncodeRequest();
            jacksonReadTree();
            return codecDecodeAnswer();
        });
    }

    /**
     * Encodes the benchmark request.
     *
     * @return the JSON
     */
    @Benchmark
    public byte[] codecEncodeRequest() {
        return codec.encode(Schemas.CLIENT_SECRET_REQUEST, request);
    }

    /**
     * The baseline of {@link #codecDecodeAnswer}: the same bytes parsed to a Jackson tree, as {@code rawApache} does.
     *
     * @return the client secret
     * @throws java.io.IOException never, for this answer
     */
    @Benchmark
    public String jacksonReadTree() throws java.io.IOException {
        return BenchmarkFixtures.secretFromTree(answer);
    }

    /**
     * Decodes the recorded GA answer into the typed model.
     *
     * @return the answer
     */
    @Benchmark
    public ClientSecretResponse codecDecodeAnswer() {
        return codec.decodeResponse(Schemas.CLIENT_SECRET_RESPONSE, answer);
    }
}
