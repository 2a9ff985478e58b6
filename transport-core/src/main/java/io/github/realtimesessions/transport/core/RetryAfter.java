package io.github.realtimesessions.transport.core;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads the delay a server asks for before a retry, as the official SDKs do: {@code retry-after-ms} (milliseconds,
 * possibly fractional) first, then {@code Retry-After} as seconds (possibly fractional), then {@code Retry-After} as
 * an HTTP-date. A negative delay, a date in the past or unreadable text count as absent.
 */
public final class RetryAfter {

    /** The non-standard header in milliseconds, which takes precedence. */
    public static final String RETRY_AFTER_MS = "retry-after-ms";

    /** The standard header, in seconds or as an HTTP-date. */
    public static final String RETRY_AFTER = "retry-after";

    private RetryAfter() {}

    /**
     * Returns the delay the headers ask for.
     *
     * @param headers the response headers
     * @param clock the clock an HTTP-date is measured against
     * @return the delay, or {@code null} when the headers name no usable delay
     */
    public static Duration parse(HeaderLookup headers, Clock clock) {
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
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Duration parseAmount(String text, long nanosPerUnit) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double amount = Double.parseDouble(text.trim());
            if (!(amount >= 0) || Double.isInfinite(amount) || amount * nanosPerUnit > Long.MAX_VALUE) {
                return null;
            }
            return Duration.ofNanos(Math.round(amount * nanosPerUnit));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
