package io.github.realtimesessions.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * What a command may touch of the outside world: the environment it was given (never {@code System.getenv()} directly,
 * so that tests inject one), a clock, and the two output streams.
 *
 * @param environment the environment variables
 * @param clock tells how long a secret has left
 * @param rawOut standard output as bytes, for output that must pass byte for byte (an SDP answer)
 * @param out standard output as text: results
 * @param err standard error: notices, progress and diagnostics
 */
record Terminal(Map<String, String> environment, Clock clock, PrintStream rawOut, PrintWriter out, PrintWriter err) {

    /** Creates the terminal over two streams; text is written as UTF-8. */
    static Terminal of(Map<String, String> environment, Clock clock, PrintStream out, PrintStream err) {
        return new Terminal(Map.copyOf(environment), clock, out,
                new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    }

    /** Returns an environment variable, or {@code null} when it is unset or blank. */
    String variable(String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Prints one diagnostic line on standard error, prefixed with the command's name. */
    void diagnose(String line) {
        err.println(RealtimeSessionsCli.NAME + ": " + line);
        err.flush();
    }

    /** Prints a notice for people on standard error, as it is. */
    void notice(String line) {
        err.println(line);
        err.flush();
    }

    /** Writes bytes to standard output exactly, after any text already printed. */
    void writeExactly(byte[] bytes) {
        out.flush();
        rawOut.write(bytes, 0, bytes.length);
        rawOut.flush();
    }
}
