package io.github.realtimesessions.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.RealtimeApiException;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** The contract's checks that more than one concern uses. */
final class Expect {

    /** How much later than its deadline a call may end before the contract calls it a hang. */
    static final Duration MARGIN = Duration.ofSeconds(1);

    /** A client secret value: {@code ek_} and at least four more characters (a redacted one reads {@code ek_<redacted>}). */
    static final Pattern SECRET_VALUE = Pattern.compile("(?<![A-Za-z0-9])ek_[A-Za-z0-9]{4,}");

    private Expect() {}

    /** Runs a call that must throw, and returns what it threw. */
    static <T extends Throwable> T thrownBy(Class<T> type, Runnable call) {
        try {
            call.run();
        } catch (Throwable thrown) {
            if (type.isInstance(thrown)) {
                return type.cast(thrown);
            }
            throw new AssertionError("expected " + type.getName() + " but the call threw " + thrown, thrown);
        }
        throw new AssertionError("expected " + type.getName() + " but the call returned normally");
    }

    /** Runs a call that must throw within a time limit (measured, upper bound only), and returns what it threw. */
    static <T extends Throwable> T thrownWithin(Duration limit, Class<T> type, Runnable call) {
        long start = System.nanoTime();
        T thrown = thrownBy(type, call);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        assertThat(elapsed).as("time until the call failed with " + thrown).isLessThan(limit);
        return thrown;
    }

    /** Runs a call that must return within a time limit, and returns its result. */
    static <T> T returnedWithin(Duration limit, Supplier<T> call) {
        long start = System.nanoTime();
        T result = call.get();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        assertThat(elapsed).as("time until the call returned").isLessThan(limit);
        return result;
    }

    /** Waits for a future's failure and returns its cause, failing if it succeeds or takes longer than the limit. */
    static Throwable failureOf(CompletableFuture<?> future, Duration limit) {
        try {
            Object value = future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            throw new AssertionError("expected the future to fail, but it completed with " + value);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            throw new AssertionError("the future did not complete within " + limit, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Waits for a future's value, failing if it fails or takes longer than the limit. */
    static <T> T valueOf(CompletableFuture<T> future, Duration limit) {
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("the future failed with " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("the future did not complete within " + limit, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Checks the attempts an exception reports, and that each earlier attempt's failure is attached. */
    static void attempts(RealtimeApiException thrown, int attempts, Class<? extends RealtimeApiException> earlierType) {
        assertThat(thrown.attempts()).as("attempts() of " + thrown).isEqualTo(attempts);
        assertThat(thrown.getSuppressed()).as("earlier failures suppressed in " + thrown).hasSize(attempts - 1)
                .allSatisfy(earlier -> assertThat(earlier).isInstanceOf(earlierType));
        if (attempts > 1) {
            assertThat(thrown.getMessage()).endsWith("(after " + attempts + " attempts)");
        }
    }

    /**
     * Asserts that none of the secrets appears anywhere in the exception: its {@code toString()}, message and stack
     * trace text, those of its causes and suppressed exceptions (recursively), and the error fields, body and headers
     * of every {@link ApiStatusException} among them; nor anything shaped like a client secret.
     */
    static void noSecretIn(Throwable thrown, Collection<String> secrets) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        StringBuilder text = new StringBuilder();
        describe(thrown, seen, text);
        String all = text.toString();
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                assertThat(all).as("everything printed about " + thrown.getClass().getName()).doesNotContain(secret);
            }
        }
        assertThat(all).as("everything printed about " + thrown.getClass().getName())
                .doesNotContainPattern(SECRET_VALUE);
    }

    /** Asserts that no line carries a secret or anything shaped like a client secret. */
    static void noSecretIn(List<String> lines, Collection<String> secrets) {
        for (String line : lines) {
            for (String secret : secrets) {
                if (secret != null && !secret.isEmpty()) {
                    assertThat(line).as("a log line").doesNotContain(secret);
                }
            }
            assertThat(line).as("a log line").doesNotContainPattern(SECRET_VALUE);
        }
    }

    /** Appends what {@code printStackTrace} would print, plus the error fields and headers of status exceptions. */
    private static void describe(Throwable thrown, Set<Throwable> seen, StringBuilder text) {
        if (thrown == null || !seen.add(thrown)) {
            return;
        }
        text.append(thrown).append('\n').append(thrown.getMessage()).append('\n')
                .append(thrown.getLocalizedMessage()).append('\n');
        for (StackTraceElement frame : thrown.getStackTrace()) {
            text.append("\tat ").append(frame).append('\n');
        }
        if (thrown instanceof ApiStatusException status) {
            text.append(status.error()).append('\n').append(status.errorMessage()).append('\n')
                    .append(status.errorType()).append('\n').append(status.errorCode()).append('\n')
                    .append(status.errorParam()).append('\n').append(status.body()).append('\n')
                    .append(status.requestId()).append('\n');
            for (Map.Entry<String, List<String>> header : status.metadata().headers().entrySet()) {
                text.append(header.getKey()).append(": ").append(header.getValue()).append('\n');
            }
        }
        if (thrown instanceof io.github.realtimesessions.port.ResponseFormatException format) {
            text.append(format.requestId()).append('\n');
        }
        for (Throwable suppressed : thrown.getSuppressed()) {
            describe(suppressed, seen, text);
        }
        describe(thrown.getCause(), seen, text);
    }
}
