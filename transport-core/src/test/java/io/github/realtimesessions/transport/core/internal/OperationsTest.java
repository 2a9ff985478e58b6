package io.github.realtimesessions.transport.core.internal;

import static io.github.realtimesessions.transport.core.internal.WireFixtures.API_KEY;
import static io.github.realtimesessions.transport.core.internal.WireFixtures.SDP_ANSWER;
import static io.github.realtimesessions.transport.core.internal.WireFixtures.SDP_OFFER;
import static io.github.realtimesessions.transport.core.internal.WireFixtures.text;
import static io.github.realtimesessions.transport.core.internal.WireFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.ResponseMetadata;
import io.github.realtimesessions.model.TranslationClientSecretResponse;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateResponse;
import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.Credential;
import io.github.realtimesessions.port.Endpoint;
import io.github.realtimesessions.port.ResponseFormatException;
import io.github.realtimesessions.transport.core.HttpHeaders;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every endpoint as the pipeline runs it: where it goes, what it sends, what a 2xx answer means. */
@SuppressWarnings("deprecation")
class OperationsTest {

    private static final ClientSettings DEFAULT = ClientSettings.builder().apiKey(API_KEY).build();
    private static final ClientSettings GATEWAY = ClientSettings.builder().apiKey(API_KEY)
            .baseUri("https://gateway.example.com/openai/v1/")
            .callsBaseUri(URI.create("https://calls.example.com/rt/v1"))
            .build();
    private static final Redactor REDACTOR = Redactor.of(Credential.apiKey(API_KEY), List::of);

    private static Answer answer(int status, byte[] body, String... headers) {
        HttpHeaders.Builder builder = HttpHeaders.builder();
        for (int i = 0; i < headers.length; i += 2) {
            builder.add(headers[i], headers[i + 1]);
        }
        HttpHeaders built = builder.build();
        return new Answer(status, built, body, ResponseMetadata.of(status, built.toMap()), built.first("x-request-id"));
    }

    // ------------------------------------------------------------------------------------------ where

    @Nested
    class Uris {

        @Test
        void theMintEndpointsGoToTheBaseUri() {
            assertThat(Operations.CLIENT_SECRETS.uri(DEFAULT, WireFixtures.specRealtimeRequest()))
                    .isEqualTo(URI.create("https://api.openai.com/v1/realtime/client_secrets"));
            assertThat(Operations.TRANSLATION_CLIENT_SECRETS.uri(DEFAULT, WireFixtures.specTranslationRequest()))
                    .isEqualTo(URI.create("https://api.openai.com/v1/realtime/translations/client_secrets"));
            assertThat(Operations.SESSIONS.uri(DEFAULT, RealtimeSessionCreateRequest.builder().build()))
                    .isEqualTo(URI.create("https://api.openai.com/v1/realtime/sessions"));
            assertThat(Operations.CLIENT_SECRETS.uri(GATEWAY, WireFixtures.specRealtimeRequest()))
                    .isEqualTo(URI.create("https://gateway.example.com/openai/v1/realtime/client_secrets"));
        }

        @Test
        void theCallEndpointsGoToTheCallsBaseUriWhichDefaultsToTheBaseUri() {
            CallRequest call = CallRequest.of(SDP_OFFER, null);

            assertThat(Operations.CALLS.uri(DEFAULT, call)).isEqualTo(URI.create("https://api.openai.com/v1/realtime/calls"));
            assertThat(Operations.CALLS.uri(GATEWAY, call)).isEqualTo(URI.create("https://calls.example.com/rt/v1/realtime/calls"));
            assertThat(Operations.HANGUP.uri(DEFAULT, "rtc_abc123"))
                    .isEqualTo(URI.create("https://api.openai.com/v1/realtime/calls/rtc_abc123/hangup"));
            assertThat(Operations.HANGUP.uri(GATEWAY, "rtc_abc123"))
                    .isEqualTo(URI.create("https://calls.example.com/rt/v1/realtime/calls/rtc_abc123/hangup"));
        }

        @Test
        void anAzureResourceGetsTheGaPaths() {
            ClientSettings azure = ClientSettings.builder().azureEndpoint("https://my-resource.openai.azure.com")
                    .credential(Credential.azureApiKey("0123456789abcdef0123456789abcdef")).build();

            assertThat(Operations.CLIENT_SECRETS.uri(azure, WireFixtures.specRealtimeRequest()))
                    .isEqualTo(URI.create("https://my-resource.openai.azure.com/openai/v1/realtime/client_secrets"));
        }

