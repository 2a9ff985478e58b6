package io.github.realtimesessions.transport.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The delay a server asks for, as the official SDKs read it; too large is "too long", never "absent". */
class RetryAfterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    static Stream<Arguments> delays() {
        return Stream.of(
                delay("whole seconds", Duration.ofSeconds(2), "Retry-After", "2"),
                delay("zero seconds", Duration.ZERO, "Retry-After", "0"),
                delay("fractional seconds", Duration.ofMillis(1500), "Retry-After", "1.5"),
                delay("padded", Duration.ofSeconds(7), "Retry-After", "  7 "),
                delay("a plus sign", Duration.ofSeconds(5), "Retry-After", "+5"),
                delay("an exponent", Duration.ofSeconds(20), "Retry-After", "2e1"),
                delay("milliseconds", Duration.ofMillis(250), "retry-after-ms", "250"),
                delay("fractional milliseconds, rounded", Duration.ofNanos(1_500_000), "retry-after-ms", "1.5"),
                delay("a nanosecond rounded half up", Duration.ofNanos(1), "retry-after-ms", "0.0000005"),
                delay("milliseconds win", Duration.ofMillis(20), "Retry-After", "9", "Retry-After-Ms", "20"),
                delay("unreadable milliseconds fall back to seconds", Duration.ofSeconds(2), "retry-after-ms", "soon",
                        "retry-after", "2"),
                delay("negative milliseconds fall back to seconds", Duration.ofSeconds(2), "retry-after-ms", "-5",
                        "retry-after", "2"),
                delay("an HTTP-date", Duration.ofSeconds(90), "Retry-After", "Thu, 01 Jan 2026 00:01:30 GMT"),
                delay("an HTTP-date in the past is now", Duration.ZERO, "Retry-After", "Wed, 01 Jan 2025 00:00:00 GMT"),
                delay("10000000000 s", RetryAfter.TOO_LONG, "Retry-After", "10000000000"),
                delay("10000000000000 ms", RetryAfter.TOO_LONG, "retry-after-ms", "10000000000000"),
                delay("just past the nanosecond range", RetryAfter.TOO_LONG, "Retry-After", "9223372037"),
                delay("just within it", Duration.ofSeconds(9223372036L), "Retry-After", "9223372036"),
                delay("1e300 s", RetryAfter.TOO_LONG, "Retry-After", "1e300"),
                delay("an exponent BigDecimal cannot hold", RetryAfter.TOO_LONG, "Retry-After", "1e99999999999"),
                delay("a date beyond the year 9999", null, "Retry-After", "Fri, 01 Jan 10000 00:00:00 GMT"),
                delay("a date whose weekday is wrong", null, "Retry-After", "Mon, 01 Jan 2026 00:00:30 GMT"),
                delay("negative seconds", null, "Retry-After", "-1"),
                delay("negative milliseconds alone", null, "retry-after-ms", "-5"),
                delay("garbage", null, "Retry-After", "soon"),
                delay("empty", null, "Retry-After", ""),
                delay("NaN", null, "Retry-After", "NaN"),
                delay("Infinity", null, "Retry-After", "Infinity"),
                delay("a hex number", null, "Retry-After", "0x10"),
                delay("no header", null));
    }

    private static Arguments delay(String name, Duration expected, String... headers) {
        return arguments(Named.of(name, headers), expected);
    }

    @ParameterizedTest
    @MethodSource("delays")
    void theServersDelay(String[] headers, Duration expected) {
        assertThat(RetryAfter.parse(FakeResponse.headers(headers), CLOCK)).isEqualTo(expected);
    }

    @Test
    void tooLongIsLongerThanAnyPolicyWaits() {
        assertThat(RetryAfter.TOO_LONG).isEqualTo(ChronoUnit.FOREVER.getDuration());
        assertThat(RetryAfter.TOO_LONG).isGreaterThan(Duration.ofNanos(Long.MAX_VALUE));
    }
}
