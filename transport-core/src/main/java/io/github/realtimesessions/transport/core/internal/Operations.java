package io.github.realtimesessions.transport.core.internal;

import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.model.TranslationClientSecretRequest;
import io.github.realtimesessions.model.TranslationClientSecretResponse;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateResponse;
import io.github.realtimesessions.model.beta.internal.BetaSchemas;
import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.model.internal.WireType;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.Endpoint;
import io.github.realtimesessions.port.ResponseFormatException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/** The endpoints of the Realtime API the library calls. Not API. */
@SuppressWarnings("deprecation")
public final class Operations {

    /** A call id: one URI path segment of unreserved characters, as the API's {@code rtc_...} ids are. */
    private static final Pattern CALL_ID = Pattern.compile("[A-Za-z0-9._~-]{1,256}");

    private static final WireCodec CODEC = WireCodec.instance();

    /** {@code POST /realtime/client_secrets}. */
    public static final Operation<ClientSecretRequest, ClientSecretResponse> CLIENT_SECRETS =
            new JsonOperation<>(Endpoint.CLIENT_SECRETS, Schemas.CLIENT_SECRET_REQUEST, Schemas.CLIENT_SECRET_RESPONSE,
                    ClientSecretResponse.Builder::metadata, "a client secret") {
                @Override
                public String safetyIdentifier(ClientSecretRequest request) {
                    return request.safetyIdentifier();
                }
            };

    /** {@code POST /realtime/translations/client_secrets}. */
    public static final Operation<TranslationClientSecretRequest, TranslationClientSecretResponse>
            TRANSLATION_CLIENT_SECRETS = new JsonOperation<>(Endpoint.TRANSLATION_CLIENT_SECRETS,
                    Schemas.TRANSLATION_CLIENT_SECRET_REQUEST, Schemas.TRANSLATION_CLIENT_SECRET_RESPONSE,
                    TranslationClientSecretResponse.Builder::metadata, "a translation client secret") {
                @Override
                public String safetyIdentifier(TranslationClientSecretRequest request) {
                    return request.safetyIdentifier();
                }
            };

    /** {@code POST /realtime/sessions}, the retired beta endpoint. */
    public static final Operation<RealtimeSessionCreateRequest, RealtimeSessionCreateResponse> SESSIONS =
            new JsonOperation<>(Endpoint.SESSIONS, BetaSchemas.SESSION_REQUEST, BetaSchemas.SESSION_RESPONSE,
                    RealtimeSessionCreateResponse.Builder::metadata, "a session");

