package io.github.realtimesessions.spring;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observation of one library call. Declare a bean of this type to replace
 * {@link DefaultRealtimeRequestObservationConvention} (extend it to add a key value); keep the low-cardinality key
 * values low: they become metric tags.
 */
public interface RealtimeRequestObservationConvention extends ObservationConvention<RealtimeRequestObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof RealtimeRequestObservationContext;
    }
}
