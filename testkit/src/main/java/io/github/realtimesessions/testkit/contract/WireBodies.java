package io.github.realtimesessions.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.Audio;
import io.github.realtimesessions.model.AudioInput;
import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.JsonValue;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.testkit.MultipartPart;
import io.github.realtimesessions.testkit.RecordedRequest;
import io.github.realtimesessions.testkit.SdpSamples;
import io.github.realtimesessions.testkit.SpecCaptures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Wire: the bodies an HTTP transport sends: the capture's request byte for byte, every field named as the spec names
 * it, absent and {@code null} apart, and the multipart form of {@code POST /v1/realtime/calls} exactly as the spec
 * shows it, the SDP offer byte for byte.
 */
public interface WireBodies extends ContractSupport {

    /** The capture's request is sent as the library encodes it, byte for byte. */
    @Test
    default void sendsTheCapturedRequestByteForByte() {
        creator().createClientSecret(SpecCaptures.realtimeRequest());

        assertThat(server().takeRequest().bodyText())
                .isEqualTo(new String(SpecCaptures.realtimeRequestJson(), StandardCharsets.UTF_8));
    }

    /** A request that sets every field is sent as the GA digest's full example names it, field for field. */
    @Test
    default void sendsEveryFieldAsTheSpecNamesIt() {
        creator().createClientSecret(Samples.fullRealtime());
        creator().createClientSecret(Samples.fullTranscription());
        creator().createTranslationClientSecret(Samples.fullTranslation());

        assertThat(server().takeRequest().json()).isEqualTo(JsonValue.parse(Samples.FULL_REALTIME_JSON));
        assertThat(server().takeRequest().json()).isEqualTo(JsonValue.parse(Samples.FULL_TRANSCRIPTION_JSON));
        assertThat(server().takeRequest().json()).isEqualTo(JsonValue.parse(Samples.FULL_TRANSLATION_JSON));
    }

    /** A feature switched off is sent as JSON {@code null}; one not set is not sent at all. */
    @Test
    default void sendsNullForOffAndNothingForUnset() {
        creator().createClientSecret(ClientSecretRequest.builder().session(RealtimeSessionConfig.builder()
                        .disableTracing()
                        .audio(Audio.builder().input(AudioInput.builder()
                                .disableTranscription()
                                .disableTurnDetection()
                                .build()).build())
                        .build())
                .build());

        JsonObject session = server().takeRequest().json().asObject().get("session").asObject();
        assertThat(session.get("tracing")).isEqualTo(JsonValue.nullValue());
        assertThat(session.has("prompt")).as("prompt not set").isFalse();
        JsonObject input = session.get("audio").asObject().get("input").asObject();
        assertThat(input.get("transcription")).isEqualTo(JsonValue.nullValue());
        assertThat(input.get("turn_detection")).isEqualTo(JsonValue.nullValue());
        assertThat(input.has("noise_reduction")).as("noise_reduction not set").isFalse();
    }

    /**
     * A call is {@code multipart/form-data} exactly as the spec shows it: an {@code sdp} part
     * ({@code application/sdp}, the offer byte for byte, CRLFs included) and a {@code session} part
     * ({@code application/json}, the bare session with {@code type: realtime}), CRLF framing, one closing delimiter.
     */
    @Test
    default void callIsTheSpecsMultipartFormByteForByte() {
        CallRequest call = Samples.call();

        creator().createCall(call);

        RecordedRequest request = server().takeRequest();
        String contentType = request.header("Content-Type");
        Matcher boundary = Pattern.compile("multipart/form-data; boundary=([A-Za-z0-9'()+_,./:=?-]{1,70})")
                .matcher(contentType);
        assertThat(boundary.matches()).as("Content-Type " + contentType).isTrue();
        List<MultipartPart> parts = request.multipart();
        assertThat(parts).extracting(MultipartPart::name).containsExactly("sdp", "session");
        assertThat(parts.get(0).contentType()).isEqualTo("application/sdp");
        assertThat(parts.get(0).text()).isEqualTo(call.sdp());
        assertThat(parts.get(1).contentType()).isEqualTo("application/json");
        assertThat(JsonValue.parse(parts.get(1).text())).isEqualTo(JsonValue.parse(
                "{\"type\":\"realtime\",\"model\":\"gpt-realtime\",\"instructions\":\"Be brief.\","
                        + "\"audio\":{\"output\":{\"voice\":\"marin\"}}}"));
        String b = boundary.group(1);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(("--" + b + "\r\nContent-Disposition: form-data; name=\"sdp\"\r\nContent-Type: "
                + "application/sdp\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        expected.writeBytes(call.sdp().getBytes(StandardCharsets.UTF_8));
        expected.writeBytes(("\r\n--" + b + "\r\nContent-Disposition: form-data; name=\"session\"\r\nContent-Type: "
                + "application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        expected.writeBytes(parts.get(1).content());
        expected.writeBytes(("\r\n--" + b + "--\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(request.body()).isEqualTo(expected.toByteArray());
    }

    /** A call without a session configuration stays multipart, with the {@code sdp} part alone. */
    @Test
    default void callWithoutSessionStaysMultipart() {
        creator().createCall(CallRequest.builder().sdp(SdpSamples.browserOffer()).build());

        RecordedRequest request = server().takeRequest();
        assertThat(request.header("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertThat(request.multipart()).extracting(MultipartPart::name).containsExactly("sdp");
        assertThat(request.part("sdp").text()).isEqualTo(SdpSamples.browserOffer());
    }

    /** A caller with an ephemeral key sends the raw offer, authorized by that key alone. */
    @Test
    default void ephemeralKeyCallSendsTheRawOffer() {
        ClientSecretResponse secret = creator().createClientSecret(Samples.minimalRealtime());
        server().takeRequest();

        creator().createCall(CallRequest.builder().sdp(SdpSamples.browserOffer()).ephemeralKey(secret.value()).build());

        RecordedRequest request = server().takeRequest();
        assertThat(request.headerValues("Content-Type")).containsExactly("application/sdp");
        assertThat(request.headerValues("Authorization")).containsExactly("Bearer " + secret.value());
        assertThat(request.header("api-key")).as("the key carries the session, no other credential").isNull();
        assertThat(request.body()).isEqualTo(SdpSamples.browserOffer().getBytes(StandardCharsets.UTF_8));
    }
}
