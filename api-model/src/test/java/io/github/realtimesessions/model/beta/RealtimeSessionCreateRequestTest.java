package io.github.realtimesessions.model.beta;

import static io.github.realtimesessions.model.beta.BetaSamples.LOOKUP;
import static io.github.realtimesessions.model.beta.BetaSamples.WEATHER;
import static io.github.realtimesessions.model.beta.BetaSamples.fullRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.realtimesessions.model.Eagerness;
import io.github.realtimesessions.model.ExpiresAfter;
import io.github.realtimesessions.model.ExpiryAnchor;
import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.MaxOutputTokens;
import io.github.realtimesessions.model.Modality;
import io.github.realtimesessions.model.NoiseReduction;
import io.github.realtimesessions.model.NoiseReductionType;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.Setting;
import io.github.realtimesessions.model.Tracing;
import io.github.realtimesessions.model.TranscriptionModel;
import io.github.realtimesessions.model.Voice;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Builders, {@code toBuilder()} and the list handling of {@link RealtimeSessionCreateRequest}. */
@SuppressWarnings("deprecation")
class RealtimeSessionCreateRequestTest {

    @Test
    void theBuilderSetsEachField() {
        RealtimeSessionCreateRequest r = fullRequest();

        assertThat(r.model()).isSameAs(RealtimeModel.GPT_4O_REALTIME_PREVIEW);
        assertThat(r.modalities()).containsExactly(Modality.AUDIO, Modality.TEXT);
        assertThat(r.instructions()).isEqualTo("You are a friendly assistant.");
        assertThat(r.voice()).isEqualTo(Voice.VERSE);
        assertThat(r.inputAudioFormat()).isEqualTo(AudioFormat.PCM16);
        assertThat(r.outputAudioFormat()).isEqualTo(AudioFormat.G711_ULAW);
        assertThat(r.inputAudioTranscription())
                .isEqualTo(new InputAudioTranscription(TranscriptionModel.WHISPER_1, "en", "Realtime"));
        assertThat(r.inputAudioTranscriptionSetting())
                .isEqualTo(Setting.enabled(new InputAudioTranscription(TranscriptionModel.WHISPER_1, "en", "Realtime")));
        assertThat(r.inputAudioNoiseReduction()).isEqualTo(NoiseReduction.of(NoiseReductionType.NEAR_FIELD));
        assertThat(r.inputAudioNoiseReductionSetting()).isEqualTo(Setting.enabled(NoiseReduction.NEAR_FIELD));
        assertThat(r.turnDetection()).isEqualTo(TurnDetection.builder().type(TurnDetectionType.SEMANTIC_VAD)
                .eagerness(Eagerness.LOW).createResponse(true).interruptResponse(false).build());
        assertThat(r.tools()).containsExactly(WEATHER);
        assertThat(r.toolChoice()).isEqualTo(new ToolChoice.Function("get_weather"));
        assertThat(r.temperature()).isEqualTo(0.8);
        assertThat(r.maxResponseOutputTokens()).isSameAs(MaxOutputTokens.INF);
        assertThat(r.speed()).isEqualTo(1.0);
        assertThat(r.tracing()).isEqualTo(new Tracing.Configuration("support", "g1", JsonObject.parse("{\"k\":\"v\"}")));
        assertThat(r.tracingSetting()).isEqualTo(Setting.enabled(r.tracing()));
        assertThat(r.clientSecret()).isEqualTo(new ClientSecretConfig(new ExpiresAfter(ExpiryAnchor.CREATED_AT, 600)));
    }

