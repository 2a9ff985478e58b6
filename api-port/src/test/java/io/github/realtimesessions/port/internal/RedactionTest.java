package io.github.realtimesessions.port.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactionTest {

    private static final String API_KEY = "sk-proj-SECRETKEY123456";

    @Test
    void theExactApiKeyIsReplaced() {
        String redacted = Redaction.redact("Incorrect API key provided: " + API_KEY + ".", API_KEY);

        assertThat(redacted).doesNotContain("SECRETKEY").contains(Redaction.MASK).startsWith("Incorrect API key");
    }

    @Test
    void anApiKeyOfAnyShapeIsReplacedEverywhere() {
        String key = "custom-gateway-token-42";
        String redacted = Redaction.redact(key + " and again " + key, key);

        assertThat(redacted).isEqualTo("<redacted> and again <redacted>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        key sk-abcdEFGH1234 in text              | key sk-<redacted> in text
        sk-proj-AbC_d-e.fGh                      | sk-<redacted>
        Bearer sk-****************WXYZ           | Bearer sk-<redacted>
        {"value":"ek_68a1b2c3d4e5f60718293a4b"} | {"value":"ek_<redacted>"}
        secret ek_abc_DEF-123 expires            | secret ek_<redacted> expires
        two: sk-first1234, ek_second5678         | two: sk-<redacted>, ek_<redacted>
        """)
    void secretShapedTokensAreMaskedKeepingTheirPrefix(String text, String expected) {
        assertThat(Redaction.redact(text, null)).isEqualTo(expected);
        assertThat(Redaction.redact(text, "unrelated-key")).isEqualTo(expected);
    }

    @Test
    void anotherKeyThanTheOneInUseIsStillMasked() {
        String redacted = Redaction.redact("old key sk-old-key-987654 rejected", API_KEY);

        assertThat(redacted).isEqualTo("old key sk-<redacted> rejected");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "task-force ask-me desk_ek_ risk-free", // sk-/ek_ inside words
        "sk- alone and ek_ alone", // no token after the prefix
        "sk-abc is too short", // three characters
        "no secrets here at all",
    })
    void textWithoutSecretsIsUnchanged(String text) {
        assertThat(Redaction.redact(text, API_KEY)).isSameAs(text);
    }

    @Test
    void nullAndEmptyPassThrough() {
        assertThat(Redaction.redact(null, API_KEY)).isNull();
        assertThat(Redaction.redact("", API_KEY)).isEmpty();
        assertThat(Redaction.redact(null, null)).isNull();
    }

    @Test
    void aNullOrEmptyKeyOnlyDisablesTheExactMatch() {
        assertThat(Redaction.redact("plain text", "")).isEqualTo("plain text");
        assertThat(Redaction.redact("token sk-abcdefgh", "")).isEqualTo("token sk-<redacted>");
    }

    @Test
    void theMaskIsDocumented() {
        assertThat(Redaction.MASK).isEqualTo("<redacted>");
    }
}
