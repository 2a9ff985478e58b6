package io.github.realtimesessions.model.beta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.github.realtimesessions.model.OpenEnum;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.Voice;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The beta open enumerations; the shared ones (voice, model, modality...) are covered by the GA {@code OpenEnumTest}. */
@SuppressWarnings("deprecation")
class BetaOpenEnumTest {

    record OpenEnumType(
            Function<String, OpenEnum> of,
            Supplier<List<? extends OpenEnum>> knownValues,
            List<? extends OpenEnum> constants,
            List<String> wireValues,
            String field) {}

    static Stream<Arguments> types() {
        return Stream.of(
                argumentSet("AudioFormat", new OpenEnumType(AudioFormat::of, AudioFormat::knownValues,
                        List.of(AudioFormat.PCM16, AudioFormat.G711_ULAW, AudioFormat.G711_ALAW),
                        List.of("pcm16", "g711_ulaw", "g711_alaw"), "audio format")),
                argumentSet("TurnDetectionType", new OpenEnumType(TurnDetectionType::of, TurnDetectionType::knownValues,
                        List.of(TurnDetectionType.SERVER_VAD, TurnDetectionType.SEMANTIC_VAD),
                        List.of("server_vad", "semantic_vad"), "turn_detection.type")),
                argumentSet("ToolType", new OpenEnumType(ToolType::of, ToolType::knownValues,
                        List.of(ToolType.FUNCTION), List.of("function"), "tools[].type")));
    }

    @ParameterizedTest
    @MethodSource("types")
    void knownValuesListsTheSpecValuesInOrder(OpenEnumType type) {
        List<OpenEnum> known = List.copyOf(type.knownValues().get());

        assertThat(known).extracting(OpenEnum::value).containsExactlyElementsOf(type.wireValues());
        for (int i = 0; i < known.size(); i++) {
            assertThat(known.get(i)).isSameAs(type.constants().get(i));
        }
        assertThatThrownBy(() -> type.knownValues().get().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @MethodSource("types")
    void ofAKnownValueReturnsTheConstant(OpenEnumType type) {
        for (int i = 0; i < type.wireValues().size(); i++) {
            String wire = type.wireValues().get(i);
            OpenEnum value = type.of().apply(new String(wire));

            assertThat(value).isSameAs(type.constants().get(i));
            assertThat(value.isKnown()).isTrue();
            assertThat(value).hasToString(wire);
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void ofAnUnknownValueKeepsItVerbatimAndIsCaseSensitive(OpenEnumType type) {
        OpenEnum value = type.of().apply("something-new");
        OpenEnum upper = type.of().apply(type.wireValues().get(0).toUpperCase(Locale.ROOT));

        assertThat(value.value()).isEqualTo("something-new");
        assertThat(value.isKnown()).isFalse();
        assertThat(value).isEqualTo(type.of().apply("something-new")).hasSameHashCodeAs(type.of().apply("something-new"));
        assertThat(value.getClass()).isSameAs(type.constants().get(0).getClass());
        assertThat(upper.isKnown()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("types")
    void nullAndBlankAreRejectedNamingTheField(OpenEnumType type) {
        assertThatNullPointerException().isThrownBy(() -> type.of().apply(null)).withMessage(type.field() + " must not be null");
        for (String blank : List.of("", " ", "\t\n")) {
            assertThatIllegalArgumentException().isThrownBy(() -> type.of().apply(blank))
                    .withMessage(type.field() + " must not be blank");
        }
    }

    @Test
    void theBetaAudioFormatIsNotTheGaOne() {
        assertThat((Object) AudioFormat.PCM16).isNotEqualTo(io.github.realtimesessions.model.AudioFormat.PCM_24KHZ);
    }

    @Test
    void newerVoicesAndModelsAreAccepted() {
        RealtimeSessionCreateRequest request = RealtimeSessionCreateRequest.builder()
                .model(RealtimeModel.of("gpt-realtime-next"))
                .voice(Voice.of("future-voice"))
                .build();

        assertThat(request.model().value()).isEqualTo("gpt-realtime-next");
        assertThat(request.model().isKnown()).isFalse();
        assertThat(request.voice().value()).isEqualTo("future-voice");
    }
}
