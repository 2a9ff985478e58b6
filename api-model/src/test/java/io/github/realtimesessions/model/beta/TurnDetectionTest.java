package io.github.realtimesessions.model.beta;

import static io.github.realtimesessions.model.beta.BetaSamples.fullTurnDetection;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.Eagerness;
import io.github.realtimesessions.model.beta.internal.BetaSchemas;
import io.github.realtimesessions.model.internal.WireField;
import org.junit.jupiter.api.Test;

/** The flat beta {@link TurnDetection}. Its rules are checked by the request: see the rules test. */
class TurnDetectionTest {

    @Test
    void theBuilderSetsEveryField() {
        TurnDetection detection = fullTurnDetection();

        assertThat(detection.type()).isSameAs(TurnDetectionType.SERVER_VAD);
        assertThat(detection.eagerness()).isSameAs(Eagerness.MEDIUM);
        assertThat(detection.threshold()).isEqualTo(0.5);
        assertThat(detection.prefixPaddingMs()).isEqualTo(300);
        assertThat(detection.silenceDurationMs()).isEqualTo(500);
        assertThat(detection.createResponse()).isTrue();
        assertThat(detection.interruptResponse()).isFalse();
    }

    @Test
    void toBuilderRoundTrips() {
        TurnDetection original = fullTurnDetection();
        for (WireField<TurnDetection, ?, ?> field : BetaSchemas.TURN_DETECTION.fields()) {
            assertThat((Object) field.get(original)).as(field.name()).isNotNull();
        }

        assertThat(original.toBuilder().build()).isEqualTo(original).isNotSameAs(original);
        assertThat(original.toBuilder().threshold(0.9).build().threshold()).isEqualTo(0.9);
        assertThat(original.threshold()).isEqualTo(0.5);
    }

    @Test
    void theShortcutsSetTheType() {
        assertThat(TurnDetection.serverVad().build()).isEqualTo(TurnDetection.builder().type(TurnDetectionType.SERVER_VAD).build());
        assertThat(TurnDetection.semanticVad().build())
                .isEqualTo(TurnDetection.builder().type(TurnDetectionType.SEMANTIC_VAD).build());
        assertThat(TurnDetection.builder().build().type()).isNull();
        assertThat(TurnDetection.serverVad().build()).isNotEqualTo(TurnDetection.semanticVad().build());
        assertThat(TurnDetection.semanticVad().build()).hasToString("TurnDetection[type=semantic_vad]");
    }
}
