package io.github.realtimesessions.port.internal;

import java.net.URI;

/**
 * Makes text from outside (a server's error message, a URI a caller typed) safe to put into an exception message or a
 * log line: no line breaks or control characters (no log forging), a bounded length, and URIs without the parts that
 * may hold credentials. Not API.
 */
public final class MessageText {

    /** The longest text an exception message quotes from a server. */
    public static final int MAX_QUOTED = 1_000;

    private MessageText() {}

    /**
     * Escapes control characters (CR and LF as {@code \r}, {@code \n}) and cuts the text to a length.
     *
     * @param text the text, or {@code null}
     * @param max the longest result, an ellipsis included
     * @return the safe text, or {@code null} for {@code null}
     */
    public static String sanitize(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 8);
        // How much of the escaped text may stay when the ellipsis has to follow; only whole escapes are kept.
        int keep = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
            if (out.length() > max) {
                out.setLength(keep);
                return out.append("...").toString();
            }
            if (out.length() <= max - 3) {
                keep = out.length();
            }
        }
        return out.toString();
    }

    /**
     * Describes a URI for a message without its user info, query or fragment, which may hold credentials
     * ({@code user:password@}, {@code ?api-key=}).
     *
     * @param uri the URI
     * @return e.g. {@code https://example.openai.azure.com/openai/v1 (query left out)}
     */
    public static String describe(URI uri) {
        StringBuilder out = new StringBuilder();
        boolean userInfo = uri.getRawUserInfo() != null;
        if (uri.getScheme() != null) {
            out.append(uri.getScheme()).append("://");
        }
        if (uri.getHost() != null) {
            out.append(uri.getHost());
            if (uri.getPort() >= 0) {
                out.append(':').append(uri.getPort());
            }
        } else if (uri.getRawAuthority() != null) {
            // A registry-based authority (a host name java.net.URI cannot parse, e.g. with '_') has no user info of
            // its own: whatever precedes its last '@' may still be a user name and password.
            String authority = uri.getRawAuthority();
            int at = authority.lastIndexOf('@');
            if (at >= 0) {
                userInfo = true;
                authority = authority.substring(at + 1);
            }
            out.append(authority);
        }
        if (uri.getRawPath() != null) {
            out.append(uri.getRawPath());
        }
        StringBuilder left = new StringBuilder();
        if (userInfo) {
            left.append("user info");
        }
        if (uri.getRawQuery() != null) {
            left.append(left.length() > 0 ? ", " : "").append("query");
        }
        if (uri.getRawFragment() != null) {
            left.append(left.length() > 0 ? ", " : "").append("fragment");
        }
        String text = sanitize(out.toString(), 300);
        return left.length() == 0 ? text : text + " (" + left + " left out)";
    }
}
