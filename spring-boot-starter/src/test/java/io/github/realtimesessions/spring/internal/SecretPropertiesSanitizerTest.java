package io.github.realtimesessions.spring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.actuate.endpoint.SanitizableData;

class SecretPropertiesSanitizerTest {

    private final SecretPropertiesSanitizer sanitizer = new SecretPropertiesSanitizer();

    @ParameterizedTest
    @ValueSource(strings = {
        "realtime.sessions.api-key", "realtime.sessions.apiKey", "REALTIME_SESSIONS_API_KEY", "REALTIME_SESSIONS_APIKEY",
        "realtime.sessions.azure.api-key", "realtime.sessions.azure.apiKey", "REALTIME_SESSIONS_AZURE_API_KEY",
        "realtime.sessions.safety-identifier.key", "realtime.sessions.safetyIdentifier.key",
        "OPENAI_API_KEY", "AZURE_OPENAI_API_KEY"
    })
    void secretsAreMaskedUnderEverySpelling(String key) {
        SanitizableData data = sanitizer.apply(new SanitizableData(null, key, "sk-secret-value"));
        assertThat(data.getValue()).isEqualTo(SanitizableData.SANITIZED_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "realtime.sessions.base-url", "realtime.sessions.organization", "realtime.sessions.endpoint.calls.path",
        "realtime.sessions.session.model", "server.port", "api-key"
    })
    void otherPropertiesAreLeftAlone(String key) {
        assertThat(sanitizer.apply(new SanitizableData(null, key, "value")).getValue()).isEqualTo("value");
    }
}
