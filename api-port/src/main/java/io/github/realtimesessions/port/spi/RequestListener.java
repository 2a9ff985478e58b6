package io.github.realtimesessions.port.spi;

import java.util.ArrayList;
import java.util.List;

/**
 * Hears about every call the library makes, on every endpoint and transport: a call starts, each attempt ends, the
 * call ends. For metrics and traces (the Spring Boot starter binds it to a Micrometer {@code Observation}), or your own
 * logging. Configure it with {@code ClientSettings.Builder.listener(...)}.
 *
 * <p>Events carry low-cardinality facts only (endpoint, transport, status, outcome) plus the {@code x-request-id} and
 * durations; never a body, header value, credential or secret. A listener must be thread-safe and quick; what it
 * throws is logged at WARN and otherwise ignored, so a broken listener never breaks a call.
 */
@FunctionalInterface
public interface RequestListener {

    /** A listener that hears nothing. */
    RequestListener NONE = start -> RequestObserver.NONE;

    /**
     * Called when a call starts, on the calling thread (before anything is sent).
     *
     * @param start what is being called
     * @return the observer of this one call (its attempts and its end), or {@link RequestObserver#NONE}
     */
    RequestObserver requestStarted(RequestStart start);

    /**
     * Returns a listener that tells each of the given listeners, in order; one that throws does not keep the others
     * from hearing the event.
     *
     * @param listeners the listeners
     * @return the combined listener
     */
    static RequestListener composite(List<? extends RequestListener> listeners) {
        List<RequestListener> copy = List.copyOf(listeners);
        if (copy.isEmpty()) {
            return NONE;
        }
        if (copy.size() == 1) {
            return copy.get(0);
        }
        return start -> {
            List<RequestObserver> observers = new ArrayList<>(copy.size());
            RuntimeException failure = null;
            for (RequestListener listener : copy) {
                try {
                    observers.add(listener.requestStarted(start));
                } catch (RuntimeException e) {
                    failure = first(failure, e);
                }
            }
            if (failure != null) {
                // Every listener heard the start; the first failure is reported (and ignored) by the caller.
                throw failure;
            }
            return new RequestObserver() {
                @Override
                public void attemptFinished(AttemptInfo attempt) {
                    RuntimeException failed = null;
                    for (RequestObserver observer : observers) {
                        try {
                            observer.attemptFinished(attempt);
                        } catch (RuntimeException e) {
                            failed = first(failed, e);
                        }
                    }
                    if (failed != null) {
                        throw failed;
                    }
                }

                @Override
                public void requestFinished(RequestResult result) {
                    RuntimeException failed = null;
                    for (RequestObserver observer : observers) {
                        try {
                            observer.requestFinished(result);
                        } catch (RuntimeException e) {
                            failed = first(failed, e);
                        }
                    }
                    if (failed != null) {
                        throw failed;
                    }
                }
            };
        };
    }

    private static RuntimeException first(RuntimeException earlier, RuntimeException next) {
        if (earlier == null) {
            return next;
        }
        earlier.addSuppressed(next);
        return earlier;
    }
}
