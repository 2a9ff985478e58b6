package io.github.realtimesessions.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CredentialTest {

    private static final TokenSource SOURCE = () -> new AccessToken("TOKEN-SECRET", null);

    /** Both key kinds, with the word their messages use for the key. */
    static Stream<Arguments> keyKinds() {
        return Stream.of(
                argumentSet("OpenAI API key", (Function<String, Credential>) Credential::apiKey, "API key"),
                argumentSet("Azure API key", (Function<String, Credential>) Credential::azureApiKey, "Azure API key"));
    }

    /** Every key kind with every key that cannot go into a header, and the position the message names. */
    static Stream<Arguments> keyKindsAndBadKeys() {
        Object[][] badKeys = {
            {"space inside", "sk-abc SECRET", "character 7 of 13 is U+0020"},
            {"leading space", " sk-SECRET", "character 1 of 10 is U+0020"},
            {"NUL", "sk-\u0000SECRET", "character 4 of 10 is U+0000"},
            {"e acute", "sk-\u00e9SECRET", "character 4 of 10 is U+00E9"},
            {"U+2028 line separator", "sk-\u2028SECRET", "character 4 of 10 is U+2028"},
            {"trailing line break", "sk-SECRET\n", "character 10 of 10 is U+000A"},
            {"CR LF header injection", "sk-SECRET\r\nX-Evil: 1", "character 10 of 20 is U+000D"},
            {"tab", "sk-\tSECRET", "character 4 of 10 is U+0009"},
            {"DEL", "sk-\u007fSECRET", "character 4 of 10 is U+007F"},
            {"pasted typographic quote", "\u201csk-SECRET\u201d", "character 1 of 11 is U+201C"},
        };
        Object[][] kinds = {
            {"OpenAI API key", (Function<String, Credential>) Credential::apiKey, "API key"},
            {"Azure API key", (Function<String, Credential>) Credential::azureApiKey, "Azure API key"},
        };
        Stream.Builder<Arguments> all = Stream.builder();
        for (Object[] kind : kinds) {
            for (Object[] bad : badKeys) {
                all.add(argumentSet(kind[0] + ", " + bad[0], kind[1], kind[2], bad[1], bad[2]));
            }
        }
        return all.build();
    }

    @ParameterizedTest
    @MethodSource("keyKindsAndBadKeys")
    void aKeyOutsideVisibleAsciiIsRefusedWithoutBeingQuoted(
            Function<String, Credential> make, String what, String key, String position) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> make.apply(key))
                .withMessageStartingWith(what + " must be visible ASCII only")
                .withMessageContaining(position)
                .withMessageNotContaining("SECRET");
    }

    @ParameterizedTest
    @MethodSource("keyKinds")
    void aNullKeyIsRefused(Function<String, Credential> make, String what) {
        assertThatNullPointerException().isThrownBy(() -> make.apply(null)).withMessage(what + " must not be null");
    }

    @ParameterizedTest
    @MethodSource("keyKinds")
    void aBlankKeyIsRefused(Function<String, Credential> make, String what) {
        for (String blank : new String[] {"", " ", "\t\n", "\u2028"}) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> make.apply(blank))
                    .withMessage(what + " must not be blank");
        }
    }

    @ParameterizedTest
    @MethodSource("keyKinds")
    void everyVisibleAsciiCharacterIsAccepted(Function<String, Credential> make, String what) {
        StringBuilder visible = new StringBuilder();
        for (char c = 0x21; c < 0x7f; c++) {
            visible.append(c);
        }
        Credential credential = make.apply(visible.toString());

        assertThat(credential).isEqualTo(make.apply(visible.toString()));
    }

    @Nested
    class Kinds {

        @Test
        void anOpenAiKeyIsSentAsAuthorization() {
            Credential.ApiKey key = Credential.apiKey("sk-abc");

            assertThat(key.key()).isEqualTo("sk-abc");
            assertThat(key.headerName()).isEqualTo("Authorization");
            assertThat(key).isEqualTo(new Credential.ApiKey("sk-abc")).isNotEqualTo(Credential.apiKey("sk-abd"));
        }

        @Test
        void anAzureKeyIsSentAsApiKey() {
            Credential.AzureApiKey key = Credential.azureApiKey("0123abcd");

            assertThat(key.key()).isEqualTo("0123abcd");
            assertThat(key.headerName()).isEqualTo("api-key");
            assertThat(key).isNotEqualTo(Credential.apiKey("0123abcd"));
        }

        @Test
        void bearerTokensAreSentAsAuthorizationAndRefreshTwoMinutesEarlyByDefault() {
            Credential.BearerTokens tokens = Credential.bearerTokens(SOURCE);

            assertThat(tokens.headerName()).isEqualTo("Authorization");
            assertThat(tokens.source()).isSameAs(SOURCE);
            assertThat(tokens.refreshMargin()).isEqualTo(Duration.ofMinutes(2)).isEqualTo(Credential.DEFAULT_REFRESH_MARGIN);
        }

        @Test
        void theRefreshMarginCanBeChangedToZeroOrMoreButNotBelow() {
            Credential.BearerTokens tokens = Credential.bearerTokens(SOURCE);

            assertThat(tokens.withRefreshMargin(Duration.ofSeconds(30)).refreshMargin()).isEqualTo(Duration.ofSeconds(30));
            assertThat(tokens.withRefreshMargin(Duration.ZERO).refreshMargin()).isZero();
            assertThat(tokens.refreshMargin()).as("the original is unchanged").isEqualTo(Duration.ofMinutes(2));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> tokens.withRefreshMargin(Duration.ofMillis(-1)))
                    .withMessageContaining("refreshMargin must not be negative");
            assertThatNullPointerException().isThrownBy(() -> tokens.withRefreshMargin(null));
            assertThatNullPointerException()
                    .isThrownBy(() -> Credential.bearerTokens(null))
                    .withMessageContaining("token source");
        }
    }

    @Nested
    class Redaction {

        @Test
        void noKindShowsItsSecret() {
            assertThat(Credential.apiKey("sk-SECRET")).hasToString("ApiKey[<redacted>]");
            assertThat(Credential.azureApiKey("AZURE-SECRET")).hasToString("AzureApiKey[<redacted>]");
            assertThat(Credential.bearerTokens(SOURCE).toString())
                    .startsWith("BearerTokens[source=" + SOURCE.getClass().getName())
                    .endsWith(", refreshMargin=PT2M]")
                    .doesNotContain("SECRET");
        }
    }
}
