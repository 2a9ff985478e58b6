package io.github.realtimesessions.transport.core.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code multipart/form-data} (RFC 7578) as {@code POST /v1/realtime/calls} takes it: named parts, each with its own
 * {@code Content-Type}, bytes kept exactly as given (an SDP offer's CRLF line ends included). The one multipart
 * encoder of the library; transports only send the bytes. Not API.
 */
public final class Multipart {

    private final String boundary;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(4096);

    private Multipart(String boundary) {
        this.boundary = boundary;
    }

    /**
     * Starts a body with a random boundary that none of the given parts contains.
     *
     * @param parts the contents of the parts, to keep the boundary out of
     * @return the encoder
     */
    public static Multipart withBoundaryOutside(byte[]... parts) {
        while (true) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String boundary = "realtime-sessions-" + Long.toHexString(random.nextLong() | Long.MIN_VALUE)
                    + Long.toHexString(random.nextLong() | Long.MIN_VALUE);
            if (!anyContains(parts, boundary.getBytes(StandardCharsets.US_ASCII))) {
                return new Multipart(boundary);
            }
        }
    }

    /**
     * Starts a body with a given boundary (for tests that compare bytes).
     *
     * @param boundary the boundary, 1 to 70 characters of RFC 2046
     * @return the encoder
     */
    public static Multipart withBoundary(String boundary) {
        return new Multipart(boundary);
    }

    /**
     * Adds a part.
     *
     * @param name the form field name
     * @param contentType the part's {@code Content-Type}
     * @param content the part's bytes, kept exactly
     * @return this encoder
     */
    public Multipart part(String name, String contentType, byte[] content) {
        write("--" + boundary + "\r\n");
        write("Content-Disposition: form-data; name=\"" + name + "\"\r\n");
        write("Content-Type: " + contentType + "\r\n");
        write("\r\n");
        out.writeBytes(content);
        write("\r\n");
        return this;
    }

    /**
     * Returns the body's {@code Content-Type}.
     *
     * @return {@code multipart/form-data; boundary=...}
     */
    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /**
     * Ends the body.
     *
     * @return the bytes
     */
    public byte[] finish() {
        write("--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private void write(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean anyContains(byte[][] parts, byte[] needle) {
        for (byte[] part : parts) {
            outer:
            for (int i = 0; i <= part.length - needle.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (part[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
