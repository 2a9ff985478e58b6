package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sessions of an answer, {@link RealtimeSession} and {@link TranscriptionSession}: immutable whatever they are given. */
class SessionTest {

    @Test
    void includeGivenAsAListOrASettingIsFrozen() {
        List<IncludeOption> direct = new ArrayList<>(List.of(IncludeOption.INPUT_AUDIO_TRANSCRIPTION_LOGPROBS));
        List<IncludeOption> viaSetting = new ArrayList<>(List.of(IncludeOption.INPUT_AUDIO_TRANSCRIPTION_LOGPROBS));
        List<IncludeOption> transcription = new ArrayList<>(List.of(IncludeOption.INPUT_AUDIO_TRANSCRIPTION_LOGPROBS));

        RealtimeSession a = RealtimeSession.builder().include(direct).build();
        RealtimeSession b = RealtimeSession.builder().includeSetting(Setting.enabled(viaSetting)).build();
        TranscriptionSession c = TranscriptionSession.builder().includeSetting(Setting.enabled(transcription)).build();
        int hash = b.hashCode();
        direct.clear();
        viaSetting.clear();
        transcription.clear();

        assertThat(a.include()).containsExactly(IncludeOption.INPUT_AUDIO_TRANSCRIPTION_LOGPROBS).isUnmodifiable();
        assertThat(b.include()).containsExactly(IncludeOption.INPUT_AUDIO_TRANSCRIPTION_LOGPROBS).isUnmodifiable();
        assertThat(c.include()).containsExactly(IncludeOption.INPUT_AUDIO_TRANSCRIPTION_LOGPROBS).isUnmodifiable();
        assertThat(b.hashCode()).isEqualTo(hash);
    }

    @Test
    void aNullIncludeEntryIsRejectedWithItsIndex() {
        assertThatNullPointerException()
                .isThrownBy(() -> RealtimeSession.builder().includeSetting(Setting.enabled(Arrays.asList((IncludeOption) null))).build())
                .withMessage("include[0] must not be null");
        assertThatNullPointerException()
                .isThrownBy(() -> TranscriptionSession.builder().include(Arrays.asList((IncludeOption) null)))
                .withMessage("include[0] must not be null");
    }

    @Test
    void theOtherListsOfASessionAreImmutableCopies() {
        List<Tool> tools = new ArrayList<>(List.of(Samples.functionTool()));
        List<Modality> modalities = new ArrayList<>(List.of(Modality.TEXT));

        RealtimeSession session = RealtimeSession.builder().tools(tools).outputModalities(modalities).build();
        tools.clear();
        modalities.add(Modality.AUDIO);

        assertThat(session.tools()).containsExactly(Samples.functionTool()).isUnmodifiable();
        assertThat(session.outputModalities()).containsExactly(Modality.TEXT).isUnmodifiable();
        assertThat(RealtimeSession.builder().addTool(Samples.mcpTool()).build().tools()).containsExactly(Samples.mcpTool());
    }

    @Test
    void theSessionIdentifiesItself() {
        RealtimeSession session = Samples.realtimeSession();

        assertThat(session.id()).isEqualTo("sess_C9CiUVUzUzYIssh3ELY1d");
        assertThat(session.object()).isEqualTo("realtime.session");
        assertThat(session.expiresAt()).isEqualTo(Samples.SESSION_EXPIRES_AT);
        assertThat(Samples.transcriptionSession().object()).isEqualTo("realtime.transcription_session");
    }
}
