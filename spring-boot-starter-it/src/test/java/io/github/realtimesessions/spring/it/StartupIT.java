package io.github.realtimesessions.spring.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.realtimesessions.spring.RealtimeSessionsAutoConfiguration;
import io.github.realtimesessions.spring.RealtimeSessionsEndpointsAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The startup checks, on this Boot line: a clear report naming the property, and no open endpoint by accident. */
@ExtendWith(OutputCaptureExtension.class)
class StartupIT {

    @Test
    void anApplicationWithNothingConfiguredReportsTheMissingProperty(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(ItApplication.class)
                        .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off")
                        .run())
                .isNotNull();
        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("No credential for the Realtime API is configured: realtime.sessions.api-key is not set")
                .contains("Set realtime.sessions.api-key for OpenAI")
                .contains("realtime.sessions.azure.endpoint and realtime.sessions.azure.api-key for Azure OpenAI");
    }

    @Test
    void withoutSpringSecurityTheEndpointsRefuseToStartUnlessAnonymousIsAllowed() {
        WebApplicationContextRunner runner = new WebApplicationContextRunner()
                .withClassLoader(new FilteredClassLoader("org.springframework.security"))
                .withConfiguration(AutoConfigurations.of(
                        RealtimeSessionsAutoConfiguration.class, RealtimeSessionsEndpointsAutoConfiguration.class))
                .withPropertyValues(
                        "realtime.sessions.api-key=sk-test-startup-0123456789",
                        "realtime.sessions.endpoint.client-secret.enabled=true");
        runner.run(context -> assertThat(context).hasFailed().getFailure()
                .rootCause()
                .hasMessageContaining("Spring Security is not on the class path"));
        runner.withPropertyValues("realtime.sessions.endpoint.allow-anonymous=true")
                .run(context -> assertThat(context).hasNotFailed());
    }
}
