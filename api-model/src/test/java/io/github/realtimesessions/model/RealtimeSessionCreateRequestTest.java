package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Builders, {@code toBuilder()} and the list handling of {@link RealtimeSessionCreateRequest}. */
class RealtimeSessionCreateRequestTest {

    static final Tool WEATHER = Tool.function(
            "get_weather",
            "Returns the current weather",
            Map.of("type", "object", "properties", Map.of("city", Map.of("type", "string"))));
    static final Tool LOOKUP = Tool.function("lookup", null, null);

    /** A request with every one of its 16 fields set. */
    static RealtimeSessionCreateRequest fullRequest() {
        return RealtimeSessionCreateRequest.builder()
                .model(RealtimeModel.GPT_4O_REALTIME_PREVIEW)
                .modalities(Modality.AUDIO, Modality.TEXT)
                .instructions("You are a friendly assistant.")
                .voice(Voice.VERSE)
                .inputAudioFormat(AudioFormat.PCM16)
                .outputAudioFormat(AudioFormat.G711_ULAW)
                .inputAudioTranscription(new InputAudioTranscription(TranscriptionModel.WHISPER_1, "en", "Realtime"))
                .inputAudioNoiseReduction(NoiseReduction.of(NoiseReductionType.NEAR_FIELD))
                .turnDetection(TurnDetection.semanticVad()
                        .eagerness(Eagerness.LOW)
                        .createResponse(true)
                        .interruptResponse(false)
                        .build())
                .tools(WEATHER)
                .toolChoice(ToolChoice.function("get_weather"))
                .temperature(0.8)
                .maxResponseOutputTokens(MaxOutputTokens.INF)
                .speed(1.0)
                .tracing(Tracing.of("support", "g1", Map.of("k", "v")))
                .clientSecret(ClientSecretConfig.expiresAfterSeconds(600))
                .build();
    }

    @Test
    void theFullRequestHasEveryFieldSet() throws Exception {
        RealtimeSessionCreateRequest request = fullRequest();

        RecordComponent[] components = RealtimeSessionCreateRequest.class.getRecordComponents();
        assertThat(components).hasSize(16);
        for (RecordComponent component : components) {
            assertThat(component.getAccessor().invoke(request)).as(component.getName()).isNotNull();
        }
    }

    @Test
    void theBuilderSetsEachComponent() {
        RealtimeSessionCreateRequest r = fullRequest();

        assertThat(r.model()).isSameAs(RealtimeModel.GPT_4O_REALTIME_PREVIEW);
        assertThat(r.modalities()).containsExactly(Modality.AUDIO, Modality.TEXT);
        assertThat(r.instructions()).isEqualTo("You are a friendly assistant.");
        assertThat(r.voice()).isEqualTo(Voice.VERSE);
        assertThat(r.inputAudioFormat()).isEqualTo(AudioFormat.PCM16);
        assertThat(r.outputAudioFormat()).isEqualTo(AudioFormat.G711_ULAW);
        assertThat(r.inputAudioTranscription())
                .isEqualTo(Setting.enabled(new InputAudioTranscription(TranscriptionModel.WHISPER_1, "en", "Realtime")));
        assertThat(r.inputAudioNoiseReduction()).isEqualTo(Setting.enabled(new NoiseReduction(NoiseReductionType.NEAR_FIELD)));
        assertThat(r.turnDetection().valueOrNull())
                .isEqualTo(new TurnDetection(TurnDetectionType.SEMANTIC_VAD, Eagerness.LOW, null, null, null, true, false));
        assertThat(r.tools()).containsExactly(WEATHER);
        assertThat(r.toolChoice()).isEqualTo(new ToolChoice.Function("get_weather"));
        assertThat(r.temperature()).isEqualTo(0.8);
        assertThat(r.maxResponseOutputTokens()).isSameAs(MaxOutputTokens.INF);
        assertThat(r.speed()).isEqualTo(1.0);
        assertThat(r.tracing()).isEqualTo(Setting.enabled(new Tracing.Configuration("support", "g1", Map.of("k", "v"))));
        assertThat(r.clientSecret())
                .isEqualTo(new ClientSecretConfig(new ExpiresAfter(ExpiryAnchor.CREATED_AT, 600)));
    }

