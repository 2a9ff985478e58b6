package io.github.realtimesessions.spring;

import io.github.realtimesessions.spring.internal.SecretPropertiesSanitizer;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Masks the starter's secrets ({@code realtime.sessions.api-key}, {@code realtime.sessions.azure.api-key},
 * {@code realtime.sessions.safety-identifier.key}, and the {@code OPENAI_API_KEY}/{@code AZURE_OPENAI_API_KEY}
 * environment variables) in the Actuator's {@code configprops} and {@code env} endpoints, even with
 * {@code show-values=always}. Active when Spring Boot Actuator is on the class path.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public class RealtimeSessionsActuatorAutoConfiguration {

    /** Creates the auto-configuration; Spring Boot does. */
    public RealtimeSessionsActuatorAutoConfiguration() {}

    /**
     * The sanitizing function.
     *
     * @return the function
     */
    @Bean
    @ConditionalOnMissingBean(name = "realtimeSessionsSanitizingFunction")
    public SanitizingFunction realtimeSessionsSanitizingFunction() {
        return new SecretPropertiesSanitizer();
    }
}
