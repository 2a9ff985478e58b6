package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The three states of {@link Setting} and how the request builder sets them for each nullable field. */
class SettingTest {

    // ---------------------------------------------------------------------------------------------------------------
    // Setting itself
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void enabledCarriesItsValue() {
        Setting<String> setting = Setting.enabled("x");

        assertThat(setting).isInstanceOf(Setting.Enabled.class);
        assertThat(setting.isEnabled()).isTrue();
        assertThat(setting.valueOrNull()).isEqualTo("x");
        assertThat(((Setting.Enabled<String>) setting).value()).isEqualTo("x");
    }

    @Test
    void enabledSettingsAreEqualByValue() {
        assertThat(Setting.enabled("x")).isEqualTo(new Setting.Enabled<>("x")).hasSameHashCodeAs(Setting.enabled("x"));
        assertThat(Setting.enabled("x")).isNotEqualTo(Setting.enabled("y"));
    }

    @Test
    void enabledRejectsNull() {
        assertThatNullPointerException()
                .isThrownBy(() -> Setting.enabled(null))
                .withMessageContaining("Setting.disabled()");
        assertThatNullPointerException().isThrownBy(() -> new Setting.Enabled<>(null));
    }

    @Test
    void disabledHasNoValue() {
        Setting<String> setting = Setting.disabled();

        assertThat(setting).isInstanceOf(Setting.Disabled.class);
        assertThat(setting.isEnabled()).isFalse();
        assertThat(setting.valueOrNull()).isNull();
        assertThat(setting).hasToString("Disabled");
    }

    @Test
    void disabledIsASingletonThatEqualsItself() {
        Setting<TurnDetection> a = Setting.disabled();
        Setting<Tracing> b = Setting.disabled();

        assertThat((Object) a).isSameAs(b);
        assertThat(a).isEqualTo(Setting.<TurnDetection>disabled()).hasSameHashCodeAs(Setting.disabled());
        assertThat(a).isNotEqualTo(null);
    }

