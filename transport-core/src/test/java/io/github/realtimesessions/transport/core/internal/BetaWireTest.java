package io.github.realtimesessions.transport.core.internal;

import static io.github.realtimesessions.transport.core.internal.WireFixtures.resource;
import static io.github.realtimesessions.transport.core.internal.WireFixtures.text;
import static io.github.realtimesessions.transport.core.internal.WireFixtures.tree;
import static io.github.realtimesessions.transport.core.internal.WireFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.realtimesessions.model.MaxOutputTokens;
import io.github.realtimesessions.model.Modality;
import io.github.realtimesessions.model.NoiseReduction;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.Setting;
import io.github.realtimesessions.model.Tracing;
import io.github.realtimesessions.model.TranscriptionModel;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.model.beta.AudioFormat;
import io.github.realtimesessions.model.beta.ClientSecretConfig;
import io.github.realtimesessions.model.beta.InputAudioTranscription;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateResponse;
import io.github.realtimesessions.model.beta.ToolChoice;
import io.github.realtimesessions.model.beta.TurnDetection;
import io.github.realtimesessions.model.beta.internal.BetaSchemas;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The retired beta {@code POST /v1/realtime/sessions}, kept for servers that still emulate it: its bodies on the same
 * codec, checked against the beta schema ({@code spec/realtime-session-create-request.schema.json}, the spec's schema
 * converted to JSON Schema draft-07, see its {@code $comment}).
 */
@SuppressWarnings("deprecation")
class BetaWireTest {

    private static final WireCodec CODEC = WireCodec.instance();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
            .getSchema(tree(resource("spec/realtime-session-create-request.schema.json")));

    private static String encode(RealtimeSessionCreateRequest request) {
        return text(CODEC.encode(BetaSchemas.SESSION_REQUEST, request));
    }

    private static RealtimeSessionCreateRequest full() {
        return RealtimeSessionCreateRequest.builder()
                .model(RealtimeModel.GPT_4O_REALTIME_PREVIEW)
                .modalities(Modality.AUDIO, Modality.TEXT)
                .instructions("Be brief.")
                .voice(Voice.VERSE)
                .inputAudioFormat(AudioFormat.G711_ULAW)
                .outputAudioFormat(AudioFormat.PCM16)
                .inputAudioTranscription(InputAudioTranscription.of(TranscriptionModel.WHISPER_1))
                .inputAudioNoiseReduction(NoiseReduction.FAR_FIELD)
                .turnDetection(TurnDetection.serverVad().threshold(0.6).silenceDurationMs(700).build())
                .toolChoice(ToolChoice.of("none"))
                .temperature(0.9)
                .maxResponseOutputTokens(4096)
                .speed(1.25)
                .tracing(Tracing.auto())
                .clientSecret(ClientSecretConfig.expiresAfterSeconds(120))
                .build();
    }

    @Test
    void theSpecsExampleRequestIsWhatTheBuilderWrites() {
        RealtimeSessionCreateRequest request = RealtimeSessionCreateRequest.builder()
                .model(RealtimeModel.GPT_4O_REALTIME_PREVIEW)
                .modalities(Modality.AUDIO, Modality.TEXT)
                .instructions("You are a friendly assistant.")
                .build();

        assertThat(tree(encode(request))).isEqualTo(tree(resource("spec/create-session.example-request.json")));
    }

    @Test
    void everyBetaFieldInOrderAndValidAgainstTheBetaSchema() {
        String json = encode(full());

        assertThat(json).isEqualTo("{\"model\":\"gpt-4o-realtime-preview\",\"modalities\":[\"audio\",\"text\"],"
                + "\"instructions\":\"Be brief.\",\"voice\":\"verse\",\"input_audio_format\":\"g711_ulaw\","
                + "\"output_audio_format\":\"pcm16\",\"input_audio_transcription\":{\"model\":\"whisper-1\"},"
                + "\"input_audio_noise_reduction\":{\"type\":\"far_field\"},\"turn_detection\":{\"type\":\"server_vad\","
                + "\"threshold\":0.6,\"silence_duration_ms\":700},\"tool_choice\":\"none\",\"temperature\":0.9,"
                + "\"max_response_output_tokens\":4096,\"speed\":1.25,\"tracing\":\"auto\",\"client_secret\":"
                + "{\"expires_after\":{\"anchor\":\"created_at\",\"seconds\":120}}}");
        assertThat(SCHEMA.validate(tree(json))).isEmpty();
    }

