package io.github.realtimesessions.testkit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures the library's log lines at DEBUG with a Logback {@link ListAppender}, for the contract's log case. */
final class LogbackLogCapture implements LogCapture {

    private final Logger logger = (Logger) LoggerFactory.getLogger("io.github.realtimesessions");
    private final Level previousLevel = logger.getLevel();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    LogbackLogCapture() {
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.DEBUG);
    }

    @Override
    public List<String> lines() {
        // AppenderBase.doAppend holds the appender's lock while it adds to the list.
        synchronized (appender) {
            return appender.list.stream().map(LogbackLogCapture::line).toList();
        }
    }

    @Override
    public void close() {
        logger.setLevel(previousLevel);
        logger.detachAppender(appender);
        appender.stop();
    }

    private static String line(ILoggingEvent event) {
        IThrowableProxy thrown = event.getThrowableProxy();
        return event.getLoggerName() + " " + event.getLevel() + " " + event.getFormattedMessage()
                + (thrown == null ? "" : "\n" + ThrowableProxyUtil.asString(thrown));
    }
}
