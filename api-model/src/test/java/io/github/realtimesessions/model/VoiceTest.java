package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

/** {@link Voice}: built-in voices by name, custom voices by id. */
class VoiceTest {

    @Test
    void aNamedVoiceIsNotCustom() {
        assertThat(Voice.MARIN.isCustom()).isFalse();
        assertThat(Voice.of("marin")).isSameAs(Voice.MARIN);
        assertThat(Voice.of("future-voice").isCustom()).isFalse();
        assertThat(Voice.MARIN).hasToString("marin");
    }

    @Test
    void aCustomVoiceCarriesItsIdAndPrintsAsAnObject() {
        Voice custom = Voice.custom("voice_1234");

        assertThat(custom.isCustom()).isTrue();
        assertThat(custom.isKnown()).isFalse();
        assertThat(custom.value()).isEqualTo("voice_1234");
        assertThat(custom).hasToString("{id=voice_1234}");
    }

    @Test
    void customVoicesAreEqualByIdAndNeverEqualToANamedVoice() {
        assertThat(Voice.custom("voice_1")).isEqualTo(Voice.custom("voice_1")).hasSameHashCodeAs(Voice.custom("voice_1"));
        assertThat(Voice.custom("voice_1")).isNotEqualTo(Voice.custom("voice_2"));
        assertThat(Voice.custom("voice_1")).isNotEqualTo(Voice.of("voice_1"));
        assertThat(Voice.of("voice_1")).isNotEqualTo(Voice.custom("voice_1"));
        assertThat(Voice.custom("alloy")).isNotEqualTo(Voice.ALLOY);
        assertThat(Voice.custom("alloy").hashCode()).isNotEqualTo(Voice.ALLOY.hashCode());
    }

    @Test
    void aCustomVoiceNeedsAnId() {
        assertThatNullPointerException().isThrownBy(() -> Voice.custom(null)).withMessage("voice.id must not be null");
        assertThatIllegalArgumentException().isThrownBy(() -> Voice.custom(" ")).withMessage("voice.id must not be blank");
    }
}