        @Test
        void everyOperationIsItsEndpoint() {
            assertThat(Operations.CLIENT_SECRETS.endpoint()).isEqualTo(Endpoint.CLIENT_SECRETS);
            assertThat(Operations.TRANSLATION_CLIENT_SECRETS.endpoint()).isEqualTo(Endpoint.TRANSLATION_CLIENT_SECRETS);
            assertThat(Operations.CALLS.endpoint()).isEqualTo(Endpoint.CALLS);
            assertThat(Operations.HANGUP.endpoint()).isEqualTo(Endpoint.HANGUP);
            assertThat(Operations.SESSIONS.endpoint()).isEqualTo(Endpoint.SESSIONS);
        }

        @ParameterizedTest
        @ValueSource(strings = {"rtc_abc123", "rtc_C9CiUVUzUzYIssh3ELY1d", "a", "rtc-1.2~x_y"})
        void aCallIdOfUnreservedCharactersIsAccepted(String callId) {
            assertThat(Operations.checkCallId(callId)).isEqualTo(callId);
        }

        static Stream<Arguments> badCallIds() {
            return Stream.of(
                    arguments(Named.of("empty", "")),
                    arguments(Named.of("blank", " ")),
                    arguments(Named.of("a path", "rtc_1/../../sessions")),
                    arguments(Named.of("a dot-dot segment (unreserved characters, but it would climb)", "..")),
                    arguments(Named.of("a dot segment", ".")),
                    arguments(Named.of("a query", "rtc_1?x=1")),
                    arguments(Named.of("a fragment", "rtc_1#x")),
                    arguments(Named.of("percent-encoded", "rtc%2F1")),
                    arguments(Named.of("a line break", "rtc_1\r\nX-Injected: 1")),
                    arguments(Named.of("non-ASCII", "rtc_é")),
                    arguments(Named.of("257 characters", "r".repeat(257))));
        }

        @ParameterizedTest
        @MethodSource("badCallIds")
        void anythingElseIsRefusedBeforeItReachesAPath(String callId) {
            Throwable thrown = catchThrowable(() -> Operations.checkCallId(callId));

            assertThat(thrown).isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("callId must be one path segment");
            assertThat(thrown.getMessage()).doesNotContain("\r", "\n");
        }

        @Test
        void aNullCallIdIsANullPointerException() {
            assertThatThrownBy(() -> Operations.checkCallId(null)).isExactlyInstanceOf(NullPointerException.class)
                    .hasMessage("callId must not be null");
        }
    }

    // ------------------------------------------------------------------------------------------ what

    @Nested
    class Bodies {

        @Test
        void theMintBodiesAreTheirJson() {
            Operation.Body body = Operations.CLIENT_SECRETS.body(WireFixtures.fullRealtimeRequest());
            Operation.Body translation = Operations.TRANSLATION_CLIENT_SECRETS.body(WireFixtures.specTranslationRequest());

            assertThat(body.contentType()).isEqualTo("application/json");
            assertThat(text(body.bytes())).isEqualTo(WireFixtures.FULL_REALTIME_WIRE);
            assertThat(translation.contentType()).isEqualTo("application/json");
            assertThat(translation.bytes()).isEqualTo(WireCodec.instance().encode(
                    Schemas.TRANSLATION_CLIENT_SECRET_REQUEST, WireFixtures.specTranslationRequest()));
        }

        @Test
        void theMultipartCallIsTheSpecsFormByteForByte() {
            RealtimeSessionConfig session = RealtimeSessionConfig.builder().model(RealtimeModel.GPT_REALTIME).build();

            Operation.Body body = Operations.CALLS.body(CallRequest.of(SDP_OFFER, session));

            String boundary = FormParts.boundary(body.contentType());
            assertThat(text(body.bytes())).isEqualTo(MultipartTest.digestForm(boundary, SDP_OFFER,
                    "{\"type\":\"realtime\",\"model\":\"gpt-realtime\"}"));
        }

