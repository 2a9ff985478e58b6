package io.github.realtimesessions.spring.internal;

import io.github.realtimesessions.port.spi.AttemptInfo;
import io.github.realtimesessions.port.spi.RequestListener;
import io.github.realtimesessions.port.spi.RequestObserver;
import io.github.realtimesessions.port.spi.RequestResult;
import io.github.realtimesessions.port.spi.RequestStart;
import io.github.realtimesessions.spring.DefaultRealtimeRequestObservationConvention;
import io.github.realtimesessions.spring.RealtimeRequestObservationContext;
import io.github.realtimesessions.spring.RealtimeRequestObservationConvention;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;

/**
 * The port's {@link RequestListener} as Micrometer observations: one {@link Observation} per library call, started
 * when the call starts (its parent is the observation current on the calling thread, e.g. the HTTP request being
 * served), stopped when the call ends, with the failure as its error. Each retried attempt is an event. Thread-safe.
 */
public final class ObservationRequestListener implements RequestListener {

    private static final RealtimeRequestObservationConvention DEFAULT = new DefaultRealtimeRequestObservationConvention();
    private static final Observation.Event RETRY = Observation.Event.of("realtime.sessions.retry", "retry");

    private final ObservationRegistry registry;
    private final RealtimeRequestObservationConvention convention;

    /**
     * Creates the listener.
     *
     * @param registry the registry
     * @param convention a convention replacing the default, or {@code null}
     */
    public ObservationRequestListener(ObservationRegistry registry, RealtimeRequestObservationConvention convention) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.convention = convention;
    }

    @Override
    public RequestObserver requestStarted(RequestStart start) {
        if (registry.isNoop()) {
            return RequestObserver.NONE;
        }
        RealtimeRequestObservationContext context = new RealtimeRequestObservationContext(start);
        Observation observation = Observation.createNotStarted(convention, DEFAULT, () -> context, registry).start();
        return new RequestObserver() {
            @Override
            public void attemptFinished(AttemptInfo attempt) {
                if (attempt.retryDelay() != null) {
                    observation.event(RETRY);
                }
            }

            @Override
            public void requestFinished(RequestResult result) {
                context.setResult(result);
                if (result.failure() != null) {
                    observation.error(result.failure());
                }
                observation.stop();
            }
        };
    }

    @Override
    public String toString() {
        return "ObservationRequestListener[" + (convention == null ? DEFAULT : convention).getName() + "]";
    }
}
