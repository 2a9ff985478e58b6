package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.model.internal.WireField;
import io.github.realtimesessions.model.internal.WireKind;
import io.github.realtimesessions.model.internal.WireType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three states of {@link Setting}, and how every GA field that JSON {@code null} switches off sets and reads them:
 * absent ({@code null}), {@code disableX()} and a value, with {@code x()} returning the value and {@code xSetting()}
 * the setting.
 */
class SettingTest {

    // ---------------------------------------------------------------------------------------------- Setting itself

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
        assertThatNullPointerException().isThrownBy(() -> Setting.enabled(null))
                .withMessage("an enabled setting needs a value; use Setting.disabled() to turn it off");
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
    void disabledIsOneSingletonForEveryType() {
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

    // ---------------------------------------------------------------------------------------------- the fields

    /** How one type's builder and accessors expose one nullable field. */
    record NullableField<O, B, T>(
            String id,
            T sample,
            Supplier<B> builder,
            Function<B, O> build,
            Function<O, B> toBuilder,
            BiFunction<B, T, B> setValue,
            Function<B, B> disable,
            BiFunction<B, Setting<T>, B> setSetting,
            Function<O, T> value,
            Function<O, Setting<T>> setting) {

        O built(Function<B, B> edit) {
            return build.apply(edit.apply(builder.get()));
        }

        @Override
        public String toString() {
            return id;
        }
    }

    private static <O, B, T> Arguments field(String id, T sample, Supplier<B> builder, Function<B, O> build,
            Function<O, B> toBuilder, BiFunction<B, T, B> setValue, Function<B, B> disable,
            BiFunction<B, Setting<T>, B> setSetting, Function<O, T> value, Function<O, Setting<T>> setting) {
        return argumentSet(id, new NullableField<>(id, sample, builder, build, toBuilder, setValue, disable, setSetting,
                value, setting));
    }

    static Stream<Arguments> fields() {
        return Stream.of(
                field("RealtimeSessionConfig.tracing", Samples.tracingConfiguration(),
                        RealtimeSessionConfig::builder, RealtimeSessionConfig.Builder::build,
                        RealtimeSessionConfig::toBuilder, RealtimeSessionConfig.Builder::tracing,
                        RealtimeSessionConfig.Builder::disableTracing, RealtimeSessionConfig.Builder::tracingSetting,
                        RealtimeSessionConfig::tracing, RealtimeSessionConfig::tracingSetting),
                field("RealtimeSessionConfig.prompt", Samples.prompt(),
                        RealtimeSessionConfig::builder, RealtimeSessionConfig.Builder::build,
                        RealtimeSessionConfig::toBuilder, RealtimeSessionConfig.Builder::prompt,
                        RealtimeSessionConfig.Builder::disablePrompt, RealtimeSessionConfig.Builder::promptSetting,
                        RealtimeSessionConfig::prompt, RealtimeSessionConfig::promptSetting),
                field("AudioInput.transcription", Samples.audioTranscription(),
                        AudioInput::builder, AudioInput.Builder::build, AudioInput::toBuilder,
                        AudioInput.Builder::transcription, AudioInput.Builder::disableTranscription,
                        AudioInput.Builder::transcriptionSetting, AudioInput::transcription,
                        AudioInput::transcriptionSetting),
                field("AudioInput.noise_reduction", NoiseReduction.FAR_FIELD,
                        AudioInput::builder, AudioInput.Builder::build, AudioInput::toBuilder,
                        AudioInput.Builder::noiseReduction, AudioInput.Builder::disableNoiseReduction,
                        AudioInput.Builder::noiseReductionSetting, AudioInput::noiseReduction,
                        AudioInput::noiseReductionSetting),
                field("AudioInput.turn_detection", (TurnDetection) Samples.semanticVad(),
                        AudioInput::builder, AudioInput.Builder::build, AudioInput::toBuilder,
                        AudioInput.Builder::turnDetection, AudioInput.Builder::disableTurnDetection,
                        AudioInput.Builder::turnDetectionSetting, AudioInput::turnDetection,
                        AudioInput::turnDetectionSetting),
                field("TurnDetection.ServerVad.idle_timeout_ms", 6000,
                        TurnDetection.ServerVad::builder, TurnDetection.ServerVad.Builder::build,
                        TurnDetection.ServerVad::toBuilder, TurnDetection.ServerVad.Builder::idleTimeoutMs,
                        TurnDetection.ServerVad.Builder::disableIdleTimeout,
                        TurnDetection.ServerVad.Builder::idleTimeoutMsSetting, TurnDetection.ServerVad::idleTimeoutMs,
                        TurnDetection.ServerVad::idleTimeoutMsSetting),
                field("McpTool.headers", Map.of("X-Team", "a"),
                        McpTool::builder, McpTool.Builder::build, McpTool::toBuilder, McpTool.Builder::headers,
                        McpTool.Builder::disableHeaders, McpTool.Builder::headersSetting, McpTool::headers,
                        McpTool::headersSetting),
                field("McpTool.allowed_tools", (McpAllowedTools) Samples.mcpToolFilter(),
                        McpTool::builder, McpTool.Builder::build, McpTool::toBuilder, McpTool.Builder::allowedTools,
                        McpTool.Builder::disableAllowedTools, McpTool.Builder::allowedToolsSetting,
                        McpTool::allowedTools, McpTool::allowedToolsSetting),
                field("McpTool.allowed_callers", List.of(ToolCaller.DIRECT, ToolCaller.PROGRAMMATIC),
                        McpTool::builder, McpTool.Builder::build, McpTool::toBuilder, McpTool.Builder::allowedCallers,
                        McpTool.Builder::disableAllowedCallers, McpTool.Builder::allowedCallersSetting,
                        McpTool::allowedCallers, McpTool::allowedCallersSetting),
                field("McpTool.require_approval", (McpApproval) Samples.mcpApprovalPolicy(),
                        McpTool::builder, McpTool.Builder::build, McpTool::toBuilder, McpTool.Builder::requireApproval,
                        McpTool.Builder::disableRequireApproval, McpTool.Builder::requireApprovalSetting,
                        McpTool::requireApproval, McpTool::requireApprovalSetting),
                field("Prompt.version", "3",
                        Prompt::builder, Prompt.Builder::build, Prompt::toBuilder, Prompt.Builder::version,
                        Prompt.Builder::disableVersion, Prompt.Builder::versionSetting, Prompt::version,
                        Prompt::versionSetting),
                field("Prompt.variables", Map.<String, PromptVariable>of("city", PromptVariable.text("Oslo")),
                        Prompt::builder, Prompt.Builder::build, Prompt::toBuilder, Prompt.Builder::variables,
                        Prompt.Builder::disableVariables, Prompt.Builder::variablesSetting, Prompt::variables,
                        Prompt::variablesSetting),
                field("PromptVariable.InputImage.image_url", "https://example.com/a.png",
                        PromptVariable.InputImage::builder, PromptVariable.InputImage.Builder::build,
                        PromptVariable.InputImage::toBuilder, PromptVariable.InputImage.Builder::imageUrl,
                        PromptVariable.InputImage.Builder::disableImageUrl,
                        PromptVariable.InputImage.Builder::imageUrlSetting, PromptVariable.InputImage::imageUrl,
                        PromptVariable.InputImage::imageUrlSetting),
                field("PromptVariable.InputImage.file_id", "file_1",
                        PromptVariable.InputImage::builder, PromptVariable.InputImage.Builder::build,
                        PromptVariable.InputImage::toBuilder, PromptVariable.InputImage.Builder::fileId,
                        PromptVariable.InputImage.Builder::disableFileId,
                        PromptVariable.InputImage.Builder::fileIdSetting, PromptVariable.InputImage::fileId,
                        PromptVariable.InputImage::fileIdSetting),
                field("PromptVariable.InputFile.file_id", "file_2",
                        PromptVariable.InputFile::builder, PromptVariable.InputFile.Builder::build,
                        PromptVariable.InputFile::toBuilder, PromptVariable.InputFile.Builder::fileId,
                        PromptVariable.InputFile.Builder::disableFileId,
                        PromptVariable.InputFile.Builder::fileIdSetting, PromptVariable.InputFile::fileId,
                        PromptVariable.InputFile::fileIdSetting),
                field("TranslationAudioInput.transcription", AudioTranscription.of(TranscriptionModel.GPT_REALTIME_WHISPER),
                        TranslationAudioInput::builder, TranslationAudioInput.Builder::build,
                        TranslationAudioInput::toBuilder, TranslationAudioInput.Builder::transcription,
                        TranslationAudioInput.Builder::disableTranscription,
                        TranslationAudioInput.Builder::transcriptionSetting, TranslationAudioInput::transcription,
                        TranslationAudioInput::transcriptionSetting),
                field("TranslationAudioInput.noise_reduction", NoiseReduction.NEAR_FIELD,
                        TranslationAudioInput::builder, TranslationAudioInput.Builder::build,
                        TranslationAudioInput::toBuilder, TranslationAudioInput.Builder::noiseReduction,
                        TranslationAudioInput.Builder::disableNoiseReduction,
                        TranslationAudioInput.Builder::noiseReductionSetting, TranslationAudioInput::noiseReduction,
                        TranslationAudioInput::noiseReductionSetting),
                field("RealtimeSession.tracing", (Tracing) Tracing.AUTO,
                        RealtimeSession::builder, RealtimeSession.Builder::build, RealtimeSession::toBuilder,
                        RealtimeSession.Builder::tracing, RealtimeSession.Builder::disableTracing,
                        RealtimeSession.Builder::tracingSetting, RealtimeSession::tracing,
                        RealtimeSession::tracingSetting),
                field("RealtimeSession.prompt", Samples.prompt(),
                        RealtimeSession::builder, RealtimeSession.Builder::build, RealtimeSession::toBuilder,
                        RealtimeSession.Builder::prompt, RealtimeSession.Builder::disablePrompt,
                        RealtimeSession.Builder::promptSetting, RealtimeSession::prompt, RealtimeSession::promptSetting),
                field("RealtimeSession.include", List.of(IncludeOption.INPUT_AUDIO_TRANSCRIPTION_LOGPROBS),
                        RealtimeSession::builder, RealtimeSession.Builder::build, RealtimeSession::toBuilder,
                        RealtimeSession.Builder::include, RealtimeSession.Builder::disableInclude,
                        RealtimeSession.Builder::includeSetting, RealtimeSession::include,
                        RealtimeSession::includeSetting),
                field("TranscriptionSession.include", List.of(IncludeOption.of("future.include")),
                        TranscriptionSession::builder, TranscriptionSession.Builder::build,
                        TranscriptionSession::toBuilder, TranscriptionSession.Builder::include,
                        TranscriptionSession.Builder::disableInclude, TranscriptionSession.Builder::includeSetting,
                        TranscriptionSession::include, TranscriptionSession::includeSetting));
    }

    @Test
    void everyNullableFieldOfTheDescriptionsIsCovered() throws IllegalAccessException {
        Set<String> nullable = new TreeSet<>();
        for (Field holder : Schemas.class.getFields()) {
            if (Modifier.isStatic(holder.getModifiers()) && holder.getType() == WireType.class) {
                WireType<?, ?> type = (WireType<?, ?>) holder.get(null);
                for (WireField<?, ?, ?> field : type.fields()) {
                    if (field.kind() instanceof WireKind.Nullable<?>) {
                        nullable.add(type.javaName() + "." + field.name());
                    }
                }
            }
        }
        Set<String> covered = new TreeSet<>();
        fields().forEach(arguments -> covered.add(arguments.get()[0].toString()));

        assertThat(covered).isEqualTo(nullable);
    }

    @ParameterizedTest
    @MethodSource("fields")
    <O, B, T> void unsetIsAbsent(NullableField<O, B, T> field) {
        O value = field.built(b -> b);

        assertThat(field.setting().apply(value)).isNull();
        assertThat(field.value().apply(value)).isNull();
    }

    @ParameterizedTest
    @MethodSource("fields")
    <O, B, T> void disableGivesTheDisabledSettingAndNoValue(NullableField<O, B, T> field) {
        O value = field.built(field.disable());

        assertThat(field.setting().apply(value)).isSameAs(Setting.disabled());
        assertThat(field.value().apply(value)).isNull();
    }

    @ParameterizedTest
    @MethodSource("fields")
    <O, B, T> void aValueGivesAnEnabledSetting(NullableField<O, B, T> field) {
        O value = field.built(b -> field.setValue().apply(b, field.sample()));

        assertThat(field.setting().apply(value)).isInstanceOf(Setting.Enabled.class)
                .isEqualTo(Setting.enabled(field.sample()));
        assertThat(field.value().apply(value)).isEqualTo(field.sample());
    }

    @ParameterizedTest
    @MethodSource("fields")
    <O, B, T> void aNullValueLeavesTheFieldOut(NullableField<O, B, T> field) {
        O value = field.built(b -> field.setValue().apply(field.disable().apply(b), null));

        assertThat(field.setting().apply(value)).isNull();
    }

    @ParameterizedTest
    @MethodSource("fields")
    <O, B, T> void theSettingSetterSetsAnyState(NullableField<O, B, T> field) {
        assertThat(field.setting().apply(field.built(b -> field.setSetting().apply(b, Setting.disabled()))))
                .isSameAs(Setting.disabled());
        assertThat(field.value().apply(field.built(b -> field.setSetting().apply(b, Setting.enabled(field.sample())))))
                .isEqualTo(field.sample());
        assertThat(field.setting().apply(field.built(b -> field.setSetting().apply(field.disable().apply(b), null))))
                .isNull();
    }

    @ParameterizedTest
    @MethodSource("fields")
    <O, B, T> void theLastCallWins(NullableField<O, B, T> field) {
        B builder = field.builder().get();

        field.setValue().apply(builder, field.sample());
        field.disable().apply(builder);
        assertThat(field.setting().apply(field.build().apply(builder))).isSameAs(Setting.disabled());

        field.setValue().apply(builder, field.sample());
        assertThat(field.setting().apply(field.build().apply(builder))).isEqualTo(Setting.enabled(field.sample()));
    }

    @ParameterizedTest
    @MethodSource("fields")
    <O, B, T> void theThreeStatesGiveThreeDifferentValues(NullableField<O, B, T> field) {
        O absent = field.built(b -> b);
        O disabled = field.built(field.disable());
        O enabled = field.built(b -> field.setValue().apply(b, field.sample()));

        assertThat(absent).isNotEqualTo(disabled).isNotEqualTo(enabled);
        assertThat(disabled).isNotEqualTo(enabled);
        assertThat(disabled).isEqualTo(field.built(field.disable())).hasSameHashCodeAs(field.built(field.disable()));
    }

    @ParameterizedTest
    @MethodSource("fields")
    <O, B, T> void toBuilderKeepsEachState(NullableField<O, B, T> field) {
        O disabled = field.built(field.disable());
        O enabled = field.built(b -> field.setValue().apply(b, field.sample()));

        assertThat(field.setting().apply(field.build().apply(field.toBuilder().apply(disabled))))
                .isSameAs(Setting.disabled());
        assertThat(field.setting().apply(field.build().apply(field.toBuilder().apply(enabled))))
                .isEqualTo(Setting.enabled(field.sample()));
    }

    @ParameterizedTest
    @MethodSource("fields")
    <O, B, T> void toStringShowsADisabledFieldAsNull(NullableField<O, B, T> field) {
        String wireName = field.id().substring(field.id().lastIndexOf('.') + 1);
        String text = field.built(field.disable()).toString();

        assertThat(text).endsWith("[" + wireName + "=" + (wireName.equals("headers") ? "<redacted>" : "null") + "]");
    }
}