    @Test
    void valuesMadeByOfEqualTheConstants() {
        RealtimeSessionCreateRequest viaOf = RealtimeSessionCreateRequest.builder()
                .model(RealtimeModel.of("gpt-4o-realtime-preview"))
                .modalities(List.of(Modality.of("audio"), Modality.of("text")))
                .instructions("You are a friendly assistant.")
                .voice(Voice.of("verse"))
                .inputAudioFormat(AudioFormat.of("pcm16"))
                .outputAudioFormat(AudioFormat.of("g711_ulaw"))
                .inputAudioTranscriptionSetting(Setting.enabled(
                        new InputAudioTranscription(TranscriptionModel.of("whisper-1"), "en", "Realtime")))
                .inputAudioNoiseReductionSetting(Setting.enabled(NoiseReduction.of(NoiseReductionType.of("near_field"))))
                .turnDetectionSetting(Setting.enabled(TurnDetection.builder()
                        .type(TurnDetectionType.of("semantic_vad"))
                        .eagerness(Eagerness.of("low"))
                        .createResponse(true)
                        .interruptResponse(false)
                        .build()))
                .tools(List.of(Tool.function("get_weather", "Returns the current weather",
                        JsonObject.from(Map.of("type", "object", "properties", Map.of("city", Map.of("type", "string")))))))
                .toolChoice(ToolChoice.of("get_weather"))
                .temperature(0.8)
                .maxResponseOutputTokens(MaxOutputTokens.inf())
                .speed(1.0)
                .tracingSetting(Setting.enabled(Tracing.of("support", "g1", JsonObject.from(Map.of("k", "v")))))
                .clientSecret(new ClientSecretConfig(ExpiresAfter.seconds(600)))
                .build();

        assertThat(fullRequest()).isEqualTo(viaOf).hasSameHashCodeAs(viaOf);
    }

    @Test
    void toBuilderRoundTripsAnEqualRequest() {
        RealtimeSessionCreateRequest original = fullRequest();

        RealtimeSessionCreateRequest copy = original.toBuilder().build();

        assertThat(copy).isEqualTo(original).hasSameHashCodeAs(original).isNotSameAs(original);
        assertThat(copy.toString()).isEqualTo(original.toString());
    }

    @Test
    void toBuilderRoundTripsAnEmptyRequest() {
        RealtimeSessionCreateRequest empty = RealtimeSessionCreateRequest.builder().build();

        assertThat(empty.toBuilder().build()).isEqualTo(empty);
        assertThat(empty.modalities()).isNull();
        assertThat(empty.tools()).isNull();
        assertThat(empty.turnDetection()).isNull();
        assertThat(empty.turnDetectionSetting()).isNull();
        assertThat(empty).hasToString("RealtimeSessionCreateRequest[]");
    }

    @Test
    void toBuilderDerivesAChangedCopyWithoutTouchingTheOriginal() {
        RealtimeSessionCreateRequest original = fullRequest();

        RealtimeSessionCreateRequest changed = original.toBuilder().temperature(1.1).voice(Voice.ALLOY).build();

        assertThat(changed.temperature()).isEqualTo(1.1);
        assertThat(changed.voice()).isEqualTo(Voice.ALLOY);
        assertThat(changed).isNotEqualTo(original);
        assertThat(changed.toBuilder().temperature(0.8).voice(Voice.VERSE).build()).isEqualTo(original);
        assertThat(original.temperature()).isEqualTo(0.8);
    }

    @Test
    void toBuilderThenAddToolAppends() {
        RealtimeSessionCreateRequest original = fullRequest();

        RealtimeSessionCreateRequest more = original.toBuilder().addTool(LOOKUP).build();

        assertThat(more.tools()).containsExactly(WEATHER, LOOKUP);
        assertThat(original.tools()).containsExactly(WEATHER);
    }

    @Test
    void addToolWorksAfterAnImmutableListWasSet() {
        assertThat(RealtimeSessionCreateRequest.builder().tools(List.of(WEATHER)).addTool(LOOKUP).build().tools())
                .containsExactly(WEATHER, LOOKUP);
    }

    @Test
    void addToolWorksAfterAVarargsListWasSet() {
        assertThat(RealtimeSessionCreateRequest.builder().tools(WEATHER).addTool(LOOKUP).build().tools())
                .containsExactly(WEATHER, LOOKUP);
    }

    @Test
    void addToolStartsAListWhenNoneWasSet() {
        assertThat(RealtimeSessionCreateRequest.builder().addTool(LOOKUP).addTool(WEATHER).build().tools())
                .containsExactly(LOOKUP, WEATHER);
    }

    @Test
    void addToolAfterToBuilderOfARequestWithoutTools() {
        assertThat(RealtimeSessionCreateRequest.builder().build().toBuilder().addTool(LOOKUP).build().tools())
                .containsExactly(LOOKUP);
    }

