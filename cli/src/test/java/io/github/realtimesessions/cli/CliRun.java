package io.github.realtimesessions.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.realtimesessions.testkit.FakeRealtimeServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One run of the CLI's real {@code run} logic, in-process, with captured streams and a given environment. */
record CliRun(int exitCode, byte[] outBytes, String out, String err) {

    /** Matches a client secret in clear: {@code ek_} and more than the mask. */
    static final String SECRET_IN_CLEAR = "ek_[A-Za-z0-9]";

    static CliRun run(Map<String, String> environment, String... args) {
        return run(environment, Clock.systemUTC(), args);
    }

    static CliRun run(Map<String, String> environment, Clock clock, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = RealtimeSessionsCli.run(
                args, environment, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8), clock);
        return new CliRun(exitCode, out.toByteArray(), out.toString(UTF_8), err.toString(UTF_8));
    }

    /** The environment that points the CLI at a fake server the test started (OpenAI or Azure mode). */
    static Map<String, String> environmentFor(FakeRealtimeServer server) {
        if (server.isAzure()) {
            return Map.of("AZURE_OPENAI_ENDPOINT", server.endpoint().toString(), "AZURE_OPENAI_API_KEY",
                    server.apiKey());
        }
        return Map.of("OPENAI_API_KEY", server.apiKey(), "OPENAI_BASE_URL", server.baseUri().toString());
    }

    /** The environment of a fake server, plus more variables. */
    static Map<String, String> environmentFor(FakeRealtimeServer server, String... namesAndValues) {
        Map<String, String> environment = new HashMap<>(environmentFor(server));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            environment.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return environment;
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /** Both streams, for checks that nothing secret was printed anywhere. */
    String all() {
        return out + err;
    }
}