        @Test
        void aCallWithoutASessionStaysMultipart() {
            Operation.Body body = Operations.CALLS.body(CallRequest.of(SDP_OFFER, null));

            String boundary = FormParts.boundary(body.contentType());
            assertThat(text(body.bytes())).isEqualTo(MultipartTest.digestForm(boundary, SDP_OFFER, null));
        }

        @Test
        void theOfferKeepsItsLineEndsExactly() {
            String offer = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\na=mixed-line-end\r\n\r\n";

            Operation.Body body = Operations.CALLS.body(CallRequest.of(offer, null));

            List<FormParts.Part> parts = FormParts.parse(body.bytes(), FormParts.boundary(body.contentType()));
            assertThat(parts).singleElement().satisfies(part -> assertThat(part.content()).isEqualTo(utf8(offer)));
        }

        @Test
        void withAnEphemeralKeyTheBodyIsTheRawOffer() {
            CallRequest call = CallRequest.builder().sdp(SDP_OFFER).ephemeralKey("ek_68af296e8e408191a1120ab6383263c2")
                    .build();

            Operation.Body body = Operations.CALLS.body(call);

            assertThat(body.contentType()).isEqualTo("application/sdp");
            assertThat(body.bytes()).isEqualTo(utf8(SDP_OFFER));
            assertThat(Operations.CALLS.ephemeralKey(call)).isEqualTo("ek_68af296e8e408191a1120ab6383263c2");
            assertThat(Operations.CALLS.ephemeralKey(CallRequest.of(SDP_OFFER, null))).isNull();
        }

        @Test
        void hangingUpSendsNothingAndExpectsNothing() {
            Operation.Body body = Operations.HANGUP.body("rtc_1");

            assertThat(body.bytes()).isEmpty();
            assertThat(body.contentType()).isNull();
            assertThat(Operations.HANGUP.expectsBody()).isFalse();
            assertThat(Operations.HANGUP.decode(answer(200, new byte[0]), null, REDACTOR)).isNull();
        }

        @Test
        void acceptHeadersPerEndpoint() {
            assertThat(Operations.CLIENT_SECRETS.accept()).isEqualTo("application/json");
            assertThat(Operations.TRANSLATION_CLIENT_SECRETS.accept()).isEqualTo("application/json");
            assertThat(Operations.SESSIONS.accept()).isEqualTo("application/json");
            assertThat(Operations.CALLS.accept()).isEqualTo("application/sdp");
            assertThat(Operations.HANGUP.accept()).isEqualTo("application/json");
            assertThat(Operations.CLIENT_SECRETS.expectsBody()).isTrue();
            assertThat(Operations.CALLS.expectsBody()).isTrue();
        }

        @Test
        void theSafetyIdentifierComesFromTheRequest() {
            assertThat(Operations.CLIENT_SECRETS.safetyIdentifier(WireFixtures.specRealtimeRequest().toBuilder()
                    .safetyIdentifier("u-1").build())).isEqualTo("u-1");
            assertThat(Operations.TRANSLATION_CLIENT_SECRETS.safetyIdentifier(WireFixtures.specTranslationRequest()
                    .toBuilder().safetyIdentifier("u-2").build())).isEqualTo("u-2");
            assertThat(Operations.CALLS.safetyIdentifier(CallRequest.builder().sdp(SDP_OFFER).safetyIdentifier("u-3")
                    .build())).isEqualTo("u-3");
            assertThat(Operations.CLIENT_SECRETS.safetyIdentifier(WireFixtures.specRealtimeRequest())).isNull();
            assertThat(Operations.HANGUP.safetyIdentifier("rtc_1")).isNull();
        }
    }

    // ------------------------------------------------------------------------------------------ answers

    @Nested
    class JsonAnswers {

        @Test
        void aMintAnswerCarriesItsMetadata() {
            ClientSecretResponse response = Operations.CLIENT_SECRETS.decode(answer(200, WireFixtures.CAPTURE,
                    "Content-Type", "application/json", "X-Request-ID", "req_1",
                    "x-ratelimit-remaining-requests", "99"), null, REDACTOR);

            assertThat(response.value()).isEqualTo(WireFixtures.CAPTURE_SECRET);
            assertThat(response.metadata().status()).isEqualTo(200);
            assertThat(response.metadata().requestId()).isEqualTo("req_1");
            assertThat(response.metadata().header("x-ratelimit-remaining-requests")).isEqualTo("99");
        }

