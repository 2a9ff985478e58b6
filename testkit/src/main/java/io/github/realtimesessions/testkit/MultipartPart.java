package io.github.realtimesessions.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One part of a {@code multipart/form-data} request body as {@link FakeRealtimeServer} received it, parsed byte for
 * byte: the part's headers as sent, its form field name, and its content exactly as sent (CRLFs of an SDP offer
 * included).
 *
 * @param name the form field name from {@code Content-Disposition}, e.g. {@code sdp}
 * @param contentType the part's {@code Content-Type}, or {@code null} when it has none
 * @param headers the part's headers in the order sent
 * @param content the part's bytes
 */
public record MultipartPart(String name, String contentType, List<Map.Entry<String, String>> headers, byte[] content) {

    /**
     * Creates a part; headers and content are copied.
     *
     * @throws NullPointerException if the name, headers or content are {@code null}
     */
    public MultipartPart {
        Objects.requireNonNull(name, "name");
        headers = List.copyOf(Objects.requireNonNull(headers, "headers"));
        content = Objects.requireNonNull(content, "content").clone();
    }

    /**
     * Returns a copy of the content.
     *
     * @return the bytes
     */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /**
     * Returns the content as UTF-8 text.
     *
     * @return the text
     */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MultipartPart that && name.equals(that.name)
                && Objects.equals(contentType, that.contentType) && headers.equals(that.headers)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, contentType, headers, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "MultipartPart[name=" + name + ", contentType=" + contentType + ", " + content.length + " bytes]";
    }
}
