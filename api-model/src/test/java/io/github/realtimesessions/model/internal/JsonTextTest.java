package io.github.realtimesessions.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.realtimesessions.model.JsonValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The writer and the Java conversion of {@link JsonText}, below what {@code JsonValue} exposes. */
class JsonTextTest {

    @Test
    void theDepthLimitIsTheCodecs() {
        assertThat(JsonText.MAX_DEPTH).isEqualTo(64);
    }

    @Test
    void quoteEscapesWhatJsonRequiresAndTheLineSeparators() {
        StringBuilder out = new StringBuilder("prefix:");

        JsonText.quote("a\"\\\u0000\u001f\u007f\u2028\u2029\u00e9", out);

        assertThat(out).hasToString("prefix:\"a\\\"\\\\\\u0000\\u001f\u007f\\u2028\\u2029\u00e9\"");
    }

    @Test
    void writeIsCompact() {
        assertThat(JsonText.write(JsonValue.parse(" { \"a\" : [ 1 , { } , [ ] ] } "))).isEqualTo("{\"a\":[1,{},[]]}");
    }

    @Test
    void fromJavaNamesPathsBelowTheGivenRoot() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JsonText.fromJava(Map.of("x", new Object()), "tools[0].parameters"))
                .withMessageStartingWith("tools[0].parameters.x must be a JSON value");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JsonText.fromJava(Double.NaN, "tracing.metadata"))
                .withMessage("tracing.metadata must be a finite number, was NaN");
    }
}