    @Test
    void disabledIsNeverEqualToAnEnabledSetting() {
        assertThat(Setting.<Object>disabled()).isNotEqualTo(Setting.enabled(new Object()));
        assertThat(Setting.<Object>enabled("x")).isNotEqualTo(Setting.disabled());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The four nullable request fields
    // ---------------------------------------------------------------------------------------------------------------

    /** How the request builder and the request expose one nullable field. */
    record Field<T>(
            T sample,
            BiFunction<RealtimeSessionCreateRequest.Builder, T, RealtimeSessionCreateRequest.Builder> setValue,
            Function<RealtimeSessionCreateRequest.Builder, RealtimeSessionCreateRequest.Builder> disable,
            BiFunction<RealtimeSessionCreateRequest.Builder, Setting<T>, RealtimeSessionCreateRequest.Builder> setSetting,
            Function<RealtimeSessionCreateRequest, Setting<T>> get) {}

    static Stream<Arguments> fields() {
        return Stream.of(
                argumentSet("turn_detection", new Field<>(
                        TurnDetection.serverVad().threshold(0.4).build(),
                        RealtimeSessionCreateRequest.Builder::turnDetection,
                        RealtimeSessionCreateRequest.Builder::disableTurnDetection,
                        RealtimeSessionCreateRequest.Builder::turnDetectionSetting,
                        RealtimeSessionCreateRequest::turnDetection)),
                argumentSet("input_audio_transcription", new Field<>(
                        new InputAudioTranscription(TranscriptionModel.GPT_4O_TRANSCRIBE, "fr", null),
                        RealtimeSessionCreateRequest.Builder::inputAudioTranscription,
                        RealtimeSessionCreateRequest.Builder::disableInputAudioTranscription,
                        RealtimeSessionCreateRequest.Builder::inputAudioTranscriptionSetting,
                        RealtimeSessionCreateRequest::inputAudioTranscription)),
                argumentSet("input_audio_noise_reduction", new Field<>(
                        NoiseReduction.of(NoiseReductionType.FAR_FIELD),
                        RealtimeSessionCreateRequest.Builder::inputAudioNoiseReduction,
                        RealtimeSessionCreateRequest.Builder::disableInputAudioNoiseReduction,
                        RealtimeSessionCreateRequest.Builder::inputAudioNoiseReductionSetting,
                        RealtimeSessionCreateRequest::inputAudioNoiseReduction)),
                argumentSet("tracing (configuration)", new Field<>(
                        Tracing.of("wf", "grp", Map.of("team", "voice")),
                        RealtimeSessionCreateRequest.Builder::tracing,
                        RealtimeSessionCreateRequest.Builder::disableTracing,
                        RealtimeSessionCreateRequest.Builder::tracingSetting,
                        RealtimeSessionCreateRequest::tracing)),
                argumentSet("tracing (auto)", new Field<>(
                        Tracing.auto(),
                        RealtimeSessionCreateRequest.Builder::tracing,
                        RealtimeSessionCreateRequest.Builder::disableTracing,
                        RealtimeSessionCreateRequest.Builder::tracingSetting,
                        RealtimeSessionCreateRequest::tracing)));
    }

    private static RealtimeSessionCreateRequest.Builder builder() {
        return RealtimeSessionCreateRequest.builder();
    }

    @ParameterizedTest
    @MethodSource("fields")
    <T> void unsetIsNull(Field<T> field) {
        assertThat(field.get().apply(builder().build())).isNull();
    }

    @ParameterizedTest
    @MethodSource("fields")
    <T> void disableGivesTheDisabledSetting(Field<T> field) {
        Setting<T> setting = field.get().apply(field.disable().apply(builder()).build());

        assertThat(setting).isSameAs(Setting.disabled());
        assertThat(setting.isEnabled()).isFalse();
        assertThat(setting.valueOrNull()).isNull();
    }

    @ParameterizedTest
    @MethodSource("fields")
    <T> void aValueGivesAnEnabledSetting(Field<T> field) {
        Setting<T> setting = field.get().apply(field.setValue().apply(builder(), field.sample()).build());

        assertThat(setting).isInstanceOf(Setting.Enabled.class).isEqualTo(Setting.enabled(field.sample()));
        assertThat(setting.isEnabled()).isTrue();
        assertThat(setting.valueOrNull()).isEqualTo(field.sample());
        assertThat(((Setting.Enabled<T>) setting).value()).isEqualTo(field.sample());
    }

    @ParameterizedTest
    @MethodSource("fields")
    <T> void aNullValueLeavesTheFieldOut(Field<T> field) {
        RealtimeSessionCreateRequest.Builder b = field.disable().apply(builder());

        assertThat(field.get().apply(field.setValue().apply(b, null).build())).isNull();
    }

    @ParameterizedTest
    @MethodSource("fields")
    <T> void theSettingSetterSetsAnyState(Field<T> field) {
        RealtimeSessionCreateRequest.Builder b = builder();

        assertThat(field.get().apply(field.setSetting().apply(b, Setting.disabled()).build()))
                .isSameAs(Setting.disabled());
        assertThat(field.get().apply(field.setSetting().apply(b, Setting.enabled(field.sample())).build()))
                .isEqualTo(Setting.enabled(field.sample()));
        assertThat(field.get().apply(field.setSetting().apply(b, null).build())).isNull();
    }

    @ParameterizedTest
    @MethodSource("fields")
    <T> void theLastCallWins(Field<T> field) {
        RealtimeSessionCreateRequest.Builder b = builder();

        field.setValue().apply(b, field.sample());
        field.disable().apply(b);
        assertThat(field.get().apply(b.build())).isSameAs(Setting.disabled());

        field.setValue().apply(b, field.sample());
        assertThat(field.get().apply(b.build())).isEqualTo(Setting.enabled(field.sample()));
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

        assertThat(field.get().apply(disabled.toBuilder().build())).isSameAs(Setting.disabled());
        assertThat(field.get().apply(enabled.toBuilder().build())).isEqualTo(Setting.enabled(field.sample()));
    }
}
