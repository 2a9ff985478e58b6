package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The open enumerations: constants for the spec's values, {@code of(String)} for anything else. */
class OpenEnumTest {

    /**
     * One open enum: its {@code of}, its {@code knownValues}, its constants in spec order, their wire values and the
     * field name its errors use.
     */
    record OpenEnumType(
            Function<String, OpenEnum> of,
            Supplier<List<? extends OpenEnum>> knownValues,
            List<? extends OpenEnum> constants,
            List<String> wireValues,
            String field) {}

    static Stream<Arguments> types() {
        return Stream.of(
                argumentSet("RealtimeModel", new OpenEnumType(
                        RealtimeModel::of,
                        RealtimeModel::knownValues,
                        List.of(
                                RealtimeModel.GPT_4O_REALTIME_PREVIEW,
                                RealtimeModel.GPT_4O_REALTIME_PREVIEW_2024_10_01,
                                RealtimeModel.GPT_4O_REALTIME_PREVIEW_2024_12_17,
                                RealtimeModel.GPT_4O_REALTIME_PREVIEW_2025_06_03,
                                RealtimeModel.GPT_4O_MINI_REALTIME_PREVIEW,
                                RealtimeModel.GPT_4O_MINI_REALTIME_PREVIEW_2024_12_17),
                        List.of(
                                "gpt-4o-realtime-preview",
                                "gpt-4o-realtime-preview-2024-10-01",
                                "gpt-4o-realtime-preview-2024-12-17",
                                "gpt-4o-realtime-preview-2025-06-03",
                                "gpt-4o-mini-realtime-preview",
                                "gpt-4o-mini-realtime-preview-2024-12-17"),
                        "model")),
                argumentSet("Voice", new OpenEnumType(
                        Voice::of,
                        Voice::knownValues,
                        List.of(Voice.ALLOY, Voice.ASH, Voice.BALLAD, Voice.CORAL, Voice.ECHO, Voice.SAGE,
                                Voice.SHIMMER, Voice.VERSE),
                        List.of("alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse"),
                        "voice")),
                argumentSet("AudioFormat", new OpenEnumType(
                        AudioFormat::of,
                        AudioFormat::knownValues,
                        List.of(AudioFormat.PCM16, AudioFormat.G711_ULAW, AudioFormat.G711_ALAW),
                        List.of("pcm16", "g711_ulaw", "g711_alaw"),
                        "audio format")),
                argumentSet("Modality", new OpenEnumType(
                        Modality::of,
                        Modality::knownValues,
                        List.of(Modality.TEXT, Modality.AUDIO),
                        List.of("text", "audio"),
                        "modality")),
                argumentSet("TurnDetectionType", new OpenEnumType(
                        TurnDetectionType::of,
                        TurnDetectionType::knownValues,
                        List.of(TurnDetectionType.SERVER_VAD, TurnDetectionType.SEMANTIC_VAD),
                        List.of("server_vad", "semantic_vad"),
                        "turn_detection.type")),
                argumentSet("Eagerness", new OpenEnumType(
                        Eagerness::of,
                        Eagerness::knownValues,
                        List.of(Eagerness.LOW, Eagerness.MEDIUM, Eagerness.HIGH, Eagerness.AUTO),
                        List.of("low", "medium", "high", "auto"),
                        "turn_detection.eagerness")),
                argumentSet("NoiseReductionType", new OpenEnumType(
                        NoiseReductionType::of,
                        NoiseReductionType::knownValues,
                        List.of(NoiseReductionType.NEAR_FIELD, NoiseReductionType.FAR_FIELD),
                        List.of("near_field", "far_field"),
                        "input_audio_noise_reduction.type")),
                argumentSet("TranscriptionModel", new OpenEnumType(
                        TranscriptionModel::of,
                        TranscriptionModel::knownValues,
                        List.of(TranscriptionModel.GPT_4O_TRANSCRIBE, TranscriptionModel.GPT_4O_MINI_TRANSCRIBE,
                                TranscriptionModel.WHISPER_1),
                        List.of("gpt-4o-transcribe", "gpt-4o-mini-transcribe", "whisper-1"),
                        "input_audio_transcription.model")),
                argumentSet("ExpiryAnchor", new OpenEnumType(
                        ExpiryAnchor::of,
                        ExpiryAnchor::knownValues,
                        List.of(ExpiryAnchor.CREATED_AT),
                        List.of("created_at"),
                        "client_secret.expires_after.anchor")),
                argumentSet("ToolType", new OpenEnumType(
                        ToolType::of,
                        ToolType::knownValues,
                        List.of(ToolType.FUNCTION),
                        List.of("function"),
                        "tools[].type")));
    }

