package io.github.realtimesessions.testkit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * A {@link LogCapture} for test class paths whose SLF4J backend is Logback: a {@link ListAppender} on the logger
 * {@code io.github.realtimesessions}, at DEBUG while it runs (or while any capture runs: captures may overlap), the
 * previous level restored when the last one is {@linkplain #close() closed}. A capture sees every line logged under
 * that logger meanwhile, by any thread, other tests' included.
 * The contract's fixture uses it by default when Logback is the SLF4J backend
 * ({@code contract.SessionCreatorFixture#captureLogs()}).
 *
 * <p>The testkit declares {@code logback-classic} as an optional dependency: it brings no logging backend to a test
 * class path, and this class is loaded only where it is used, which needs Logback on that class path.
 */
public final class LogbackLogCapture implements LogCapture {

    private static final Logger LOGGER = (Logger) LoggerFactory.getLogger("io.github.realtimesessions");

    /** Captures running now, so that overlapping captures (tests run side by side) restore the level only last. */
    private static int running;
    private static Level levelBefore;

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private boolean closed;

    private LogbackLogCapture() {
        appender.start();
        LOGGER.addAppender(appender);
        synchronized (LogbackLogCapture.class) {
            if (running++ == 0) {
                levelBefore = LOGGER.getLevel();
                LOGGER.setLevel(Level.DEBUG);
            }
        }
    }

    /**
     * Starts capturing.
     *
     * @return the running capture; close it to stop
     * @throws ClassCastException if SLF4J is bound to another backend than Logback
     */
    public static LogbackLogCapture start() {
        return new LogbackLogCapture();
    }

    /**
     * Returns every line captured so far, oldest first: logger name, level and formatted message, then the full
     * stack trace of the logged throwable, if any.
     *
     * @return a snapshot of the lines
     */
    @Override
    public List<String> lines() {
        // AppenderBase.doAppend holds the appender's lock while it adds to the list.
        synchronized (appender) {
            return appender.list.stream().map(LogbackLogCapture::line).toList();
        }
    }

    /** Detaches the appender and restores the logger's previous level. */
    @Override
    public void close() {
        synchronized (LogbackLogCapture.class) {
            if (closed) {
                return;
            }
            closed = true;
            if (--running == 0) {
                LOGGER.setLevel(levelBefore);
            }
        }
        LOGGER.detachAppender(appender);
        appender.stop();
    }

    private static String line(ILoggingEvent event) {
        IThrowableProxy thrown = event.getThrowableProxy();
        return event.getLoggerName() + " " + event.getLevel() + " " + event.getFormattedMessage()
                + (thrown == null ? "" : "\n" + ThrowableProxyUtil.asString(thrown));
    }
}
