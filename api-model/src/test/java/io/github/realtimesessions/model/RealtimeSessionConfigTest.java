package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builder conveniences and list handling of {@link RealtimeSessionConfig}. */
class RealtimeSessionConfigTest {

    static final FunctionTool LOOKUP = FunctionTool.of("lookup", null, null);

    @Test
    void voiceKeepsTheRestOfTheAudio() {
        RealtimeSessionConfig config = RealtimeSessionConfig.builder().audio(Samples.audio()).voice(Voice.CEDAR).build();

        assertThat(config.audio().output().voice()).isEqualTo(Voice.CEDAR);
        assertThat(config.audio().output().speed()).isEqualTo(1.25);
        assertThat(config.audio().output().format()).isEqualTo(AudioFormat.PCMU);
        assertThat(config.audio().input()).isEqualTo(Samples.audioInput());
        assertThat(config.audio()).isEqualTo(Samples.audio().toBuilder()
                .output(Samples.audioOutput().toBuilder().voice(Voice.CEDAR).build()).build());
    }

    @Test
    void voiceKeepsTheExtraFieldsOfAudioAndOutput() {
        Audio audio = Audio.builder().extraFieldJson("x_a", "1")
                .output(AudioOutput.builder().speed(1.1).extraFieldJson("x_o", "2").build()).build();

        RealtimeSessionConfig config = RealtimeSessionConfig.builder().audio(audio).voice(Voice.custom("voice_9")).build();

        assertThat(config.audio().extraFields()).containsOnlyKeys("x_a");
        assertThat(config.audio().output().extraFields()).containsOnlyKeys("x_o");
        assertThat(config.audio().output().voice()).isEqualTo(Voice.custom("voice_9"));
    }

    @Test
    void voiceWithoutAudioCreatesJustTheOutputVoice() {
        RealtimeSessionConfig config = RealtimeSessionConfig.builder().voice(Voice.MARIN).build();

        assertThat(config.audio()).isEqualTo(Audio.of(AudioOutput.of(Voice.MARIN)));
        assertThat(config.audio().input()).isNull();
    }

    @Test
    void addToolAppendsWhateverWasSetBefore() {
        assertThat(RealtimeSessionConfig.builder().addTool(LOOKUP).addTool(Samples.functionTool()).build().tools())
                .containsExactly(LOOKUP, Samples.functionTool());
        assertThat(RealtimeSessionConfig.builder().tools(List.of(LOOKUP)).addTool(Samples.mcpTool()).build().tools())
                .containsExactly(LOOKUP, Samples.mcpTool());
        assertThat(Samples.realtimeSessionConfig().toBuilder().addTool(LOOKUP).build().tools())
                .containsExactly(Samples.functionTool(), Samples.mcpTool(), LOOKUP);
        assertThat(Samples.realtimeSessionConfig().tools()).hasSize(2);
        assertThatNullPointerException().isThrownBy(() -> RealtimeSessionConfig.builder().addTool(null))
                .withMessage("tools[] must not be null");
    }

    @Test
    void aBuilderCanBuildSeveralIndependentConfigurations() {
        RealtimeSessionConfig.Builder builder = RealtimeSessionConfig.builder().addTool(LOOKUP);
        RealtimeSessionConfig first = builder.build();

        RealtimeSessionConfig second = builder.addTool(Samples.functionTool()).build();

        assertThat(first.tools()).containsExactly(LOOKUP);
        assertThat(second.tools()).hasSize(2);
    }

    @Test
    void listsAreImmutableCopies() {
        List<Modality> modalities = new ArrayList<>(List.of(Modality.TEXT));
        List<Tool> tools = new ArrayList<>(List.of(LOOKUP));
        Modality[] array = {Modality.AUDIO};
        RealtimeSessionConfig.Builder builder = RealtimeSessionConfig.builder().outputModalities(modalities).tools(tools);

        modalities.add(Modality.AUDIO);
        tools.clear();
        RealtimeSessionConfig config = builder.build();
        RealtimeSessionConfig fromArray = RealtimeSessionConfig.builder().outputModalities(array).build();
        array[0] = Modality.TEXT;

        assertThat(config.outputModalities()).containsExactly(Modality.TEXT);
        assertThat(config.tools()).containsExactly(LOOKUP);
        assertThat(fromArray.outputModalities()).containsExactly(Modality.AUDIO);
        assertThatThrownBy(() -> config.tools().add(LOOKUP)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> config.outputModalities().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Samples.realtimeSessionConfig().include()).isUnmodifiable();
    }

    @Test
    void nullListElementsAreRejectedWithTheirIndex() {
        assertThatNullPointerException()
                .isThrownBy(() -> RealtimeSessionConfig.builder().outputModalities(Arrays.asList(Modality.TEXT, null)).build())
                .withMessage("output_modalities[1] must not be null");
        assertThatNullPointerException()
                .isThrownBy(() -> RealtimeSessionConfig.builder().tools(Arrays.asList(LOOKUP, null)).build())
                .withMessage("tools[1] must not be null");
        assertThatNullPointerException()
                .isThrownBy(() -> RealtimeSessionConfig.builder().include(Arrays.asList((IncludeOption) null)).build())
                .withMessage("include[0] must not be null");
    }

    @Test
    void settingAListToNullLeavesTheFieldOut() {
        RealtimeSessionConfig config = Samples.realtimeSessionConfig().toBuilder()
                .outputModalities((List<Modality>) null).tools((List<Tool>) null).include((List<IncludeOption>) null).build();

        assertThat(config.outputModalities()).isNull();
        assertThat(config.tools()).isNull();
        assertThat(config.include()).isNull();
    }
}
