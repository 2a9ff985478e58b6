package io.github.realtimesessions.transport.core;

import static io.github.realtimesessions.transport.core.WireFixtures.text;
import static io.github.realtimesessions.transport.core.WireFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The OpenAI error body {@code {"error":{...}}}, both ways. */
class ErrorBodyCodecTest {

    private final SessionJsonCodec codec = SessionJsonCodec.instance();

    @Test
    void theTypicalBodyIsRead() {
        OpenAiErrorBody error = codec.decodeError(utf8("{\"error\":{\"message\":\"Incorrect API key provided: sk-…\","
                + "\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"invalid_api_key\"}}"));

        assertThat(error).isEqualTo(new OpenAiErrorBody(
                "Incorrect API key provided: sk-…", "invalid_request_error", null, "invalid_api_key"));
    }

    @Test
    void scalarsOfAnyTypeAreReadAsText() {
        assertThat(codec.decodeError(utf8("{\"error\":{\"code\":429,\"param\":true,\"type\":1.5}}")))
                .isEqualTo(new OpenAiErrorBody(null, "1.5", "true", "429"));
    }

    @Test
    void nonScalarMembersAndUnknownFieldsAreSkipped() {
        assertThat(codec.decodeError(utf8(
                        "{\"a\":[1],\"error\":{\"message\":{\"text\":\"x\"},\"extra\":[{}],\"code\":\"c\"},\"b\":{}}")))
                .isEqualTo(new OpenAiErrorBody(null, null, null, "c"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<html>Bad Gateway</html>", "[]", "\"error\"", "{\"error\":\"nope\"}",
            "{\"message\":\"no error member\"}", "{\"error\":{\"message\":\"cut", "null"})
    void aBodyThatIsNotAnErrorObjectReadsAsNull(String body) {
        assertThat(codec.decodeError(utf8(body))).isNull();
    }

    @Test
    void noBodyReadsAsNull() {
        assertThat(codec.decodeError(null)).isNull();
    }

    @Test
    void allFourMembersAreAlwaysWritten() {
        assertThat(text(codec.encodeError(new OpenAiErrorBody("bad", "invalid_request_error", null, null))))
                .isEqualTo("{\"error\":{\"message\":\"bad\",\"type\":\"invalid_request_error\",\"param\":null,"
                        + "\"code\":null}}");
    }

    @Test
    void anEncodedErrorIsReadBack() {
        OpenAiErrorBody error =
                new OpenAiErrorBody("Rate limit \"reached\"", "requests", "model", "rate_limit_exceeded");

        assertThat(codec.decodeError(codec.encodeError(error))).isEqualTo(error);
    }
}
