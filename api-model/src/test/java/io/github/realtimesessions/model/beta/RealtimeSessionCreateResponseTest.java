package io.github.realtimesessions.model.beta;

import static io.github.realtimesessions.model.Samples.assertNoFragmentOf;
import static io.github.realtimesessions.model.beta.BetaSamples.SECRET;
import static io.github.realtimesessions.model.beta.BetaSamples.SECRET_VALUE;
import static io.github.realtimesessions.model.beta.BetaSamples.fullResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.realtimesessions.model.Eagerness;
import io.github.realtimesessions.model.JsonValue;
import io.github.realtimesessions.model.MaxOutputTokens;
import io.github.realtimesessions.model.Modality;
import io.github.realtimesessions.model.NoiseReduction;
import io.github.realtimesessions.model.NoiseReductionType;
import io.github.realtimesessions.model.ResponseMetadata;
import io.github.realtimesessions.model.Setting;
import io.github.realtimesessions.model.Tracing;
import io.github.realtimesessions.model.TranscriptionModel;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.model.beta.internal.BetaSchemas;
import io.github.realtimesessions.model.internal.WireField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link RealtimeSessionCreateResponse}: not validated, immutable, and never shows its secret. */
@SuppressWarnings("deprecation")
class RealtimeSessionCreateResponseTest {

    @Test
    void theFullResponseHasEveryOneOfItsNineteenFieldsSet() {
        RealtimeSessionCreateResponse response = fullResponse();

        assertThat(BetaSchemas.SESSION_RESPONSE.fields()).hasSize(19);
        for (WireField<RealtimeSessionCreateResponse, ?, ?> field : BetaSchemas.SESSION_RESPONSE.fields()) {
            assertThat((Object) field.get(response)).as(field.name()).isNotNull();
        }
        assertThat(response.clientSecret()).isSameAs(SECRET);
        assertThat(response.turnDetectionSetting()).isSameAs(Setting.disabled());
        assertThat(response.turnDetection()).isNull();
        assertThat(response.inputAudioTranscription()).isEqualTo(InputAudioTranscription.of(TranscriptionModel.WHISPER_1));
    }

    @Test
    void toBuilderRoundTripsAnEqualResponse() {
        RealtimeSessionCreateResponse original = fullResponse().toBuilder().extraFieldJson("x_new", "{\"a\":1}").build();

        RealtimeSessionCreateResponse copy = original.toBuilder().build();

        assertThat(copy).isEqualTo(original).hasSameHashCodeAs(original).isNotSameAs(original);
        assertThat(copy.extraFields()).containsOnlyKeys("x_new");
    }

    @Test
    void toStringNeverShowsTheSecret() {
        String text = fullResponse().toString();

        assertThat(text).doesNotContain(SECRET_VALUE).contains("sess_001").contains(SECRET.expiresAt().toString());
        assertNoFragmentOf(SECRET_VALUE, text);
    }

    @Test
    void toStringOfAMinimalResponseNeverShowsTheSecret() {
        String text = RealtimeSessionCreateResponse.builder().clientSecret(SECRET).build().toString();

        assertThat(text).isEqualTo("RealtimeSessionCreateResponse[client_secret="
                + "ClientSecret[value=<redacted>, expiresAt=2025-08-27T12:01:00Z]]");
        assertNoFragmentOf(SECRET_VALUE, text);
    }

