package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.github.realtimesessions.model.InvalidRequestException.Violation;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link CallRequest}: the SDP offer checks, the ephemeral-key variant, and that the key is never shown. */
class CallRequestTest {

    static final String OFFER = "v=0\r\no=- 4227147428 1719357865 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
            + "a=group:BUNDLE 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n";
    static final String KEY = "ek_ZQX9kfjwQ4412";

    static Stream<Arguments> invalid() {
        return Stream.of(
                argumentSet("no offer", (UnaryOperator<CallRequest.Builder>) b -> b.sdp(null),
                        new Violation("sdp", "is required", null)),
                argumentSet("an empty offer", (UnaryOperator<CallRequest.Builder>) b -> b.sdp(""),
                        new Violation("sdp", "must not be empty", null)),
                argumentSet("a blank offer", (UnaryOperator<CallRequest.Builder>) b -> b.sdp(" \r\n "),
                        new Violation("sdp", "must not be empty", null)),
                argumentSet("not an SDP offer", (UnaryOperator<CallRequest.Builder>) b -> b.sdp("{\"sdp\":\"v=0\"}"),
                        new Violation("sdp", "must be an SDP offer, starting with \"v=0\"",
                                "text starting with \"{\"sdp\":\"v=0\"\"")),
                argumentSet("an offer with a leading line break", (UnaryOperator<CallRequest.Builder>) b -> b.sdp("\r\n" + OFFER),
                        new Violation("sdp", "must be an SDP offer, starting with \"v=0\"",
                                "text starting with \"\\u000d\\u000av=0\\u000d\\u000ao=- 4\"")),
                argumentSet("an offer one byte too big",
                        (UnaryOperator<CallRequest.Builder>) b -> b.sdp(padded(CallRequest.MAX_SDP_BYTES + 1)),
                        new Violation("sdp", "must be at most 131072 bytes", "131073 bytes")),
                argumentSet("an offer too big in UTF-8 though not in chars",
                        (UnaryOperator<CallRequest.Builder>) b -> b.sdp("v=0\r\n" + "\u00e9".repeat(CallRequest.MAX_SDP_BYTES / 2)),
                        new Violation("sdp", "must be at most 131072 bytes", "131077 bytes")),
                argumentSet("a blank ephemeral key", (UnaryOperator<CallRequest.Builder>) b -> b.ephemeralKey(" "),
                        new Violation("ephemeral key", "must be visible ASCII, not blank", null)),
                argumentSet("an ephemeral key with a space", (UnaryOperator<CallRequest.Builder>) b -> b.ephemeralKey("ek_a b"),
                        new Violation("ephemeral key", "must be visible ASCII, not blank", null)),
                argumentSet("an ephemeral key with a line break",
                        (UnaryOperator<CallRequest.Builder>) b -> b.ephemeralKey(KEY + "\r\n"),
                        new Violation("ephemeral key", "must be visible ASCII, not blank", null)),
                argumentSet("an ephemeral key with a session",
                        (UnaryOperator<CallRequest.Builder>) b -> b.ephemeralKey(KEY).session(RealtimeSessionConfig.builder().build()),
                        new Violation("session", "must not be set with an ephemeral key: the key carries the session", null)),
                argumentSet("a blank safety identifier", (UnaryOperator<CallRequest.Builder>) b -> b.safetyIdentifier(""),
                        new Violation("OpenAI-Safety-Identifier", "must not be blank", null)));
    }

    /** An offer of exactly {@code bytes} bytes of UTF-8. */
    static String padded(int bytes) {
        String head = "v=0\r\n";
        return head + "a".repeat(bytes - head.length());
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void rejects(UnaryOperator<CallRequest.Builder> edit, Violation expected) {
        CallRequest.Builder builder = edit.apply(CallRequest.builder().sdp(OFFER));

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, builder::build);

        assertThat(e.violations()).containsExactly(expected);
        assertThat(e).hasMessage("Invalid call request: " + expected);
        Samples.assertNoFragmentOf(KEY, e.getMessage());
    }

    @Test
    void anOfferOfExactlyTheLimitIsAccepted() {
        String offer = padded(CallRequest.MAX_SDP_BYTES);

        assertThat(offer.getBytes(StandardCharsets.UTF_8)).hasSize(131_072);
        assertThat(CallRequest.of(offer, null).sdp()).isSameAs(offer);
    }

    @Test
    void everyViolationIsReportedTogether() {
        CallRequest.Builder builder = CallRequest.builder()
                .sdp("x".repeat(CallRequest.MAX_SDP_BYTES + 5))
                .safetyIdentifier("\t")
                .ephemeralKey("")
                .session(RealtimeSessionConfig.builder().build());

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, builder::build);

        assertThat(e.violations()).extracting(Violation::field)
                .containsExactly("sdp", "sdp", "OpenAI-Safety-Identifier", "ephemeral key", "session");
    }

    @Test
    void theOfferIsKeptByteForByteCrlfIncluded() {
        String offer = OFFER + "a=candidate:1 1 udp 2113937151 192.0.2.1 54400 typ host \r\n\r\n";

        CallRequest request = CallRequest.of(offer, Samples.realtimeSessionConfig());

        assertThat(request.sdp()).isEqualTo(offer);
        assertThat(request.sdp().getBytes(StandardCharsets.UTF_8)).isEqualTo(offer.getBytes(StandardCharsets.UTF_8));
        assertThat(request.sdp()).endsWith(" \r\n\r\n").contains("\r\no=- ");
        assertThat(request.session()).isEqualTo(Samples.realtimeSessionConfig());
        assertThat(request.ephemeralKey()).isNull();
    }

    @Test
    void anEphemeralKeyCallHasNoSession() {
        CallRequest request = CallRequest.builder().sdp(OFFER).ephemeralKey(KEY).safetyIdentifier("u1").build();

        assertThat(request.ephemeralKey()).isEqualTo(KEY);
        assertThat(request.session()).isNull();
        assertThat(request.safetyIdentifier()).isEqualTo("u1");
    }

    @Test
    void toStringNeverShowsTheKey() {
        CallRequest request = CallRequest.builder().sdp(OFFER).ephemeralKey(KEY).safetyIdentifier("u1").build();

        assertThat(request).hasToString("CallRequest[sdp=" + OFFER.length() + " chars, session=null, "
                + "safetyIdentifier=u1, ephemeralKey=<redacted>]");
        Samples.assertNoFragmentOf(KEY, request.toString());
        assertThat(CallRequest.of(OFFER, null)).hasToString("CallRequest[sdp=" + OFFER.length() + " chars, session=null]");
    }

    @Test
    void toBuilderAndEqualsCoverEveryPart() {
        CallRequest request = CallRequest.builder().sdp(OFFER).ephemeralKey(KEY).safetyIdentifier("u1").build();
        CallRequest withSession = CallRequest.of(OFFER, Samples.realtimeSessionConfig());

        assertThat(request.toBuilder().build()).isEqualTo(request).hasSameHashCodeAs(request).isNotSameAs(request);
        assertThat(withSession.toBuilder().build()).isEqualTo(withSession);
        assertThat(request.toBuilder().ephemeralKey("ek_other").build()).isNotEqualTo(request);
        assertThat(request.toBuilder().safetyIdentifier(null).build()).isNotEqualTo(request);
        assertThat(request.toBuilder().sdp(OFFER + "a=x\r\n").build()).isNotEqualTo(request);
        assertThat(withSession).isNotEqualTo(CallRequest.of(OFFER, null)).isNotEqualTo(null).isNotEqualTo(OFFER);
    }
}
