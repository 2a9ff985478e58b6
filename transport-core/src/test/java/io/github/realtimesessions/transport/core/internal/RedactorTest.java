package io.github.realtimesessions.transport.core.internal;

import static io.github.realtimesessions.transport.core.internal.Redactor.MASK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.realtimesessions.port.AccessToken;
import io.github.realtimesessions.port.Credential;
import java.io.IOException;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the redactor removes: the configured secrets by exact value, whatever their shape, and secret shapes. */
class RedactorTest {

    static Stream<Arguments> shapes() {
        return Stream.of(
                shape("an OpenAI key", "key sk-proj-abc123XYZ_-.* here", "key sk-" + MASK + " here"),
                shape("a legacy key", "sk-0123456789abcdefghij", "sk-" + MASK),
                shape("an ephemeral secret", "value ek_68af296e8e408191a1120ab6383263c2.", "value ek_" + MASK),
                shape("quoted in JSON", "{\"value\":\"ek_abcd1234\"}", "{\"value\":\"ek_" + MASK + "\"}"),
                shape("a bearer token", "Authorization: Bearer abc.def-123", "Authorization: Bearer " + MASK),
                shape("a bearer token in any case, after several spaces", "bearer    token123456", "bearer    " + MASK),
                shape("a JWT", "token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpM end",
                        "token " + MASK + " end"),
                shape("an api-key query parameter", "https://x/openai?api-key=0123456789abcdef&b=1",
                        "https://x/openai?api-key=" + MASK + "&b=1"),
                shape("an api_key in JSON", "{\"api_key\": \"abcdef012345\"}", "{\"api_key\": \"" + MASK + "\"}"),
                shape("an apikey header echo", "ApiKey: abcdef012345", "ApiKey: " + MASK),
                shape("several secrets", "sk-aaaaaaaa and ek_bbbbbbbb", "sk-" + MASK + " and ek_" + MASK),
                // Where each pattern's word may start: first, in upper case, and the text no longer than the secret.
                shape("a bearer token in upper case", "BEARER abcdefgh", "BEARER " + MASK),
                shape("an api-key in upper case", "API-KEY: abcdef012345", "API-KEY: " + MASK),
                shape("a JWT and nothing else", "eyJhbGciOiJI.eyJzdWIiOiIx.Sfl", MASK),
                shape("an ephemeral secret and nothing else", "ek_abcd", "ek_" + MASK),
                shape("every kind at once", "Bearer abcdefgh; api_key=abcdef012345 eyJhbGciOiJI.eyJzdWIiOiIx.x sk-abcd",
                        "Bearer " + MASK + "; api_key=" + MASK + " " + MASK + " sk-" + MASK));
    }