    /** {@code POST /realtime/calls}. */
    public static final Operation<CallRequest, RealtimeCall> CALLS = new Operation<>(Endpoint.CALLS) {
        @Override
        public URI uri(ClientSettings settings, CallRequest request) {
            return URI.create(settings.callsBaseUri() + Endpoint.CALLS.pathTemplate());
        }

        @Override
        public Body body(CallRequest request) {
            byte[] sdp = request.sdp().getBytes(StandardCharsets.UTF_8);
            if (request.ephemeralKey() != null) {
                // A caller holding an ephemeral key sends the raw offer; the key carries the session.
                return new Body(sdp, "application/sdp");
            }
            byte[] session = request.session() == null
                    ? null
                    : CODEC.encode(Schemas.REALTIME_SESSION_CONFIG, request.session());
            Multipart form = session == null ? Multipart.withBoundaryOutside(sdp) : Multipart.withBoundaryOutside(sdp, session);
            form.part("sdp", "application/sdp", sdp);
            if (session != null) {
                form.part("session", "application/json", session);
            }
            return new Body(form.finish(), form.contentType());
        }

        @Override
        public String accept() {
            return "application/sdp";
        }

        @Override
        public String safetyIdentifier(CallRequest request) {
            return request.safetyIdentifier();
        }

        @Override
        public String ephemeralKey(CallRequest request) {
            return request.ephemeralKey();
        }

        @Override
        public RealtimeCall decode(Answer answer, String callSecret, Redactor redactor) {
            String contentType = answer.headers().first("content-type");
            if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json")) {
                throw format(answer, "expected an SDP answer, got " + redactor.forMessage(contentType, 100));
            }
            String sdp = new String(answer.body(), 0, answer.length(), StandardCharsets.UTF_8);
            if (!sdp.startsWith("v=0")) {
                throw format(answer, "the body is not an SDP answer (it does not start with \"v=0\")");
            }
            String location = answer.headers().first("location");
            if (location == null || location.isBlank()) {
                throw format(answer, "the answer has no Location header naming the call");
            }
            String callId = lastSegment(location);
            if (!isCallId(callId)) {
                throw format(answer, "the Location header does not end in a call id (was "
                        + redactor.forMessage(location, 200) + ")");
            }
            return new RealtimeCall(callId, sdp, location, answer.metadata());
        }
    };

    /** {@code POST /realtime/calls/{call_id}/hangup}. */
    public static final Operation<String, Void> HANGUP = new Operation<>(Endpoint.HANGUP) {
        @Override
        public URI uri(ClientSettings settings, String callId) {
            return URI.create(settings.callsBaseUri() + "/realtime/calls/" + callId + "/hangup");
        }

        @Override
        public Body body(String callId) {
            return new Body(new byte[0], null);
        }

        @Override
        public boolean expectsBody() {
            return false;
        }

        @Override
        public Void decode(Answer answer, String callSecret, Redactor redactor) {
            return null;
        }
    };

    private Operations() {}

    /**
     * Checks a call id before it goes into a path.
     *
     * @param callId the id
     * @return the id
     * @throws NullPointerException if {@code callId} is {@code null}
     * @throws IllegalArgumentException if it is blank or not one path segment of unreserved characters
     */
    public static String checkCallId(String callId) {
        if (callId == null) {
            throw new NullPointerException("callId must not be null");
        }
        if (!isCallId(callId)) {
            throw new IllegalArgumentException("callId must be one path segment of letters, digits and . _ ~ -, as"
                    + " the API's rtc_... ids are (was " + io.github.realtimesessions.port.internal.MessageText.sanitize(
                            callId, 80) + ")");
        }
        return callId;
    }

    /** One path segment of unreserved characters, and not a dot segment ({@code .} or {@code ..}), which would climb. */
    private static boolean isCallId(String callId) {
        return callId != null && CALL_ID.matcher(callId).matches() && !callId.equals(".") && !callId.equals("..");
    }

    private static String lastSegment(String location) {
        String path = location;
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        int slash = path.lastIndexOf('/');
        String segment = slash < 0 ? path : path.substring(slash + 1);
        return segment.isEmpty() ? null : segment;
    }

    private static int indexOfAny(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : (j < 0 ? i : Math.min(i, j));
    }

    private static ResponseFormatException format(Answer answer, String message) {
        return new ResponseFormatException(message, null, answer.status(), answer.requestId());
    }

    /** An endpoint with a JSON body and a JSON answer, both described by wire types. */
    private static class JsonOperation<R, T, B> extends Operation<R, T> {

        private final WireType<R, ?> requestType;
        private final WireType<T, B> responseType;
        private final BiConsumer<B, io.github.realtimesessions.model.ResponseMetadata> metadata;
        private final String what;

        JsonOperation(
                Endpoint endpoint,
                WireType<R, ?> requestType,
                WireType<T, B> responseType,
                BiConsumer<B, io.github.realtimesessions.model.ResponseMetadata> metadata,
                String what) {
            super(endpoint);
            this.requestType = requestType;
            this.responseType = responseType;
            this.metadata = metadata;
            this.what = what;
        }

        @Override
        public URI uri(ClientSettings settings, R request) {
            return URI.create(settings.baseUri() + endpoint().pathTemplate());
        }

        @Override
        public boolean uriIsFixed() {
            return true;
        }

        @Override
        public Body body(R request) {
            return new Body(CODEC.encode(requestType, request), "application/json");
        }

        @Override
        public boolean encodingIsCacheable() {
            return true;
        }

        @Override
        public T decode(Answer answer, String callSecret, Redactor redactor) {
            try {
                return CODEC.decodeResponse(responseType, answer.body(), answer.length(),
                        builder -> metadata.accept(builder, answer.metadata()));
            } catch (WireFormatException e) {
                // Jackson quotes offending tokens in its messages: only a redacted text is kept, never the cause.
                String detail = redactor.redact(e.getMessage(), callSecret);
                throw new ResponseFormatException("the answer is not " + what + ": " + detail, null, answer.status(),
                        answer.requestId());
            }
        }
    }
}
