package io.github.realtimesessions.transport.core.internal;

import static io.github.realtimesessions.transport.core.internal.WireFixtures.SDP_OFFER;
import static io.github.realtimesessions.transport.core.internal.WireFixtures.utf8;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code multipart/form-data} as {@code POST /v1/realtime/calls} takes it, byte for byte. */
class MultipartTest {

    /** The digest's illustrative wire form (§5.1), boundary {@code b1}, every line break a CRLF. */
    static String digestForm(String boundary, String sdp, String sessionJson) {
        return "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"sdp\"\r\n"
                + "Content-Type: application/sdp\r\n"
                + "\r\n"
                + sdp + "\r\n"
                + (sessionJson == null ? "" : "--" + boundary + "\r\n"
                        + "Content-Disposition: form-data; name=\"session\"\r\n"
                        + "Content-Type: application/json\r\n"
                        + "\r\n"
                        + sessionJson + "\r\n")
                + "--" + boundary + "--\r\n";
    }

    @Test
    void theSpecsFormWithAFixedBoundary() {
        String session = "{\"type\":\"realtime\",\"model\":\"gpt-realtime\"}";
        Multipart form = Multipart.withBoundary("b1");

        byte[] body = form.part("sdp", "application/sdp", utf8(SDP_OFFER))
                .part("session", "application/json", utf8(session))
                .finish();

        assertThat(new String(body, UTF_8)).isEqualTo(digestForm("b1", SDP_OFFER, session));
        assertThat(form.contentType()).isEqualTo("multipart/form-data; boundary=b1");
    }

    @Test
    void partsKeepTheirBytesExactly() {
        byte[] odd = {'v', '=', '0', '\r', '\n', '\n', '\r', 0, (byte) 0xff, '-', '-', 'b', '1', '\r', '\n'};

        byte[] body = Multipart.withBoundary("xyz").part("sdp", "application/sdp", odd).finish();

        List<FormParts.Part> parts = FormParts.parse(body, "xyz");
        assertThat(parts).singleElement().satisfies(part -> {
            assertThat(part.name()).isEqualTo("sdp");
            assertThat(part.contentType()).isEqualTo("application/sdp");
            assertThat(part.content()).isEqualTo(odd);
        });
    }

    @Test
    void anEmptyFormIsTheClosingDelimiterOnly() {
        assertThat(new String(Multipart.withBoundary("b").finish(), UTF_8)).isEqualTo("--b--\r\n");
    }

    @Test
    void aRandomBoundaryIsFreshEachTimeAndStaysOutOfTheParts() {
        Set<String> boundaries = new HashSet<>();
        byte[] sdp = utf8(SDP_OFFER);
        for (int i = 0; i < 50; i++) {
            Multipart form = Multipart.withBoundaryOutside(sdp);
            String boundary = FormParts.boundary(form.contentType());
            boundaries.add(boundary);
            assertThat(boundary).startsWith("realtime-sessions-").hasSizeLessThanOrEqualTo(70)
                    .matches("[A-Za-z0-9'()+_,./:=?-]+");
            assertThat(SDP_OFFER).doesNotContain(boundary);
            assertThat(FormParts.parse(form.part("sdp", "application/sdp", sdp).finish(), boundary)).hasSize(1);
        }
        assertThat(boundaries).hasSize(50);
    }
}
