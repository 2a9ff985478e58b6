package io.github.realtimesessions.spring;

import io.github.realtimesessions.port.Endpoint;
import io.github.realtimesessions.port.spi.RequestResult;
import io.github.realtimesessions.port.spi.RequestStart;
import io.micrometer.observation.Observation;
import java.util.Objects;

/**
 * What an observation of one library call knows: what was called (at the start) and how it ended (at the stop).
 * Read by {@link RealtimeRequestObservationConvention}s; carries no body, header value, credential or secret.
 */
public class RealtimeRequestObservationContext extends Observation.Context {

    private final RequestStart start;
    private volatile RequestResult result;

    /**
     * Creates the context of a call that is starting.
     *
     * @param start what is being called
     */
    public RealtimeRequestObservationContext(RequestStart start) {
        this.start = Objects.requireNonNull(start, "start");
    }

    /**
     * Returns what is being called.
     *
     * @return the call's start
     */
    public RequestStart getStart() {
        return start;
    }

    /**
     * Returns the endpoint being called.
     *
     * @return the endpoint
     */
    public Endpoint getEndpoint() {
        return start.endpoint();
    }

    /**
     * Returns how the call ended.
     *
     * @return the result, or {@code null} while the call runs
     */
    public RequestResult getResult() {
        return result;
    }

    /**
     * Records how the call ended; called by the starter just before the observation stops.
     *
     * @param result the result
     */
    public void setResult(RequestResult result) {
        this.result = result;
    }
}
