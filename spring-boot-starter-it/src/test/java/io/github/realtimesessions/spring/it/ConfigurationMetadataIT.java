package io.github.realtimesessions.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The starter's jar carries the metadata an IDE completes {@code realtime.sessions.*} from. */
class ConfigurationMetadataIT {

    @Test
    void theStarterShipsConfigurationMetadata() throws IOException {
        List<URL> resources = Collections.list(
                getClass().getClassLoader().getResources("META-INF/spring-configuration-metadata.json"));
        URL ours = resources.stream()
                .filter(url -> url.toString().contains("spring-boot-starter/") || url.toString().contains(
                        "realtime-sessions-spring-boot-starter"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no metadata from the starter among " + resources));
        JsonObject metadata;
        try (InputStream in = ours.openStream()) {
            metadata = JsonObject.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        List<String> names = metadata.get("properties").asArray().elements().stream()
                .map(JsonValue::asObject)
                .map(property -> property.get("name").asString())
                .toList();
        assertThat(names).contains(
                "realtime.sessions.api-key",
                "realtime.sessions.azure.endpoint",
                "realtime.sessions.endpoint.client-secret.enabled",
                "realtime.sessions.endpoint.calls.max-duration",
                "realtime.sessions.safety-identifier.key");
    }
}
