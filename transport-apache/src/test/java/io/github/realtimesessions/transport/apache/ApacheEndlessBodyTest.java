package io.github.realtimesessions.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.InternalServerException;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.ResponseFormatException;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A body that never ends, from a raw server that writes as fast as the client takes ({@link EndlessBodyServer}), on
 * the creator's own clients, blocking (classic client, the body streamed) and async (the body buffered by the async
 * exchange): the call fails at {@code maxResponseBytes} with the exception for the status, the client closes the
 * connection instead of draining the body (the server's writing fails, after little more than the cap and what
 * the kernel buffers), and no connection stays leased.
 */
class ApacheEndlessBodyTest {

    private static final int CAP = 64 * 1024;

    /**
     * The most the server may have written before it sees the connection closed: the cap, plus what the kernel holds
     * in flight on loopback (the server's small send buffer and the client's receive buffer, which the kernel may grow;
     * a few hundred KiB in practice). A client that drained the body would make the server write without end.
     */
    private static final long AT_MOST_WRITTEN = 4L * 1024 * 1024;

    static Stream<Arguments> endlessBodies() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (CallPath path : CallPath.values()) {
            cases.add(Arguments.argumentSet(path + ", 200, chunked without end", path, 200,
                    EndlessBodyServer.Framing.CHUNKED, ResponseFormatException.class));
            cases.add(Arguments.argumentSet(path + ", 200, Content-Length 1 TiB", path, 200,
                    EndlessBodyServer.Framing.HUGE_CONTENT_LENGTH, ResponseFormatException.class));
            cases.add(Arguments.argumentSet(path + ", 500, chunked without end", path, 500,
                    EndlessBodyServer.Framing.CHUNKED, InternalServerException.class));
            cases.add(Arguments.argumentSet(path + ", 500, Content-Length 1 TiB", path, 500,
                    EndlessBodyServer.Framing.HUGE_CONTENT_LENGTH, InternalServerException.class));
        }
        return cases.build();
    }

    @ParameterizedTest
    @MethodSource("endlessBodies")
    void theConnectionIsClosedAtTheCapInsteadOfDrained(CallPath path, int status,
            EndlessBodyServer.Framing framing, Class<? extends RealtimeApiException> expected) throws Exception {
        try (EndlessBodyServer endless = EndlessBodyServer.start(status, framing);
                ApacheSessionCreator creator = ApacheSessionCreator.create(ClientSettings.builder()
                        .baseUri(endless.baseUri())
                        .apiKey(FakeRealtimeServer.DEFAULT_API_KEY)
                        .maxRetries(0)
                        .maxResponseBytes(CAP)
                        .responseTimeout(Duration.ofSeconds(10))
                        .callTimeout(Duration.ofSeconds(20))
                        .build())) {

            Throwable thrown = catchThrowable(() -> path.mint(creator, Requests.minimal()));

            assertThat(thrown).isInstanceOf(expected);
            assertThat(endless.awaitWriterStopped(10))
                    .as("the client closed the connection, so the server's writing failed")
                    .isTrue();
            assertThat(endless.bytesWritten()).as("bytes the server wrote").isLessThan(AT_MOST_WRITTEN);
            Await.untilEquals("leased connections", 0, creator::leasedConnections);
        }
    }
}
