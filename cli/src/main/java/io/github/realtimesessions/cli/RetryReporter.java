package io.github.realtimesessions.cli;

import io.github.realtimesessions.port.spi.AttemptInfo;
import io.github.realtimesessions.port.spi.RequestListener;
import io.github.realtimesessions.port.spi.RequestObserver;
import io.github.realtimesessions.port.spi.RequestStart;
import java.time.Duration;
import java.util.Locale;

/**
 * Shows the retries of a call on standard error, through the library's {@link RequestListener}: one line for each
 * failed attempt that is retried. The last attempt's failure is the command's own diagnostic, so it is not repeated
 * here (and {@code --verbose} has the library log every attempt). Events carry no secret, so neither do the lines.
 */
final class RetryReporter implements RequestListener {

    private final Terminal terminal;
    private volatile int attempts;

    RetryReporter(Terminal terminal) {
        this.terminal = terminal;
    }

    /** Sets how many attempts a call may make, for the "attempt 1 of 3" of each line. */
    void attempts(int attempts) {
        this.attempts = attempts;
    }

    @Override
    public RequestObserver requestStarted(RequestStart start) {
        return new RequestObserver() {
            @Override
            public void attemptFinished(AttemptInfo attempt) {
                String line = describe(attempt);
                if (line != null) {
                    terminal.diagnose(line);
                }
            }
        };
    }

    /** Returns the line for an attempt, or {@code null} when it shows nothing worth a line. */
    String describe(AttemptInfo attempt) {
        if (attempt.retryDelay() == null) {
            return null;
        }
        StringBuilder line = new StringBuilder("attempt ").append(attempt.attempt());
        if (attempts > 0) {
            line.append(" of ").append(attempts);
        }
        line.append(' ').append(attempt.endpoint().tag()).append(" failed: ").append(what(attempt));
        if (attempt.requestId() != null) {
            line.append(" [request id ").append(attempt.requestId()).append(']');
        }
        return line.append(" in ").append(format(attempt.duration()))
                .append("; retrying in ").append(format(attempt.retryDelay()))
                .toString();
    }

    private static String what(AttemptInfo attempt) {
        String outcome = switch (attempt.outcome()) {
            case SUCCESS -> "ok";
            case CLIENT_ERROR -> "client error";
            case RATE_LIMITED -> "rate limited";
            case SERVER_ERROR -> "server error";
            case OTHER_STATUS -> "unexpected status";
            case TIMEOUT -> "no answer in time";
            case CONNECTION_ERROR -> "no complete answer (connection failed)";
            case RESPONSE_FORMAT_ERROR -> "unreadable answer";
            case CANCELLED -> "cancelled";
            case CREDENTIAL_ERROR -> "no credential token";
        };
        return attempt.status() > 0 ? "HTTP " + attempt.status() + " (" + outcome + ")" : outcome;
    }

    /** Formats a duration for people: {@code 250 ms}, {@code 30 s}, {@code 1.5 s}. */
    static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
