package io.github.realtimesessions.cli;

/**
 * Bad input from the user: an option value, an environment variable or a request file that breaks a rule. Becomes one
 * line on standard error and exit code {@value RealtimeSessionsCli#EXIT_USAGE}.
 */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param subject what is wrong: an option name, an environment variable, a file
     * @param rule the rule it breaks, free of secrets
     */
    UsageException(String subject, String rule) {
        this(subject + ": " + rule);
    }

    /**
     * Creates the exception from a complete line.
     *
     * @param line what is wrong and the rule it breaks, free of secrets
     */
    UsageException(String line) {
        super(line);
    }
}
