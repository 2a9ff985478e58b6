package io.github.realtimesessions.transport.core.internal;

import io.github.realtimesessions.transport.core.HttpHeaders;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Reads the delay a server asks for before a retry, as the official SDKs do: {@code retry-after-ms} (milliseconds,
 * possibly fractional) first, then {@code Retry-After} as seconds (possibly fractional), then {@code Retry-After} as
 * an HTTP-date. A delay too large to represent is "longer than anything" ({@link #TOO_LONG}), never "absent"; a
 * negative delay, a date in the past or unreadable text count as absent. Not API.
 */
public final class RetryAfter {

    /** The non-standard header in milliseconds, which takes precedence. */
    public static final String RETRY_AFTER_MS = "retry-after-ms";

    /** The standard header, in seconds or as an HTTP-date. */
    public static final String RETRY_AFTER = "retry-after";

    /** A delay too long to represent: longer than any policy waits. */
    public static final Duration TOO_LONG = ChronoUnit.FOREVER.getDuration();

    private static final BigDecimal MAX_NANOS = BigDecimal.valueOf(Long.MAX_VALUE);

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("\\+?[0-9]*\\.?[0-9]+([eE]\\+?[0-9]+)?");

    private RetryAfter() {}

    /**
     * Returns the delay the headers ask for.
     *
     * @param headers the response headers
     * @param clock the clock an HTTP-date is measured against
     * @return the delay, {@link #TOO_LONG} for one too large to represent, or {@code null} when the headers name no
     *     usable delay
     */
    public static Duration parse(HttpHeaders headers, Clock clock) {
        Duration millis = parseAmount(headers.first(RETRY_AFTER_MS), 1_000_000L);
        if (millis != null) {
            return millis;
        }
        String retryAfter = headers.first(RETRY_AFTER);
        if (retryAfter == null) {
            return null;
        }
        Duration seconds = parseAmount(retryAfter, 1_000_000_000L);
        if (seconds != null) {
            return seconds;
        }
        try {
            ZonedDateTime date = ZonedDateTime.parse(retryAfter.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration delay = Duration.between(clock.instant(), date.toInstant());
            return delay.isNegative() ? Duration.ZERO : delay;
        } catch (DateTimeParseException | ArithmeticException e) {
            return null;
        }
    }

    private static Duration parseAmount(String text, long nanosPerUnit) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal amount;
        String trimmed = text.trim();
        try {
            amount = new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            // A number whose exponent does not fit BigDecimal is as far in the future as a delay gets.
            return NUMBER.matcher(trimmed).matches() ? TOO_LONG : null;
        }
        if (amount.signum() < 0) {
            return null;
        }
        BigDecimal nanos = amount.multiply(BigDecimal.valueOf(nanosPerUnit));
        if (nanos.compareTo(MAX_NANOS) > 0) {
            // 10000000000 seconds is no reason to retry at once: it means "not any time soon".
            return TOO_LONG;
        }
        return Duration.ofNanos(nanos.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
    }
}
