package io.github.realtimesessions.spring.internal;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.Credential;
import io.github.realtimesessions.port.TokenSource;
import io.github.realtimesessions.spring.RealtimeSessionsProperties;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Builds {@link ClientSettings} from the {@code realtime.sessions.*} properties. Every failure is a
 * {@link RealtimeSessionsConfigurationException} naming the property; no message repeats a value (a URL may carry
 * user info, a key is a secret).
 */
public final class ClientSettingsFactory {

    static final String PREFIX = "realtime.sessions.";
    static final String API_KEY = PREFIX + "api-key";
    static final String AZURE_ENDPOINT = PREFIX + "azure.endpoint";
    static final String AZURE_API_KEY = PREFIX + "azure.api-key";
    static final String BASE_URL = PREFIX + "base-url";
    static final String CALLS_BASE_URL = PREFIX + "calls-base-url";

    private static final String OR_OWN_BEAN =
            " Or define a ClientSettings or SessionCreator bean of your own, which the starter then uses.";

    private ClientSettingsFactory() {}

    /**
     * Returns a builder holding the properties' settings, for customizers to adjust.
     *
     * @param properties the properties
     * @param tokens a token source bean for bearer tokens (Microsoft Entra ID, a gateway), or {@code null}
     * @return the builder
     * @throws RealtimeSessionsConfigurationException if the properties cannot work
     */
    public static ClientSettings.Builder builder(RealtimeSessionsProperties properties, TokenSource tokens) {
        String apiKey = blankToNull(properties.getApiKey());
        String azureEndpoint = blankToNull(properties.getAzure().getEndpoint());
        String azureKey = blankToNull(properties.getAzure().getApiKey());
        String baseUrl = blankToNull(properties.getBaseUrl());
        boolean azure = azureEndpoint != null || azureKey != null;
        ClientSettings.Builder builder = ClientSettings.builder();
        if (apiKey != null && azure) {
            throw new RealtimeSessionsConfigurationException(
                    "Both OpenAI (" + API_KEY + ") and Azure OpenAI (" + AZURE_ENDPOINT + ", " + AZURE_API_KEY
                            + ") are configured for Realtime Sessions.",
                    "Keep one of them: " + API_KEY + " for OpenAI, or " + AZURE_ENDPOINT + " with " + AZURE_API_KEY
                            + " for Azure OpenAI.",
                    null);
        }
        if (azure) {
            if (azureEndpoint == null) {
                throw new RealtimeSessionsConfigurationException(
                        AZURE_API_KEY + " is set, but " + AZURE_ENDPOINT + " is not.",
                        "Set " + AZURE_ENDPOINT + " to your resource's endpoint, e.g."
                                + " https://my-resource.openai.azure.com.",
                        null);
            }
            if (baseUrl != null) {
                throw new RealtimeSessionsConfigurationException(
                        "Both " + AZURE_ENDPOINT + " and " + BASE_URL + " are set for Realtime Sessions.",
                        "Keep " + AZURE_ENDPOINT + " (it gives the base URL <endpoint>/openai/v1), or use " + BASE_URL
                                + " with " + API_KEY + " for a gateway.",
                        null);
            }
            apply(() -> builder.azureEndpoint(azureEndpoint), AZURE_ENDPOINT);
            if (azureKey != null) {
                builder.credential(apply(() -> Credential.azureApiKey(azureKey), AZURE_API_KEY));
            } else if (tokens != null) {
                builder.credential(Credential.bearerTokens(tokens));
            } else {
                throw new RealtimeSessionsConfigurationException(
                        AZURE_ENDPOINT + " is set, but no credential for it: " + AZURE_API_KEY + " is not set and"
                                + " there is no TokenSource bean.",
                        "Set " + AZURE_API_KEY + " to your resource's key, or define a TokenSource bean (Microsoft"
                                + " Entra ID tokens, e.g. from DefaultAzureCredential).",
                        null);
            }
        } else if (apiKey != null) {
            builder.credential(apply(() -> Credential.apiKey(apiKey), API_KEY));
        } else if (tokens != null) {
            builder.credential(Credential.bearerTokens(tokens));
        } else {
            throw new RealtimeSessionsConfigurationException(
                    "No credential for the Realtime API is configured: " + API_KEY + " is not set (nor "
                            + AZURE_ENDPOINT + " and " + AZURE_API_KEY + ").",
                    "Set " + API_KEY + " for OpenAI (e.g. " + API_KEY + "=${OPENAI_API_KEY}), or " + AZURE_ENDPOINT
                            + " and " + AZURE_API_KEY + " for Azure OpenAI." + OR_OWN_BEAN,
                    null);
        }
        if (baseUrl != null) {
            apply(() -> builder.baseUri(baseUrl), BASE_URL);
        }
        String callsBaseUrl = blankToNull(properties.getCallsBaseUrl());
        if (callsBaseUrl != null) {
            builder.callsBaseUri(uri(callsBaseUrl, CALLS_BASE_URL));
        }
        apply(() -> builder.organization(properties.getOrganization()), PREFIX + "organization");
        apply(() -> builder.project(properties.getProject()), PREFIX + "project");
        builder.connectTimeout(positive(properties.getConnectTimeout(), PREFIX + "connect-timeout"));
        builder.responseTimeout(positive(properties.getResponseTimeout(), PREFIX + "response-timeout"));
        builder.callTimeout(positive(properties.getCallTimeout(), PREFIX + "call-timeout"));
        int retries = properties.getMaxRetries();
        apply(() -> builder.maxRetries(retries), PREFIX + "max-retries");
        return builder;
    }

