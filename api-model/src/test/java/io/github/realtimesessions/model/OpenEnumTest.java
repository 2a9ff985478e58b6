package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The GA open enumerations: constants for the spec's values, {@code of(String)} for anything else. */
class OpenEnumTest {

    /** One open enum: its {@code of}, its {@code knownValues}, its constants in spec order, their wire values, its field. */
    record OpenEnumType(
            Function<String, OpenEnum> of,
            Supplier<List<? extends OpenEnum>> knownValues,
            List<? extends OpenEnum> constants,
            List<String> wireValues,
            String field) {}

    static Stream<Arguments> types() {
        return Stream.of(
                argumentSet("RealtimeModel", new OpenEnumType(RealtimeModel::of, RealtimeModel::knownValues,
                        List.of(RealtimeModel.GPT_REALTIME, RealtimeModel.GPT_REALTIME_1_5, RealtimeModel.GPT_REALTIME_2,
                                RealtimeModel.GPT_REALTIME_2_1, RealtimeModel.GPT_REALTIME_2_1_MINI,
                                RealtimeModel.GPT_REALTIME_2025_08_28, RealtimeModel.GPT_4O_REALTIME_PREVIEW,
                                RealtimeModel.GPT_4O_REALTIME_PREVIEW_2024_10_01,
                                RealtimeModel.GPT_4O_REALTIME_PREVIEW_2024_12_17,
                                RealtimeModel.GPT_4O_REALTIME_PREVIEW_2025_06_03, RealtimeModel.GPT_4O_MINI_REALTIME_PREVIEW,
                                RealtimeModel.GPT_4O_MINI_REALTIME_PREVIEW_2024_12_17, RealtimeModel.GPT_REALTIME_MINI,
                                RealtimeModel.GPT_REALTIME_MINI_2025_10_06, RealtimeModel.GPT_REALTIME_MINI_2025_12_15,
                                RealtimeModel.GPT_AUDIO_1_5, RealtimeModel.GPT_AUDIO_MINI,
                                RealtimeModel.GPT_AUDIO_MINI_2025_10_06, RealtimeModel.GPT_AUDIO_MINI_2025_12_15),
                        List.of("gpt-realtime", "gpt-realtime-1.5", "gpt-realtime-2", "gpt-realtime-2.1",
                                "gpt-realtime-2.1-mini", "gpt-realtime-2025-08-28", "gpt-4o-realtime-preview",
                                "gpt-4o-realtime-preview-2024-10-01", "gpt-4o-realtime-preview-2024-12-17",
                                "gpt-4o-realtime-preview-2025-06-03", "gpt-4o-mini-realtime-preview",
                                "gpt-4o-mini-realtime-preview-2024-12-17", "gpt-realtime-mini",
                                "gpt-realtime-mini-2025-10-06", "gpt-realtime-mini-2025-12-15", "gpt-audio-1.5",
                                "gpt-audio-mini", "gpt-audio-mini-2025-10-06", "gpt-audio-mini-2025-12-15"),
                        "model")),
                argumentSet("Voice", new OpenEnumType(Voice::of, Voice::knownValues,
                        List.of(Voice.ALLOY, Voice.ASH, Voice.BALLAD, Voice.CORAL, Voice.ECHO, Voice.SAGE, Voice.SHIMMER,
                                Voice.VERSE, Voice.MARIN, Voice.CEDAR),
                        List.of("alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar"),
                        "voice")),
                argumentSet("AudioFormatType", new OpenEnumType(AudioFormatType::of, AudioFormatType::knownValues,
                        List.of(AudioFormatType.PCM, AudioFormatType.PCMU, AudioFormatType.PCMA),
                        List.of("audio/pcm", "audio/pcmu", "audio/pcma"), "format.type")),
                argumentSet("Modality", new OpenEnumType(Modality::of, Modality::knownValues,
                        List.of(Modality.TEXT, Modality.AUDIO), List.of("text", "audio"), "output_modalities")),
                argumentSet("Eagerness", new OpenEnumType(Eagerness::of, Eagerness::knownValues,
                        List.of(Eagerness.LOW, Eagerness.MEDIUM, Eagerness.HIGH, Eagerness.AUTO),
                        List.of("low", "medium", "high", "auto"), "turn_detection.eagerness")),
                argumentSet("NoiseReductionType", new OpenEnumType(NoiseReductionType::of, NoiseReductionType::knownValues,
                        List.of(NoiseReductionType.NEAR_FIELD, NoiseReductionType.FAR_FIELD),
                        List.of("near_field", "far_field"), "noise_reduction.type")),
                argumentSet("TranscriptionModel", new OpenEnumType(TranscriptionModel::of, TranscriptionModel::knownValues,
                        List.of(TranscriptionModel.WHISPER_1, TranscriptionModel.GPT_TRANSCRIBE,
                                TranscriptionModel.GPT_LIVE_TRANSCRIBE, TranscriptionModel.GPT_4O_MINI_TRANSCRIBE,
                                TranscriptionModel.GPT_4O_MINI_TRANSCRIBE_2025_12_15, TranscriptionModel.GPT_4O_TRANSCRIBE,
                                TranscriptionModel.GPT_4O_TRANSCRIBE_DIARIZE, TranscriptionModel.GPT_REALTIME_WHISPER),
                        List.of("whisper-1", "gpt-transcribe", "gpt-live-transcribe", "gpt-4o-mini-transcribe",
                                "gpt-4o-mini-transcribe-2025-12-15", "gpt-4o-transcribe", "gpt-4o-transcribe-diarize",
                                "gpt-realtime-whisper"),
                        "transcription.model")),
                argumentSet("TranscriptionDelay", new OpenEnumType(TranscriptionDelay::of, TranscriptionDelay::knownValues,
                        List.of(TranscriptionDelay.MINIMAL, TranscriptionDelay.LOW, TranscriptionDelay.MEDIUM,
                                TranscriptionDelay.HIGH, TranscriptionDelay.XHIGH),
                        List.of("minimal", "low", "medium", "high", "xhigh"), "transcription.delay")),
                argumentSet("ExpiryAnchor", new OpenEnumType(ExpiryAnchor::of, ExpiryAnchor::knownValues,
                        List.of(ExpiryAnchor.CREATED_AT), List.of("created_at"), "expires_after.anchor")),
                argumentSet("IncludeOption", new OpenEnumType(IncludeOption::of, IncludeOption::knownValues,
                        List.of(IncludeOption.INPUT_AUDIO_TRANSCRIPTION_LOGPROBS),
                        List.of("item.input_audio_transcription.logprobs"), "include")),
                argumentSet("ReasoningEffort", new OpenEnumType(ReasoningEffort::of, ReasoningEffort::knownValues,
                        List.of(ReasoningEffort.MINIMAL, ReasoningEffort.LOW, ReasoningEffort.MEDIUM, ReasoningEffort.HIGH,
                                ReasoningEffort.XHIGH),
                        List.of("minimal", "low", "medium", "high", "xhigh"), "reasoning.effort")),
                argumentSet("ContentDetail", new OpenEnumType(ContentDetail::of, ContentDetail::knownValues,
                        List.of(ContentDetail.LOW, ContentDetail.HIGH, ContentDetail.AUTO, ContentDetail.ORIGINAL),
                        List.of("low", "high", "auto", "original"), "detail")),
                argumentSet("McpConnector", new OpenEnumType(McpConnector::of, McpConnector::knownValues,
                        List.of(McpConnector.CONNECTOR_DROPBOX, McpConnector.CONNECTOR_GMAIL,
                                McpConnector.CONNECTOR_GOOGLECALENDAR, McpConnector.CONNECTOR_GOOGLEDRIVE,
                                McpConnector.CONNECTOR_MICROSOFTTEAMS, McpConnector.CONNECTOR_OUTLOOKCALENDAR,
                                McpConnector.CONNECTOR_OUTLOOKEMAIL, McpConnector.CONNECTOR_SHAREPOINT),
                        List.of("connector_dropbox", "connector_gmail", "connector_googlecalendar",
                                "connector_googledrive", "connector_microsoftteams", "connector_outlookcalendar",
                                "connector_outlookemail", "connector_sharepoint"),
                        "connector_id")),
                argumentSet("ToolCaller", new OpenEnumType(ToolCaller::of, ToolCaller::knownValues,
                        List.of(ToolCaller.DIRECT, ToolCaller.PROGRAMMATIC), List.of("direct", "programmatic"),
                        "allowed_callers")));
    }

