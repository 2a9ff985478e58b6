package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The escape hatch {@code extraField}/{@code extraFieldJson} of the builders: checked JSON, names only in output. */
class ExtraFieldsTest {

    /** A builder's {@code extraFieldJson} and how to read the extra fields back. */
    record Hatch<B, T>(
            java.util.function.Supplier<B> builder,
            BiFunction<B, String, B> json,
            Function<B, T> build,
            Function<T, java.util.Map<String, JsonValue>> extras) {}

    static Stream<Arguments> builders() {
        return Stream.of(
                argumentSet("RealtimeSessionConfig", new Hatch<RealtimeSessionConfig.Builder, RealtimeSessionConfig>(
                        RealtimeSessionConfig::builder, (b, j) -> b.extraFieldJson("x", j),
                        RealtimeSessionConfig.Builder::build, RealtimeSessionConfig::extraFields)),
                argumentSet("ClientSecretRequest", new Hatch<ClientSecretRequest.Builder, ClientSecretRequest>(
                        () -> ClientSecretRequest.builder().session(RealtimeSessionConfig.builder().build()),
                        (b, j) -> b.extraFieldJson("x", j), ClientSecretRequest.Builder::build,
                        ClientSecretRequest::extraFields)),
                argumentSet("AudioOutput", new Hatch<AudioOutput.Builder, AudioOutput>(
                        AudioOutput::builder, (b, j) -> b.extraFieldJson("x", j), AudioOutput.Builder::build,
                        AudioOutput::extraFields)),
                argumentSet("McpTool", new Hatch<McpTool.Builder, McpTool>(
                        McpTool::builder, (b, j) -> b.extraFieldJson("x", j), McpTool.Builder::build, McpTool::extraFields)),
                argumentSet("TranslationSessionConfig", new Hatch<TranslationSessionConfig.Builder, TranslationSessionConfig>(
                        () -> TranslationSessionConfig.builder().model("m").targetLanguage("es"),
                        (b, j) -> b.extraFieldJson("x", j), TranslationSessionConfig.Builder::build,
                        TranslationSessionConfig::extraFields)),
                argumentSet("ClientSecretResponse", new Hatch<ClientSecretResponse.Builder, ClientSecretResponse>(
                        () -> ClientSecretResponse.builder().value("ek_1").expiresAt(Samples.SECRET_EXPIRES_AT),
                        (b, j) -> b.extraFieldJson("x", j), ClientSecretResponse.Builder::build,
                        ClientSecretResponse::extraFields)));
    }

    @ParameterizedTest
    @MethodSource("builders")
    <B, T> void extraFieldJsonParsesTheValue(Hatch<B, T> hatch) {
        T value = hatch.build().apply(hatch.json().apply(hatch.builder().get(), " {\"mode\" : \"fast\", \"n\": [1, 2.5]} "));

        assertThat(hatch.extras().apply(value)).containsOnlyKeys("x");
        assertThat(hatch.extras().apply(value).get("x").toJson()).isEqualTo("{\"mode\":\"fast\",\"n\":[1,2.5]}");
    }

    @ParameterizedTest
    @MethodSource("builders")
    <B, T> void extraFieldJsonRejectsBadJsonNamingLineAndColumn(Hatch<B, T> hatch) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> hatch.json().apply(hatch.builder().get(), "{\n  \"mode\": fast\n}"))
                .withMessage("invalid JSON at line 2, column 11: invalid literal, expected false");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> hatch.json().apply(hatch.builder().get(), "[1,]"))
                .withMessage("invalid JSON at line 1, column 4: unexpected character ']', expected a value");
    }

    @Test
    void aLaterExtraFieldOfTheSameNameReplacesTheEarlierInItsPlace() {
        AudioOutput output = AudioOutput.builder()
                .extraField("b", JsonValue.of(1))
                .extraField("a", JsonValue.of(2))
                .extraFieldJson("b", "\"again\"")
                .build();

        assertThat(output.extraFields().keySet()).containsExactly("b", "a");
        assertThat(output.extraFields().get("b")).isEqualTo(JsonValue.of("again"));
        assertThat(output).hasToString("AudioOutput[extraFields=[b, a]]");
    }

    @Test
    void jsonNullIsAValueButJavaNullIsNot() {
        AudioOutput output = AudioOutput.builder().extraField("off", JsonValue.nullValue()).build();

        assertThat(output.extraFields().get("off")).isSameAs(JsonNull.INSTANCE);
        assertThatNullPointerException().isThrownBy(() -> AudioOutput.builder().extraField("off", null))
                .withMessage("extra field off must not be null; use JsonValue.nullValue()");
        assertThatIllegalArgumentException().isThrownBy(() -> AudioOutput.builder().extraField(" ", JsonValue.of(1)))
                .withMessage("extra field name must not be blank");
        assertThatNullPointerException().isThrownBy(() -> AudioOutput.builder().extraFieldJson("x", null))
                .withMessage("json must not be null");
    }

    @Test
    void theExtraFieldsOfABuiltValueAreFrozen() {
        AudioOutput.Builder builder = AudioOutput.builder().extraField("a", JsonValue.of(1));
        AudioOutput first = builder.build();

        builder.extraField("b", JsonValue.of(2));

        assertThat(first.extraFields()).containsOnlyKeys("a").isUnmodifiable();
        assertThat(builder.build().extraFields()).containsOnlyKeys("a", "b");
        assertThat(AudioOutput.builder().build().extraFields()).isEmpty();
    }

    @Test
    void extraFieldsAreNotValidated() {
        RealtimeSessionConfig config = RealtimeSessionConfig.builder()
                .extraFieldJson("temperature", "9.5")
                .extraFieldJson("output_modalities", "[\"audio\",\"text\"]")
                .build();

        assertThat(config.extraFields()).containsOnlyKeys("temperature", "output_modalities");
        assertThat(config.outputModalities()).isNull();
    }
}
