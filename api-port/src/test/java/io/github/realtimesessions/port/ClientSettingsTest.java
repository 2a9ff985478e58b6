package io.github.realtimesessions.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
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
        void onlyTheApiKeyIsNeededAndEverythingElseHasItsDocumentedDefault() {
            ClientSettings settings = withKey().build();

            assertThat(settings.apiKey()).isEqualTo(API_KEY);
            assertThat(settings.baseUri()).isEqualTo(URI.create("https://api.openai.com/v1"));
            assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
            assertThat(settings.responseTimeout()).isEqualTo(Duration.ofSeconds(60));
            assertThat(settings.retryPolicy()).isEqualTo(RetryPolicy.defaults());
            assertThat(settings.maxRetries()).isEqualTo(2);
            assertThat(settings.maxResponseBytes()).isEqualTo(4 * 1024 * 1024);
            assertThat(settings.organization()).isNull();
            assertThat(settings.project()).isNull();
            assertThat(settings.userAgentSuffix()).isNull();
            assertThat(settings.extraHeaders()).isEmpty();
            assertThat(settings.allowInsecureHttp()).isFalse();
        }

        @Test
        void constantsHoldTheDocumentedValues() {
            assertThat(ClientSettings.DEFAULT_BASE_URI).hasToString("https://api.openai.com/v1");
            assertThat(ClientSettings.DEFAULT_CONNECT_TIMEOUT).isEqualTo(Duration.ofSeconds(10));
            assertThat(ClientSettings.DEFAULT_RESPONSE_TIMEOUT).isEqualTo(Duration.ofSeconds(60));
            assertThat(ClientSettings.DEFAULT_MAX_RESPONSE_BYTES).isEqualTo(4_194_304);
        }

        @Test
        void everySettingIsKeptAsGiven() {
            RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(10), Duration.ofSeconds(1), Duration.ofSeconds(2));
            ClientSettings settings = withKey()
                    .baseUri("https://proxy.example.com/openai/v1")
                    .organization("org-123")
                    .project("proj_456")
                    .connectTimeout(Duration.ofSeconds(3))
                    .responseTimeout(Duration.ofSeconds(4))
                    .retryPolicy(policy)
                    .userAgentSuffix("my-app/1.2")
                    .extraHeader("X-Trace", "abc")
                    .maxResponseBytes(2048)
                    .build();

            assertThat(settings.baseUri()).isEqualTo(URI.create("https://proxy.example.com/openai/v1"));
            assertThat(settings.organization()).isEqualTo("org-123");
            assertThat(settings.project()).isEqualTo("proj_456");
            assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
            assertThat(settings.responseTimeout()).isEqualTo(Duration.ofSeconds(4));
            assertThat(settings.retryPolicy()).isSameAs(policy);
            assertThat(settings.maxRetries()).isEqualTo(5);
            assertThat(settings.userAgentSuffix()).isEqualTo("my-app/1.2");
            assertThat(settings.extraHeaders()).containsExactly(Map.entry("X-Trace", "abc"));
            assertThat(settings.maxResponseBytes()).isEqualTo(2048);
        }

        @Test
        void blankOptionalTextsMeanAbsentAndAreTrimmedOtherwise() {
            ClientSettings settings =
                    withKey().organization("  ").project("").userAgentSuffix(" \t").build();
            assertThat(settings.organization()).isNull();
            assertThat(settings.project()).isNull();
            assertThat(settings.userAgentSuffix()).isNull();

            assertThat(withKey().organization(" org-1 ").build().organization()).isEqualTo("org-1");
        }
    }

    @Nested
    class ApiKey {

        @Test
        void missingKeyIsANullPointerExceptionNamingApiKey() {
            assertThatNullPointerException()
                    .isThrownBy(() -> ClientSettings.builder().build())
                    .withMessageContaining("apiKey");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "\t\n"})
        void blankKeyIsRejected(String blank) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ClientSettings.builder().apiKey(blank).build())
                    .withMessageContaining("apiKey");
        }

        @Test
        void keyWithALineBreakIsRejectedWithoutQuotingTheKey() {
            // The key becomes the Authorization header: a line break would inject headers.
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ClientSettings.builder().apiKey(API_KEY + "\r\nX-Evil: 1").build())
                    .withMessageContaining("apiKey")
                    .withMessageNotContaining("SECRETKEY");
        }
    }

    @Nested
    class BaseUri {

        @ParameterizedTest
        @ValueSource(strings = {"https://proxy.example.com/v1/", "https://proxy.example.com/v1"})
        void trailingSlashIsDropped(String given) {
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
                    .withMessageContaining("query or fragment");
        }

        @Test
        void unparsableTextIsAnIllegalArgumentNamingBaseUri() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withKey().baseUri("https://exa mple.com"))
                    .withMessageContaining("baseUri");
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
            "http://[2001:db8::1]/v1",
        })
        void plainHttpToAnythingButLoopbackIsRefusedWithTheReason(String insecure) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withKey().baseUri(insecure).build())
                    .withMessageContaining("plain http")
                    .withMessageContaining("unencrypted")
                    .withMessageContaining("allowInsecureHttp");
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
            "http://localhost:1234/v1",
            "http://LocalHost/v1",
            "http://[::1]:8080/v1",
            "http://[0:0:0:0:0:0:0:1]/v1",
        })
        void plainHttpToLoopbackIsAccepted(String loopback) {
            assertThatCode(() -> withKey().baseUri(loopback).build()).doesNotThrowAnyException();
        }
    }

    @Nested
    class Limits {

        @ParameterizedTest
        @ValueSource(longs = {0, -1})
        void timeoutsMustBePositive(long millis) {
            Duration bad = Duration.ofMillis(millis);
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withKey().connectTimeout(bad).build())
                    .withMessageContaining("connectTimeout")
                    .withMessageContaining("positive");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withKey().responseTimeout(bad).build())
                    .withMessageContaining("responseTimeout")
                    .withMessageContaining("positive");
        }

        @Test
        void nullTimeoutsAndPolicyAreRejected() {
            assertThatNullPointerException()
                    .isThrownBy(() -> withKey().connectTimeout(null).build())
                    .withMessageContaining("connectTimeout");
            assertThatNullPointerException()
                    .isThrownBy(() -> withKey().responseTimeout(null).build())
                    .withMessageContaining("responseTimeout");
            assertThatNullPointerException()
                    .isThrownBy(() -> withKey().retryPolicy(null).build())
                    .withMessageContaining("retryPolicy");
        }

        @Test
        void aOneNanosecondTimeoutIsPositive() {
            assertThat(withKey().connectTimeout(Duration.ofNanos(1)).build().connectTimeout())
                    .isEqualTo(Duration.ofNanos(1));
        }

        @Test
        void maxResponseBytesIsAtLeast1024() {
            assertThat(withKey().maxResponseBytes(1024).build().maxResponseBytes()).isEqualTo(1024);
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withKey().maxResponseBytes(1023).build())
                    .withMessageContaining("maxResponseBytes")
                    .withMessageContaining("1024")
                    .withMessageContaining("1023");
        }

        @Test
        void maxRetriesShortcutKeepsTheRestOfThePolicy() {
            RetryPolicy custom = new RetryPolicy(1, Duration.ofMillis(7), Duration.ofSeconds(3), Duration.ofSeconds(9));
            ClientSettings settings = withKey().retryPolicy(custom).maxRetries(4).build();

            assertThat(settings.maxRetries()).isEqualTo(4);
            assertThat(settings.retryPolicy()).isEqualTo(custom.withMaxRetries(4));
            assertThat(withKey().maxRetries(0).build().retryPolicy()).isEqualTo(RetryPolicy.none());
            assertThatIllegalArgumentException().isThrownBy(() -> withKey().maxRetries(-1));
        }

        @ParameterizedTest
        @ValueSource(strings = {"organization", "project", "userAgentSuffix"})
        void headerBoundTextsMustNotContainLineBreaks(String setting) {
            ClientSettings.Builder builder = withKey();
            String injected = "value\r\nX-Injected: yes";
            switch (setting) {
                case "organization" -> builder.organization(injected);
                case "project" -> builder.project(injected);
                default -> builder.userAgentSuffix(injected);
            }
            assertThatIllegalArgumentException()
                    .isThrownBy(builder::build)
                    .withMessageContaining(setting)
                    .withMessageContaining("line breaks");
        }
    }

    @Nested
    class ExtraHeaders {

        @ParameterizedTest
        @ValueSource(strings = {
            "Authorization",
            "authorization",
            "Content-Type",
            "content-type",
            "CONTENT-TYPE",
            "Content-Length",
            "Accept",
            "Host",
            "User-Agent",
            "OpenAI-Organization",
            "openai-project",
            "Transfer-Encoding",
            "Connection",
        })
        void reservedNamesAreRejectedInAnyCase(String reserved) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withKey().extraHeader(reserved, "x"))
                    .withMessageContaining(reserved)
                    .withMessageContaining("set by the library");
        }

        @ParameterizedTest
        @ValueSource(strings = {"a\rb", "a\nb", "a\r\nX-Evil: 1", "\n"})
        void valuesWithLineBreaksAreRejected(String value) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withKey().extraHeader("X-Custom", value))
                    .withMessageContaining("X-Custom")
                    .withMessageContaining("line breaks");
        }

        @ParameterizedTest
        @ValueSource(strings = {"X Custom", "X-Custom:", "X-Tab\t", "X-Ümlaut", "X-\u0000"})
        void badNamesAreRejected(String name) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withKey().extraHeader(name, "v"))
                    .withMessageContaining("visible ASCII");
        }

        @Test
        void blankOrNullNamesAndNullValuesAreRejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> withKey().extraHeader(" ", "v"));
            assertThatNullPointerException().isThrownBy(() -> withKey().extraHeader(null, "v"));
            assertThatNullPointerException()
                    .isThrownBy(() -> withKey().extraHeader("X-Custom", null))
                    .withMessageContaining("X-Custom");
        }

        @Test
        void theSameNameInAnotherCaseReplacesTheEarlierHeader() {
            ClientSettings settings = withKey()
                    .extraHeader("X-First", "1")
                    .extraHeader("X-Trace", "old")
                    .extraHeader("x-trace", "new")
                    .build();

            assertThat(settings.extraHeaders()).containsExactly(
                    Map.entry("X-First", "1"), Map.entry("x-trace", "new"));
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

        private ClientSettings full() {
            return withKey()
                    .baseUri("http://api.example.com/v1")
                    .allowInsecureHttp(true)
                    .organization("org-1")
                    .project("proj-1")
                    .connectTimeout(Duration.ofSeconds(1))
                    .responseTimeout(Duration.ofSeconds(2))
                    .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(3)))
                    .userAgentSuffix("app/9")
                    .extraHeader("X-One", "1")
                    .extraHeader("X-Two", "2")
                    .maxResponseBytes(4096)
                    .build();
        }

        @Test
        void toBuilderRoundTripsToEqualSettings() {
            ClientSettings original = full();
            ClientSettings copy = original.toBuilder().build();

            assertThat(copy).isEqualTo(original).hasSameHashCodeAs(original).isNotSameAs(original);
            assertThat(copy.extraHeaders()).containsExactlyEntriesOf(original.extraHeaders());
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
                    change("apiKey", b -> b.apiKey("sk-other-key-0000")),
                    change("organization", b -> b.organization("org-2")),
                    change("organization absent", b -> b.organization(null)),
                    change("project", b -> b.project("proj-2")),
                    change("connectTimeout", b -> b.connectTimeout(Duration.ofSeconds(5))),
                    change("responseTimeout", b -> b.responseTimeout(Duration.ofSeconds(5))),
                    change("retryPolicy", b -> b.maxRetries(7)),
                    change("userAgentSuffix", b -> b.userAgentSuffix("app/10")),
                    change("extra header value", b -> b.extraHeader("X-One", "other")),
                    change("extra header added", b -> b.extraHeader("X-Three", "3")),
                    change("maxResponseBytes", b -> b.maxResponseBytes(8192)));
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
        void toStringRedactsTheKeyAndNamesTheOtherSettings() {
            String text = full().toString();

            assertThat(text)
                    .doesNotContain(API_KEY)
                    .doesNotContain("SECRETKEY")
                    .contains("apiKey=<redacted>")
                    .contains("baseUri=http://api.example.com/v1")
                    .contains("organization=org-1")
                    .contains("project=proj-1")
                    .contains("connectTimeout=PT1S")
                    .contains("responseTimeout=PT2S")
                    .contains("retryPolicy=RetryPolicy[maxRetries=3")
                    .contains("userAgentSuffix=app/9")
                    .contains("extraHeaders=[X-One, X-Two]")
                    .contains("allowInsecureHttp=true")
                    .contains("maxResponseBytes=4096");
        }

        @Test
        void toStringShowsExtraHeaderNamesButNotTheirValues() {
            // An extra header may carry a proxy credential.
            String text = withKey().extraHeader("X-Proxy-Token", "tok-very-private").build().toString();
            assertThat(text).contains("X-Proxy-Token").doesNotContain("tok-very-private");
        }
    }
}
