package io.github.realtimesessions.testkit;

import java.util.List;

/**
 * What the library logged during a contract case, for the case that checks that no log line carries a secret.
 *
 * <p>The testkit sees only the SLF4J API, not the logging backend, so it cannot capture log lines itself: a contract
 * subclass whose test class path has a backend implements {@link SessionCreatorContract#captureLogs()} with it (with
 * Logback, a {@code ListAppender} on the logger {@code io.github.realtimesessions} at DEBUG).
 */
public interface LogCapture extends AutoCloseable {

    /**
     * Returns every line captured so far, oldest first: the formatted message, followed by the full stack trace of
     * the logged throwable, if any.
     *
     * @return a snapshot of the lines
     */
    List<String> lines();

    /** Stops capturing and restores the loggers' levels. */
    @Override
    void close();
}
