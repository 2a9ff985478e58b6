package io.github.realtimesessions.transport.core;

import io.github.realtimesessions.port.ClientSettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * The headers of every request, computed once per creator: {@code Authorization: Bearer}, {@code Content-Type} and
 * {@code Accept} ({@code application/json}), {@code User-Agent} (library, version, transport, Java), and
 * {@code OpenAI-Organization}, {@code OpenAI-Project} and the extra headers when configured. Immutable;
 * {@link #toString()} redacts the key.
 */
public final class RequestHeaders {

    /** The media type of request and response bodies. */
    public static final String APPLICATION_JSON = "application/json";

    private final List<Header> headers;

    private RequestHeaders(List<Header> headers) {
        this.headers = Collections.unmodifiableList(headers);
    }

    /**
     * Returns the headers for the given settings and transport.
     *
     * @param settings the client settings
     * @param transport the transport's name, e.g. {@code apache}, as it appears in the {@code User-Agent}
     * @return the headers
     */
    public static RequestHeaders of(ClientSettings settings, String transport) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(transport, "transport");
        List<Header> headers = new ArrayList<>();
        headers.add(new Header("Authorization", "Bearer " + settings.apiKey()));
        headers.add(new Header("Content-Type", APPLICATION_JSON));
        headers.add(new Header("Accept", APPLICATION_JSON));
        headers.add(new Header("User-Agent", userAgent(transport, settings.userAgentSuffix())));
        if (settings.organization() != null) {
            headers.add(new Header("OpenAI-Organization", settings.organization()));
        }
        if (settings.project() != null) {
            headers.add(new Header("OpenAI-Project", settings.project()));
        }
        for (Map.Entry<String, String> extra : settings.extraHeaders().entrySet()) {
            headers.add(new Header(extra.getKey(), extra.getValue()));
        }
        return new RequestHeaders(headers);
    }

    /**
     * Returns the {@code User-Agent}, e.g. {@code realtime-sessions-java/0.1.0 (transport=apache; java=17.0.15)}.
     *
     * @param transport the transport's name
     * @param suffix text to append, or {@code null}
     * @return the header value
     */
    public static String userAgent(String transport, String suffix) {
        String base = LibraryInfo.NAME + "/" + LibraryInfo.version() + " (transport=" + transport + "; java="
                + Runtime.version().feature() + ")";
        return suffix == null ? base : base + " " + suffix;
    }

    /**
     * Returns the headers in sending order.
     *
     * @return an unmodifiable list
     */
    public List<Header> all() {
        return headers;
    }

    /**
     * Hands each header to a consumer, in sending order.
     *
     * @param consumer receives name and value
     */
    public void forEach(BiConsumer<String, String> consumer) {
        for (Header header : headers) {
            consumer.accept(header.name(), header.value());
        }
    }

    /** Returns the header names and values with the {@code Authorization} value redacted. */
    @Override
    public String toString() {
        return headers.toString();
    }

    /**
     * One request header.
     *
     * @param name the name
     * @param value the value
     */
    public record Header(String name, String value) {
        /** Returns {@code name: value}, redacting the value of {@code Authorization}. */
        @Override
        public String toString() {
            return name + ": " + ("Authorization".equalsIgnoreCase(name) ? "Bearer <redacted>" : value);
        }
    }
}
