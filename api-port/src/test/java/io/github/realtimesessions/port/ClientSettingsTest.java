package io.github.realtimesessions.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.github.realtimesessions.port.spi.RequestListener;
import io.github.realtimesessions.port.spi.RequestObserver;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientSettingsTest {

    private static final String API_KEY = "sk-proj-SECRETKEY123456";

    private static ClientSettings.Builder withKey() {
        return ClientSettings.builder().apiKey(API_KEY);
    }

    @Nested
    class Defaults {

        @Test
        void onlyTheCredentialIsNeededAndEverythingElseHasItsDocumentedDefault() {
            ClientSettings settings = withKey().build();

            assertThat(settings.credential()).isEqualTo(Credential.apiKey(API_KEY));
            assertThat(settings.baseUri()).isEqualTo(URI.create("https://api.openai.com/v1"));
            assertThat(settings.callsBaseUri()).isEqualTo(settings.baseUri());
            assertThat(settings.isAzure()).isFalse();
            assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
            assertThat(settings.responseTimeout()).isEqualTo(Duration.ofSeconds(60));
            assertThat(settings.callTimeout()).isEqualTo(Duration.ofMinutes(2));
            assertThat(settings.retryPolicy()).isEqualTo(RetryPolicy.defaults());
            assertThat(settings.maxRetries()).isEqualTo(2);
            assertThat(settings.maxResponseBytes()).isEqualTo(4 * 1024 * 1024);
            assertThat(settings.maxRequestBytes()).isEqualTo(1024 * 1024);
            assertThat(settings.organization()).isNull();
            assertThat(settings.project()).isNull();
            assertThat(settings.userAgentSuffix()).isNull();
            assertThat(settings.extraHeaders()).isEmpty();
            assertThat(settings.allowInsecureHttp()).isFalse();
            assertThat(settings.listener()).isSameAs(RequestListener.NONE);
        }

        @Test
        void constantsHoldTheDocumentedValues() {
            assertThat(ClientSettings.DEFAULT_BASE_URI).hasToString("https://api.openai.com/v1");
            assertThat(ClientSettings.DEFAULT_CONNECT_TIMEOUT).isEqualTo(Duration.ofSeconds(10));
            assertThat(ClientSettings.DEFAULT_RESPONSE_TIMEOUT).isEqualTo(Duration.ofSeconds(60));
            assertThat(ClientSettings.DEFAULT_CALL_TIMEOUT).isEqualTo(Duration.ofMinutes(2));
            assertThat(ClientSettings.DEFAULT_MAX_RESPONSE_BYTES).isEqualTo(4_194_304);
            assertThat(ClientSettings.DEFAULT_MAX_REQUEST_BYTES).isEqualTo(1_048_576);
        }

        @Test
        void everySettingIsKeptAsGiven() {
            RetryPolicy policy = RetryPolicy.builder()
                    .maxRetries(5)
                    .baseDelay(Duration.ofMillis(10))
                    .maxBackoff(Duration.ofSeconds(1))
                    .maxServerDelay(Duration.ofSeconds(2))
                    .build();
            RequestListener listener = start -> RequestObserver.NONE;
            ClientSettings settings = withKey()
                    .baseUri("https://proxy.example.com/openai/v1")
                    .callsBaseUri(URI.create("https://calls.example.com/v1"))
                    .organization("org-123")
                    .project("proj_456")
                    .connectTimeout(Duration.ofSeconds(3))
                    .responseTimeout(Duration.ofSeconds(4))
                    .callTimeout(Duration.ofSeconds(30))
                    .retryPolicy(policy)
                    .userAgentSuffix("my-app/1.2")
                    .extraHeader("X-Trace", "abc")
                    .maxResponseBytes(2048)
                    .maxRequestBytes(4096)
                    .listener(listener)
                    .build();

            assertThat(settings.baseUri()).isEqualTo(URI.create("https://proxy.example.com/openai/v1"));
            assertThat(settings.callsBaseUri()).isEqualTo(URI.create("https://calls.example.com/v1"));
            assertThat(settings.organization()).isEqualTo("org-123");
            assertThat(settings.project()).isEqualTo("proj_456");
            assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
            assertThat(settings.responseTimeout()).isEqualTo(Duration.ofSeconds(4));
            assertThat(settings.callTimeout()).isEqualTo(Duration.ofSeconds(30));
            assertThat(settings.retryPolicy()).isSameAs(policy);
            assertThat(settings.maxRetries()).isEqualTo(5);
            assertThat(settings.userAgentSuffix()).isEqualTo("my-app/1.2");
            assertThat(settings.extraHeaders()).containsExactly(Map.entry("X-Trace", "abc"));
            assertThat(settings.maxResponseBytes()).isEqualTo(2048);
            assertThat(settings.maxRequestBytes()).isEqualTo(4096);
            assertThat(settings.listener()).isSameAs(listener);
        }

        @Test
        void blankOptionalTextsMeanAbsentAndAreTrimmedOtherwise() {
            ClientSettings settings =
                    withKey().organization("  ").project("").userAgentSuffix(" \t").build();
            assertThat(settings.organization()).isNull();
            assertThat(settings.project()).isNull();
            assertThat(settings.userAgentSuffix()).isNull();

            ClientSettings trimmed =
                    withKey().organization(" org-1 ").project("proj-1\n").userAgentSuffix("\tapp/1 ").build();
            assertThat(trimmed.organization()).isEqualTo("org-1");
            assertThat(trimmed.project()).isEqualTo("proj-1");
            assertThat(trimmed.userAgentSuffix()).isEqualTo("app/1");
        }
    }

    @Nested
    class Limits {

        static Stream<Arguments> timeouts() {
            return Stream.of(
                    timeout("connectTimeout", ClientSettings.Builder::connectTimeout),
                    timeout("responseTimeout", ClientSettings.Builder::responseTimeout),
                    timeout("callTimeout", ClientSettings.Builder::callTimeout));
        }

        private static Arguments timeout(String name, BiConsumer<ClientSettings.Builder, Duration> setter) {
            return argumentSet(name, name, setter);
        }

        @ParameterizedTest
        @MethodSource("timeouts")
        void timeoutsMustBePositive(String name, BiConsumer<ClientSettings.Builder, Duration> setter) {
            for (Duration bad : new Duration[] {Duration.ZERO, Duration.ofMillis(-1)}) {
                ClientSettings.Builder builder = withKey();
                setter.accept(builder, bad);
                assertThatIllegalArgumentException()
                        .isThrownBy(builder::build)
                        .withMessageContaining(name)
                        .withMessageContaining("positive");
            }
        }

        @ParameterizedTest
        @MethodSource("timeouts")
        void timeoutsMustNotBeNull(String name, BiConsumer<ClientSettings.Builder, Duration> setter) {
            ClientSettings.Builder builder = withKey();
            setter.accept(builder, null);
            assertThatNullPointerException().isThrownBy(builder::build).withMessageContaining(name);
        }

        @ParameterizedTest
        @MethodSource("timeouts")
        void aOneNanosecondTimeoutIsPositive(String name, BiConsumer<ClientSettings.Builder, Duration> setter) {
            ClientSettings.Builder builder = withKey();
            setter.accept(builder, Duration.ofNanos(1));
            assertThatCode(builder::build).doesNotThrowAnyException();
        }

        @Test
        void theRetryPolicyAndTheListenerMustNotBeNull() {
            assertThatNullPointerException()
                    .isThrownBy(() -> withKey().retryPolicy(null).build())
                    .withMessageContaining("retryPolicy");
            assertThatNullPointerException()
                    .isThrownBy(() -> withKey().listener(null))
                    .withMessageContaining("listener");
        }

        @Test
        void bodyCapsAreAtLeast1024() {
            assertThat(withKey().maxResponseBytes(1024).build().maxResponseBytes()).isEqualTo(1024);
            assertThat(withKey().maxRequestBytes(1024).build().maxRequestBytes()).isEqualTo(1024);
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withKey().maxResponseBytes(1023).build())
                    .withMessageContaining("maxResponseBytes")
                    .withMessageContaining("1024")
                    .withMessageContaining("1023");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withKey().maxRequestBytes(0).build())
                    .withMessageContaining("maxRequestBytes")
                    .withMessageContaining("1024");
        }

        @Test
        void maxRetriesShortcutKeepsTheRestOfThePolicy() {
            RetryPolicy custom = RetryPolicy.builder()
                    .maxRetries(1)
                    .baseDelay(Duration.ofMillis(7))
                    .maxBackoff(Duration.ofSeconds(3))
                    .maxServerDelay(Duration.ofSeconds(9))
                    .build();
            ClientSettings settings = withKey().retryPolicy(custom).maxRetries(4).build();

            assertThat(settings.maxRetries()).isEqualTo(4);
            assertThat(settings.retryPolicy()).isEqualTo(custom.withMaxRetries(4));
            assertThat(withKey().maxRetries(0).build().retryPolicy()).isEqualTo(RetryPolicy.none());
            assertThatIllegalArgumentException().isThrownBy(() -> withKey().maxRetries(-1));
        }
    }

    @Nested
    class Credentials {

        @Test
        void aCredentialIsRequiredAndTheMessageSaysHowToSetOne() {
            assertThatIllegalStateException()
                    .isThrownBy(() -> ClientSettings.builder().build())
                    .withMessageContaining("apiKey(...)")
                    .withMessageContaining("credential(...)")
                    .withMessageContaining("OPENAI_API_KEY")
                    .withMessageContaining("AZURE_OPENAI_API_KEY");
        }

        @Test
        void apiKeyIsAShortcutForAnApiKeyCredential() {
            assertThat(withKey().build())
                    .isEqualTo(ClientSettings.builder().credential(Credential.apiKey(API_KEY)).build());
        }

        @Test
        void anInvalidKeyIsRefusedAtOnceWithoutBeingQuoted() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ClientSettings.builder().apiKey(API_KEY + "\r\nX-Evil: 1"))
                    .withMessageContaining("API key")
                    .withMessageNotContaining("SECRETKEY");
        }

        @Test
        void aNullCredentialIsRefused() {
            assertThatNullPointerException()
                    .isThrownBy(() -> ClientSettings.builder().credential(null))
                    .withMessageContaining("credential");
            assertThatNullPointerException().isThrownBy(() -> ClientSettings.builder().apiKey(null));
        }

        @Test
        void everyKindOfCredentialIsAccepted() {
            Credential azure = Credential.azureApiKey("0123456789abcdef");
            Credential tokens = Credential.bearerTokens(() -> new AccessToken("token", null));

            assertThat(ClientSettings.builder().credential(azure).build().credential()).isSameAs(azure);
            assertThat(ClientSettings.builder().credential(tokens).build().credential()).isSameAs(tokens);
        }
    }

    @Nested
    class AzureEndpoint {

        private static final URI BASE = URI.create("https://r.openai.azure.com/openai/v1");

        private ClientSettings azure(String endpoint) {
            return ClientSettings.builder()
                    .azureEndpoint(endpoint)
                    .credential(Credential.azureApiKey("azure-key-0123"))
                    .build();
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "https://r.openai.azure.com",
            "https://r.openai.azure.com/",
            "https://r.openai.azure.com/openai",
            "https://r.openai.azure.com/openai/",
            "https://r.openai.azure.com/openai/v1",
            "https://r.openai.azure.com/openai/v1/",
            " https://r.openai.azure.com ",
        })
        void theResourceEndpointOrItsGaBaseUrlGiveTheGaBaseUrl(String endpoint) {
            ClientSettings settings = azure(endpoint);

            assertThat(settings.baseUri()).isEqualTo(BASE);
            assertThat(settings.callsBaseUri()).isEqualTo(BASE);
            assertThat(settings.isAzure()).isTrue();
        }

        @Test
        void thePortIsKept() {
            assertThat(azure("https://r.openai.azure.com:8443").baseUri())
                    .isEqualTo(URI.create("https://r.openai.azure.com:8443/openai/v1"));
            assertThat(azure("https://r.openai.azure.com:8443/openai/v1/").baseUri())
                    .isEqualTo(URI.create("https://r.openai.azure.com:8443/openai/v1"));
        }

        @Test
        void aGatewayPathEndingInTheGaBaseIsKept() {
            assertThat(azure("https://gateway.example.com/tenant-1/openai/v1").baseUri())
                    .isEqualTo(URI.create("https://gateway.example.com/tenant-1/openai/v1"));
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "https://r.openai.azure.com/v1",
            "https://r.openai.azure.com/openai/v2",
            "https://r.openai.azure.com/openai/deployments/gpt-realtime",
            "https://r.openai.azure.com/something",
        })
        void otherPathsAreRefused(String endpoint) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ClientSettings.builder().azureEndpoint(endpoint))
                    .withMessageContaining("Azure OpenAI endpoint")
                    .withMessageContaining("/openai/v1");
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "https://r.openai.azure.com?api-version=2024-10-21",
            "https://r.openai.azure.com/openai/v1?api-version=preview",
            "https://r.openai.azure.com/openai/v1?api-key=SECRET-QUERY",
        })
        void aQueryIsRefusedWithoutBeingQuoted(String endpoint) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ClientSettings.builder().azureEndpoint(endpoint))
                    .withMessageContaining("no api-version")
                    .withMessageContaining("query left out")
                    .withMessageNotContaining("2024-10-21")
                    .withMessageNotContaining("preview")
                    .withMessageNotContaining("SECRET-QUERY");
        }

        @Test
        void userInfoIsRefusedWithoutBeingQuoted() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ClientSettings.builder().azureEndpoint("https://me:SECRET-PW@r.openai.azure.com"))
                    .withMessageContaining("user info left out")
                    .withMessageNotContaining("SECRET-PW")
                    .withMessageNotContaining("me:");
        }

        @Test
        void aFragmentIsRefused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ClientSettings.builder().azureEndpoint("https://r.openai.azure.com#top"))
                    .withMessageContaining("fragment left out");
        }

        @ParameterizedTest
        @ValueSource(strings = {"r.openai.azure.com", "/openai/v1", "https:///openai/v1"})
        void aRelativeEndpointOrOneWithoutHostIsRefused(String endpoint) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ClientSettings.builder().azureEndpoint(endpoint))
                    .withMessageContaining("absolute URI with a host");
        }

        @Test
        void unparsableTextIsRefusedWithoutBeingQuoted() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ClientSettings.builder().azureEndpoint("https://r.openai azure.com/SECRET"))
                    .withMessageContaining("Azure OpenAI endpoint is not a valid URI")
                    .withMessageNotContaining("SECRET");
        }

        @Test
        void plainHttpIsRefusedUnlessLoopbackOrAllowed() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> azure("http://r.openai.azure.com"))
                    .withMessageContaining("plain http");
            assertThat(azure("http://localhost:8080").baseUri()).hasToString("http://localhost:8080/openai/v1");
            assertThat(ClientSettings.builder()
                            .azureEndpoint("http://r.openai.azure.com")
                            .credential(Credential.azureApiKey("k"))
                            .allowInsecureHttp(true)
                            .build()
                            .baseUri())
                    .hasToString("http://r.openai.azure.com/openai/v1");
        }

        @Test
        void aNullEndpointIsRefused() {
            assertThatNullPointerException()
                    .isThrownBy(() -> ClientSettings.builder().azureEndpoint(null))
                    .withMessageContaining("azureEndpoint");
        }

        @Test
        void theAzureFlagSurvivesToBuilderAndCountsForEquality() {
            ClientSettings azure = azure("https://r.openai.azure.com");
            ClientSettings sameUriNotAzure = ClientSettings.builder()
                    .baseUri(BASE)
                    .credential(Credential.azureApiKey("azure-key-0123"))
                    .build();

            assertThat(azure.toBuilder().build().isAzure()).isTrue();
            assertThat(azure.toBuilder().build()).isEqualTo(azure);
            assertThat(sameUriNotAzure.isAzure()).isFalse();
            assertThat(sameUriNotAzure).isNotEqualTo(azure);
        }
    }

    @Nested
    class BaseUri {

        @ParameterizedTest
        @ValueSource(strings = {"https://proxy.example.com/v1/", "https://proxy.example.com/v1"})
        void aTrailingSlashIsDropped(String given) {
            assertThat(withKey().baseUri(given).build().baseUri())
                    .isEqualTo(URI.create("https://proxy.example.com/v1"));
        }

        @Test
        void aBareHostWithSlashBecomesTheBareHost() {
            assertThat(withKey().baseUri("https://proxy.example.com/").build().baseUri())
                    .hasToString("https://proxy.example.com");
        }

        @Test
        void theUriAndTheStringSetterAgree() {
            assertThat(withKey().baseUri(URI.create("https://h.example/v1/")).build())
                    .isEqualTo(withKey().baseUri("https://h.example/v1").build());
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "/v1", // relative
            "api.example.com/v1", // no scheme
            "ftp://api.example.com/v1", // wrong scheme
            "ws://api.example.com/v1", // wrong scheme
            "mailto:someone@example.com", // opaque
            "https:///v1", // no host
        })
        void mustBeAnAbsoluteHttpUriWithAHost(String bad) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withKey().baseUri(bad).build())
                    .withMessageContaining("baseUri")
                    .withMessageContaining("absolute http(s) URI with a host");
        }

        @ParameterizedTest
        @ValueSource(strings = {"https://api.example.com/v1?x=1", "https://api.example.com/v1#part"})
        void mustHaveNoQueryOrFragment(String bad) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withKey().baseUri(bad).build())
                    .withMessageContaining("baseUri must not have a query or fragment");
        }

        @Test
        void unparsableTextIsAnIllegalArgumentNamingBaseUri() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withKey().baseUri("https://exa mple.com"))
                    .withMessageContaining("baseUri is not a valid URI");
        }

        @Test
        void nullIsRejected() {
            assertThatNullPointerException().isThrownBy(() -> withKey().baseUri((String) null));
            assertThatNullPointerException()
                    .isThrownBy(() -> withKey().baseUri((URI) null).build())
                    .withMessageContaining("baseUri");
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "http://api.example.com/v1",
            "http://10.0.0.5:8080/v1",
            "http://cafe/v1", // hex digits only: a name, not an address, and never looked up
            "http://beef.de/v1",
            "http://127.0.0.1.example.com/v1",
            "http://localhost.example.com/v1",
            "http://128.0.0.1/v1",
            "http://[2001:db8::1]/v1",
            "http://[::2]/v1",
        })
        void plainHttpToAnythingButLoopbackIsRefusedWithTheReason(String insecure) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withKey().baseUri(insecure).build())
                    .withMessageContaining("plain http")
                    .withMessageContaining("unencrypted")
                    .withMessageContaining("allow insecure http");
        }

        @Test
        void plainHttpToARemoteHostIsAcceptedWhenExplicitlyAllowed() {
            ClientSettings settings =
                    withKey().baseUri("http://api.example.com/v1").allowInsecureHttp(true).build();
            assertThat(settings.baseUri()).hasToString("http://api.example.com/v1");
            assertThat(settings.allowInsecureHttp()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "http://127.0.0.1:8080/v1",
            "http://127.1.2.3/v1",
            "http://127.255.255.254/v1",
            "http://localhost:1234/v1",
            "http://LocalHost/v1",
            "http://[::1]:8080/v1",
            "http://[0:0:0:0:0:0:0:1]/v1",
            "http://[::ffff:127.0.0.1]/v1",
        })
        void plainHttpToLoopbackIsAccepted(String loopback) {
            assertThatCode(() -> withKey().baseUri(loopback).build()).doesNotThrowAnyException();
        }
    }

    @Nested
    class CallsBaseUri {

        @Test
        void defaultsToTheBaseUriWhateverItIs() {
            ClientSettings settings = withKey().baseUri("https://gateway.example.com/v1/").build();

            assertThat(settings.callsBaseUri()).isEqualTo(URI.create("https://gateway.example.com/v1"));
        }

        @Test
        void aSeparateCallsBaseUriIsCheckedAndNormalisedLikeTheBaseUri() {
            ClientSettings settings =
                    withKey().callsBaseUri(URI.create("https://calls.example.com/v1/")).build();

            assertThat(settings.callsBaseUri()).isEqualTo(URI.create("https://calls.example.com/v1"));
            assertThat(settings.baseUri()).isEqualTo(ClientSettings.DEFAULT_BASE_URI);
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withKey().callsBaseUri(URI.create("https://calls.example.com/v1?k=1")).build())
                    .withMessageContaining("callsBaseUri");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withKey().callsBaseUri(URI.create("http://calls.example.com/v1")).build())
                    .withMessageContaining("callsBaseUri")
                    .withMessageContaining("plain http");
        }

        @Test
        void nullMeansTheBaseUriAgain() {
            ClientSettings settings = withKey()
                    .callsBaseUri(URI.create("https://calls.example.com/v1"))
                    .callsBaseUri(null)
                    .build();

            assertThat(settings.callsBaseUri()).isEqualTo(settings.baseUri());
            assertThat(settings).isEqualTo(withKey().build());
        }
    }

    /** No message repeats what a URI or a header may hide: user info, a query, a fragment, a key, a header value. */
    @Nested
    class SecretsInMessages {

        static Stream<Arguments> uriSecrets() {
            return Stream.of(
                    argumentSet("user info", "https://user:pass-SECRET@host.example.com/v1", "user info left out"),
                    argumentSet("user info without a path", "https://user:pass-SECRET@host", "user info left out"),
                    argumentSet(
                            "user info before a host java.net.URI cannot parse",
                            "https://user:pass-SECRET@ho_st/v1",
                            "user info left out"),
                    argumentSet("api key in the query", "https://h/v1?api-key=SECRET", "query left out"),
                    argumentSet("token in the fragment", "https://h/v1#access_token=SECRET", "fragment left out"),
                    argumentSet(
                            "user info and query over plain http",
                            "http://user:SECRET@remote.example.com/v1?key=SECRET",
                            "user info, query left out"));
        }

        @ParameterizedTest
        @MethodSource("uriSecrets")
        void aBaseUriIsDescribedWithoutItsSecrets(String uri, String note) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withKey().baseUri(uri).build())
                    .withMessageContaining(note)
                    .withMessageNotContaining("SECRET")
                    .withMessageNotContaining("user:");
        }

        @ParameterizedTest
        @MethodSource("uriSecrets")
        void anAzureEndpointIsDescribedWithoutItsSecrets(String uri, String note) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ClientSettings.builder().azureEndpoint(uri))
                    .withMessageNotContaining("SECRET")
                    .withMessageNotContaining("user:");
        }

        @Test
        void userInfoIsNamedAsTheReason() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withKey().baseUri("https://user:hunter2@api.example.com/v1").build())
                    .withMessageStartingWith("baseUri must not carry user info (credentials)")
                    .withMessageNotContaining("hunter2");
        }

        @Test
        void unparsableTextIsNotQuoted() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withKey().baseUri("https://user:SECRET@exa mple.com/v1"))
                    .withMessageContaining("baseUri is not a valid URI")
                    .withMessageNotContaining("SECRET");
        }
    }

    @Nested
    class HeaderValues {

        static Stream<Arguments> settingsAndBadValues() {
            Stream.Builder<Arguments> all = Stream.builder();
            String[][] values = {
                {"CR LF header injection", "value\r\nX-Injected: yes", "line breaks"},
                {"lone LF", "a\nb", "line breaks"},
                {"lone CR", "a\rb", "line breaks"},
                {"NUL", "a\u0000b", "control characters (found U+0000)"},
                {"ESC", "a\u001bb", "control characters (found U+001B)"},
                {"DEL", "a\u007fb", "control characters (found U+007F)"},
                {"U+0100, beyond Latin-1", "a\u0100b", "ISO-8859-1 characters only"},
                {"U+2028 line separator", "a\u2028b", "found U+2028"},
                {"emoji", "app \uD83D\uDE00", "ISO-8859-1 characters only"},
            };
            for (String setting : new String[] {"organization", "project", "userAgentSuffix"}) {
                for (String[] value : values) {
                    all.add(argumentSet(setting + ", " + value[0], setting, value[1], value[2]));
                }
            }
            return all.build();
        }

        @ParameterizedTest
        @MethodSource("settingsAndBadValues")
        void headerBoundTextsAreRefusedNamingTheSettingButNotTheValue(String setting, String value, String problem) {
            String marked = value + "MARK";
            ClientSettings.Builder builder = set(withKey(), setting, marked);

            assertThatIllegalArgumentException()
                    .isThrownBy(builder::build)
                    .withMessageStartingWith(setting + " ")
                    .withMessageContaining(problem)
                    .withMessageNotContaining("MARK");
        }

        @ParameterizedTest
        @ValueSource(strings = {"organization", "project", "userAgentSuffix"})
        void latin1AndTabsAreAccepted(String setting) {
            assertThatCode(() -> set(withKey(), setting, "Caf\u00e9\tM\u00fcller/1.0").build())
                    .doesNotThrowAnyException();
        }

        private ClientSettings.Builder set(ClientSettings.Builder builder, String setting, String value) {
            return switch (setting) {
                case "organization" -> builder.organization(value);
                case "project" -> builder.project(value);
                default -> builder.userAgentSuffix(value);
            };
        }
    }

    @Nested
    class ExtraHeaders {

        @ParameterizedTest
        @ValueSource(strings = {
            "Authorization",
            "authorization",
            "AUTHORIZATION",
            "api-key",
            "Api-Key",
            "Content-Type",
            "Content-Length",
            "Content-Encoding",
            "Accept",
            "Accept-Encoding",
            "Transfer-Encoding",
            "Host",
            "HOST",
            "User-Agent",
            "Connection",
            "Keep-Alive",
            "Proxy-Authorization",
            "TE",
            "Trailer",
            "Upgrade",
            "Expect",
            "OpenAI-Organization",
            "openai-project",
            "OpenAI-Beta",
            "OPENAI-SAFETY-IDENTIFIER",
            "openai-anything-new",
        })
        void reservedNamesAreRefusedInAnyCaseQuotingTheNameNotTheValue(String reserved) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withKey().extraHeader(reserved, "VALUE-SECRET"))
                    .withMessageContaining("extra header " + reserved)
                    .withMessageContaining("set by the library")
                    .withMessageNotContaining("VALUE-SECRET");
        }

        @ParameterizedTest
        @ValueSource(strings = {"X-OpenAI-Tenant", "OpenAI", "X-Api-Key", "X-Host", "Authorization2"})
        void namesThatOnlyResembleReservedOnesAreAccepted(String name) {
            assertThat(withKey().extraHeader(name, "v").build().extraHeaders()).containsOnlyKeys(name);
        }

        @ParameterizedTest
        @ValueSource(strings = {"X Custom", "X-Custom:", "X-Tab\t", "X-\u00dcmlaut", "X-\u0000", "(X)", "X/Y", ""})
        void namesThatAreNotHeaderTokensAreRefused(String name) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withKey().extraHeader(name, "VALUE-SECRET"))
                    .withMessageContaining("must be a header token")
                    .withMessageNotContaining("VALUE-SECRET");
        }

        @Test
        void aBadNameIsQuotedEscaped() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withKey().extraHeader("X-A\r\nX-B", "v"))
                    .withMessageContaining("\"X-A\\r\\nX-B\"")
                    .withMessageNotContaining("\n");
        }

        @ParameterizedTest
        @ValueSource(strings = {"a\rb", "a\nb", "a\r\nX-Evil: 1", "\n", "a\u0000b", "a\u0100b"})
        void valuesThatCannotGoIntoAHeaderAreRefusedWithoutBeingQuoted(String value) {
            String marked = "SECRET" + value;
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withKey().extraHeader("X-Custom", marked))
                    .withMessageStartingWith("extra header X-Custom must")
                    .withMessageNotContaining("SECRET");
        }

        @Test
        void nullNamesAndValuesAreRefused() {
            assertThatNullPointerException().isThrownBy(() -> withKey().extraHeader(null, "v"));
            assertThatNullPointerException()
                    .isThrownBy(() -> withKey().extraHeader("X-Custom", null))
                    .withMessageContaining("X-Custom");
        }

        @Test
        void theSameNameInAnotherCaseReplacesTheEarlierHeader() {
            ClientSettings settings = withKey()
                    .extraHeader("X-Trace", "old")
                    .extraHeader("X-First", "1")
                    .extraHeader("x-trace", "new")
                    .build();

            assertThat(settings.extraHeaders()).containsExactly(Map.entry("X-First", "1"), Map.entry("x-trace", "new"));
        }

        @Test
        void headersKeepInsertionOrderAndCannotBeModified() {
            ClientSettings settings = withKey()
                    .extraHeader("X-B", "2")
                    .extraHeader("X-A", "1")
                    .extraHeader("X-C", "3")
                    .build();

            assertThat(settings.extraHeaders().keySet()).containsExactly("X-B", "X-A", "X-C");
            assertThatCode(() -> settings.extraHeaders().put("X-D", "4"))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void theBuiltSettingsDoNotSeeLaterBuilderChanges() {
            ClientSettings.Builder builder = withKey().extraHeader("X-A", "1");
            ClientSettings first = builder.build();
            builder.extraHeader("X-B", "2");

            assertThat(first.extraHeaders()).containsOnlyKeys("X-A");
        }
    }

    @Nested
    class Identity {

        private static final RequestListener LISTENER = start -> RequestObserver.NONE;

        private static ClientSettings full() {
            return withKey()
                    .baseUri("http://api.example.com/v1")
                    .callsBaseUri(URI.create("https://calls.example.com/v1"))
                    .allowInsecureHttp(true)
                    .organization("org-1")
                    .project("proj-1")
                    .connectTimeout(Duration.ofSeconds(1))
                    .responseTimeout(Duration.ofSeconds(2))
                    .callTimeout(Duration.ofSeconds(20))
                    .retryPolicy(RetryPolicy.builder()
                            .maxRetries(3)
                            .baseDelay(Duration.ofMillis(1))
                            .maxBackoff(Duration.ofMillis(2))
                            .maxServerDelay(Duration.ofMillis(3))
                            .build())
                    .userAgentSuffix("app/9")
                    .extraHeader("X-One", "1")
                    .extraHeader("X-Two", "2")
                    .maxResponseBytes(4096)
                    .maxRequestBytes(2048)
                    .listener(LISTENER)
                    .build();
        }

        @Test
        void toBuilderRoundTripsToEqualSettings() {
            ClientSettings original = full();
            ClientSettings copy = original.toBuilder().build();

            assertThat(copy).isEqualTo(original).hasSameHashCodeAs(original).isNotSameAs(original);
            assertThat(copy.extraHeaders()).containsExactlyEntriesOf(original.extraHeaders());
            assertThat(copy.callsBaseUri()).isEqualTo(original.callsBaseUri());
            assertThat(copy.callTimeout()).isEqualTo(original.callTimeout());
            assertThat(copy.maxRequestBytes()).isEqualTo(original.maxRequestBytes());
            assertThat(copy.listener()).isSameAs(LISTENER);
            assertThat(withKey().build().toBuilder().build()).isEqualTo(withKey().build());
        }

        @Test
        void toBuilderCanChangeOneSettingAndKeepTheRest() {
            ClientSettings original = full();
            ClientSettings changed = original.toBuilder().project("proj-2").build();

            assertThat(changed.project()).isEqualTo("proj-2");
            assertThat(changed.toBuilder().project("proj-1").build()).isEqualTo(original);
        }

        @Test
        void settingsBuiltFromTheSameValuesAreEqual() {
            assertThat(full()).isEqualTo(full()).hasSameHashCodeAs(full());
            assertThat(full()).isNotEqualTo(null).isNotEqualTo("settings");
        }

        static Stream<Arguments> changes() {
            return Stream.of(
                    change("baseUri", b -> b.baseUri("http://other.example.com/v1")),
                    change("callsBaseUri", b -> b.callsBaseUri(URI.create("https://other-calls.example.com/v1"))),
                    change("callsBaseUri absent", b -> b.callsBaseUri(null)),
                    change("apiKey", b -> b.apiKey("sk-other-key-0000")),
                    change("Azure key with the same text", b -> b.credential(Credential.azureApiKey(API_KEY))),
                    change("organization", b -> b.organization("org-2")),
                    change("organization absent", b -> b.organization(null)),
                    change("project", b -> b.project("proj-2")),
                    change("connectTimeout", b -> b.connectTimeout(Duration.ofSeconds(5))),
                    change("responseTimeout", b -> b.responseTimeout(Duration.ofSeconds(5))),
                    change("callTimeout", b -> b.callTimeout(Duration.ofSeconds(5))),
                    change("retryPolicy", b -> b.maxRetries(7)),
                    change("userAgentSuffix", b -> b.userAgentSuffix("app/10")),
                    change("extra header value", b -> b.extraHeader("X-One", "other")),
                    change("extra header added", b -> b.extraHeader("X-Three", "3")),
                    change("maxResponseBytes", b -> b.maxResponseBytes(8192)),
                    change("maxRequestBytes", b -> b.maxRequestBytes(8192)),
                    change("listener", b -> b.listener(start -> RequestObserver.NONE)));
        }

        private static Arguments change(String name, UnaryOperator<ClientSettings.Builder> change) {
            return argumentSet(name, change);
        }

        @ParameterizedTest
        @MethodSource("changes")
        void anyDifferenceMakesSettingsUnequal(UnaryOperator<ClientSettings.Builder> change) {
            ClientSettings original = full();
            ClientSettings changed = change.apply(original.toBuilder()).build();

            assertThat(changed).isNotEqualTo(original);
            assertThat(original).isNotEqualTo(changed);
        }

        @Test
        void allowInsecureHttpAloneMakesADifference() {
            ClientSettings strict = withKey().build();
            ClientSettings lax = withKey().allowInsecureHttp(true).build();
            assertThat(lax).isNotEqualTo(strict);
        }

        @Test
        void toStringRedactsTheCredentialAndNamesTheOtherSettings() {
            String text = full().toString();

            assertThat(text)
                    .doesNotContain(API_KEY)
                    .doesNotContain("SECRETKEY")
                    .contains("credential=ApiKey[<redacted>]")
                    .contains("baseUri=http://api.example.com/v1")
                    .contains("callsBaseUri=https://calls.example.com/v1")
                    .contains("organization=org-1")
                    .contains("project=proj-1")
                    .contains("connectTimeout=PT1S")
                    .contains("responseTimeout=PT2S")
                    .contains("callTimeout=PT20S")
                    .contains("retryPolicy=RetryPolicy[maxRetries=3")
                    .contains("userAgentSuffix=app/9")
                    .contains("extraHeaders=[X-One, X-Two]")
                    .contains("allowInsecureHttp=true")
                    .contains("maxResponseBytes=4096")
                    .contains("maxRequestBytes=2048");
        }

        @Test
        void toStringShowsNoCredentialOfAnyKind() {
            String azure = ClientSettings.builder()
                    .azureEndpoint("https://r.openai.azure.com")
                    .credential(Credential.azureApiKey("AZURE-SECRET-KEY"))
                    .build()
                    .toString();
            String tokens = ClientSettings.builder()
                    .credential(Credential.bearerTokens(() -> new AccessToken("TOKEN-SECRET", null)))
                    .build()
                    .toString();

            assertThat(azure).contains("AzureApiKey[<redacted>]").contains(", azure").doesNotContain("AZURE-SECRET");
            assertThat(tokens).contains("BearerTokens[source=").doesNotContain("TOKEN-SECRET");
        }

        @Test
        void toStringShowsExtraHeaderNamesButNotTheirValues() {
            // An extra header may carry a proxy credential.
            String text = withKey().extraHeader("X-Proxy-Token", "tok-very-private").build().toString();
            assertThat(text).contains("extraHeaders=[X-Proxy-Token]").doesNotContain("tok-very-private");
        }
    }
}
