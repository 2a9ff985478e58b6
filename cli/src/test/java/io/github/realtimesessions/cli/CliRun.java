package io.github.realtimesessions.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.realtimesessions.testkit.FakeRealtimeServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** One run of the CLI's real {@code run} logic, with captured streams and a given environment. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(Map<String, String> environment, String... args) {
        return run(environment, Clock.systemUTC(), args);
    }

    static CliRun run(Map<String, String> environment, Clock clock, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = RealtimeSessionsCli.run(
                args, environment, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8), clock);
        return new CliRun(exitCode, out.toString(UTF_8), err.toString(UTF_8));
    }

    /** The environment that points the CLI at a fake server the test started. */
    static Map<String, String> environmentFor(FakeRealtimeServer server) {
        return Map.of("OPENAI_API_KEY", server.apiKey(), "OPENAI_BASE_URL", server.baseUri().toString());
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
