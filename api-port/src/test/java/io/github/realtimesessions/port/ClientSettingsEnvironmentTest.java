package io.github.realtimesessions.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientSettingsEnvironmentTest {

    private static final String API_KEY = "sk-proj-SECRETKEY123456";

    private static ClientSettings fromEnv(Map<String, String> variables) {
        return ClientSettings.builderFromEnvironment(variables::get).build();
    }

    @Test
    void readsAllFourVariables() {
        ClientSettings settings = fromEnv(Map.of(
                "OPENAI_API_KEY", API_KEY,
                "OPENAI_BASE_URL", "https://proxy.example.com/v1/",
                "OPENAI_ORG_ID", "org-abc",
                "OPENAI_PROJECT_ID", "proj_def"));

        assertThat(settings.apiKey()).isEqualTo(API_KEY);
        assertThat(settings.baseUri()).isEqualTo(URI.create("https://proxy.example.com/v1"));
        assertThat(settings.organization()).isEqualTo("org-abc");
        assertThat(settings.project()).isEqualTo("proj_def");
    }

    @Test
    void onlyTheKeyIsNeededAndTheRestKeepsItsDefaults() {
        ClientSettings settings = fromEnv(Map.of("OPENAI_API_KEY", API_KEY));

        assertThat(settings).isEqualTo(ClientSettings.builder().apiKey(API_KEY).build());
        assertThat(settings.baseUri()).isEqualTo(ClientSettings.DEFAULT_BASE_URI);
    }

    @Test
    void looksUpExactlyTheDocumentedNames() {
        assertThat(ClientSettings.ENV_API_KEY).isEqualTo("OPENAI_API_KEY");
        assertThat(ClientSettings.ENV_BASE_URL).isEqualTo("OPENAI_BASE_URL");
        assertThat(ClientSettings.ENV_ORG_ID).isEqualTo("OPENAI_ORG_ID");
        assertThat(ClientSettings.ENV_PROJECT_ID).isEqualTo("OPENAI_PROJECT_ID");

        Map<String, Integer> lookups = new HashMap<>();
        Function<String, String> recording = name -> {
            lookups.merge(name, 1, Integer::sum);
            return name.equals("OPENAI_API_KEY") ? API_KEY : null;
        };
        ClientSettings.builderFromEnvironment(recording).build();

        assertThat(lookups).containsOnlyKeys("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID");
    }

    @Test
    void aKeyWithATrailingNewlineIsTrimmed() {
        // Values read from files or shells often end with a newline.
        assertThat(fromEnv(Map.of("OPENAI_API_KEY", API_KEY + "\n")).apiKey()).isEqualTo(API_KEY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankKeyCountsAsMissing(String blank) {
        assertThatIllegalStateException()
                .isThrownBy(() -> fromEnv(Map.of("OPENAI_API_KEY", blank)))
                .withMessageContaining("OPENAI_API_KEY");
    }

    @Test
    void aMissingKeyIsAnIllegalStateNamingTheVariable() {
        assertThatIllegalStateException()
                .isThrownBy(() -> fromEnv(Map.of("OPENAI_BASE_URL", "https://proxy.example.com/v1")))
                .withMessageContaining("OPENAI_API_KEY");
    }

    @Test
    void blankOptionalVariablesMeanAbsent() {
        ClientSettings settings = fromEnv(Map.of(
                "OPENAI_API_KEY", API_KEY,
                "OPENAI_BASE_URL", " ",
                "OPENAI_ORG_ID", "  ",
                "OPENAI_PROJECT_ID", ""));

        assertThat(settings.organization()).isNull();
        assertThat(settings.project()).isNull();
        assertThat(settings.baseUri()).isEqualTo(ClientSettings.DEFAULT_BASE_URI);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://exa mple.com/v1", // not a URI at all
        "proxy.example.com/v1", // relative: no scheme
        "ftp://proxy.example.com/v1", // not http(s)
        "https://proxy.example.com/v1?key=1", // query
    })
    void anInvalidBaseUrlIsAnIllegalArgumentNamingTheVariable(String bad) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClientSettings.builderFromEnvironment(
                        Map.of("OPENAI_API_KEY", API_KEY, "OPENAI_BASE_URL", bad)::get))
                .withMessageContaining("OPENAI_BASE_URL");
    }

    @Test
    void theBuilderCanBeAdjustedBeforeBuilding() {
        ClientSettings settings = ClientSettings.builderFromEnvironment(
                        Map.of("OPENAI_API_KEY", API_KEY, "OPENAI_BASE_URL", "http://gateway.internal/v1")::get)
                .allowInsecureHttp(true)
                .maxRetries(0)
                .build();

        assertThat(settings.baseUri()).hasToString("http://gateway.internal/v1");
        assertThat(settings.maxRetries()).isZero();
    }

    @Test
    void theLookupFunctionIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> ClientSettings.builderFromEnvironment(null));
    }
}
