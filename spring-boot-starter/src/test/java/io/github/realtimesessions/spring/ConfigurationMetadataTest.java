package io.github.realtimesessions.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The metadata the configuration processor generated, which IDEs read for completion. */
class ConfigurationMetadataTest {

    @Test
    void everyPropertyIsDescribedWithItsDefault() throws IOException {
        JsonObject metadata = read("META-INF/spring-configuration-metadata.json");
        Map<String, JsonObject> properties = metadata.get("properties").asArray().elements().stream()
                .map(JsonValue::asObject)
                .collect(Collectors.toMap(p -> p.get("name").asString(), p -> p));
        assertThat(properties).containsKeys(
                "realtime.sessions.api-key",
                "realtime.sessions.azure.endpoint",
                "realtime.sessions.azure.api-key",
                "realtime.sessions.base-url",
                "realtime.sessions.calls-base-url",
                "realtime.sessions.organization",
                "realtime.sessions.project",
                "realtime.sessions.connect-timeout",
                "realtime.sessions.response-timeout",
                "realtime.sessions.call-timeout",
                "realtime.sessions.max-retries",
                "realtime.sessions.transport",
                "realtime.sessions.session.model",
                "realtime.sessions.session.instructions",
                "realtime.sessions.session.voice",
                "realtime.sessions.session.expires-after",
                "realtime.sessions.safety-identifier.key",
                "realtime.sessions.endpoint.allow-anonymous",
                "realtime.sessions.endpoint.client-secret.enabled",
                "realtime.sessions.endpoint.client-secret.path",
                "realtime.sessions.endpoint.calls.enabled",
                "realtime.sessions.endpoint.calls.path",
                "realtime.sessions.endpoint.calls.max-duration",
                "realtime.sessions.endpoint.rate-limit.max-requests",
                "realtime.sessions.endpoint.rate-limit.window");
        assertThat(properties.values()).allSatisfy(p -> assertThat(p.get("description")).isNotNull());
        assertThat(properties.get("realtime.sessions.endpoint.client-secret.path").get("defaultValue").asString())
                .isEqualTo("/realtime/client-secret");
        assertThat(properties.get("realtime.sessions.endpoint.calls.max-duration").get("defaultValue").asString())
                .isEqualTo("10m");
        assertThat(properties.get("realtime.sessions.endpoint.rate-limit.max-requests").get("defaultValue").asNumber())
                .isEqualByComparingTo("10");
        assertThat(metadata.get("hints").asArray().elements())
                .extracting(hint -> hint.asObject().get("name").asString())
                .contains("realtime.sessions.transport", "realtime.sessions.session.voice");
    }

    @Test
    void theAutoConfigurationsAreRegistered() throws IOException {
        String imports = text("META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports");
        assertThat(imports.lines()).containsExactlyInAnyOrder(
                RealtimeSessionsAutoConfiguration.class.getName(),
                RealtimeSessionsEndpointsAutoConfiguration.class.getName(),
                RealtimeSessionsObservationAutoConfiguration.class.getName(),
                RealtimeSessionsActuatorAutoConfiguration.class.getName());
        assertThat(text("META-INF/spring.factories")).contains("RealtimeSessionsFailureAnalyzer");
    }

    private static JsonObject read(String resource) throws IOException {
        return JsonObject.parse(text(resource));
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = ConfigurationMetadataTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
