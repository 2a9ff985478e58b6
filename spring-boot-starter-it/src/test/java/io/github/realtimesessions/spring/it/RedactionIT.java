package io.github.realtimesessions.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.port.Endpoint;
import io.github.realtimesessions.testkit.Fault;
import io.github.realtimesessions.testkit.SdpSamples;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * The secrets (the API key, the safety identifier's key, every minted client secret) stay out of the logs (from
 * startup on, with the library and Spring MVC at DEBUG) and out of the Actuator's answers with show-values=always.
 * An application of its own, so that its startup is captured.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {
    "logging.level.org.springframework.web=DEBUG",
    "logging.level.org.springframework.security=DEBUG",
    "logging.level.io.github.realtimesessions=TRACE"
})
class RedactionIT extends AbstractApplicationIT {

    @Test
    void secretsNeverReachTheLogs(CapturedOutput output) {
        HttpResponse<String> minted = http.post("/realtime/client-secret", newUser("logged"), null, null);
        assertThat(minted.statusCode()).isEqualTo(200);
        String secret = json(minted).get("value").asString();
        assertThat(http.post("/realtime/calls", newUser("logged"), "application/sdp", SdpSamples.browserOffer())
                        .statusCode())
                .isEqualTo(201);
        fake().enqueue(Endpoint.CLIENT_SECRETS, Fault.error(401, "invalid_request_error", "invalid_api_key",
                "Incorrect API key provided: " + fake().apiKey()));
        assertThat(http.post("/realtime/client-secret", newUser("logged"), null, null).statusCode()).isEqualTo(502);

        assertThat(output.getAll())
                .as("the capture covers the application's startup and the requests")
                .containsPattern("Started \\w+ in")
                .contains("realtime")
                .doesNotContain(fake().apiKey())
                .doesNotContain(SAFETY_KEY)
                .doesNotContain(secret);
    }

    @Test
    void theActuatorMasksTheSecretsEvenWithShowValuesAlways() {
        HttpResponse<String> configprops = http.get("/actuator/configprops", null);
        assertThat(configprops.statusCode()).isEqualTo(200);
        assertThat(configprops.body())
                .contains("realtime.sessions")
                .contains("gpt-realtime")
                .as("show-values=always shows ordinary values, e.g. the base URL")
                .contains(fake().baseUri().toString())
                .doesNotContain(fake().apiKey())
                .doesNotContain(SAFETY_KEY);

        HttpResponse<String> env = http.get("/actuator/env", null);
        assertThat(env.statusCode()).isEqualTo(200);
        assertThat(env.body())
                .contains("realtime.sessions.api-key")
                .doesNotContain(fake().apiKey())
                .doesNotContain(SAFETY_KEY);

        HttpResponse<String> apiKey = http.get("/actuator/env/realtime.sessions.api-key", null);
        assertThat(apiKey.statusCode()).isEqualTo(200);
        assertThat(json(apiKey).get("property").asObject().get("value").asString()).isEqualTo("******");
        assertThat(apiKey.body()).doesNotContain(fake().apiKey());
    }
}
