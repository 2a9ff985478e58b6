package io.github.realtimesessions.testkit;

import java.util.List;

/**
 * What the library logged during a contract case, for the case that checks that no log line carries a secret.
 *
 * <p>The library logs through the SLF4J API only, so capturing depends on the backend on the test class path: with
 * Logback, the contract's fixture uses {@link LogbackLogCapture} by default; with another backend, override
 * {@code SessionCreatorFixture#captureLogs()} with an implementation of this interface for it (an appender on the
 * logger {@code io.github.realtimesessions} at DEBUG).
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
