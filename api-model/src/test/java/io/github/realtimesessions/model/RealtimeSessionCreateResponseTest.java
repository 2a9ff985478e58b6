package io.github.realtimesessions.model;

import static io.github.realtimesessions.model.ClientSecretTest.VALUE;
import static io.github.realtimesessions.model.ClientSecretTest.assertNoSecretFragment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link RealtimeSessionCreateResponse}: not validated, immutable, and never shows its secret. */
class RealtimeSessionCreateResponseTest {

    static final Instant SESSION_EXPIRES = Instant.parse("2025-08-27T13:00:00Z");
    static final ClientSecret SECRET = new ClientSecret(VALUE, Instant.parse("2025-08-27T12:01:00Z"));

    /** A response with every one of its 19 fields set. */
    static RealtimeSessionCreateResponse fullResponse() {
        return RealtimeSessionCreateResponse.builder()
                .id("sess_001")
                .object("realtime.session")
                .model(RealtimeModel.GPT_4O_REALTIME_PREVIEW)
                .expiresAt(SESSION_EXPIRES)
                .modalities(List.of(Modality.AUDIO, Modality.TEXT))
                .instructions("You are a friendly assistant.")
                .voice(Voice.ALLOY)
                .inputAudioFormat(AudioFormat.PCM16)
                .outputAudioFormat(AudioFormat.PCM16)
                .inputAudioTranscription(InputAudioTranscription.of(TranscriptionModel.WHISPER_1))
                .inputAudioNoiseReduction(NoiseReduction.of(NoiseReductionType.FAR_FIELD))
                .turnDetectionSetting(Setting.disabled())
                .tools(List.of(Tool.function("get_weather", "Weather", Map.of("type", "object"))))
                .toolChoice(ToolChoice.NONE)
                .temperature(0.7)
                .maxResponseOutputTokens(MaxOutputTokens.of(200))
                .speed(1.1)
                .tracing(Tracing.auto())
                .clientSecret(SECRET)
                .build();
    }

    @Test
    void theFullResponseHasEveryFieldSet() throws Exception {
        RealtimeSessionCreateResponse response = fullResponse();

        RecordComponent[] components = RealtimeSessionCreateResponse.class.getRecordComponents();
        assertThat(components).hasSize(19);
        for (RecordComponent component : components) {
            assertThat(component.getAccessor().invoke(response)).as(component.getName()).isNotNull();
        }
        assertThat(response.clientSecret()).isSameAs(SECRET);
        assertThat(response.turnDetection()).isSameAs(Setting.disabled());
        assertThat(response.inputAudioTranscription())
                .isEqualTo(Setting.enabled(InputAudioTranscription.of(TranscriptionModel.WHISPER_1)));
    }

    @Test
    void toBuilderRoundTripsAnEqualResponse() {
        RealtimeSessionCreateResponse original = fullResponse();

        RealtimeSessionCreateResponse copy = original.toBuilder().build();

        assertThat(copy).isEqualTo(original).hasSameHashCodeAs(original).isNotSameAs(original);
    }

    @Test
    void toStringNeverShowsTheSecret() {
        String text = fullResponse().toString();

        assertThat(text).doesNotContain(VALUE);
        assertNoSecretFragment(text);
        assertThat(text).contains("sess_001").contains(SECRET.expiresAt().toString());
    }

    @Test
    void toStringOfAMinimalResponseNeverShowsTheSecret() {
        String text = RealtimeSessionCreateResponse.builder().clientSecret(SECRET).build().toString();

        assertThat(text).doesNotContain(VALUE);
        assertNoSecretFragment(text);
    }

