package io.github.realtimesessions.cli;

import io.github.realtimesessions.transport.core.internal.LibraryInfo;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code realtime-sessions} command: {@code create} mints an ephemeral client secret, {@code call} exchanges a
 * WebRTC SDP offer for an answer, {@code hangup} ends a call.
 *
 * <p>{@link #main(String[])} is the runnable jar's entry point. {@link #run(String[], Map, PrintStream, PrintStream)}
 * does all the work without touching the process (no {@code System.exit}, no real environment), so that tests and
 * other tools can call it.
 *
 * <p>Exit codes: {@value #EXIT_OK} when the call succeeded (or help and version were printed), {@value #EXIT_FAILURE}
 * when the API answered an error or could not be reached, {@value #EXIT_USAGE} for bad input (an option, an environment
 * variable or a file), always with one line on standard error naming what is wrong and what to change.
 */
@Command(
        name = RealtimeSessionsCli.NAME,
        mixinStandardHelpOptions = true,
        versionProvider = RealtimeSessionsCli.VersionProvider.class,
        usageHelpAutoWidth = true,
        description = "Mints ephemeral client secrets for OpenAI's Realtime API, and brokers WebRTC calls.",
        optionListHeading = "%nOptions:%n",
        commandListHeading = "%nCommands:%n",
        footer = {
            "",
            "Try 'realtime-sessions create': without OPENAI_API_KEY it mints against an embedded fake server.",
            "Run 'realtime-sessions help COMMAND' for a command's options."
        })
public final class RealtimeSessionsCli {

    /** The command's name, as it prefixes every diagnostic. */
    public static final String NAME = "realtime-sessions";

    /** Exit code: the call succeeded, or help or the version was printed. */
    public static final int EXIT_OK = 0;

    /** Exit code: the API answered an error, could not be reached, or answered something unreadable. */
    public static final int EXIT_FAILURE = 1;

    /** Exit code: bad input, with one line on standard error naming the option (or variable, or file) and rule. */
    public static final int EXIT_USAGE = 2;

    /** The system property of slf4j-simple that sets the level of the library's own loggers. */
    static final String LIBRARY_LOG_LEVEL_PROPERTY = "org.slf4j.simpleLogger.log.io.github.realtimesessions";

    private RealtimeSessionsCli() {}

    /**
     * Runs the command and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        configureLogging(args);
        int exitCode = run(args, System.getenv(), System.out, System.err);
        System.exit(exitCode);
    }

    /**
     * Runs the command without exiting: parses {@code args}, makes the call and prints the result.
     *
     * @param args the command line, e.g. {@code create --voice marin --json}
     * @param environment the environment variables to read ({@code OPENAI_API_KEY}, ...), e.g. {@code System.getenv()}
     * @param out where results and help go
     * @param err where notices and diagnostics go
     * @return the exit code: {@link #EXIT_OK}, {@link #EXIT_FAILURE} or {@link #EXIT_USAGE}
     */
    public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        return run(args, environment, out, err, Clock.systemUTC());
    }

    /** As {@link #run(String[], Map, PrintStream, PrintStream)}, with the clock that tells how long a secret lasts. */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err, Clock clock) {
        Objects.requireNonNull(args, "args");
        Terminal terminal = Terminal.of(Objects.requireNonNull(environment, "environment"), clock,
                Objects.requireNonNull(out, "out"), Objects.requireNonNull(err, "err"));
        CommandLine commandLine = new CommandLine(new RealtimeSessionsCli())
                .addSubcommand(new CreateCommand(terminal))
                .addSubcommand(new CallCommand(terminal))
                .addSubcommand(new HangupCommand(terminal))
                .addSubcommand(new CommandLine.HelpCommand())
                .setOut(terminal.out())
                .setErr(terminal.err())
                .setParameterExceptionHandler(RealtimeSessionsCli::handleParameterException)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println(NAME + ": " + Failures.oneLine(e.toString()));
                    return EXIT_FAILURE;
                });
        try {
            return commandLine.execute(args);
        } finally {
            terminal.out().flush();
            terminal.err().flush();
        }
    }

    /** Prints a parse error as one line (with a "did you mean" for a misspelt option) instead of the whole usage. */
    private static int handleParameterException(ParameterException e, String[] args) {
        CommandLine failed = e.getCommandLine();
        StringBuilder line = new StringBuilder(NAME).append(": ").append(Failures.oneLine(e.getMessage()));
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                line.append(" (did you mean ").append(String.join(" or ", suggestions)).append("?)");
            }
        }
        line.append(" (see '").append(failed.getCommandSpec().qualifiedName()).append(" --help')");
        failed.getErr().println(line);
        return EXIT_USAGE;
    }

    /**
     * Sets slf4j-simple's levels before the first logger exists: the library's loggers at debug with
     * {@code --verbose}. Everything else stays at warn (simplelogger.properties), so that an HTTP client's header
     * logging, which would show the API key, never turns on.
     */
    static void configureLogging(String[] args) {
        if (Arrays.asList(args).contains("--verbose") && System.getProperty(LIBRARY_LOG_LEVEL_PROPERTY) == null) {
            System.setProperty(LIBRARY_LOG_LEVEL_PROPERTY, "debug");
        }
    }

    /** Prints {@code realtime-sessions <version>}. */
    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {NAME + " " + LibraryInfo.version()};
        }
    }
}