    @ParameterizedTest
    @MethodSource("types")
    void knownValuesListsTheSpecValuesInOrder(OpenEnumType type) {
        List<OpenEnum> known = List.copyOf(type.knownValues().get());

        assertThat(known).extracting(OpenEnum::value).containsExactlyElementsOf(type.wireValues());
        assertThat(known).containsExactlyElementsOf(type.constants());
        for (int i = 0; i < known.size(); i++) {
            assertThat(known.get(i)).isSameAs(type.constants().get(i));
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void knownValuesIsUnmodifiable(OpenEnumType type) {
        @SuppressWarnings("unchecked")
        List<Object> known = (List<Object>) (List<?>) type.knownValues().get();

        assertThatThrownBy(() -> known.add(type.constants().get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> known.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @MethodSource("types")
    void ofAKnownValueReturnsTheConstant(OpenEnumType type) {
        for (int i = 0; i < type.wireValues().size(); i++) {
            String wire = type.wireValues().get(i);
            OpenEnum value = type.of().apply(new String(wire)); // a distinct String instance

            assertThat(value).as(wire).isSameAs(type.constants().get(i));
            assertThat(value.isKnown()).as(wire).isTrue();
            assertThat(value.value()).isEqualTo(wire);
            assertThat(value).hasToString(wire);
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void ofAnUnknownValueKeepsItVerbatim(OpenEnumType type) {
        OpenEnum value = type.of().apply("something-new");

        assertThat(value.value()).isEqualTo("something-new");
        assertThat(value.isKnown()).isFalse();
        assertThat(value).hasToString("something-new");
        assertThat(value).isEqualTo(type.of().apply("something-new")).hasSameHashCodeAs(type.of().apply("something-new"));
        assertThat(value).isNotEqualTo(type.of().apply("something-else"));
        assertThat(List.<OpenEnum>copyOf(type.knownValues().get())).doesNotContain(value);
        assertThat(value.getClass()).isSameAs(type.constants().get(0).getClass());
    }

    @ParameterizedTest
    @MethodSource("types")
    void ofIsCaseAndWhitespaceSensitive(OpenEnumType type) {
        String wire = type.wireValues().get(0);

        OpenEnum upper = type.of().apply(wire.toUpperCase(java.util.Locale.ROOT));
        OpenEnum padded = type.of().apply(" " + wire);

        assertThat(upper.value()).isEqualTo(wire.toUpperCase(java.util.Locale.ROOT));
        assertThat(upper.isKnown()).isFalse();
        assertThat(padded.value()).isEqualTo(" " + wire);
        assertThat(padded.isKnown()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("types")
    void ofNullThrowsNullPointerExceptionNamingTheField(OpenEnumType type) {
        assertThatNullPointerException()
                .isThrownBy(() -> type.of().apply(null))
                .withMessage(type.field() + " must not be null");
    }

    @ParameterizedTest
    @MethodSource("types")
    void ofBlankThrowsIllegalArgumentExceptionNamingTheField(OpenEnumType type) {
        for (String blank : List.of("", " ", "\t\n")) {
            assertThatIllegalArgumentException()
                    .as("of(\"%s\")", blank)
                    .isThrownBy(() -> type.of().apply(blank))
                    .withMessage(type.field() + " must not be blank");
        }
    }

    @Test
    void voiceHasExactlyTheSpecVoices() {
        assertThat(Voice.knownValues())
                .extracting(Voice::value)
                .containsExactly("alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse");
    }

    @Test
    void audioFormatHasExactlyTheSpecFormats() {
        assertThat(AudioFormat.knownValues())
                .extracting(AudioFormat::value)
                .containsExactly("pcm16", "g711_ulaw", "g711_alaw");
    }

    @Test
    void constructorsValidateLikeOf() {
        assertThatNullPointerException().isThrownBy(() -> new Voice(null)).withMessage("voice must not be null");
        assertThatIllegalArgumentException().isThrownBy(() -> new Voice(" ")).withMessage("voice must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RealtimeModel(""))
                .withMessage("model must not be blank");
    }

    @Test
    void aConstructedKnownValueEqualsTheConstantAndIsKnown() {
        Voice voice = new Voice("alloy");

        assertThat(voice).isEqualTo(Voice.ALLOY).isNotSameAs(Voice.ALLOY);
        assertThat(voice.isKnown()).isTrue();
    }

    @Test
    void newerVoicesAndModelsAreAccepted() {
        assertThat(Voice.of("marin").isKnown()).isFalse();
        assertThat(RealtimeModel.of("gpt-realtime")).hasToString("gpt-realtime");

        RealtimeSessionCreateRequest request = RealtimeSessionCreateRequest.builder()
                .model(RealtimeModel.of("gpt-realtime"))
                .voice(Voice.of("cedar"))
                .build();

        assertThat(request.model().value()).isEqualTo("gpt-realtime");
        assertThat(request.voice().value()).isEqualTo("cedar");
    }

    @Test
    void valuesOfDifferentTypesAreNotEqual() {
        assertThat((Object) Eagerness.AUTO).isNotEqualTo(ToolChoice.AUTO);
        assertThat((Object) Modality.AUDIO).isNotEqualTo(Modality.TEXT);
    }
}
