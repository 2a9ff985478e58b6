package io.github.realtimesessions.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Derives a syntactically valid WebRTC SDP answer (RFC 8866, RFC 8829) from an offer, as the API's answer to
 * {@code POST /v1/realtime/calls} looks: the same media sections in the same order with the same {@code a=mid}s and
 * formats, the direction mirrored, {@code a=setup:active} (the offer is {@code actpass}), a fresh ICE user fragment
 * and password, a DTLS fingerprint, BUNDLE over every mid, and CRLF line ends.
 */
final class SdpAnswers {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private SdpAnswers() {}

    /** One media section of the offer. */
    record Media(String kind, String protocol, List<String> formats, String mid, String direction, List<String> rtpmaps,
            String sctpPort) {}

    /**
     * Parses the media sections of an offer.
     *
     * @param offer the offer, CRLF or LF line ends
     * @return the sections, in order; empty when there is none
     */
    static List<Media> media(String offer) {
        List<Media> sections = new ArrayList<>();
        String kind = null;
        String protocol = null;
        List<String> formats = List.of();
        String mid = null;
        String direction = "sendrecv";
        List<String> rtpmaps = new ArrayList<>();
        String sctpPort = null;
        for (String raw : offer.split("\r?\n")) {
            String line = raw.strip();
            if (line.startsWith("m=")) {
                if (kind != null) {
                    sections.add(new Media(kind, protocol, formats, mid, direction, List.copyOf(rtpmaps), sctpPort));
                }
                String[] parts = line.substring(2).split(" ");
                kind = parts[0];
                protocol = parts.length > 2 ? parts[2] : "UDP/TLS/RTP/SAVPF";
                formats = parts.length > 3 ? List.of(parts).subList(3, parts.length) : List.of();
                mid = null;
                direction = "sendrecv";
                rtpmaps = new ArrayList<>();
                sctpPort = null;
            } else if (kind != null) {
                if (line.startsWith("a=mid:")) {
                    mid = line.substring(6);
                } else if (line.equals("a=sendrecv") || line.equals("a=sendonly") || line.equals("a=recvonly")
                        || line.equals("a=inactive")) {
                    direction = line.substring(2);
                } else if (line.startsWith("a=rtpmap:") || line.startsWith("a=fmtp:")) {
                    rtpmaps.add(line);
                } else if (line.startsWith("a=sctp-port:")) {
                    sctpPort = line.substring(12);
                }
            }
        }
        if (kind != null) {
            sections.add(new Media(kind, protocol, formats, mid, direction, List.copyOf(rtpmaps), sctpPort));
        }
        return sections;
    }

    /**
     * Makes the answer.
     *
     * @param offer the offer
     * @param random the source of the ICE credentials, the fingerprint and the session id
     * @return the answer, CRLF line ends
     * @throws IllegalArgumentException if the offer has no media section
     */
    static String answer(String offer, Random random) {
        List<Media> sections = media(offer);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("the SDP offer has no media section (m=)");
        }
        String ufrag = text(random, 8);
        String pwd = text(random, 24);
        StringBuilder fingerprint = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            fingerprint.append(i == 0 ? "" : ":").append(String.format(Locale.ROOT, "%02X", random.nextInt(256)));
        }
        StringBuilder sdp = new StringBuilder(1024);
        line(sdp, "v=0");
        line(sdp, "o=- " + (Math.abs(random.nextLong() % 9_000_000_000_000L) + 1_000_000_000_000L)
                + " 2 IN IP4 127.0.0.1");
        line(sdp, "s=-");
        line(sdp, "t=0 0");
        List<String> mids = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            mids.add(sections.get(i).mid() == null ? Integer.toString(i) : sections.get(i).mid());
        }
        line(sdp, "a=group:BUNDLE " + String.join(" ", mids));
        line(sdp, "a=msid-semantic: WMS");
        for (int i = 0; i < sections.size(); i++) {
            Media media = sections.get(i);
            line(sdp, "m=" + media.kind() + " 9 " + media.protocol()
                    + (media.formats().isEmpty() ? "" : " " + String.join(" ", media.formats())));
            line(sdp, "c=IN IP4 0.0.0.0");
            if (!media.kind().equals("application")) {
                line(sdp, "a=rtcp:9 IN IP4 0.0.0.0");
            }
            line(sdp, "a=ice-ufrag:" + ufrag);
            line(sdp, "a=ice-pwd:" + pwd);
            line(sdp, "a=fingerprint:sha-256 " + fingerprint);
            line(sdp, "a=setup:active");
            line(sdp, "a=mid:" + mids.get(i));
            if (media.kind().equals("application")) {
                line(sdp, "a=sctp-port:" + (media.sctpPort() == null ? "5000" : media.sctpPort()));
                line(sdp, "a=max-message-size:1073741823");
            } else {
                line(sdp, "a=" + mirror(media.direction()));
                line(sdp, "a=rtcp-mux");
                for (String rtpmap : media.rtpmaps()) {
                    line(sdp, rtpmap);
                }
            }
        }
        return sdp.toString();
    }

    private static String mirror(String direction) {
        return switch (direction) {
            case "sendonly" -> "recvonly";
            case "recvonly" -> "sendonly";
            default -> direction;
        };
    }

    private static void line(StringBuilder sdp, String line) {
        sdp.append(line).append("\r\n");
    }

    private static String text(Random random, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length()));
        }
        return new String(chars);
    }
}
