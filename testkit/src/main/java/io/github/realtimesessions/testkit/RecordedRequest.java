package io.github.realtimesessions.testkit;

import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.JsonValue;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.TranslationClientSecretRequest;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.beta.internal.BetaSchemas;
import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.port.Endpoint;
import io.github.realtimesessions.transport.core.internal.WireCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request as {@link FakeRealtimeServer} received it, for assertions on the wire: method, target (path and
 * query), every header line in the order received (a repeated header with each of its values), the body (de-chunked)
 * and, for {@code multipart/form-data}, its parts parsed byte for byte.
 *
 * <p>{@link #toString()} names the headers but shows no value of {@code Authorization} or {@code api-key}, and leaves
 * out the body.
 */
public final class RecordedRequest {

    private final String method;
    private final String target;
    private final List<Map.Entry<String, String>> headers;
    private final byte[] body;
    private final Endpoint endpoint;

    /**
     * Creates a recorded request; headers and body are copied.
     *
     * @param method the request method, e.g. {@code POST}
     * @param target the request target as sent, path and query
     * @param headers the header lines in the order received
     * @param body the body bytes, empty when there was none
     * @param endpoint the endpoint the path names, or {@code null} when it names none
     */
    public RecordedRequest(String method, String target, List<Map.Entry<String, String>> headers, byte[] body,
            Endpoint endpoint) {
        this.method = Objects.requireNonNull(method, "method");
        this.target = Objects.requireNonNull(target, "target");
        this.headers = List.copyOf(Objects.requireNonNull(headers, "headers").stream()
                .map(header -> Map.entry(header.getKey(), header.getValue()))
                .toList());
        this.body = Objects.requireNonNull(body, "body").clone();
        this.endpoint = endpoint;
    }

    /**
     * Returns the request method.
     *
     * @return e.g. {@code POST}
     */
    public String method() {
        return method;
    }

    /**
     * Returns the request target as sent: the path with the query, if any.
     *
     * @return e.g. {@code /v1/realtime/client_secrets}
     */
    public String target() {
        return target;
    }

    /**
     * Returns the path, without the query.
     *
     * @return e.g. {@code /openai/v1/realtime/calls}
     */
    public String path() {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    /**
     * Returns the raw query.
     *
     * @return the text after {@code ?}, or {@code null} when there is none
     */
    public String query() {
        int query = target.indexOf('?');
        return query < 0 ? null : target.substring(query + 1);
    }

    /**
     * Returns the endpoint the path names.
     *
     * @return the endpoint, or {@code null} for a path that names none
     */
    public Endpoint endpoint() {
        return endpoint;
    }

    /**
     * Returns every header line in the order received, names as sent.
     *
     * @return an unmodifiable list
     */
    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /**
     * Returns the first value of a header.
     *
     * @param name the header name, in any case
     * @return the first value, or {@code null} when the header is absent
     */
    public String header(String name) {
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    /**
     * Returns every value of a header, in the order received.
     *
     * @param name the header name, in any case
     * @return the values, empty when the header is absent
     */
    public List<String> headerValues(String name) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().equalsIgnoreCase(name)) {
                values.add(header.getValue());
            }
        }
        return List.copyOf(values);
    }

    /**
     * Returns a copy of the body bytes.
     *
     * @return the body, empty when there was none
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * Returns the body as UTF-8 text.
     *
     * @return the text, empty when there was no body
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * Returns the body as a JSON value, to compare documents regardless of whitespace.
     *
     * @return the value
     * @throws IllegalArgumentException if the body is not JSON
     */
    public JsonValue json() {
        try {
            return WireCodec.instance().decodeJson(body);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the body of " + this + " is not JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Returns the parts of a {@code multipart/form-data} body, parsed byte for byte.
     *
     * @return the parts in order
     * @throws IllegalStateException if the body is not {@code multipart/form-data} with a boundary, or not well-formed
     */
    public List<MultipartPart> multipart() {
        String contentType = header("Content-Type");
        String boundary = Multiparts.boundary(contentType);
        if (boundary == null) {
            throw new IllegalStateException("not a multipart/form-data body with a boundary (Content-Type "
                    + contentType + ")");
        }
        return Multiparts.parse(body, boundary);
    }

    /**
     * Returns the part of a {@code multipart/form-data} body with a name.
     *
     * @param name the form field name, e.g. {@code sdp}
     * @return the part, or {@code null} when there is none
     */
    public MultipartPart part(String name) {
        for (MultipartPart part : multipart()) {
            if (part.name().equals(name)) {
                return part;
            }
        }
        return null;
    }

    /**
     * Decodes the body as the API does (strictly) as a client secret request; the
     * {@code OpenAI-Safety-Identifier} header is taken into it.
     *
     * @return the request
     * @throws RuntimeException if the body is not a valid request (as the server's 400 says)
     */
    public ClientSecretRequest clientSecretRequest() {
        ClientSecretRequest request = WireCodec.instance().decodeRequest(Schemas.CLIENT_SECRET_REQUEST, body);
        String safety = header("OpenAI-Safety-Identifier");
        return safety == null ? request : request.toBuilder().safetyIdentifier(safety).build();
    }

    /**
     * Decodes the body strictly as a translation client secret request.
     *
     * @return the request
     * @throws RuntimeException if the body is not a valid request
     */
    public TranslationClientSecretRequest translationClientSecretRequest() {
        TranslationClientSecretRequest request =
                WireCodec.instance().decodeRequest(Schemas.TRANSLATION_CLIENT_SECRET_REQUEST, body);
        String safety = header("OpenAI-Safety-Identifier");
        return safety == null ? request : request.toBuilder().safetyIdentifier(safety).build();
    }

    /**
     * Decodes the {@code session} part of a multipart call request strictly.
     *
     * @return the session, or {@code null} when the request has no session part
     * @throws RuntimeException if the part is not a valid session configuration
     */
    public RealtimeSessionConfig callSession() {
        MultipartPart session = part("session");
        return session == null
                ? null
                : WireCodec.instance().decodeRequest(Schemas.REALTIME_SESSION_CONFIG, session.content());
    }

    /**
     * Returns the SDP offer of a call request: the {@code sdp} part of a multipart body, or the whole body of an
     * {@code application/sdp} one.
     *
     * @return the offer as sent
     */
    public String sdpOffer() {
        String contentType = header("Content-Type");
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            MultipartPart sdp = part("sdp");
            return sdp == null ? null : sdp.text();
        }
        return bodyText();
    }

    /**
     * Decodes the body strictly as a request of the retired beta endpoint.
     *
     * @return the request
     * @throws RuntimeException if the body is not a valid beta request
     */
    @SuppressWarnings("deprecation")
    public RealtimeSessionCreateRequest sessionRequest() {
        return WireCodec.instance().decodeRequest(BetaSchemas.SESSION_REQUEST, body);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordedRequest that && method.equals(that.method) && target.equals(that.target)
                && headers.equals(that.headers) && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, target, headers, Arrays.hashCode(body));
    }

    /** Returns the request line and the headers (credential values redacted), and the body's size. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("RecordedRequest[").append(method).append(' ').append(path());
        if (query() != null) {
            text.append("?<query>");
        }
        for (Map.Entry<String, String> header : headers) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            boolean secret = name.equals("authorization") || name.equals("api-key") || name.contains("token")
                    || name.contains("secret") || name.contains("key");
            text.append(", ").append(header.getKey()).append(": ").append(secret ? "<redacted>" : header.getValue());
        }
        return text.append(", body=").append(body.length).append(" bytes]").toString();
    }
}