    /**
     * Builds the settings, reporting a rule broken across settings as a configuration failure.
     *
     * @param builder the builder
     * @return the settings
     */
    public static ClientSettings build(ClientSettings.Builder builder) {
        try {
            return builder.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            // ClientSettings' messages name the setting and the rule and never quote a secret.
            String property = propertyOf(e.getMessage());
            throw new RealtimeSessionsConfigurationException(
                    "The Realtime Sessions settings are invalid" + (property == null ? "" : " (" + property + ")")
                            + ": " + e.getMessage(),
                    property == null
                            ? "Check the " + PREFIX + "* properties and your ClientSettingsCustomizer beans."
                            : "Correct " + property + ".",
                    e);
        }
    }

    /** The property behind a setting that ClientSettings names at the start of its message. */
    private static String propertyOf(String message) {
        if (message == null) {
            return null;
        }
        String[][] names = {
            {"callsBaseUri", "calls-base-url"}, {"baseUri", "base-url"}, {"organization", "organization"},
            {"project", "project"}, {"connectTimeout", "connect-timeout"}, {"responseTimeout", "response-timeout"},
            {"callTimeout", "call-timeout"}, {"maxRetries", "max-retries"}
        };
        for (String[] name : names) {
            if (message.startsWith(name[0] + " ")) {
                return PREFIX + name[1];
            }
        }
        return null;
    }

    static Duration positive(Duration value, String property) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new RealtimeSessionsConfigurationException(
                    property + " must be a positive duration (was " + value + ").",
                    "Set " + property + " to a positive duration such as 10s, or remove it for the default.",
                    null);
        }
        return value;
    }

    private static URI uri(String text, String property) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new RealtimeSessionsConfigurationException(
                    property + " is not a valid URL: " + e.getReason() + " at character " + (e.getIndex() + 1) + ".",
                    "Set " + property + " to an absolute https URL.",
                    null);
        }
    }

    private static <T> T apply(Supplier<T> step, String property) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            // The library's messages never repeat a secret or a URL's user info.
            throw new RealtimeSessionsConfigurationException(
                    property + " is not usable: " + e.getMessage(),
                    "Correct " + property + ".",
                    e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