    @Test
    void responsesAreNotValidated() {
        RealtimeSessionCreateResponse response = RealtimeSessionCreateResponse.builder()
                .temperature(5.0)
                .speed(Double.NaN)
                .maxResponseOutputTokens(MaxOutputTokens.of(100_000))
                .modalities(List.of())
                .voice(Voice.custom("voice_1"))
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
    void everyFieldMayBeAbsent() {
        RealtimeSessionCreateResponse empty = RealtimeSessionCreateResponse.builder().build();

        for (WireField<RealtimeSessionCreateResponse, ?, ?> field : BetaSchemas.SESSION_RESPONSE.fields()) {
            assertThat((Object) field.get(empty)).as(field.name()).isNull();
        }
        assertThat(empty.extraFields()).isEmpty();
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
        assertThatThrownBy(() -> response.modalities().add(Modality.AUDIO)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> response.tools().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullListElementsAreRejected() {
        assertThatNullPointerException()
                .isThrownBy(() -> RealtimeSessionCreateResponse.builder().modalities(Arrays.asList(null, Modality.TEXT)).build())
                .withMessage("modalities[0] must not be null");
        assertThatNullPointerException()
                .isThrownBy(() -> RealtimeSessionCreateResponse.builder()
                        .tools(Arrays.asList(Tool.function("a", null, null), null)).build())
                .withMessage("tools[1] must not be null");
    }

    @Test
    void nullableFieldsKeepTheirThreeStates() {
        RealtimeSessionCreateResponse absent = RealtimeSessionCreateResponse.builder().build();
        RealtimeSessionCreateResponse nulled = RealtimeSessionCreateResponse.builder()
                .disableInputAudioTranscription()
                .disableInputAudioNoiseReduction()
                .disableTurnDetection()
                .disableTracing()
                .build();
        RealtimeSessionCreateResponse set = RealtimeSessionCreateResponse.builder()
                .inputAudioTranscription(InputAudioTranscription.of(TranscriptionModel.WHISPER_1))
                .inputAudioNoiseReduction(NoiseReduction.of(NoiseReductionType.NEAR_FIELD))
                .turnDetection(TurnDetection.serverVad().build())
                .tracing(Tracing.auto())
                .build();

        assertThat(absent.turnDetectionSetting()).isNull();
        assertThat(absent.tracingSetting()).isNull();
        assertThat(nulled.inputAudioTranscriptionSetting()).isSameAs(Setting.disabled());
        assertThat(nulled.inputAudioNoiseReductionSetting()).isSameAs(Setting.disabled());
        assertThat(nulled.turnDetectionSetting()).isSameAs(Setting.disabled());
        assertThat(nulled.tracingSetting()).isSameAs(Setting.disabled());
        assertThat(nulled.tracing()).isNull();
        assertThat(set.inputAudioNoiseReduction()).isEqualTo(NoiseReduction.of(NoiseReductionType.NEAR_FIELD));
        assertThat(set.turnDetection().type()).isSameAs(TurnDetectionType.SERVER_VAD);
        assertThat(set.tracingSetting()).isEqualTo(Setting.enabled(Tracing.AUTO));
        assertThat(RealtimeSessionCreateResponse.builder().tracing(null).build().tracingSetting()).isNull();
    }

    @Test
    void metadataIsKeptButNotPartOfEquals() {
        ResponseMetadata metadata = ResponseMetadata.of(200, Map.of("x-request-id", List.of("req_7")));

        RealtimeSessionCreateResponse withMetadata = fullResponse().toBuilder().metadata(metadata).build();

        assertThat(fullResponse().metadata()).isSameAs(ResponseMetadata.NONE);
        assertThat(withMetadata.metadata()).isSameAs(metadata);
        assertThat(withMetadata).isEqualTo(fullResponse()).hasSameHashCodeAs(fullResponse());
        assertThatNullPointerException().isThrownBy(() -> RealtimeSessionCreateResponse.builder().metadata(null))
                .withMessage("metadata must not be null");
    }

    @Test
    void unknownFieldsAreKeptAsExtraFieldsAndNamedOnlyInToString() {
        RealtimeSessionCreateResponse response = RealtimeSessionCreateResponse.builder()
                .id("sess_1")
                .extraField("future", JsonValue.of("VALUE-NOT-SHOWN"))
                .build();

        assertThat(response.extraFields()).containsEntry("future", JsonValue.of("VALUE-NOT-SHOWN"));
        assertThat(response).hasToString("RealtimeSessionCreateResponse[id=sess_1, extraFields=[future]]");
        assertThat(response).isNotEqualTo(RealtimeSessionCreateResponse.builder().id("sess_1").build());
    }
}