    @ParameterizedTest
    @MethodSource("types")
    void knownValuesListsTheSpecValuesInOrder(OpenEnumType type) {
        List<OpenEnum> known = List.copyOf(type.knownValues().get());

        assertThat(known).extracting(OpenEnum::value).containsExactlyElementsOf(type.wireValues());
        for (int i = 0; i < known.size(); i++) {
            assertThat(known.get(i)).isSameAs(type.constants().get(i));
            assertThat(known.get(i).isKnown()).isTrue();
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

        OpenEnum upper = type.of().apply(wire.toUpperCase(Locale.ROOT));
        OpenEnum padded = type.of().apply(" " + wire);

        assertThat(upper.value()).isEqualTo(wire.toUpperCase(Locale.ROOT));
        assertThat(upper.isKnown()).isFalse();
        assertThat(padded.value()).isEqualTo(" " + wire);
        assertThat(padded.isKnown()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("types")
    void ofNullThrowsNullPointerExceptionNamingTheField(OpenEnumType type) {
        assertThatNullPointerException().isThrownBy(() -> type.of().apply(null)).withMessage(type.field() + " must not be null");
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
    void valuesOfDifferentTypesAreNotEqualEvenWithTheSameWireValue() {
        assertThat((Object) Eagerness.AUTO).isNotEqualTo(ContentDetail.AUTO);
        assertThat((Object) Eagerness.LOW).isNotEqualTo(ReasoningEffort.LOW);
        assertThat((Object) Eagerness.of("x")).isNotEqualTo(ReasoningEffort.of("x"));
        assertThat(Modality.AUDIO).isNotEqualTo(Modality.TEXT);
    }

    // ------------------------------------------------------------------------------------- the registry itself

    /** An open enum of the test, to exercise {@link OpenEnum.Values} directly. */
    static final class Color extends OpenEnum {
        static final Values<Color> VALUES = new Values<>("color", Color::new);
        static final Color RED = VALUES.known("red");
        static final Color GREEN = VALUES.known("green");

        private Color(String value, boolean known) {
            super(value, known);
        }
    }

    @Test
    void theRegistryKeepsTheDeclarationOrderAndMakesUnknownValuesOnDemand() {
        assertThat(Color.VALUES.known()).containsExactly(Color.RED, Color.GREEN);
        assertThat(Color.VALUES.of("green")).isSameAs(Color.GREEN);
        Color blue = Color.VALUES.of("blue");
        assertThat(blue.isKnown()).isFalse();
        assertThat(blue).isNotSameAs(Color.VALUES.of("blue")).isEqualTo(Color.VALUES.of("blue"));
        assertThat(Color.VALUES.known()).hasSize(2);
    }

    @Test
    void theRegistryChecksItsArguments() {
        assertThatNullPointerException().isThrownBy(() -> new OpenEnum.Values<Color>(null, Color::new)).withMessage("field");
        assertThatNullPointerException().isThrownBy(() -> new OpenEnum.Values<Color>("color", null)).withMessage("factory");
        OpenEnum.Values<Color> values = new OpenEnum.Values<>("color", Color::new);
        assertThatIllegalArgumentException().isThrownBy(() -> values.known(" ")).withMessage("color must not be blank");
        assertThatNullPointerException().isThrownBy(() -> values.known(null)).withMessage("color must not be null");
    }
}
