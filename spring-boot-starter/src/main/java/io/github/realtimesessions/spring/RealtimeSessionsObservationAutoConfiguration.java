package io.github.realtimesessions.spring;

import io.github.realtimesessions.port.spi.RequestListener;
import io.github.realtimesessions.spring.internal.ObservationRequestListener;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Reports every call of the library (any endpoint, any transport) as one Micrometer {@code Observation} named
 * {@value DefaultRealtimeRequestObservationConvention#NAME}, so that both metrics (a timer tagged {@code endpoint},
 * {@code transport}, {@code outcome}, {@code status}) and traces (a span per call, child of the request being served)
 * work. Active when Micrometer's observation API and an {@link ObservationRegistry} bean are present (Spring Boot's
 * actuator provides one); a {@link RealtimeRequestObservationConvention} bean replaces the default names and tags.
 *
 * <p>The listener is a {@link RequestListener} bean, which the auto-configured {@code ClientSettings} pick up. With a
 * {@code ClientSettings} bean of your own, plug it in yourself: {@code .listener(listener)}.
 */
@AutoConfiguration(
        before = RealtimeSessionsAutoConfiguration.class,
        afterName = {
            "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
            "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"
        })
@ConditionalOnClass(ObservationRegistry.class)
@ConditionalOnBean(ObservationRegistry.class)
public class RealtimeSessionsObservationAutoConfiguration {

    /** Creates the auto-configuration; Spring Boot does. */
    public RealtimeSessionsObservationAutoConfiguration() {}

    /**
     * The listener that turns library calls into observations.
     *
     * @param registry the observation registry
     * @param convention a convention replacing the default, if there is one
     * @return the listener
     */
    @Bean
    @ConditionalOnMissingBean(name = "realtimeSessionsObservationListener")
    public RequestListener realtimeSessionsObservationListener(
            ObservationRegistry registry, ObjectProvider<RealtimeRequestObservationConvention> convention) {
        return new ObservationRequestListener(registry, convention.getIfUnique());
    }
}
