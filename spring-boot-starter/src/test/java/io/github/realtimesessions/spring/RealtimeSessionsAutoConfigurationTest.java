package io.github.realtimesessions.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.port.AccessToken;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.Credential;
import io.github.realtimesessions.port.RetryPolicy;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.port.TokenSource;
import io.github.realtimesessions.port.spi.RequestListener;
import io.github.realtimesessions.spring.internal.RealtimeSessionsFailureAnalyzer;
import io.github.realtimesessions.transport.core.HttpSessionCreator;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class RealtimeSessionsAutoConfigurationTest {

    static final String KEY = "sk-test-autoconfig-0123456789abcdef";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RealtimeSessionsAutoConfiguration.class));

    @Test
    void anApiKeyIsEnoughForASessionCreatorOverTheTransportOnTheClassPath() {
        runner.withPropertyValues("realtime.sessions.api-key=" + KEY).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(ClientSettings.class).hasSingleBean(SessionCreator.class);
            ClientSettings settings = context.getBean(ClientSettings.class);
            assertThat(settings.credential()).isEqualTo(Credential.apiKey(KEY));
            assertThat(settings.baseUri()).isEqualTo(ClientSettings.DEFAULT_BASE_URI);
            assertThat(settings.isAzure()).isFalse();
            SessionCreator creator = context.getBean(SessionCreator.class);
            assertThat(creator).isInstanceOf(HttpSessionCreator.class);
            assertThat(((HttpSessionCreator) creator).transport()).isEqualTo("apache");
        });
    }

    @Test
    void theSessionCreatorIsClosedWithTheContext() {
        SessionCreator[] creator = new SessionCreator[1];
        runner.withPropertyValues("realtime.sessions.api-key=" + KEY)
                .run(context -> creator[0] = context.getBean(SessionCreator.class));
        assertThat(((HttpSessionCreator) creator[0]).isClosed()).isTrue();
    }

    @Test
    void everyPropertyReachesTheSettings() {
        runner.withPropertyValues(
                        "realtime.sessions.api-key=" + KEY,
                        "realtime.sessions.base-url=https://gateway.example.com/openai/v1/",
                        "realtime.sessions.calls-base-url=https://calls.example.com/v1",
                        "realtime.sessions.organization=org-123",
                        "realtime.sessions.project=proj_456",
                        "realtime.sessions.connect-timeout=3s",
                        "realtime.sessions.response-timeout=20s",
                        "realtime.sessions.call-timeout=45s",
                        "realtime.sessions.max-retries=0",
                        "realtime.sessions.transport=APACHE")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    ClientSettings settings = context.getBean(ClientSettings.class);
                    assertThat(settings.baseUri()).isEqualTo(URI.create("https://gateway.example.com/openai/v1"));
                    assertThat(settings.callsBaseUri()).isEqualTo(URI.create("https://calls.example.com/v1"));
                    assertThat(settings.organization()).isEqualTo("org-123");
                    assertThat(settings.project()).isEqualTo("proj_456");
                    assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(settings.responseTimeout()).isEqualTo(Duration.ofSeconds(20));
                    assertThat(settings.callTimeout()).isEqualTo(Duration.ofSeconds(45));
                    assertThat(settings.maxRetries()).isZero();
                });
    }

    @Test
    void thePropertiesDefaultsAreTheLibrarysDefaults() {
        RealtimeSessionsProperties properties = new RealtimeSessionsProperties();
        assertThat(properties.getConnectTimeout()).isEqualTo(ClientSettings.DEFAULT_CONNECT_TIMEOUT);
        assertThat(properties.getResponseTimeout()).isEqualTo(ClientSettings.DEFAULT_RESPONSE_TIMEOUT);
        assertThat(properties.getCallTimeout()).isEqualTo(ClientSettings.DEFAULT_CALL_TIMEOUT);
        assertThat(properties.getMaxRetries()).isEqualTo(RetryPolicy.DEFAULT_MAX_RETRIES);
        assertThat(properties.getEndpoint().getCalls().getMaxDuration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(properties.getEndpoint().getRateLimit().getMaxRequests()).isEqualTo(10);
        assertThat(properties.getEndpoint().getRateLimit().getWindow()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void anAzureEndpointAndKeyConfigureAzureOpenAi() {
        runner.withPropertyValues(
                        "realtime.sessions.azure.endpoint=https://my-resource.openai.azure.com",
                        "realtime.sessions.azure.api-key=azure-key-0123456789")
                .run(context -> {
                    ClientSettings settings = context.getBean(ClientSettings.class);
                    assertThat(settings.isAzure()).isTrue();
                    assertThat(settings.baseUri()).isEqualTo(URI.create("https://my-resource.openai.azure.com/openai/v1"));
                    assertThat(settings.credential()).isEqualTo(Credential.azureApiKey("azure-key-0123456789"));
                });
    }

    @Test
    void anAzureEndpointWithATokenSourceBeanUsesBearerTokens() {
        runner.withPropertyValues("realtime.sessions.azure.endpoint=https://my-resource.openai.azure.com")
                .withBean(TokenSource.class, () -> () -> new AccessToken("entra-token", Instant.now().plusSeconds(3600)))
                .run(context -> assertThat(context.getBean(ClientSettings.class).credential())
                        .isInstanceOf(Credential.BearerTokens.class));
    }

    @Test
    void nothingConfiguredFailsNamingTheMissingProperty() {
        runner.run(context -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = new RealtimeSessionsFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains("realtime.sessions.api-key");
            assertThat(analysis.getAction())
                    .contains("realtime.sessions.api-key")
                    .contains("realtime.sessions.azure.endpoint")
                    .contains("realtime.sessions.azure.api-key");
        });
    }

    @Test
    void anAzureEndpointWithoutKeyNamesTheKeyProperty() {
        runner.withPropertyValues("realtime.sessions.azure.endpoint=https://my-resource.openai.azure.com")
                .run(context -> assertThat(analysis(context.getStartupFailure()).getAction())
                        .contains("realtime.sessions.azure.api-key"));
    }

    @Test
    void anAzureKeyWithoutEndpointNamesTheEndpointProperty() {
        runner.withPropertyValues("realtime.sessions.azure.api-key=azure-key-0123456789")
                .run(context -> {
                    FailureAnalysis analysis = analysis(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("realtime.sessions.azure.endpoint");
                    assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("azure-key-0123456789");
                });
    }

    @Test
    void bothOpenAiAndAzureIsRefused() {
        runner.withPropertyValues(
                        "realtime.sessions.api-key=" + KEY,
                        "realtime.sessions.azure.endpoint=https://my-resource.openai.azure.com",
                        "realtime.sessions.azure.api-key=azure-key-0123456789")
                .run(context -> assertThat(analysis(context.getStartupFailure()).getDescription())
                        .contains("Both OpenAI"));
    }

    @Test
    void anInvalidValueNamesThePropertyAndNeverQuotesTheSecret() {
        runner.withPropertyValues("realtime.sessions.api-key=sk-has a space-0123456789").run(context -> {
            FailureAnalysis analysis = analysis(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("realtime.sessions.api-key");
            assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("sk-has a space");
            assertThat(context.getStartupFailure()).rootCause().message().doesNotContain("sk-has a space");
        });
        runner.withPropertyValues("realtime.sessions.api-key=" + KEY, "realtime.sessions.connect-timeout=0s")
                .run(context -> assertThat(analysis(context.getStartupFailure()).getDescription())
                        .contains("realtime.sessions.connect-timeout"));
        runner.withPropertyValues(
                        "realtime.sessions.api-key=" + KEY, "realtime.sessions.base-url=http://user:pw@example.com/v1")
                .run(context -> {
                    FailureAnalysis analysis = analysis(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("realtime.sessions.base-url").doesNotContain("pw");
                });
    }

    @Test
    void anUnknownTransportNamesThePropertyAndWhatIsAvailable() {
        runner.withPropertyValues("realtime.sessions.api-key=" + KEY, "realtime.sessions.transport=okhttp")
                .run(context -> {
                    FailureAnalysis analysis = analysis(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("okhttp");
                    assertThat(analysis.getAction()).contains("realtime.sessions.transport").contains("apache");
                });
    }

    @Test
    void aClientSettingsBeanOfYourOwnWinsAndNeedsNoProperties() {
        ClientSettings mine = ClientSettings.builder().apiKey(KEY).project("mine").build();
        runner.withBean(ClientSettings.class, () -> mine).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(ClientSettings.class);
            assertThat(context.getBean(ClientSettings.class)).isSameAs(mine);
            assertThat(((HttpSessionCreator) context.getBean(SessionCreator.class)).settings()).isSameAs(mine);
        });
    }

    @Test
    void aSessionCreatorBeanOfYourOwnWinsAndNeedsNoSettings() {
        runner.withUserConfiguration(OwnCreator.class).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(SessionCreator.class).doesNotHaveBean(ClientSettings.class);
            assertThat(context.getBean(SessionCreator.class)).isInstanceOf(StubSessionCreator.class);
        });
    }

    @Test
    void customizersAndListenersAreApplied() {
        RequestListener listener = start -> io.github.realtimesessions.port.spi.RequestObserver.NONE;
        runner.withPropertyValues("realtime.sessions.api-key=" + KEY)
                .withBean(ClientSettingsCustomizer.class, () -> builder -> builder.userAgentSuffix("my-app/1.0"))
                .withBean(RequestListener.class, () -> listener)
                .run(context -> {
                    ClientSettings settings = context.getBean(ClientSettings.class);
                    assertThat(settings.userAgentSuffix()).isEqualTo("my-app/1.0");
                    assertThat(settings.listener()).isSameAs(listener);
                });
    }

    static FailureAnalysis analysis(Throwable failure) {
        assertThat(failure).isNotNull();
        FailureAnalysis analysis = new RealtimeSessionsFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("failure analysis of %s", failure).isNotNull();
        return analysis;
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnCreator {
        @Bean
        SessionCreator mySessionCreator() {
            return new StubSessionCreator();
        }
    }
}