    @Test
    void theBuilderBuildsWhatTheCanonicalConstructorBuilds() {
        RealtimeSessionCreateRequest direct = new RealtimeSessionCreateRequest(
                RealtimeModel.of("gpt-4o-realtime-preview"),
                List.of(Modality.AUDIO, Modality.TEXT),
                "You are a friendly assistant.",
                Voice.of("verse"),
                AudioFormat.of("pcm16"),
                AudioFormat.of("g711_ulaw"),
                Setting.enabled(new InputAudioTranscription(TranscriptionModel.of("whisper-1"), "en", "Realtime")),
                Setting.enabled(new NoiseReduction(NoiseReductionType.of("near_field"))),
                Setting.enabled(TurnDetection.builder()
                        .type(TurnDetectionType.of("semantic_vad"))
                        .eagerness(Eagerness.of("low"))
                        .createResponse(true)
                        .interruptResponse(false)
                        .build()),
                List.of(Tool.function(
                        "get_weather",
                        "Returns the current weather",
                        Map.of("type", "object", "properties", Map.of("city", Map.of("type", "string"))))),
                ToolChoice.of("get_weather"),
                0.8,
                MaxOutputTokens.inf(),
                1.0,
                Setting.enabled(Tracing.of("support", "g1", Map.of("k", "v"))),
                new ClientSecretConfig(ExpiresAfter.seconds(600)));

        assertThat(fullRequest()).isEqualTo(direct).hasSameHashCodeAs(direct);
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
        RealtimeSessionCreateRequest request = RealtimeSessionCreateRequest.builder()
                .tools(List.of(WEATHER))
                .addTool(LOOKUP)
                .build();

        assertThat(request.tools()).containsExactly(WEATHER, LOOKUP);
    }

    @Test
    void addToolWorksAfterAVarargsListWasSet() {
        RealtimeSessionCreateRequest request =
                RealtimeSessionCreateRequest.builder().tools(WEATHER).addTool(LOOKUP).build();

        assertThat(request.tools()).containsExactly(WEATHER, LOOKUP);
    }

    @Test
    void addToolStartsAListWhenNoneWasSet() {
        RealtimeSessionCreateRequest request =
                RealtimeSessionCreateRequest.builder().addTool(LOOKUP).addTool(WEATHER).build();

        assertThat(request.tools()).containsExactly(LOOKUP, WEATHER);
    }

    @Test
    void addToolAfterToBuilderOfARequestWithoutTools() {
        RealtimeSessionCreateRequest request =
                RealtimeSessionCreateRequest.builder().build().toBuilder().addTool(LOOKUP).build();

        assertThat(request.tools()).containsExactly(LOOKUP);
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

        assertThatThrownBy(() -> request.modalities().add(Modality.TEXT))
                .isInstanceOf(UnsupportedOperationException.class);
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
    void theCanonicalConstructorCopiesItsLists() {
        List<Modality> modalities = new ArrayList<>(List.of(Modality.AUDIO));
        List<Tool> tools = new ArrayList<>(List.of(WEATHER));

        RealtimeSessionCreateRequest request = new RealtimeSessionCreateRequest(
                null, modalities, null, null, null, null, null, null, null, tools, null, null, null, null, null, null);
        modalities.clear();
        tools.clear();

        assertThat(request.modalities()).containsExactly(Modality.AUDIO);
        assertThat(request.tools()).containsExactly(WEATHER);
    }

    @Test
    void nullListElementsAreRejectedWithTheirIndex() {
        assertThatNullPointerException()
                .isThrownBy(() -> RealtimeSessionCreateRequest.builder()
                        .modalities(Arrays.asList(Modality.TEXT, null))
                        .build())
                .withMessage("modalities[1] must not be null");
        assertThatNullPointerException()
                .isThrownBy(() -> RealtimeSessionCreateRequest.builder().addTool(null).build())
                .withMessage("tools[0] must not be null");
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

        RealtimeSessionCreateRequest request =
                RealtimeSessionCreateRequest.builder().addTool(Tool.function("get_weather", null, schema)).build();
        properties.put("unit", Map.of("type", "string"));

        assertThat(request.tools().get(0).parameters()).isEqualTo(WEATHER.parameters());
    }
}