    @Test
    void aBuilderCanBuildSeveralIndependentRequests() {
        RealtimeSessionCreateRequest.Builder builder = RealtimeSessionCreateRequest.builder().addTool(WEATHER);
        RealtimeSessionCreateRequest first = builder.build();

        RealtimeSessionCreateRequest second = builder.addTool(LOOKUP).build();

        assertThat(first.tools()).containsExactly(WEATHER);
        assertThat(second.tools()).containsExactly(WEATHER, LOOKUP);
    }

    @Test
    void builtListsAreUnmodifiable() {
        RealtimeSessionCreateRequest request = fullRequest();

        assertThatThrownBy(() -> request.modalities().add(Modality.TEXT)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> request.modalities().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> request.tools().add(LOOKUP)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> request.tools().set(0, LOOKUP)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> request.tools().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(request.modalities()).containsExactly(Modality.AUDIO, Modality.TEXT);
        assertThat(request.tools()).containsExactly(WEATHER);
    }

    @Test
    void mutatingTheSourceListAfterBuildDoesNotChangeTheRequest() {
        List<Modality> modalities = new ArrayList<>(List.of(Modality.TEXT));
        List<Tool> tools = new ArrayList<>(List.of(WEATHER));

        RealtimeSessionCreateRequest request =
                RealtimeSessionCreateRequest.builder().modalities(modalities).tools(tools).build();
        modalities.add(Modality.AUDIO);
        tools.set(0, LOOKUP);
        tools.add(WEATHER);

        assertThat(request.modalities()).containsExactly(Modality.TEXT);
        assertThat(request.tools()).containsExactly(WEATHER);
    }

    @Test
    void mutatingTheSourceListBetweenSetterAndBuildDoesNotChangeTheRequest() {
        List<Tool> tools = new ArrayList<>(List.of(WEATHER));
        Modality[] modalities = {Modality.TEXT};
        RealtimeSessionCreateRequest.Builder builder =
                RealtimeSessionCreateRequest.builder().tools(tools).modalities(modalities);

        tools.add(LOOKUP);
        modalities[0] = Modality.AUDIO;

        RealtimeSessionCreateRequest request = builder.build();
        assertThat(request.tools()).containsExactly(WEATHER);
        assertThat(request.modalities()).containsExactly(Modality.TEXT);
    }

    @Test
    void nullListElementsAreRejectedWithTheirIndex() {
        assertThatNullPointerException()
                .isThrownBy(() -> RealtimeSessionCreateRequest.builder().modalities(Arrays.asList(Modality.TEXT, null)).build())
                .withMessage("modalities[1] must not be null");
        assertThatNullPointerException()
                .isThrownBy(() -> RealtimeSessionCreateRequest.builder().addTool(null))
                .withMessage("tools[] must not be null");
        assertThatNullPointerException()
                .isThrownBy(() -> RealtimeSessionCreateRequest.builder().tools(Arrays.asList(WEATHER, null)).build())
                .withMessage("tools[1] must not be null");
    }

    @Test
    void settingAListToNullLeavesTheFieldOut() {
        RealtimeSessionCreateRequest request = fullRequest().toBuilder().modalities((List<Modality>) null)
                .tools((List<Tool>) null).toolChoice(null).build();

        assertThat(request.modalities()).isNull();
        assertThat(request.tools()).isNull();
        assertThat(request.toolChoice()).isNull();
    }

    @Test
    void convenienceSettersMatchTheirLongForms() {
        RealtimeSessionCreateRequest shortForm =
                RealtimeSessionCreateRequest.builder().maxResponseOutputTokens(200).expiresAfterSeconds(60).build();
        RealtimeSessionCreateRequest longForm = RealtimeSessionCreateRequest.builder()
                .maxResponseOutputTokens(new MaxOutputTokens.Limit(200))
                .clientSecret(new ClientSecretConfig(new ExpiresAfter(ExpiryAnchor.CREATED_AT, 60)))
                .build();

        assertThat(shortForm).isEqualTo(longForm);
    }

    @Test
    void jsonParametersOfToolsAreKeptInsideTheRequest() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("city", Map.of("type", "string"));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);

        RealtimeSessionCreateRequest request = RealtimeSessionCreateRequest.builder()
                .addTool(Tool.function("get_weather", null, JsonObject.from(schema)))
                .build();
        properties.put("unit", Map.of("type", "string"));

        assertThat(request.tools().get(0).parameters()).isEqualTo(WEATHER.parameters());
    }
}
