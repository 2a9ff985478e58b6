package io.github.realtimesessions.spring;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.port.SessionCreators;
import io.github.realtimesessions.port.TokenSource;
import io.github.realtimesessions.port.spi.RequestListener;
import io.github.realtimesessions.spring.internal.ClientSettingsFactory;
import io.github.realtimesessions.spring.internal.RealtimeSessionsConfigurationException;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configures one {@link SessionCreator} from the {@code realtime.sessions.*} properties
 * ({@link RealtimeSessionsProperties}), over the transport on the class path or the one named by
 * {@code realtime.sessions.transport}.
 *
 * <p>Back-offs: a {@link SessionCreator} bean of your own replaces the auto-configured one (and no settings are then
 * needed); a {@link ClientSettings} bean of your own is used, as it is, instead of the properties. The settings the
 * auto-configuration builds tell every {@link RequestListener} bean about each call (the Micrometer observation
 * listener among them) and are adjusted by every {@link ClientSettingsCustomizer} bean. A {@link TokenSource} bean
 * supplies bearer tokens (Microsoft Entra ID) where no API key is configured.
 *
 * <p>With nothing configured, the application fails to start with a report naming the missing property
 * ({@code realtime.sessions.api-key}, or {@code realtime.sessions.azure.endpoint} and
 * {@code realtime.sessions.azure.api-key}).
 */
@AutoConfiguration
@ConditionalOnClass(SessionCreator.class)
@EnableConfigurationProperties(RealtimeSessionsProperties.class)
public class RealtimeSessionsAutoConfiguration {

    /** Creates the auto-configuration; Spring Boot does. */
    public RealtimeSessionsAutoConfiguration() {}

    /**
     * The client settings from the properties.
     *
     * @param properties the properties
     * @param tokenSources a token source for bearer tokens, if there is exactly one
     * @param listeners the request listeners, in order
     * @param customizers the customizers, in order
     * @return the settings
     */
    @Bean
    @ConditionalOnMissingBean({ClientSettings.class, SessionCreator.class})
    public ClientSettings realtimeSessionsClientSettings(
            RealtimeSessionsProperties properties,
            ObjectProvider<TokenSource> tokenSources,
            ObjectProvider<RequestListener> listeners,
            ObjectProvider<ClientSettingsCustomizer> customizers) {
        ClientSettings.Builder builder = ClientSettingsFactory.builder(properties, tokenSources.getIfUnique());
        List<RequestListener> all = listeners.orderedStream().toList();
        if (!all.isEmpty()) {
            builder.listener(RequestListener.composite(all));
        }
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return ClientSettingsFactory.build(builder);
    }

    /**
     * The session creator, over the configured or the only transport on the class path; closed with the context.
     *
     * @param settings the settings
     * @param properties the properties
     * @return the creator
     */
    @Bean
    @ConditionalOnMissingBean
    public SessionCreator realtimeSessionsCreator(ClientSettings settings, RealtimeSessionsProperties properties) {
        String transport = properties.getTransport() == null || properties.getTransport().isBlank()
                ? null
                : properties.getTransport().trim();
        try {
            return transport == null ? SessionCreators.create(settings) : SessionCreators.create(settings, transport);
        } catch (IllegalStateException e) {
            throw new RealtimeSessionsConfigurationException(
                    "No Realtime Sessions transport could be chosen: " + e.getMessage(),
                    "Keep exactly one transport on the class path (the starter brings"
                            + " realtime-sessions-transport-apache), or name one with realtime.sessions.transport"
                            + " (available: " + SessionCreators.availableTransports() + ").",
                    e);
        }
    }
}
