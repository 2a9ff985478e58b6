package io.github.realtimesessions.model.beta;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.ExpiresAfter;
import io.github.realtimesessions.model.ExpiryAnchor;
import io.github.realtimesessions.model.TranscriptionModel;
import org.junit.jupiter.api.Test;

/** The small beta records {@link ClientSecretConfig} and {@link InputAudioTranscription}. */
class RecordsTest {

    @Test
    void clientSecretConfigShortcut() {
        assertThat(ClientSecretConfig.expiresAfterSeconds(30))
                .isEqualTo(new ClientSecretConfig(new ExpiresAfter(ExpiryAnchor.CREATED_AT, 30)));
        assertThat(new ClientSecretConfig(null).expiresAfter()).isNull();
    }

    @Test
    void inputAudioTranscriptionShortcutSetsOnlyTheModel() {
        assertThat(InputAudioTranscription.of(TranscriptionModel.GPT_4O_MINI_TRANSCRIBE))
                .isEqualTo(new InputAudioTranscription(TranscriptionModel.GPT_4O_MINI_TRANSCRIBE, null, null));
        assertThat(new InputAudioTranscription(null, "en", "p").language()).isEqualTo("en");
    }
}