        @Test
        void aTranslationAndABetaAnswer() {
            TranslationClientSecretResponse translation = Operations.TRANSLATION_CLIENT_SECRETS.decode(answer(200,
                    utf8(WireFixtures.responseExample("/realtime/translations/client_secrets")), "x-request-id", "r"),
                    null, REDACTOR);
            RealtimeSessionCreateResponse beta = Operations.SESSIONS.decode(answer(200,
                    WireFixtures.resource("spec/create-session.example-response.json")), null, REDACTOR);

            assertThat(translation.session().model()).isEqualTo("gpt-realtime-translate");
            assertThat(translation.metadata().requestId()).isEqualTo("r");
            assertThat(beta.clientSecret().value()).isEqualTo("ek_abc123");
        }

        @Test
        void aBodyThatIsNotTheAnswerIsAResponseFormatExceptionWithoutTheSecret() {
            Throwable thrown = catchThrowable(() -> Operations.CLIENT_SECRETS.decode(
                    answer(200, utf8("{\"value\":ek_SECRETVALUE123}"), "x-request-id", "req_fmt"), null, REDACTOR));

            assertThat(thrown).isExactlyInstanceOf(ResponseFormatException.class).hasNoCause();
            ResponseFormatException e = (ResponseFormatException) thrown;
            assertThat(e.status()).isEqualTo(200);
            assertThat(e.requestId()).isEqualTo("req_fmt");
            assertThat(e.getMessage()).startsWith("HTTP 200: the answer is not a client secret: malformed JSON")
                    .doesNotContain("SECRETVALUE123").endsWith("[request id req_fmt]");
        }

        @Test
        void aKeyWithoutAKnownShapeIsRedactedByValueWhenTheParserQuotesIt() {
            String proxyKey = "proxyKEY0123456789abcdef";
            Redactor redactor = Redactor.of(Credential.apiKey(proxyKey), List::of);
            byte[] body = utf8("{\"echo\":" + proxyKey + "}");
            assertThat(catchThrowable(() -> WireCodec.instance().decodeResponse(Schemas.CLIENT_SECRET_RESPONSE, body)))
                    .as("precondition: the parser quotes the token").hasMessageContaining(proxyKey);

            Throwable thrown = catchThrowable(() -> Operations.CLIENT_SECRETS.decode(answer(200, body), null, redactor));

            assertThat(thrown).isExactlyInstanceOf(ResponseFormatException.class);
            assertThat(thrown.getMessage()).doesNotContain(proxyKey).contains(Redactor.MASK);
        }

        @Test
        void aMissingEssentialFieldNamesIt() {
            assertThat(catchThrowable(() -> Operations.TRANSLATION_CLIENT_SECRETS.decode(
                    answer(201, utf8("{\"value\":\"ek_1\"}")), null, REDACTOR)))
                    .isExactlyInstanceOf(ResponseFormatException.class)
                    .hasMessage("HTTP 201: the answer is not a translation client secret: expires_at: is missing or not"
                            + " usable; the answer cannot be used without it");
        }
    }

    @Nested
    class SdpAnswers {

        private RealtimeCall call(String location, String contentType, String body) {
            return Operations.CALLS.decode(answer(201, utf8(body), "Content-Type", contentType, "Location", location,
                    "x-request-id", "req_call"), null, REDACTOR);
        }

        static Stream<Arguments> locations() {
            return Stream.of(
                    arguments(Named.of("relative, as the spec says", "/v1/realtime/calls/rtc_abc123")),
                    arguments(Named.of("absolute", "https://api.openai.com/v1/realtime/calls/rtc_abc123")),
                    arguments(Named.of("with a query", "/v1/realtime/calls/rtc_abc123?webrtcfilter=on")),
                    arguments(Named.of("with a fragment", "/v1/realtime/calls/rtc_abc123#x")),
                    arguments(Named.of("with a trailing slash", "/v1/realtime/calls/rtc_abc123/")),
                    arguments(Named.of("with trailing slashes and a query", "/v1/realtime/calls/rtc_abc123//?a=/b")),
                    arguments(Named.of("the id alone", "rtc_abc123")));
        }

