package io.github.realtimesessions.transport.core;

import static io.github.realtimesessions.transport.core.WireFixtures.resource;
import static io.github.realtimesessions.transport.core.WireFixtures.text;
import static io.github.realtimesessions.transport.core.WireFixtures.tree;
import static io.github.realtimesessions.transport.core.WireFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.AudioFormat;
import io.github.realtimesessions.model.InputAudioTranscription;
import io.github.realtimesessions.model.MaxOutputTokens;
import io.github.realtimesessions.model.Modality;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.model.Setting;
import io.github.realtimesessions.model.ToolChoice;
import io.github.realtimesessions.model.Tracing;
import io.github.realtimesessions.model.TranscriptionModel;
import io.github.realtimesessions.model.Voice;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The examples of {@code POST /realtime/sessions} in the spec survive decode and encode unchanged.
 *
 * <p>Resources, copied verbatim from {@code /work/shared/spec/realtime-sessions.openapi.yaml}: {@code
 * spec/create-session.example-request.json} is the {@code -d} body of {@code x-oaiMeta.examples.request.curl} (line
 * 45), {@code spec/create-session.example-response.json} is {@code x-oaiMeta.examples.response} (line 49).
 */
class SpecExamplesRoundTripTest {

    private static final String CANONICAL_REQUEST =
            "{\"model\":\"gpt-4o-realtime-preview\",\"modalities\":[\"audio\",\"text\"],"
                    + "\"instructions\":\"You are a friendly assistant.\"}";

    private final SessionJsonCodec codec = SessionJsonCodec.instance();

    @Test
    void exampleRequestDecodesToItsFields() {
        RealtimeSessionCreateRequest request =
                codec.decodeRequest(resource("spec/create-session.example-request.json"));

        assertThat(request).isEqualTo(RealtimeSessionCreateRequest.builder()
                .model(RealtimeModel.GPT_4O_REALTIME_PREVIEW)
                .modalities(Modality.AUDIO, Modality.TEXT)
                .instructions("You are a friendly assistant.")
                .build());
    }

    @Test
    void exampleRequestSurvivesDecodeAndEncodeAsAJsonTree() {
        byte[] original = resource("spec/create-session.example-request.json");

        byte[] encoded = codec.encodeRequest(codec.decodeRequest(original));

        assertThat(tree(encoded)).isEqualTo(tree(original));
    }

    @Test
    void exampleRequestInCanonicalOrderSurvivesByteForByte() {
        byte[] encoded = codec.encodeRequest(codec.decodeRequest(utf8(CANONICAL_REQUEST)));

        assertThat(text(encoded)).isEqualTo(CANONICAL_REQUEST);
        assertThat(encoded).isEqualTo(utf8(CANONICAL_REQUEST));
    }

    @Test
    void exampleResponseDecodesToItsFields() {
        RealtimeSessionCreateResponse response =
                codec.decodeResponse(resource("spec/create-session.example-response.json"));

        assertThat(response.id()).isEqualTo("sess_001");
        assertThat(response.object()).isEqualTo("realtime.session");
        assertThat(response.model()).isEqualTo(RealtimeModel.GPT_4O_REALTIME_PREVIEW);
        assertThat(response.expiresAt()).isNull();
        assertThat(response.modalities()).containsExactly(Modality.AUDIO, Modality.TEXT);
        assertThat(response.instructions()).isEqualTo("You are a friendly assistant.");
        assertThat(response.voice()).isEqualTo(Voice.ALLOY);
        assertThat(response.inputAudioFormat()).isEqualTo(AudioFormat.PCM16);
        assertThat(response.outputAudioFormat()).isEqualTo(AudioFormat.PCM16);
        assertThat(response.inputAudioTranscription())
                .isEqualTo(Setting.enabled(InputAudioTranscription.of(TranscriptionModel.WHISPER_1)));
        assertThat(response.inputAudioNoiseReduction()).isNull();
        assertThat(response.turnDetection()).isSameAs(Setting.disabled());
        assertThat(response.tools()).isEqualTo(List.of());
        assertThat(response.toolChoice()).isSameAs(ToolChoice.NONE);
        assertThat(response.temperature()).isEqualTo(0.7);
        assertThat(response.maxResponseOutputTokens()).isEqualTo(MaxOutputTokens.of(200));
        assertThat(response.speed()).isEqualTo(1.1);
        assertThat(response.tracing()).isEqualTo(Setting.enabled(Tracing.AUTO));
        assertThat(response.clientSecret().value()).isEqualTo("ek_abc123");
        assertThat(response.clientSecret().expiresAt()).isEqualTo(Instant.ofEpochSecond(1234567890L));
    }

    @Test
    void exampleResponseSurvivesDecodeAndEncodeAsAJsonTree() {
        byte[] original = resource("spec/create-session.example-response.json");

        byte[] encoded = codec.encodeResponse(codec.decodeResponse(original));

        assertThat(tree(encoded)).isEqualTo(tree(original));
    }

    @Test
    void encodedExampleResponseDecodesToTheSameSession() {
        RealtimeSessionCreateResponse decoded =
                codec.decodeResponse(resource("spec/create-session.example-response.json"));

        assertThat(codec.decodeResponse(codec.encodeResponse(decoded))).isEqualTo(decoded);
    }
}
