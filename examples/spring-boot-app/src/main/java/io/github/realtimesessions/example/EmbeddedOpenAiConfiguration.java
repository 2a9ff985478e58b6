package io.github.realtimesessions.example;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded fake OpenAI, used when no credential is configured: the testkit's {@link FakeRealtimeServer} on
 * 127.0.0.1, answering like the real API. The starter backs off from building its own settings when this
 * {@link ClientSettings} bean exists, so the app mints against the fake. With {@code OPENAI_API_KEY} or
 * {@code AZURE_OPENAI_ENDPOINT} set, none of this is created and the starter talks to the real API.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${realtime.sessions.api-key:}'.isEmpty() and '${realtime.sessions.azure.endpoint:}'.isEmpty()")
class EmbeddedOpenAiConfiguration {

    /** Set to what the app mints against, for the start-up line. */
    static final String UPSTREAM_PROPERTY = "reference.upstream";

    /**
     * Starts the embedded fake.
     *
     * @return the running server, closed with the application
     */
    @Bean(destroyMethod = "close")
    FakeRealtimeServer embeddedOpenAi() {
        FakeRealtimeServer server = FakeRealtimeServer.start();
        System.setProperty(UPSTREAM_PROPERTY, "embedded fake OpenAI at " + server.baseUri()
                + "; set OPENAI_API_KEY to use the real API");
        return server;
    }

    /**
     * Points the library at the embedded fake.
     *
     * @param server the embedded fake
     * @return the settings
     */
    @Bean
    ClientSettings embeddedOpenAiSettings(FakeRealtimeServer server) {
        return server.settings().userAgentSuffix("realtime-sessions-reference-app").build();
    }
}
