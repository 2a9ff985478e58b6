package io.github.realtimesessions.spring;

import io.github.realtimesessions.port.ClientSettings;

/**
 * Adjusts the {@link ClientSettings} the auto-configuration builds from the {@code realtime.sessions.*} properties,
 * before they are built: extra headers, a user-agent suffix, a retry policy, another credential... Every bean of this
 * type is applied, in {@link org.springframework.core.annotation.Order @Order}. Not applied to a {@link ClientSettings}
 * bean of your own, which is used as it is.
 */
@FunctionalInterface
public interface ClientSettingsCustomizer {

    /**
     * Adjusts the settings.
     *
     * @param builder the builder holding the properties' values
     */
    void customize(ClientSettings.Builder builder);
}
