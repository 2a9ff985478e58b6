package io.github.realtimesessions.port.internal;

import io.github.realtimesessions.port.RealtimeApiException;
import java.util.Objects;
import java.util.function.ObjIntConsumer;

/**
 * Lets the retry loop record how many attempts a failure took, without a public mutator on the exception. Not API.
 */
public final class ExceptionAccess {

    private static volatile ObjIntConsumer<RealtimeApiException> attempts;

    private ExceptionAccess() {}

    /**
     * Installs the setter; called once by {@link RealtimeApiException}'s static initialisation.
     *
     * @param setter sets the number of attempts
     */
    public static void install(ObjIntConsumer<RealtimeApiException> setter) {
        if (attempts == null) {
            attempts = Objects.requireNonNull(setter, "setter");
        }
    }

    /**
     * Records the number of attempts on an exception the caller created.
     *
     * @param exception the exception
     * @param count the number of attempts, 1 or more
     */
    public static void setAttempts(RealtimeApiException exception, int count) {
        // Referring to the class guarantees its static initialisation, which installs the setter, has run.
        Objects.requireNonNull(exception, "exception");
        attempts.accept(exception, count);
    }
}
