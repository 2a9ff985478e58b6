package io.github.realtimesessions.model.beta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.NoiseReduction;
import io.github.realtimesessions.model.NoiseReductionType;
import io.github.realtimesessions.model.Setting;
import io.github.realtimesessions.model.Tracing;
import io.github.realtimesessions.model.TranscriptionModel;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How the beta request builder sets the three states of its four nullable fields, and how {@code x()} and
 * {@code xSetting()} read them. ({@link Setting} itself is covered by the GA {@code SettingTest}.)
 */
@SuppressWarnings("deprecation")
class RealtimeSessionCreateRequestSettingTest {

    /** How the request builder and the request expose one nullable field. */
    record Field<T>(
            T sample,
            BiFunction<RealtimeSessionCreateRequest.Builder, T, RealtimeSessionCreateRequest.Builder> setValue,
            Function<RealtimeSessionCreateRequest.Builder, RealtimeSessionCreateRequest.Builder> disable,
            BiFunction<RealtimeSessionCreateRequest.Builder, Setting<T>, RealtimeSessionCreateRequest.Builder> setSetting,
            Function<RealtimeSessionCreateRequest, T> value,
            Function<RealtimeSessionCreateRequest, Setting<T>> setting) {}

    static Stream<Arguments> fields() {
        return Stream.of(
                argumentSet("turn_detection", new Field<>(
                        TurnDetection.serverVad().threshold(0.4).build(),
                        RealtimeSessionCreateRequest.Builder::turnDetection,
                        RealtimeSessionCreateRequest.Builder::disableTurnDetection,
                        RealtimeSessionCreateRequest.Builder::turnDetectionSetting,
                        RealtimeSessionCreateRequest::turnDetection,
                        RealtimeSessionCreateRequest::turnDetectionSetting)),
                argumentSet("input_audio_transcription", new Field<>(
                        new InputAudioTranscription(TranscriptionModel.GPT_4O_TRANSCRIBE, "fr", null),
                        RealtimeSessionCreateRequest.Builder::inputAudioTranscription,
                        RealtimeSessionCreateRequest.Builder::disableInputAudioTranscription,
                        RealtimeSessionCreateRequest.Builder::inputAudioTranscriptionSetting,
                        RealtimeSessionCreateRequest::inputAudioTranscription,
                        RealtimeSessionCreateRequest::inputAudioTranscriptionSetting)),
                argumentSet("input_audio_noise_reduction", new Field<>(
                        NoiseReduction.of(NoiseReductionType.FAR_FIELD),
                        RealtimeSessionCreateRequest.Builder::inputAudioNoiseReduction,
                        RealtimeSessionCreateRequest.Builder::disableInputAudioNoiseReduction,
                        RealtimeSessionCreateRequest.Builder::inputAudioNoiseReductionSetting,
                        RealtimeSessionCreateRequest::inputAudioNoiseReduction,
                        RealtimeSessionCreateRequest::inputAudioNoiseReductionSetting)),
                argumentSet("tracing (configuration)", new Field<>(
                        (Tracing) Tracing.of("wf", "grp", JsonObject.builder().put("team", "voice").build()),
                        RealtimeSessionCreateRequest.Builder::tracing,
                        RealtimeSessionCreateRequest.Builder::disableTracing,
                        RealtimeSessionCreateRequest.Builder::tracingSetting,
                        RealtimeSessionCreateRequest::tracing,
                        RealtimeSessionCreateRequest::tracingSetting)),
                argumentSet("tracing (auto)", new Field<>(
                        Tracing.auto(),
                        RealtimeSessionCreateRequest.Builder::tracing,
                        RealtimeSessionCreateRequest.Builder::disableTracing,
                        RealtimeSessionCreateRequest.Builder::tracingSetting,
                        RealtimeSessionCreateRequest::tracing,
                        RealtimeSessionCreateRequest::tracingSetting)));
    }

    private static RealtimeSessionCreateRequest.Builder builder() {
        return RealtimeSessionCreateRequest.builder();
    }

    @ParameterizedTest
    @MethodSource("fields")
    <T> void unsetIsNull(Field<T> field) {
        assertThat(field.setting().apply(builder().build())).isNull();
        assertThat(field.value().apply(builder().build())).isNull();
    }

    @ParameterizedTest
    @MethodSource("fields")
    <T> void disableGivesTheDisabledSetting(Field<T> field) {
        RealtimeSessionCreateRequest request = field.disable().apply(builder()).build();

        assertThat(field.setting().apply(request)).isSameAs(Setting.disabled());
        assertThat(field.value().apply(request)).isNull();
    }

    @ParameterizedTest
    @MethodSource("fields")
    <T> void aValueGivesAnEnabledSetting(Field<T> field) {
        RealtimeSessionCreateRequest request = field.setValue().apply(builder(), field.sample()).build();

        assertThat(field.setting().apply(request)).isInstanceOf(Setting.Enabled.class).isEqualTo(Setting.enabled(field.sample()));
        assertThat(field.value().apply(request)).isEqualTo(field.sample());
    }

    @ParameterizedTest
    @MethodSource("fields")
    <T> void aNullValueLeavesTheFieldOut(Field<T> field) {
        RealtimeSessionCreateRequest.Builder b = field.disable().apply(builder());

        assertThat(field.setting().apply(field.setValue().apply(b, null).build())).isNull();
    }

    @ParameterizedTest
    @MethodSource("fields")
    <T> void theSettingSetterSetsAnyState(Field<T> field) {
        RealtimeSessionCreateRequest.Builder b = builder();

        assertThat(field.setting().apply(field.setSetting().apply(b, Setting.disabled()).build())).isSameAs(Setting.disabled());
        assertThat(field.setting().apply(field.setSetting().apply(b, Setting.enabled(field.sample())).build()))
                .isEqualTo(Setting.enabled(field.sample()));
        assertThat(field.setting().apply(field.setSetting().apply(b, null).build())).isNull();
    }

    @ParameterizedTest
    @MethodSource("fields")
    <T> void theLastCallWins(Field<T> field) {
        RealtimeSessionCreateRequest.Builder b = builder();

        field.setValue().apply(b, field.sample());
        field.disable().apply(b);
        assertThat(field.setting().apply(b.build())).isSameAs(Setting.disabled());

        field.setValue().apply(b, field.sample());
        assertThat(field.setting().apply(b.build())).isEqualTo(Setting.enabled(field.sample()));
    }

    @ParameterizedTest
    @MethodSource("fields")
    <T> void theThreeStatesGiveThreeDifferentRequests(Field<T> field) {
        RealtimeSessionCreateRequest unset = builder().build();
        RealtimeSessionCreateRequest disabled = field.disable().apply(builder()).build();
        RealtimeSessionCreateRequest enabled = field.setValue().apply(builder(), field.sample()).build();

        assertThat(unset).isNotEqualTo(disabled).isNotEqualTo(enabled);
        assertThat(disabled).isNotEqualTo(enabled);
    }

    @ParameterizedTest
    @MethodSource("fields")
    <T> void toBuilderKeepsEachState(Field<T> field) {
        RealtimeSessionCreateRequest disabled = field.disable().apply(builder()).build();
        RealtimeSessionCreateRequest enabled = field.setValue().apply(builder(), field.sample()).build();

        assertThat(field.setting().apply(disabled.toBuilder().build())).isSameAs(Setting.disabled());
        assertThat(field.setting().apply(enabled.toBuilder().build())).isEqualTo(Setting.enabled(field.sample()));
    }
}
