package io.github.realtimesessions.transport.feign;

import feign.Logger;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.RealtimeSession;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Requests, settings and a capturing Feign logger shared by the module's tests. */
final class TestSamples {

    /** The body cap of the cap tests: small, so that a capped read is quick and its bound is clear. */
    static final int CAP = 64 * 1024;

    /**
     * What a client that aborts can have let the server write at most: the cap plus the socket buffers of a loopback
     * connection (a few MB on Linux with autotuning). A client that drains writes all of a 200 MB body.
     */
    static final long NOT_DRAINED_BOUND = 32L * 1024 * 1024;

    private TestSamples() {}

    /** The smallest valid client secret request. */
    static ClientSecretRequest minimal() {
        return ClientSecretRequest.builder().session(RealtimeSessionConfig.builder().build()).build();
    }

    /** A client secret request whose answer repeats the instructions, to match answers to calls. */
    static ClientSecretRequest withInstructions(String instructions) {
        return ClientSecretRequest.builder()
                .session(RealtimeSessionConfig.builder().instructions(instructions).build())
                .build();
    }

    /** The instructions a minted session came back with. */
    static String instructionsOf(ClientSecretResponse minted) {
        return ((RealtimeSession) minted.session()).instructions();
    }

    /** The server's settings with the library's retries off and short timeouts: one fault, one attempt. */
    static ClientSettings.Builder quick(FakeRealtimeServer server) {
        return limits(server.settings());
    }

    /** Retries off, 2 s connect and response timeouts, a 10 s call timeout. */
    static ClientSettings.Builder limits(ClientSettings.Builder settings) {
        return settings.maxRetries(0).connectTimeout(Duration.ofSeconds(2)).responseTimeout(Duration.ofSeconds(2))
                .callTimeout(Duration.ofSeconds(10));
    }

    /** A Feign logger that keeps every line it is given, formatted. */
    static final class CapturingLogger extends Logger {

        private final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        protected void log(String configKey, String format, Object... args) {
            lines.add(String.format(format, args));
        }

        List<String> lines() {
            return List.copyOf(lines);
        }

        String text() {
            return String.join("\n", lines);
        }
    }
}