        @ParameterizedTest
        @MethodSource("locations")
        void theCallIdIsTheLastSegmentOfTheLocation(String location) {
            RealtimeCall call = call(location, "application/sdp", SDP_ANSWER);

            assertThat(call.callId()).isEqualTo("rtc_abc123");
            assertThat(call.location()).isEqualTo(location);
            assertThat(call.sdpAnswer()).isEqualTo(SDP_ANSWER);
            assertThat(call.metadata().status()).isEqualTo(201);
            assertThat(call.metadata().requestId()).isEqualTo("req_call");
        }

        @Test
        void anAnswerWithoutContentTypeIsReadAsSdp() {
            RealtimeCall call = Operations.CALLS.decode(answer(201, utf8(SDP_ANSWER), "Location", "/calls/rtc_1"),
                    null, REDACTOR);

            assertThat(call.callId()).isEqualTo("rtc_1");
        }

        static Stream<Arguments> notACall() {
            return Stream.of(
                    arguments(Named.of("a JSON content type", new String[] {"/v1/realtime/calls/rtc_1",
                        "application/json; charset=utf-8", SDP_ANSWER}), "expected an SDP answer, got application/json;"
                            + " charset=utf-8"),
                    arguments(Named.of("a problem+json content type", new String[] {"/calls/rtc_1",
                        "application/problem+json", SDP_ANSWER}), "expected an SDP answer"),
                    arguments(Named.of("a body that is not SDP", new String[] {"/calls/rtc_1", "application/sdp",
                        "{\"error\":{}}"}), "the body is not an SDP answer (it does not start with \"v=0\")"),
                    arguments(Named.of("an empty body", new String[] {"/calls/rtc_1", "application/sdp", ""}),
                            "the body is not an SDP answer"),
                    arguments(Named.of("no Location", new String[] {null, "application/sdp", SDP_ANSWER}),
                            "the answer has no Location header naming the call"),
                    arguments(Named.of("a blank Location", new String[] {" ", "application/sdp", SDP_ANSWER}),
                            "the answer has no Location header naming the call"),
                    arguments(Named.of("a Location of slashes", new String[] {"///", "application/sdp", SDP_ANSWER}),
                            "the Location header does not end in a call id (was ///)"),
                    arguments(Named.of("a Location whose end is no id", new String[] {"/calls/rtc%201",
                        "application/sdp", SDP_ANSWER}), "the Location header does not end in a call id"),
                    arguments(Named.of("a Location ending in a dot-dot segment", new String[] {"/v1/realtime/calls/..",
                        "application/sdp", SDP_ANSWER}), "the Location header does not end in a call id"));
        }

        @ParameterizedTest
        @MethodSource("notACall")
        void anAnswerThatIsNotACallIsAResponseFormatException(String[] answer, String message) {
            Answer raw = answer[0] == null
                    ? answer(201, utf8(answer[2]), "Content-Type", answer[1], "x-request-id", "req_call")
                    : answer(201, utf8(answer[2]), "Content-Type", answer[1], "Location", answer[0],
                            "x-request-id", "req_call");

            Throwable thrown = catchThrowable(() -> Operations.CALLS.decode(raw, null, REDACTOR));

            assertThat(thrown).isExactlyInstanceOf(ResponseFormatException.class)
                    .hasMessageContaining(message)
                    .hasMessageEndingWith("[request id req_call]");
            assertThat(((ResponseFormatException) thrown).status()).isEqualTo(201);
        }

        @Test
        void aLocationEchoingASecretIsRedactedInTheMessage() {
            Throwable thrown = catchThrowable(() -> call("/calls/" + API_KEY + "/%", "application/sdp", SDP_ANSWER));

            assertThat(thrown).isExactlyInstanceOf(ResponseFormatException.class);
            assertThat(thrown.getMessage()).doesNotContain(API_KEY).contains(Redactor.MASK);
        }

        @Test
        void theMetadataIsTheAnswers() {
            Answer raw = answer(201, utf8(SDP_ANSWER), "Location", "/calls/rtc_1", "X-Request-Id", "r1");

            assertThat(Operations.CALLS.decode(raw, null, REDACTOR).metadata()).isEqualTo(raw.metadata());
            assertThat(raw.metadata().headers()).containsEntry("location", List.of("/calls/rtc_1"));
            assertThat(Map.copyOf(raw.metadata().headers())).containsKey("x-request-id");
        }
    }
}
