package io.github.realtimesessions.spring.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.InvalidRequestException;
import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.Endpoint;
import io.github.realtimesessions.port.spi.Outcome;
import io.github.realtimesessions.port.spi.RequestResult;
import io.github.realtimesessions.port.spi.RequestStart;
import io.github.realtimesessions.spring.CallPolicy;
import io.github.realtimesessions.spring.ClientSecretPolicy;
import io.github.realtimesessions.spring.RealtimeSessionsAutoConfiguration;
import io.github.realtimesessions.spring.RealtimeSessionsEndpointsAutoConfiguration;
import io.github.realtimesessions.spring.RealtimeRequestObservationContext;
import io.github.realtimesessions.spring.RealtimeRequestObservationConvention;
import io.micrometer.common.KeyValue;
import java.security.Principal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.web.server.ResponseStatusException;

/**
 * The snippets of docs/spring-boot.md do what the page says, on this Boot line (the security snippet is checked by compiling:
 * its API is the same in Spring Security 6.5 and 7.0).
 */
class ReadmeSnippetsIT {

    static final Principal ALICE = () -> "alice@example.com";

    private final WebApplicationContextRunner endpoints = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    RealtimeSessionsAutoConfiguration.class, RealtimeSessionsEndpointsAutoConfiguration.class))
            .withPropertyValues(
                    "realtime.sessions.api-key=sk-test-readme-0123456789",
                    "realtime.sessions.endpoint.client-secret.enabled=true",
                    "realtime.sessions.endpoint.calls.enabled=true");

    @Test
    void thePolicyLetsTheBrowserChooseAnAllowedVoiceOnly() {
        endpoints.withUserConfiguration(ReadmeSnippets.PolicySnippet.class).run(context -> {
            ClientSecretPolicy policy = context.getBean(ClientSecretPolicy.class);
            ClientSecretRequest request = policy.clientSecretRequest(ALICE, JsonObject.parse("{\"voice\":\"cedar\"}"));
            RealtimeSessionConfig session = (RealtimeSessionConfig) request.session();
            assertThat(session.audio().output().voice()).isEqualTo(Voice.CEDAR);
            assertThat(session.instructions()).contains("alice@example.com");
            assertThat(request.expiresAfter().seconds()).isEqualTo(60);
            assertThatThrownBy(() -> policy.clientSecretRequest(ALICE, JsonObject.parse("{\"voice\":\"ash\"}")))
                    .isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> policy.clientSecretRequest(
                            () -> "bob@trial.example.com", JsonObject.parse("{\"voice\":\"cedar\"}")))
                    .isInstanceOf(ResponseStatusException.class);
        });
    }

    @Test
    void theCallPolicyDecidesTheCallsSession() {
        endpoints.withUserConfiguration(ReadmeSnippets.CallPolicySnippet.class).run(context -> {
            RealtimeSessionConfig session = context.getBean(CallPolicy.class).session(ALICE, JsonObject.empty());
            assertThat(session.model()).isEqualTo(RealtimeModel.GPT_REALTIME_MINI);
        });
    }

    @Test
    void theCustomizerAdjustsTheAutoConfiguredSettings() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(RealtimeSessionsAutoConfiguration.class))
                .withPropertyValues("realtime.sessions.api-key=sk-test-readme-0123456789")
                .withUserConfiguration(ReadmeSnippets.CustomizerSnippet.class)
                .run(context -> {
                    ClientSettings settings = context.getBean(ClientSettings.class);
                    assertThat(settings.userAgentSuffix()).isEqualTo("orders-app/2.3");
                    assertThat(settings.extraHeaders()).containsEntry("X-Tenant", "acme");
                });
    }

    @Test
    void theConventionAddsItsTag() {
        new ApplicationContextRunner()
                .withUserConfiguration(ReadmeSnippets.ConventionSnippet.class)
                .run(context -> {
                    RealtimeRequestObservationContext observed =
                            new RealtimeRequestObservationContext(new RequestStart(Endpoint.CALLS, "apache", false));
                    observed.setResult(new RequestResult(Endpoint.CALLS, "apache", 1, 201, Outcome.SUCCESS,
                            Duration.ofMillis(3), null, null));
                    assertThat(context.getBean(RealtimeRequestObservationConvention.class)
                                    .getLowCardinalityKeyValues(observed))
                            .contains(KeyValue.of("app", "orders"), KeyValue.of("endpoint", "calls"));
                });
    }
}
