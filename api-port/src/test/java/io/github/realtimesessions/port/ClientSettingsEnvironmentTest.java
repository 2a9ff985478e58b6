package io.github.realtimesessions.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientSettingsEnvironmentTest {

    private static final String API_KEY = "sk-proj-SECRETKEY123456";
    private static final String AZURE_KEY = "0123456789abcdefAZURESECRET";
    private static final String AZURE_ENDPOINT = "https://my-resource.openai.azure.com";

    private static ClientSettings.Builder builderFrom(Map<String, String> variables) {
        return ClientSettings.builderFromEnvironment(variables::get);
    }

    private static ClientSettings fromEnv(Map<String, String> variables) {
        return builderFrom(variables).build();
    }

    @Test
    void theVariablesHaveTheDocumentedNames() {
        assertThat(ClientSettings.ENV_API_KEY).isEqualTo("OPENAI_API_KEY");
        assertThat(ClientSettings.ENV_BASE_URL).isEqualTo("OPENAI_BASE_URL");
        assertThat(ClientSettings.ENV_ORG_ID).isEqualTo("OPENAI_ORG_ID");
        assertThat(ClientSettings.ENV_PROJECT_ID).isEqualTo("OPENAI_PROJECT_ID");
        assertThat(ClientSettings.ENV_AZURE_ENDPOINT).isEqualTo("AZURE_OPENAI_ENDPOINT");
        assertThat(ClientSettings.ENV_AZURE_API_KEY).isEqualTo("AZURE_OPENAI_API_KEY");
    }

    @Test
    void theLookupFunctionIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> ClientSettings.builderFromEnvironment(null));
    }

    @Nested
    class OpenAi {

        @Test
        void readsAllFourVariables() {
            ClientSettings settings = fromEnv(Map.of(
                    "OPENAI_API_KEY", API_KEY,
                    "OPENAI_BASE_URL", "https://proxy.example.com/v1/",
                    "OPENAI_ORG_ID", "org-abc",
                    "OPENAI_PROJECT_ID", "proj_def"));

            assertThat(settings.credential()).isEqualTo(Credential.apiKey(API_KEY));
            assertThat(settings.baseUri()).isEqualTo(URI.create("https://proxy.example.com/v1"));
            assertThat(settings.organization()).isEqualTo("org-abc");
            assertThat(settings.project()).isEqualTo("proj_def");
            assertThat(settings.isAzure()).isFalse();
        }

        @Test
        void onlyTheKeyIsNeededAndTheRestKeepsItsDefaults() {
            ClientSettings settings = fromEnv(Map.of("OPENAI_API_KEY", API_KEY));

            assertThat(settings).isEqualTo(ClientSettings.builder().apiKey(API_KEY).build());
            assertThat(settings.baseUri()).isEqualTo(ClientSettings.DEFAULT_BASE_URI);
        }

        @Test
        void looksUpOnlyTheDocumentedNames() {
            Map<String, Integer> lookups = new HashMap<>();
            Function<String, String> recording = name -> {
                lookups.merge(name, 1, Integer::sum);
                return name.equals("OPENAI_API_KEY") ? API_KEY : null;
            };
            ClientSettings.builderFromEnvironment(recording).build();

            assertThat(lookups)
                    .containsOnlyKeys(
                            "OPENAI_API_KEY",
                            "OPENAI_BASE_URL",
                            "OPENAI_ORG_ID",
                            "OPENAI_PROJECT_ID",
                            "AZURE_OPENAI_ENDPOINT",
                            "AZURE_OPENAI_API_KEY");
        }

        @Test
        void aKeyWithATrailingNewlineIsTrimmed() {
            // Values read from files or shells often end with a newline.
            assertThat(fromEnv(Map.of("OPENAI_API_KEY", API_KEY + "\n")).credential())
                    .isEqualTo(Credential.apiKey(API_KEY));
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

        @Test
        void anInvalidKeyIsRefusedNamingTheVariableButNotTheKey() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> builderFrom(Map.of("OPENAI_API_KEY", "sk-pasted SECRETKEY")))
                    .withMessageContaining("environment variable OPENAI_API_KEY")
                    .withMessageContaining("visible ASCII")
                    .withMessageNotContaining("SECRETKEY");
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "https://exa mple.com/v1", // not a URI at all
            "proxy.example.com/v1", // relative: no scheme
            "ftp://proxy.example.com/v1", // not http(s)
            "https://proxy.example.com/v1?key=1", // query
            "https://user:pw@proxy.example.com/v1", // user info
        })
        void anInvalidBaseUrlIsAnIllegalArgumentNamingTheVariable(String bad) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> builderFrom(Map.of("OPENAI_API_KEY", API_KEY, "OPENAI_BASE_URL", bad)))
                    .withMessageStartingWith("OPENAI_BASE_URL ");
        }

        static Stream<Arguments> baseUrlsHoldingSecrets() {
            return Stream.of(
                    argumentSet("unparsable, with user info", "https://user:SECRET@exa mple.com/v1"),
                    argumentSet("unparsable, with a query", "https://exa mple.com/v1?api-key=SECRET"),
                    argumentSet("user info", "https://user:SECRET@proxy.example.com/v1"),
                    argumentSet("query", "https://proxy.example.com/v1?api-key=SECRET"),
                    argumentSet("fragment", "https://proxy.example.com/v1#SECRET"));
        }

        @ParameterizedTest
        @MethodSource("baseUrlsHoldingSecrets")
        void anInvalidBaseUrlIsNeverQuoted(String bad) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> builderFrom(Map.of("OPENAI_API_KEY", API_KEY, "OPENAI_BASE_URL", bad)))
                    .withMessageContaining("OPENAI_BASE_URL")
                    .withMessageNotContaining("SECRET")
                    .withMessageNotContaining(API_KEY);
        }

        @Test
        void plainHttpIsJudgedWhenBuildingSoThatItCanBeAllowed() {
            ClientSettings.Builder builder = builderFrom(
                    Map.of("OPENAI_API_KEY", API_KEY, "OPENAI_BASE_URL", "http://gateway.internal/v1"));

            assertThatIllegalArgumentException().isThrownBy(builder::build).withMessageContaining("plain http");
            ClientSettings settings = builder.allowInsecureHttp(true).maxRetries(0).build();
            assertThat(settings.baseUri()).hasToString("http://gateway.internal/v1");
            assertThat(settings.maxRetries()).isZero();
        }
    }

    @Nested
    class Azure {

        @Test
        void anEndpointAndAKeyConfigureAzure() {
            ClientSettings settings = fromEnv(Map.of(
                    "AZURE_OPENAI_ENDPOINT", AZURE_ENDPOINT + "/",
                    "AZURE_OPENAI_API_KEY", AZURE_KEY));

            assertThat(settings.isAzure()).isTrue();
            assertThat(settings.baseUri()).isEqualTo(URI.create(AZURE_ENDPOINT + "/openai/v1"));
            assertThat(settings.credential()).isEqualTo(Credential.azureApiKey(AZURE_KEY));
            assertThat(settings.credential().headerName()).isEqualTo("api-key");
        }

        @Test
        void aKeyWithoutAnEndpointIsRefusedNamingTheMissingVariable() {
            assertThatIllegalStateException()
                    .isThrownBy(() -> builderFrom(Map.of("AZURE_OPENAI_API_KEY", AZURE_KEY)))
                    .withMessageContaining("AZURE_OPENAI_API_KEY is set but AZURE_OPENAI_ENDPOINT is not")
                    .withMessageNotContaining(AZURE_KEY);
        }

        @Test
        void anEndpointWithoutAKeyLeavesTheCredentialToTheCaller() {
            ClientSettings.Builder builder = builderFrom(Map.of("AZURE_OPENAI_ENDPOINT", AZURE_ENDPOINT));

            assertThatIllegalStateException()
                    .isThrownBy(builder::build)
                    .withMessageContaining("no credential")
                    .withMessageContaining("credential(...)")
                    .withMessageContaining("AZURE_OPENAI_API_KEY");

            // e.g. Microsoft Entra ID tokens instead of a key
            ClientSettings settings =
                    builder.credential(Credential.bearerTokens(() -> new AccessToken("entra-token", null))).build();
            assertThat(settings.isAzure()).isTrue();
            assertThat(settings.baseUri()).isEqualTo(URI.create(AZURE_ENDPOINT + "/openai/v1"));
        }

        @Test
        void anInvalidKeyIsRefusedNamingTheVariableButNotTheKey() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> builderFrom(Map.of(
                            "AZURE_OPENAI_ENDPOINT", AZURE_ENDPOINT,
                            "AZURE_OPENAI_API_KEY", "abc\u00e9" + AZURE_KEY)))
                    .withMessageContaining("environment variable AZURE_OPENAI_API_KEY")
                    .withMessageNotContaining(AZURE_KEY);
        }

        static Stream<Arguments> invalidEndpoints() {
            return Stream.of(
                    argumentSet("not a URI", "https://my resource.openai.azure.com"),
                    argumentSet("relative", "my-resource.openai.azure.com"),
                    argumentSet("an api-version query", AZURE_ENDPOINT + "?api-version=2024-10-21"),
                    argumentSet("a deployment path", AZURE_ENDPOINT + "/openai/deployments/gpt-realtime"),
                    argumentSet("user info", "https://me:pw@my-resource.openai.azure.com"));
        }

        @ParameterizedTest
        @MethodSource("invalidEndpoints")
        void anInvalidEndpointIsAnIllegalArgumentNamingTheVariable(String bad) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> builderFrom(Map.of("AZURE_OPENAI_ENDPOINT", bad, "AZURE_OPENAI_API_KEY", AZURE_KEY)))
                    .withMessageStartingWith("AZURE_OPENAI_ENDPOINT is not usable: ")
                    .withMessageNotContaining(AZURE_KEY);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "https://me:SECRET@my resource.openai.azure.com",
            "https://me:SECRET@my-resource.openai.azure.com",
            "https://my-resource.openai.azure.com?api-key=SECRET",
        })
        void anInvalidEndpointIsNeverQuoted(String bad) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> builderFrom(Map.of("AZURE_OPENAI_ENDPOINT", bad, "AZURE_OPENAI_API_KEY", AZURE_KEY)))
                    .withMessageContaining("AZURE_OPENAI_ENDPOINT")
                    .withMessageNotContaining("SECRET");
        }
    }

    @Nested
    class Choice {

        static Stream<Arguments> both() {
            return Stream.of(
                    argumentSet("OpenAI key and Azure endpoint",
                            Map.of("OPENAI_API_KEY", API_KEY, "AZURE_OPENAI_ENDPOINT", AZURE_ENDPOINT)),
                    argumentSet("OpenAI key and Azure key",
                            Map.of("OPENAI_API_KEY", API_KEY, "AZURE_OPENAI_API_KEY", AZURE_KEY)),
                    argumentSet("everything", Map.of(
                            "OPENAI_API_KEY", API_KEY,
                            "AZURE_OPENAI_ENDPOINT", AZURE_ENDPOINT,
                            "AZURE_OPENAI_API_KEY", AZURE_KEY)));
        }

        @ParameterizedTest
        @MethodSource("both")
        void bothConfiguredIsRefusedNamingEveryVariable(Map<String, String> variables) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> builderFrom(variables))
                    .withMessageContaining("both")
                    .withMessageContaining("OPENAI_API_KEY")
                    .withMessageContaining("AZURE_OPENAI_ENDPOINT")
                    .withMessageContaining("AZURE_OPENAI_API_KEY")
                    .withMessageContaining("unset one")
                    .withMessageNotContaining(API_KEY)
                    .withMessageNotContaining(AZURE_KEY);
        }

        static Stream<Arguments> neither() {
            return Stream.of(
                    argumentSet("nothing set", Map.of()),
                    argumentSet("blank OpenAI key", Map.of("OPENAI_API_KEY", "  ")),
                    argumentSet("empty Azure variables", Map.of("AZURE_OPENAI_ENDPOINT", "", "AZURE_OPENAI_API_KEY", " ")),
                    argumentSet("only the optional OpenAI variables", Map.of(
                            "OPENAI_BASE_URL", "https://proxy.example.com/v1",
                            "OPENAI_ORG_ID", "org-1",
                            "OPENAI_PROJECT_ID", "proj-1")));
        }

        @ParameterizedTest
        @MethodSource("neither")
        void neitherConfiguredIsRefusedSayingWhatToSet(Map<String, String> variables) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> builderFrom(variables))
                    .withMessageContaining("no credential in the environment")
                    .withMessageContaining("OPENAI_API_KEY")
                    .withMessageContaining("AZURE_OPENAI_ENDPOINT")
                    .withMessageContaining("AZURE_OPENAI_API_KEY");
        }
    }
}
