package io.github.realtimesessions.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * SDP offers as browsers send them, and a way to read an SDP's media ids, for tests of
 * {@code SessionCreator.createCall(...)}. Lines end in CRLF, as in a real offer.
 */
public final class SdpSamples {

    private SdpSamples() {}

    /**
     * Returns a browser's offer for a Realtime call: one audio section (Opus, {@code sendrecv}, mid {@code 0}) and a
     * data channel (mid {@code 1}), with ICE credentials and a DTLS fingerprint, {@code a=setup:actpass}.
     *
     * @return the offer, CRLF line ends
     */
    public static String browserOffer() {
        return String.join("\r\n",
                "v=0",
                "o=- 4227147428 1719357865 IN IP4 127.0.0.1",
                "s=-",
                "t=0 0",
                "a=group:BUNDLE 0 1",
                "a=extmap-allow-mixed",
                "a=msid-semantic: WMS 1f2c3d4e",
                "m=audio 9 UDP/TLS/RTP/SAVPF 111 0 8",
                "c=IN IP4 0.0.0.0",
                "a=rtcp:9 IN IP4 0.0.0.0",
                "a=ice-ufrag:Xk9q",
                "a=ice-pwd:9hJ1o2YxQm3sV4bN5cR6tE7w",
                "a=ice-options:trickle",
                "a=fingerprint:sha-256 6B:8B:F0:65:5F:78:E2:51:3B:AC:6F:F3:3F:46:1B:35:DC:B8:5F:64:1A:24:C2:43:F0:A1"
                        + ":58:D0:A1:2C:19:08",
                "a=setup:actpass",
                "a=mid:0",
                "a=sendrecv",
                "a=msid:1f2c3d4e 5a6b7c8d",
                "a=rtcp-mux",
                "a=rtpmap:111 opus/48000/2",
                "a=fmtp:111 minptime=10;useinbandfec=1",
                "a=rtpmap:0 PCMU/8000",
                "a=rtpmap:8 PCMA/8000",
                "a=ssrc:3735928559 cname:kq8YwTsd3mH0",
                "m=application 9 UDP/DTLS/SCTP webrtc-datachannel",
                "c=IN IP4 0.0.0.0",
                "a=ice-ufrag:Xk9q",
                "a=ice-pwd:9hJ1o2YxQm3sV4bN5cR6tE7w",
                "a=ice-options:trickle",
                "a=fingerprint:sha-256 6B:8B:F0:65:5F:78:E2:51:3B:AC:6F:F3:3F:46:1B:35:DC:B8:5F:64:1A:24:C2:43:F0:A1"
                        + ":58:D0:A1:2C:19:08",
                "a=setup:actpass",
                "a=mid:1",
                "a=sctp-port:5000",
                "a=max-message-size:262144",
                "") ;
    }

    /**
     * Returns the media sections of an SDP as {@code kind:mid} pairs, in order, e.g. {@code [audio:0,
     * application:1]}.
     *
     * @param sdp the SDP, CRLF or LF line ends
     * @return the sections
     */
    public static List<String> mediaSections(String sdp) {
        List<String> sections = new ArrayList<>();
        for (SdpAnswers.Media media : SdpAnswers.media(sdp)) {
            sections.add(media.kind() + ":" + media.mid());
        }
        return sections;
    }

    /**
     * Returns the value of the first attribute line {@code a=<name>:...} of an SDP.
     *
     * @param sdp the SDP
     * @param name the attribute's name, e.g. {@code setup} or {@code ice-ufrag}
     * @return the value, or {@code null} when there is none
     */
    public static String attribute(String sdp, String name) {
        for (String line : sdp.split("\r?\n")) {
            if (line.startsWith("a=" + name + ":")) {
                return line.substring(name.length() + 3);
            }
        }
        return null;
    }
}