    @Test
    void responsesAreNotValidated() {
        RealtimeSessionCreateResponse response = RealtimeSessionCreateResponse.builder()
                .temperature(5.0)
                .speed(Double.NaN)
                .maxResponseOutputTokens(MaxOutputTokens.of(100_000))
                .modalities(List.of())
                .turnDetection(TurnDetection.semanticVad().threshold(7.0).eagerness(Eagerness.of("eager")).build())
                .tools(List.of(Tool.function("bad name", null, null), Tool.function("bad name", null, null)))
                .toolChoice(ToolChoice.function("unknown"))
                .inputAudioTranscription(new InputAudioTranscription(null, " ", null))
                .build();

        assertThat(response.temperature()).isEqualTo(5.0);
        assertThat(response.maxResponseOutputTokens()).isEqualTo(MaxOutputTokens.of(100_000));
        assertThat(response.tools()).hasSize(2);
    }

    @Test
    void everyComponentMayBeAbsent() throws Exception {
        RealtimeSessionCreateResponse empty = RealtimeSessionCreateResponse.builder().build();

        for (RecordComponent component : RealtimeSessionCreateResponse.class.getRecordComponents()) {
            assertThat(component.getAccessor().invoke(empty)).as(component.getName()).isNull();
        }
    }

    @Test
    void listsAreUnmodifiableDefensiveCopies() {
        List<Modality> modalities = new ArrayList<>(List.of(Modality.TEXT));
        List<Tool> tools = new ArrayList<>(List.of(Tool.function("a", null, null)));

        RealtimeSessionCreateResponse response =
                RealtimeSessionCreateResponse.builder().modalities(modalities).tools(tools).build();
        modalities.add(Modality.AUDIO);
        tools.clear();

        assertThat(response.modalities()).containsExactly(Modality.TEXT);
        assertThat(response.tools()).containsExactly(Tool.function("a", null, null));
        assertThatThrownBy(() -> response.modalities().add(Modality.AUDIO))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> response.tools().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullListElementsAreRejected() {
        assertThatNullPointerException()
                .isThrownBy(() -> RealtimeSessionCreateResponse.builder()
                        .modalities(Arrays.asList(null, Modality.TEXT))
                        .build())
                .withMessage("modalities[0] must not be null");
        assertThatNullPointerException()
                .isThrownBy(() -> RealtimeSessionCreateResponse.builder()
                        .tools(Arrays.asList(Tool.function("a", null, null), null))
                        .build())
                .withMessage("tools[1] must not be null");
    }

    @Test
    void nullableFieldsKeepTheirThreeStates() {
        RealtimeSessionCreateResponse absent = RealtimeSessionCreateResponse.builder().build();
        RealtimeSessionCreateResponse nulled = RealtimeSessionCreateResponse.builder()
                .inputAudioTranscriptionSetting(Setting.disabled())
                .inputAudioNoiseReductionSetting(Setting.disabled())
                .turnDetectionSetting(Setting.disabled())
                .tracingSetting(Setting.disabled())
                .build();
        RealtimeSessionCreateResponse set = RealtimeSessionCreateResponse.builder()
                .inputAudioTranscription(InputAudioTranscription.of(TranscriptionModel.WHISPER_1))
                .inputAudioNoiseReduction(NoiseReduction.of(NoiseReductionType.NEAR_FIELD))
                .turnDetection(TurnDetection.serverVad().build())
                .tracing(Tracing.auto())
                .build();

        assertThat(absent.turnDetection()).isNull();
        assertThat(absent.tracing()).isNull();
        assertThat(nulled.inputAudioTranscription()).isSameAs(Setting.disabled());
        assertThat(nulled.inputAudioNoiseReduction()).isSameAs(Setting.disabled());
        assertThat(nulled.turnDetection()).isSameAs(Setting.disabled());
        assertThat(nulled.tracing()).isSameAs(Setting.disabled());
        assertThat(set.inputAudioNoiseReduction().valueOrNull()).isEqualTo(NoiseReduction.of(NoiseReductionType.NEAR_FIELD));
        assertThat(set.turnDetection().valueOrNull().type()).isSameAs(TurnDetectionType.SERVER_VAD);
        assertThat(set.tracing()).isEqualTo(Setting.enabled(Tracing.AUTO));
        assertThat(RealtimeSessionCreateResponse.builder().tracing(null).build().tracing()).isNull();
    }
}
