package io.github.realtimesessions.port.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderRulesTest {

    @Test
    void theReservedSetHoldsTheLibrarysAndTheFramingHeadersInLowerCase() {
        assertThat(HeaderRules.RESERVED)
                .contains("authorization", "api-key", "content-type", "content-length", "content-encoding", "accept",
                        "accept-encoding", "host", "user-agent", "connection", "transfer-encoding", "te", "upgrade")
                .allSatisfy(name -> assertThat(name).isEqualTo(name.toLowerCase(Locale.ROOT)));
    }

    @Test
    void everyReservedNameIsReservedInAnyCase() {
        for (String name : HeaderRules.RESERVED) {
            assertThat(HeaderRules.isReserved(name)).as(name).isTrue();
            assertThat(HeaderRules.isReserved(name.toUpperCase(Locale.ROOT))).as(name).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"openai-organization", "OpenAI-Project", "OPENAI-BETA", "openai-", "OpenAI-Future-Header"})
    void everyOpenAiHeaderIsReserved(String name) {
        assertThat(HeaderRules.isReserved(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-Custom", "OpenAI", "X-OpenAI-Org", "Api-Key-Id", "Hostname", "Accepted"})
    void otherNamesAreNotReserved(String name) {
        assertThat(HeaderRules.isReserved(name)).isFalse();
    }

    @Test
    void checkAcceptsAnOrdinaryHeader() {
        assertThatCode(() -> HeaderRules.check("X-Tenant_1.a!#$%&'*+^`|~", "t\u00e9nant 1\tok", "extra header"))
                .doesNotThrowAnyException();
    }

    @Test
    void checkNamesWhatIsConfiguredAndTheHeaderButNeverTheValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HeaderRules.check("Authorization", "Bearer SECRET", "proxy header"))
                .withMessageStartingWith("proxy header Authorization is set by the library")
                .withMessageNotContaining("SECRET");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HeaderRules.check("X-Token", "SECRET\r\n", "proxy header"))
                .withMessage("proxy header X-Token must not contain line breaks");
        assertThatNullPointerException()
                .isThrownBy(() -> HeaderRules.check(null, "v", "proxy header"))
                .withMessage("proxy header name must not be null");
        assertThatNullPointerException()
                .isThrownBy(() -> HeaderRules.check("X-Token", null, "proxy header"))
                .withMessage("proxy header X-Token must not have a null value");
    }

    @Test
    void aNameThatIsNotATokenIsQuotedEscapedAndCut() {
        String longName = "X Y" + "z".repeat(200);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> HeaderRules.check("X\u0000Y", "v", "extra header"))
                .withMessageStartingWith("extra header name \"X\\u0000Y\" must be a header token");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HeaderRules.check(longName, "v", "extra header"))
                .withMessageContaining("\"X Y" + "z".repeat(74) + "...\"");
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                argumentSet("CR", "a\rb", "must not contain line breaks"),
                argumentSet("LF", "a\nb", "must not contain line breaks"),
                argumentSet("NUL", "a\u0000b", "must not contain control characters (found U+0000)"),
                argumentSet("unit separator", "a\u001fb", "must not contain control characters (found U+001F)"),
                argumentSet("DEL", "a\u007fb", "must not contain control characters (found U+007F)"),
                argumentSet("U+0100", "a\u0100b",
                        "must contain ISO-8859-1 characters only, which HTTP headers can carry (found U+0100)"),
                argumentSet("U+2028", "a\u2028b",
                        "must contain ISO-8859-1 characters only, which HTTP headers can carry (found U+2028)"));
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void valueProblemNamesTheFirstProblem(String value, String problem) {
        assertThat(HeaderRules.valueProblem(value)).isEqualTo(problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "with\ttab", "Latin-1 \u00e9\u00ff", "visible !\"#~"})
    void valueProblemIsNullForASendableValue(String value) {
        assertThat(HeaderRules.valueProblem(value)).isNull();
    }

    static Stream<Arguments> badSecrets() {
        return Stream.of(
                argumentSet("space", "ab cd", "character 3 of 5 is U+0020"),
                argumentSet("NUL", "\u0000abcd", "character 1 of 5 is U+0000"),
                argumentSet("DEL", "abcd\u007f", "character 5 of 5 is U+007F"),
                argumentSet("Latin-1", "ab\u00e9cd", "character 3 of 5 is U+00E9"),
                argumentSet("line separator", "ab\u2028cd", "character 3 of 5 is U+2028"));
    }

    @ParameterizedTest
    @MethodSource("badSecrets")
    void secretProblemNamesThePositionNeverTheSecret(String secret, String where) {
        assertThat(HeaderRules.secretProblem(secret))
                .startsWith("must be visible ASCII only: " + where)
                .doesNotContain("ab")
                .doesNotContain("cd");
    }

    @Test
    void secretProblemIsNullForVisibleAscii() {
        assertThat(HeaderRules.secretProblem("sk-proj-AbC_123.~!")).isNull();
    }
}