    @Test
    void disabledSettingsAreNullsTheBetaSchemaAccepts() {
        RealtimeSessionCreateRequest request = RealtimeSessionCreateRequest.builder().disableTurnDetection()
                .disableInputAudioTranscription().disableInputAudioNoiseReduction().disableTracing().build();

        String json = encode(request);

        assertThat(json).isEqualTo("{\"input_audio_transcription\":null,\"input_audio_noise_reduction\":null,"
                + "\"turn_detection\":null,\"tracing\":null}");
        assertThat(SCHEMA.validate(tree(json))).isEmpty();
    }

    @Test
    void theBetaSchemaRejectsGaShapes() {
        assertThat(SCHEMA.validate(tree("{\"max_output_tokens\":100}"))).isNotEmpty();
        assertThat(SCHEMA.validate(tree("{\"turn_detection\":{\"idle_timeout_ms\":6000}}"))).isNotEmpty();
        assertThat(SCHEMA.validate(tree("{\"model\":\"gpt-realtime\"}"))).isNotEmpty();
    }

    @Test
    void aFullRequestReadsBackEqual() {
        assertThat(CODEC.decodeRequest(BetaSchemas.SESSION_REQUEST, CODEC.encode(BetaSchemas.SESSION_REQUEST, full())))
                .isEqualTo(full());
    }

    @Test
    void theExampleAnswerDecodesWithItsSecret() {
        RealtimeSessionCreateResponse response = CODEC.decodeResponse(BetaSchemas.SESSION_RESPONSE,
                resource("spec/create-session.example-response.json"));

        assertThat(response.id()).isEqualTo("sess_001");
        assertThat(response.clientSecret().value()).isEqualTo("ek_abc123");
        assertThat(response.clientSecret().expiresAt()).isEqualTo(Instant.ofEpochSecond(1234567890));
        assertThat(response.turnDetectionSetting()).isEqualTo(Setting.disabled());
        assertThat(response.inputAudioFormat()).isEqualTo(AudioFormat.PCM16);
        assertThat(response.maxResponseOutputTokens()).isEqualTo(MaxOutputTokens.of(200));
        assertThat(response.tracing()).isEqualTo(Tracing.auto());
        assertThat(response.extraFields()).isEmpty();
    }

    @Test
    void theSecretIsEssentialOnABetaAnswerToo() {
        Stream.of("{\"id\":\"s\"}", "{\"client_secret\":{\"value\":\"ek_1\"}}",
                        "{\"client_secret\":{\"value\":\"ek_1\",\"expires_at\":99999999999999999}}")
                .forEach(body -> assertThat(catchThrowable(() -> CODEC.decodeResponse(BetaSchemas.SESSION_RESPONSE,
                        utf8(body)))).as(body).isExactlyInstanceOf(WireFormatException.class));
    }

    @Test
    void aTemperatureOutsideTheBetaRangeIsARuleViolation() {
        Throwable thrown = catchThrowable(() -> CODEC.decodeRequest(BetaSchemas.SESSION_REQUEST,
                utf8("{\"temperature\":2.0}")));

        assertThat(thrown).isInstanceOf(io.github.realtimesessions.model.InvalidRequestException.class);
        assertThat(((io.github.realtimesessions.model.InvalidRequestException) thrown).violations())
                .extracting(io.github.realtimesessions.model.InvalidRequestException.Violation::field)
                .containsExactly("temperature");
    }
}