    private static Arguments shape(String name, String text, String redacted) {
        return arguments(Named.of(name, text), redacted);
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void secretShapesAreRedacted(String text, String redacted) {
        assertThat(Redactor.shapesOnly().redact(text)).isEqualTo(redacted);
        assertThat(Redactor.redactShapes(text)).isEqualTo(redacted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"task-force of desk-top users", "ek_1 is short", "Bearer abc", "skip sk-", "a jwt eyJhbGci",
        "api-key=short", "tracking_id ek_", "mask-ed"})
    void textThatOnlyLooksAlikeIsKept(String text) {
        assertThat(Redactor.shapesOnly().redact(text)).isEqualTo(text);
    }

    @Test
    void theConfiguredKeyIsRedactedByValueWhateverItsShape() {
        String azureKey = "0123456789abcdef0123456789ABCDEF";
        String plainKey = "proxyKEY0123456789abcdef";

        assertThat(Redactor.of(Credential.azureApiKey(azureKey), List::of).redact("bad key " + azureKey + "!"))
                .isEqualTo("bad key " + MASK + "!");
        assertThat(Redactor.of(Credential.apiKey(plainKey), List::of).redact("x" + plainKey + "y"))
                .as("even inside a word").isEqualTo("x" + MASK + "y");
        assertThat(Redactor.shapesOnly().redact("bad key " + azureKey)).as("a shapeless key needs its value")
                .isEqualTo("bad key " + azureKey);
    }

    @Test
    void bearerTokensAreRedactedByTheirCurrentValues() {
        List<String> tokens = new ArrayList<>(List.of("firstTokenValue123"));
        Redactor redactor = Redactor.of(Credential.bearerTokens(() -> new AccessToken("t", null)), () -> List.copyOf(tokens));

        assertThat(redactor.redact("firstTokenValue123 secondTokenValue456"))
                .isEqualTo(MASK + " secondTokenValue456");
        tokens.add(0, "secondTokenValue456");
        assertThat(redactor.redact("firstTokenValue123 secondTokenValue456")).isEqualTo(MASK + " " + MASK);
    }

    @Test
    void aCallSecretIsRedactedByValue() {
        assertThat(Redactor.shapesOnly().redact("the key oddSecret99 failed", "oddSecret99"))
                .isEqualTo("the key " + MASK + " failed");
        assertThat(Redactor.shapesOnly().redact("nothing", "")).isEqualTo("nothing");
    }

    @Test
    void nullAndEmptyPassThrough() {
        Redactor redactor = Redactor.of(Credential.apiKey("sk-abcdefgh"), List::of);

        assertThat(redactor.redact(null)).isNull();
        assertThat(redactor.redact("")).isEmpty();
        assertThat(Redactor.redactShapes(null)).isNull();
    }

    @Test
    void forMessageRedactsAndMakesTheTextSafeForOneLine() {
        Redactor redactor = Redactor.of(Credential.apiKey("sk-abcdefgh12345"), List::of);

        assertThat(redactor.forMessage("line one sk-abcdefgh12345\r\nINFO forged", 200))
                .isEqualTo("line one " + MASK + "\\r\\nINFO forged");
        assertThat(redactor.forMessage("x".repeat(500), 20)).hasSizeLessThanOrEqualTo(20).endsWith("...");
    }

    @Test
    void aCauseWithoutASecretIsKeptAsItIs() {
        SocketException reset = new SocketException("Connection reset");

        assertThat(Redactor.shapesOnly().safeCause(reset)).isSameAs(reset);
        assertThat(Redactor.shapesOnly().safeCause(null)).isNull();
    }

    @Test
    void aCauseRepeatingASecretIsReplacedByARedactedStandIn() {
        String key = "proxyKEY0123456789abcdef";
        IOException inner = new IOException("proxy refused " + key);
        IOException outer = new IOException("wrapped", inner);

        Throwable safe = Redactor.of(Credential.apiKey(key), List::of).safeCause(outer);

        assertThat(safe).isNotSameAs(outer).isInstanceOf(Redactor.RedactedFailure.class);
        assertThat(safe.getMessage()).isEqualTo("java.io.IOException: wrapped");
        assertThat(safe.getStackTrace()).isEqualTo(outer.getStackTrace());
        assertThat(safe.getCause()).isInstanceOf(Redactor.RedactedFailure.class)
                .hasMessage("java.io.IOException: proxy refused " + MASK);
        for (Throwable t = safe; t != null; t = t.getCause()) {
            assertThat(t.toString()).doesNotContain(key);
        }
    }

    @Test
    void theOnePassPreCheckNeverSkipsAPatternThatWouldMatch() {
        // redactShapes runs a pattern only where its one-pass check saw the pattern's word; every pattern run
        // unconditionally must give the same text, for texts dense in the words, their cases and near misses.
        String[] pieces = {"sk-", "ek_", "eyJ", "bearer ", "Bearer  ", "BEARER\t", "beare", "key", "KEY", "kEy",
            "api-key=", "API_KEY: '", "apikey\"=", "abcdefgh", "0123456789", ".", "-", "_", " ", ",", "\u212a",
            "\u017f", "\u00e9", "s", "e", "b", "k", "K", "B", "y", "J"};
        java.util.Random random = new java.util.Random(20261201);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int piece = random.nextInt(12); piece >= 0; piece--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String input = text.toString();
            String everyPattern = Redactor.KEY_LIKE.matcher(input).replaceAll("$1" + MASK);
            everyPattern = Redactor.BEARER.matcher(everyPattern).replaceAll("$1" + MASK);
            everyPattern = Redactor.JWT.matcher(everyPattern).replaceAll(MASK);
            everyPattern = Redactor.API_KEY_VALUE.matcher(everyPattern).replaceAll("$1" + MASK);

            assertThat(Redactor.redactShapes(input)).as(input).isEqualTo(everyPattern);
        }
    }
}
