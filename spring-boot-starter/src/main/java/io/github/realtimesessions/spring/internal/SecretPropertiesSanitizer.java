package io.github.realtimesessions.spring.internal;

import java.util.Locale;
import java.util.Set;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the starter's secrets in the Actuator's {@code configprops} and {@code env} endpoints, whatever their
 * {@code show-values} say: the OpenAI and Azure API keys and the safety identifier's HMAC key, under any of their
 * spellings ({@code realtime.sessions.api-key}, {@code realtime.sessions.apiKey}, {@code REALTIME_SESSIONS_API_KEY}),
 * plus the environment variables the official SDKs read ({@code OPENAI_API_KEY}, {@code AZURE_OPENAI_API_KEY}).
 */
public final class SecretPropertiesSanitizer implements SanitizingFunction {

    /** Property names, lower case without separators. */
    private static final Set<String> SECRETS = Set.of(
            "realtimesessionsapikey",
            "realtimesessionsazureapikey",
            "realtimesessionssafetyidentifierkey",
            "openaiapikey",
            "azureopenaiapikey");

    /** Creates the sanitizer. */
    public SecretPropertiesSanitizer() {}

    @Override
    public SanitizableData apply(SanitizableData data) {
        return data.getValue() != null && isSecret(data.getKey()) ? data.withSanitizedValue() : data;
    }

    static boolean isSecret(String key) {
        if (key == null) {
            return false;
        }
        StringBuilder compact = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                compact.append(c);
            }
        }
        return SECRETS.contains(compact.toString().toLowerCase(Locale.ROOT));
    }
}
