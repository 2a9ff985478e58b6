package io.github.realtimesessions.cli;

import io.github.realtimesessions.port.Endpoint;
import io.github.realtimesessions.port.RealtimeApiException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/**
 * What every command that calls the API does the same way: check the input before anything is started, connect as the
 * options and the environment say, make the call, and turn a failure into one line on standard error (and, with
 * {@code --verbose}, one stack trace) with the exit code of its kind.
 */
abstract class ApiCommand implements Callable<Integer> {

    /** The options of the connection, shared by every command. */
    @Mixin
    ConnectionOptions connection;

    /** The environment and the streams. */
    final Terminal terminal;

    ApiCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public final Integer call() {
        Connection open = null;
        try {
            prepare();
            open = Connection.open(connection, terminal, new RetryReporter(terminal));
            try {
                return execute(open);
            } catch (RealtimeApiException e) {
                terminal.diagnose(Failures.describe(e, open, endpoint(), callId()));
                if (connection.verbose) {
                    Failures.printStackTrace(e, terminal.err(), open.secrets());
                }
                return RealtimeSessionsCli.EXIT_FAILURE;
            }
        } catch (UsageException e) {
            terminal.diagnose(Failures.oneLine(e.getMessage()));
            return RealtimeSessionsCli.EXIT_USAGE;
        } catch (RuntimeException e) {
            String[] secrets = open == null ? new String[0] : open.secrets();
            terminal.diagnose(Failures.scrub(Failures.oneLine("unexpected failure: " + e), secrets));
            if (connection.verbose) {
                Failures.printStackTrace(e, terminal.err(), secrets);
            }
            return RealtimeSessionsCli.EXIT_FAILURE;
        } finally {
            if (open != null) {
                open.close();
            }
            terminal.out().flush();
            terminal.err().flush();
        }
    }

    /**
     * Reads and checks the command's input: everything that can be wrong before a connection exists.
     *
     * @throws UsageException naming the option, variable or file that is wrong
     */
    abstract void prepare();

    /**
     * Makes the call and prints its result.
     *
     * @return the exit code
     * @throws RealtimeApiException if the call failed
     */
    abstract int execute(Connection connection);

    /** Returns the endpoint the command calls, for messages. */
    abstract Endpoint endpoint();

    /** Returns the call id the command acts on, or {@code null}. */
    String callId() {
        return null;
    }
}
