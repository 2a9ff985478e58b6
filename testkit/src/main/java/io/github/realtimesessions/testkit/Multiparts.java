package io.github.realtimesessions.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code multipart/form-data} (RFC 7578, RFC 2046 §5.1) byte for byte, strictly: every delimiter is
 * {@code CRLF--boundary}, each part has headers and a blank line, the body ends with the close delimiter. The bytes of
 * a part are exactly those between its blank line and the next delimiter.
 */
final class Multiparts {

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern NAME = Pattern.compile("(?i)\\bname=\"([^\"]*)\"");

    private Multiparts() {}

    /** The boundary of a {@code multipart/form-data} content type, or {@code null}. */
    static String boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        Matcher matcher = BOUNDARY.matcher(contentType);
        if (!matcher.find()) {
            return null;
        }
        return matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
    }

    /**
     * Parses a body.
     *
     * @throws IllegalStateException naming what is wrong, if the body is not well-formed
     */
    static List<MultipartPart> parse(byte[] body, String boundary) {
        byte[] first = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        if (!startsWith(body, 0, first)) {
            throw new IllegalStateException("the multipart body does not start with --" + boundary);
        }
        List<MultipartPart> parts = new ArrayList<>();
        int position = first.length;
        while (true) {
            if (startsWith(body, position, "--".getBytes(StandardCharsets.ISO_8859_1))) {
                return parts;
            }
            if (!startsWith(body, position, "\r\n".getBytes(StandardCharsets.ISO_8859_1))) {
                throw new IllegalStateException("a multipart delimiter is not followed by CRLF at byte " + position);
            }
            position += 2;
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), position);
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            int contentStart;
            if (startsWith(body, position, "\r\n".getBytes(StandardCharsets.ISO_8859_1))) {
                contentStart = position + 2;
            } else {
                if (headersEnd < 0) {
                    throw new IllegalStateException("a multipart part has no blank line after its headers");
                }
                String block = new String(body, position, headersEnd - position, StandardCharsets.UTF_8);
                for (String line : block.split("\r\n")) {
                    int colon = line.indexOf(':');
                    if (colon <= 0) {
                        throw new IllegalStateException("not a part header line: " + line);
                    }
                    headers.add(Map.entry(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
                }
                contentStart = headersEnd + 4;
            }
            int next = indexOf(body, delimiter, contentStart);
            if (next < 0) {
                throw new IllegalStateException("a multipart part is not closed by --" + boundary);
            }
            String disposition = headerValue(headers, "Content-Disposition");
            if (disposition == null || !disposition.toLowerCase(Locale.ROOT).startsWith("form-data")) {
                throw new IllegalStateException("a multipart part has no Content-Disposition: form-data");
            }
            Matcher name = NAME.matcher(disposition);
            if (!name.find()) {
                throw new IllegalStateException("a multipart part's Content-Disposition has no name");
            }
            parts.add(new MultipartPart(name.group(1), headerValue(headers, "Content-Type"), headers,
                    Arrays.copyOfRange(body, contentStart, next)));
            position = next + delimiter.length;
        }
    }

    private static String headerValue(List<Map.Entry<String, String>> headers, String name) {
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (offset + prefix.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] needle, int from) {
        outer:
        for (int i = from; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
