package io.github.realtimesessions.port.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MessageTextTest {

    static Stream<Arguments> escapes() {
        return Stream.of(
                argumentSet("CR and LF", "a\r\nb", "a\\r\\nb"),
                argumentSet("tab", "a\tb", "a\\tb"),
                argumentSet("NUL", "a\u0000b", "a\\u0000b"),
                argumentSet("escape", "a\u001b[31mb", "a\\u001b[31mb"),
                argumentSet("DEL", "a\u007fb", "a\\u007fb"),
                argumentSet("next line", "a\u0085b", "a\\u0085b"),
                argumentSet("line separator", "a\u2028b", "a\\u2028b"),
                argumentSet("paragraph separator", "a\u2029b", "a\\u2029b"),
                argumentSet("printable text, any script", "caf\u00e9 \u65e5\u672c \"q\" \\", "caf\u00e9 \u65e5\u672c \"q\" \\"));
    }

    @ParameterizedTest
    @MethodSource("escapes")
    void sanitizeEscapesWhatCouldBreakALogLine(String text, String expected) {
        assertThat(MessageText.sanitize(text, 100)).isEqualTo(expected);
    }

    @Test
    void sanitizePassesNullThrough() {
        assertThat(MessageText.sanitize(null, 10)).isNull();
    }

    @Test
    void textThatFitsIsNotCut() {
        assertThat(MessageText.sanitize("abcdef", 6)).isEqualTo("abcdef");
        assertThat(MessageText.sanitize("", 6)).isEmpty();
    }

    @Test
    void longerTextIsCutWithAnEllipsisWithinTheLimit() {
        assertThat(MessageText.sanitize("abcdefg", 6)).isEqualTo("abc...");
        assertThat(MessageText.sanitize("x".repeat(5_000), MessageText.MAX_QUOTED))
                .hasSize(MessageText.MAX_QUOTED)
                .endsWith("x...");
    }

    @Test
    void anEscapeIsNeverCutInHalf() {
        // "ab\n" escapes to 4 characters; with "..." that does not fit in 6
        assertThat(MessageText.sanitize("ab\ncdef", 6)).isEqualTo("ab...");
        assertThat(MessageText.sanitize("ab\u2028", 6)).isEqualTo("ab...");
        assertThat(MessageText.sanitize("ab\n", 6)).isEqualTo("ab\\n");
    }

    @Test
    void theResultNeverExceedsTheLimit() {
        String nasty = "\u2028\n\u0000x".repeat(500);
        for (int max = 3; max < 60; max++) {
            assertThat(MessageText.sanitize(nasty, max)).as("max %d", max).hasSizeLessThanOrEqualTo(max).endsWith("...");
        }
    }

    @Test
    void theQuoteLimitIsAThousand() {
        assertThat(MessageText.MAX_QUOTED).isEqualTo(1_000);
    }

    static Stream<Arguments> uris() {
        return Stream.of(
                argumentSet("plain", "https://api.example.com/v1", "https://api.example.com/v1"),
                argumentSet("with a port", "http://127.0.0.1:8080/v1", "http://127.0.0.1:8080/v1"),
                argumentSet("user info", "https://user:pw@api.example.com/v1", "https://api.example.com/v1 (user info left out)"),
                argumentSet("query", "https://h.example/v1?api-key=k", "https://h.example/v1 (query left out)"),
                argumentSet("fragment", "https://h.example/v1#t", "https://h.example/v1 (fragment left out)"),
                argumentSet(
                        "everything",
                        "https://u:p@h.example:444/v1?a=b#c",
                        "https://h.example:444/v1 (user info, query, fragment left out)"),
                argumentSet(
                        "user info before a registry-based authority",
                        "https://user:pw@ho_st/v1",
                        "https://ho_st/v1 (user info left out)"),
                argumentSet("a registry-based authority", "https://ho_st/v1", "https://ho_st/v1"),
                argumentSet("relative", "/v1/realtime", "/v1/realtime"),
                argumentSet("opaque", "mailto:user:pw@example.com", "mailto://"),
                argumentSet("escaped path kept raw", "https://h.example/a%0D%0Ab", "https://h.example/a%0D%0Ab"));
    }

    @ParameterizedTest
    @MethodSource("uris")
    void describeDropsUserInfoQueryAndFragment(String uri, String expected) {
        assertThat(MessageText.describe(URI.create(uri))).isEqualTo(expected);
    }

    @Test
    void describeCutsAVeryLongUri() {
        String described = MessageText.describe(URI.create("https://h.example/" + "p".repeat(1_000) + "?q=1"));

        assertThat(described).hasSize(300 + " (query left out)".length()).endsWith("p... (query left out)");
    }
}
