package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.Test;

/** The small nested records: {@link TurnDetection}, {@link ExpiresAfter}, {@link ClientSecretConfig} and friends. */
class NestedTypesTest {

    static TurnDetection fullTurnDetection() {
        return TurnDetection.builder()
                .type(TurnDetectionType.SERVER_VAD)
                .eagerness(Eagerness.MEDIUM)
                .threshold(0.5)
                .prefixPaddingMs(300)
                .silenceDurationMs(500)
                .createResponse(true)
                .interruptResponse(false)
                .build();
    }

    @Test
    void turnDetectionBuilderSetsEveryComponent() {
        assertThat(fullTurnDetection())
                .isEqualTo(new TurnDetection(TurnDetectionType.SERVER_VAD, Eagerness.MEDIUM, 0.5, 300, 500, true, false));
    }

    @Test
    void turnDetectionToBuilderRoundTrips() throws Exception {
        TurnDetection original = fullTurnDetection();
        for (RecordComponent component : TurnDetection.class.getRecordComponents()) {
            assertThat(component.getAccessor().invoke(original)).as(component.getName()).isNotNull();
        }

        assertThat(original.toBuilder().build()).isEqualTo(original).isNotSameAs(original);
        assertThat(original.toBuilder().threshold(0.9).build().threshold()).isEqualTo(0.9);
    }

    @Test
    void turnDetectionShortcutsSetTheType() {
        assertThat(TurnDetection.serverVad().build())
                .isEqualTo(new TurnDetection(TurnDetectionType.SERVER_VAD, null, null, null, null, null, null));
        assertThat(TurnDetection.semanticVad().build())
                .isEqualTo(new TurnDetection(TurnDetectionType.SEMANTIC_VAD, null, null, null, null, null, null));
        assertThat(TurnDetection.builder().build())
                .isEqualTo(new TurnDetection(null, null, null, null, null, null, null));
    }

    @Test
    void expiresAfterSecondsIsAnchoredAtCreation() {
        ExpiresAfter expiresAfter = ExpiresAfter.seconds(120);

        assertThat(expiresAfter.anchor()).isSameAs(ExpiryAnchor.CREATED_AT);
        assertThat(expiresAfter.seconds()).isEqualTo(120);
        assertThat(ExpiresAfter.DEFAULT_SECONDS).isEqualTo(600);
    }

    @Test
    void expiresAfterRequiresAnAnchor() {
        assertThatNullPointerException()
                .isThrownBy(() -> new ExpiresAfter(null, 60))
                .withMessage("client_secret.expires_after.anchor must not be null");
    }

    @Test
    void expiresAfterAllowsAbsentSeconds() {
        assertThat(new ExpiresAfter(ExpiryAnchor.CREATED_AT, null).seconds()).isNull();
    }

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
    }

    @Test
    void noiseReductionShortcut() {
        assertThat(NoiseReduction.of(NoiseReductionType.FAR_FIELD).type()).isSameAs(NoiseReductionType.FAR_FIELD);
        assertThat(NoiseReduction.of(null).type()).isNull();
    }
}
