package io.github.realtimesessions.transport.core.internal;

import static io.github.realtimesessions.transport.core.internal.WireFixtures.CAPTURE;
import static io.github.realtimesessions.transport.core.internal.WireFixtures.CAPTURE_SECRET;
import static io.github.realtimesessions.transport.core.internal.WireFixtures.json;
import static io.github.realtimesessions.transport.core.internal.WireFixtures.tree;
import static io.github.realtimesessions.transport.core.internal.WireFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.realtimesessions.model.AudioFormat;
import io.github.realtimesessions.model.AudioFormatType;
import io.github.realtimesessions.model.AudioInput;
import io.github.realtimesessions.model.AudioOutput;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.FunctionTool;
import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.JsonValue;
import io.github.realtimesessions.model.MaxOutputTokens;
import io.github.realtimesessions.model.Modality;
import io.github.realtimesessions.model.NoiseReductionType;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSession;
import io.github.realtimesessions.model.ResponseMetadata;
import io.github.realtimesessions.model.Session;
import io.github.realtimesessions.model.Setting;
import io.github.realtimesessions.model.Tool;
import io.github.realtimesessions.model.ToolChoice;
import io.github.realtimesessions.model.TranscriptionModel;
import io.github.realtimesessions.model.TranscriptionSession;
import io.github.realtimesessions.model.TranslationClientSecretResponse;
import io.github.realtimesessions.model.TranslationSession;
import io.github.realtimesessions.model.Truncation;
import io.github.realtimesessions.model.TurnDetection;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.model.internal.Schemas;
import java.time.Instant;
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

/**
 * Reading answers: leniently, so that a newer server never breaks this client, and strictly only where the answer
 * is useless without a field (the secret and its expiry). The real capture and the spec's examples decode to typed
 * values and encode back to the same JSON.
 */
class WireCodecResponseDecodingTest {

    private static final WireCodec CODEC = WireCodec.instance();

    private static ClientSecretResponse mint(String json) {
        return CODEC.decodeResponse(Schemas.CLIENT_SECRET_RESPONSE, utf8(json));
    }

    /** A client secret answer around a session object. */
    private static String around(String session) {
        return "{\"value\":\"ek_1\",\"expires_at\":1769808455,\"session\":" + session + "}";
    }

    private static RealtimeSession realtime(String members) {
        return (RealtimeSession) mint(around("{\"type\":\"realtime\",\"object\":\"realtime.session\",\"id\":\"sess_1\""
                + (members.isEmpty() ? "" : "," + members) + "}")).session();
    }

    private static AudioInput input(String members) {
        return realtime("\"audio\":{\"input\":{" + members + "}}").audio().input();
    }

    // ------------------------------------------------------------------------------------------ the capture

    @Nested
    class TheCapture {

        private final ClientSecretResponse response = CODEC.decodeResponse(Schemas.CLIENT_SECRET_RESPONSE, CAPTURE);

        @Test
        void theSecretAndItsExpiry() {
            assertThat(response.value()).isEqualTo(CAPTURE_SECRET);
            assertThat(response.expiresAt()).isEqualTo(Instant.ofEpochSecond(1769808455));
            assertThat(response.extraFields()).isEmpty();
            assertThat(response.toString()).doesNotContain(CAPTURE_SECRET.substring(3));
        }

        @Test
        void theSessionIsTypedWithEveryFieldTheServerSent() {
            assertThat(response.session()).isInstanceOf(RealtimeSession.class);
            RealtimeSession session = (RealtimeSession) response.session();

            assertThat(session.type()).isEqualTo("realtime");
            assertThat(session.object()).isEqualTo("realtime.session");
            assertThat(session.id()).isEqualTo("sess_D3q9v5LPrGYFBWFRtHAJp");
            assertThat(session.model()).isEqualTo(RealtimeModel.GPT_REALTIME);
            assertThat(session.outputModalities()).containsExactly(Modality.AUDIO);
            assertThat(session.instructions()).isEqualTo("You are a friendly assistant.");
            assertThat(session.tools()).isEmpty();
            assertThat(session.toolChoice()).isEqualTo(ToolChoice.AUTO);
            assertThat(session.maxOutputTokens()).isEqualTo(MaxOutputTokens.INF);
            assertThat(session.tracingSetting()).isEqualTo(Setting.disabled());
            assertThat(session.truncation()).isEqualTo(Truncation.AUTO);
            assertThat(session.promptSetting()).isEqualTo(Setting.disabled());
            assertThat(session.expiresAt()).as("expires_at 0 means none").isNull();
            assertThat(session.includeSetting()).isEqualTo(Setting.disabled());
            assertThat(session.reasoning()).isNull();
            assertThat(session.extraFields()).isEmpty();
        }

        @Test
        void theAudioWithTheServersDefaults() {
            RealtimeSession session = (RealtimeSession) response.session();
            AudioInput input = session.audio().input();
            AudioOutput output = session.audio().output();

            assertThat(input.format()).isEqualTo(AudioFormat.PCM_24KHZ);
            assertThat(input.transcriptionSetting()).isEqualTo(Setting.disabled());
            assertThat(input.noiseReductionSetting()).isEqualTo(Setting.disabled());
            assertThat(input.turnDetection()).isInstanceOfSatisfying(TurnDetection.ServerVad.class, vad -> {
                assertThat(vad.threshold()).isEqualTo(0.5);
                assertThat(vad.prefixPaddingMs()).isEqualTo(300);
                assertThat(vad.silenceDurationMs()).isEqualTo(200);
                assertThat(vad.idleTimeoutMsSetting()).isEqualTo(Setting.disabled());
                assertThat(vad.createResponse()).isTrue();
                assertThat(vad.interruptResponse()).isTrue();
                assertThat(vad.extraFields()).isEmpty();
            });
            assertThat(output.format()).isEqualTo(AudioFormat.PCM_24KHZ);
            assertThat(output.voice()).isEqualTo(Voice.ALLOY);
            assertThat(output.speed()).isEqualTo(1.0);
        }

        @Test
        void itEncodesBackToTheSameJson() {
            assertThat(tree(CODEC.encode(Schemas.CLIENT_SECRET_RESPONSE, response))).isEqualTo(tree(CAPTURE));
        }

        @Test
        void theFinishCallbackCompletesTheRootBuilder() {
            ResponseMetadata metadata = ResponseMetadata.of(200, Map.of("x-request-id", List.of("req_1")));

            ClientSecretResponse withMetadata = CODEC.decodeResponse(
                    Schemas.CLIENT_SECRET_RESPONSE, CAPTURE, builder -> builder.metadata(metadata));

            assertThat(withMetadata.metadata().requestId()).isEqualTo("req_1");
            assertThat(withMetadata.value()).isEqualTo(CAPTURE_SECRET);
        }
    }

    // ------------------------------------------------------------------------------------------ spec examples

    @Nested
    class TheSpecsExamples {

        @Test
        void theMintAnswerOfTheSchemaDecodesAndEncodesBack() {
            String example = WireFixtures.schemaExample("RealtimeCreateClientSecretResponse");

            ClientSecretResponse response = mint(example);

            RealtimeSession session = (RealtimeSession) response.session();
            assertThat(session.model()).isEqualTo(RealtimeModel.of("gpt-realtime-2025-08-25"));
            assertThat(session.model().isKnown()).isFalse();
            assertThat(tree(CODEC.encode(Schemas.CLIENT_SECRET_RESPONSE, response))).isEqualTo(tree(example));
        }

        @Test
        void theMintAnswerOfThePathIsNotJsonAndFailsAsAWireFormatExceptionOnly() {
            String example = WireFixtures.responseExample("/realtime/client_secrets");

            Throwable thrown = catchThrowable(() -> mint(example));

            assertThat(thrown).isExactlyInstanceOf(WireFormatException.class).hasMessageStartingWith("malformed JSON");
        }

        @Test
        void theMintAnswerOfThePathWithItsTrailingCommaRemoved() {
            String repaired = WireFixtures.responseExample("/realtime/client_secrets")
                    .replace("\"type\": \"server_vad\",\n", "\"type\": \"server_vad\"\n");

            ClientSecretResponse response = mint(repaired);

            assertThat(((RealtimeSession) response.session()).audio().input().turnDetection())
                    .isEqualTo(TurnDetection.serverVad().build());
            assertThat(tree(CODEC.encode(Schemas.CLIENT_SECRET_RESPONSE, response))).isEqualTo(tree(repaired));
        }

        @Test
        void theTranslationAnswersDecodeAndEncodeBack() {
            for (String example : List.of(
                    WireFixtures.responseExample("/realtime/translations/client_secrets"),
                    WireFixtures.schemaExample("RealtimeTranslationClientSecretCreateResponse"))) {
                TranslationClientSecretResponse response = CODEC.decodeResponse(
                        Schemas.TRANSLATION_CLIENT_SECRET_RESPONSE, utf8(example));

                TranslationSession session = response.session();
                assertThat(response.value()).isEqualTo("ek_68af296e8e408191a1120ab6383263c2");
                assertThat(session.expiresAt()).isEqualTo(Instant.ofEpochSecond(1756310470));
                assertThat(session.model()).isEqualTo("gpt-realtime-translate");
                assertThat(session.audio().output().language()).isEqualTo("es");
                assertThat(session.audio().input().noiseReductionSetting()).isEqualTo(Setting.disabled());
                assertThat(tree(CODEC.encode(Schemas.TRANSLATION_CLIENT_SECRET_RESPONSE, response)))
                        .isEqualTo(tree(example));
            }
        }

        @Test
        void theTranscriptionSessionWithItsSchemaDefects() {
            // §8.2: "format": "pcm16" (a beta string), "language": null where the schema wants a string.
            TranscriptionSession session = CODEC.decodeResponse(Schemas.TRANSCRIPTION_SESSION,
                    utf8(WireFixtures.schemaExample("RealtimeTranscriptionSessionCreateResponseGA")));

            assertThat(session.id()).isEqualTo("sess_BBwZc7cFV3XizEyKGDCGL");
            assertThat(session.object()).isEqualTo("realtime.transcription_session");
            assertThat(session.expiresAt()).isEqualTo(Instant.ofEpochSecond(1742188264));
            AudioInput input = session.audio().input();
            assertThat(input.format()).isEqualTo(AudioFormat.PCM_24KHZ);
            assertThat(input.transcription().model()).isEqualTo(TranscriptionModel.GPT_4O_TRANSCRIBE);
            assertThat(input.transcription().language()).isNull();
            assertThat(input.transcription().prompt()).isEmpty();
            assertThat(input.transcription().extraFields()).isEmpty();
            assertThat(input.noiseReductionSetting()).isEqualTo(Setting.disabled());
            assertThat(input.turnDetection()).isInstanceOf(TurnDetection.ServerVad.class);
            assertThat(session.includeSetting().valueOrNull()).hasSize(1);
            assertThat(session.extraFields()).isEmpty();
        }
    }

    // ------------------------------------------------------------------------------------------ leniency

    @Nested
    class Leniency {

        @Test
        void unknownFieldsAreKeptAtEveryLevel() {
            ClientSecretResponse response = mint("{\"value\":\"ek_1\",\"expires_at\":1,\"region\":\"eu\","
                    + "\"session\":{\"type\":\"realtime\",\"id\":\"s\",\"beta_knob\":{\"a\":[1,null]},"
                    + "\"audio\":{\"input\":{\"echo_cancellation\":true,\"turn_detection\":{\"type\":\"server_vad\","
                    + "\"new_knob\":2}}}}}");

            RealtimeSession session = (RealtimeSession) response.session();
            assertThat(response.extraFields()).containsExactly(Map.entry("region", JsonValue.of("eu")));
            assertThat(session.extraFields()).containsExactly(Map.entry("beta_knob", json("{\"a\":[1,null]}")));
            assertThat(session.audio().input().extraFields())
                    .containsExactly(Map.entry("echo_cancellation", JsonValue.of(true)));
            assertThat(((TurnDetection.ServerVad) session.audio().input().turnDetection()).extraFields())
                    .containsExactly(Map.entry("new_knob", JsonValue.of(2)));
        }

        static Stream<Arguments> mistypedFields() {
            return Stream.of(
                    mistyped("instructions as a number", "\"instructions\":5", "instructions", "5"),
                    mistyped("output modalities as a string", "\"output_modalities\":\"audio\"", "output_modalities",
                            "\"audio\""),
                    mistyped("tools as an object", "\"tools\":{\"a\":1}", "tools", "{\"a\":1}"),
                    mistyped("max output tokens as a boolean", "\"max_output_tokens\":true", "max_output_tokens",
                            "true"),
                    mistyped("max output tokens beyond 32 bits", "\"max_output_tokens\":4294967296",
                            "max_output_tokens", "4294967296"),
                    mistyped("tool choice as an empty object", "\"tool_choice\":{}", "tool_choice", "{}"),
                    mistyped("tool choice of an unknown type", "\"tool_choice\":{\"type\":\"web\"}", "tool_choice",
                            "{\"type\":\"web\"}"),
                    mistyped("tracing as a number", "\"tracing\":1", "tracing", "1"),
                    mistyped("audio as an array", "\"audio\":[1]", "audio", "[1]"),
                    mistyped("model as an object", "\"model\":{\"id\":\"m\"}", "model", "{\"id\":\"m\"}"),
                    mistyped("a blank model", "\"model\":\" \"", "model", "\" \""),
                    mistyped("include as a string", "\"include\":\"x\"", "include", "\"x\""),
                    mistyped("expires_at as a string", "\"expires_at\":\"soon\"", "expires_at", "\"soon\""),
                    mistyped("expires_at negative", "\"expires_at\":-1", "expires_at", "-1"),
                    mistyped("expires_at beyond Instant", "\"expires_at\":99999999999999999", "expires_at",
                            "99999999999999999"));
        }

        private static Arguments mistyped(String name, String member, String field, String raw) {
            return arguments(Named.of(name, member), field, raw);
        }

        @ParameterizedTest
        @MethodSource("mistypedFields")
        void aKnownFieldWithAnUnexpectedShapeIsKeptAmongTheExtraFields(String member, String field, String raw) {
            RealtimeSession session = realtime(member);

            assertThat(session.extraFields()).containsExactly(Map.entry(field, json(raw)));
            assertThat(tree(CODEC.encode(Schemas.REALTIME_SESSION, session)).path(field)).isEqualTo(tree(raw));
        }

        @Test
        void aMistypedNestedFieldIsKeptOnItsOwnType() {
            AudioOutput output = realtime("\"audio\":{\"output\":{\"voice\":\"marin\",\"speed\":\"fast\"}}")
                    .audio().output();

            assertThat(output.voice()).isEqualTo(Voice.MARIN);
            assertThat(output.speed()).isNull();
            assertThat(output.extraFields()).containsExactly(Map.entry("speed", JsonValue.of("fast")));
        }

        @Test
        void aMistypedElementIsDroppedAndTheRestKept() {
            RealtimeSession session = realtime("\"output_modalities\":[\"audio\",7,null,\"text\"]");

            assertThat(session.outputModalities()).containsExactly(Modality.AUDIO, Modality.TEXT);
        }

        @Test
        void unknownEnumValuesRoundTrip() {
            String members = "\"model\":\"gpt-realtime-2099\",\"output_modalities\":[\"video\"],"
                    + "\"include\":[\"item.new\"],\"audio\":{\"input\":{\"format\":{\"type\":\"audio/opus\",\"rate\":48000},"
                    + "\"noise_reduction\":{\"type\":\"studio\"},\"transcription\":{\"model\":\"whisper-9\","
                    + "\"delay\":\"glacial\"}},\"output\":{\"voice\":\"nova-2\"}},\"reasoning\":{\"effort\":\"max\"}";
            RealtimeSession session = realtime(members);

            assertThat(session.model()).isEqualTo(RealtimeModel.of("gpt-realtime-2099"));
            assertThat(session.model().isKnown()).isFalse();
            assertThat(session.outputModalities()).containsExactly(Modality.of("video"));
            assertThat(session.audio().input().format().type()).isEqualTo(AudioFormatType.of("audio/opus"));
            assertThat(session.audio().input().noiseReduction().type()).isEqualTo(NoiseReductionType.of("studio"));
            assertThat(session.audio().output().voice()).isEqualTo(Voice.of("nova-2"));
            assertThat(session.extraFields()).isEmpty();
            assertThat(tree(CODEC.encode(Schemas.REALTIME_SESSION, session)))
                    .isEqualTo(tree("{\"type\":\"realtime\",\"object\":\"realtime.session\",\"id\":\"sess_1\","
                            + members + ",\"expires_at\":0}"));
        }

        @Test
        void unknownKeywordsOfTheUnionsRoundTrip() {
            RealtimeSession session = realtime("\"tool_choice\":\"sometimes\",\"max_output_tokens\":\"lots\","
                    + "\"tracing\":\"manual\",\"truncation\":\"smart\"");

            assertThat(session.toolChoice()).isEqualTo(new ToolChoice.Mode("sometimes"));
            assertThat(session.maxOutputTokens()).isEqualTo(new MaxOutputTokens.Keyword("lots"));
            assertThat(session.tracing()).hasToString("manual");
            assertThat(session.truncation()).isEqualTo(new Truncation.Mode("smart"));
            assertThat(session.extraFields()).isEmpty();
        }

        @Test
        void unknownVariantsAreKeptWholeAndRoundTrip() {
            String tool = "{\"type\":\"web_search\",\"domains\":[\"a.example\"]}";
            String detection = "{\"type\":\"future_vad\",\"level\":3}";
            String future = "{\"type\":\"conversation\",\"id\":\"sess_9\",\"expires_at\":1700000000,\"x\":{}}";

            RealtimeSession session = realtime("\"tools\":[" + tool + ",{\"type\":\"function\",\"name\":\"f\"}],"
                    + "\"audio\":{\"input\":{\"turn_detection\":" + detection + "}}");
            ClientSecretResponse other = mint(around(future));

            assertThat(session.tools()).containsExactly(new Tool.Unknown(JsonObject.parse(tool)),
                    FunctionTool.builder().name("f").build());
            assertThat(session.audio().input().turnDetection())
                    .isEqualTo(new TurnDetection.Unknown(JsonObject.parse(detection)));
            assertThat(session.audio().input().turnDetection().type()).isEqualTo("future_vad");
            assertThat(other.session()).isEqualTo(new Session.Unknown(JsonObject.parse(future)));
            assertThat(other.session().type()).isEqualTo("conversation");
            assertThat(other.session().id()).isEqualTo("sess_9");
            assertThat(other.session().expiresAt()).isEqualTo(Instant.ofEpochSecond(1700000000));
            assertThat(tree(CODEC.encode(Schemas.CLIENT_SECRET_RESPONSE, other))).isEqualTo(tree(around(future)));
            assertThat(tree(CODEC.encode(Schemas.REALTIME_SESSION, session)).path("tools").path(0)).isEqualTo(tree(tool));
            assertThat(tree(CODEC.encode(Schemas.REALTIME_SESSION, session)).at("/audio/input/turn_detection"))
                    .isEqualTo(tree(detection));
        }

        @Test
        void aDiscriminatorThatIsNotTheFirstMemberStillSelectsTheVariant() {
            ClientSecretResponse response = mint("{\"session\":{\"id\":\"sess_1\",\"audio\":{\"input\":{"
                    + "\"turn_detection\":{\"threshold\":0.7,\"create_response\":false,\"type\":\"semantic_vad\","
                    + "\"eagerness\":\"high\"}}},\"tools\":[{\"name\":\"f\",\"type\":\"function\"}],"
                    + "\"type\":\"realtime\"},\"expires_at\":1,\"value\":\"ek_1\"}");

            assertThat(response.session()).isInstanceOf(RealtimeSession.class);
            RealtimeSession session = (RealtimeSession) response.session();
            assertThat(session.id()).isEqualTo("sess_1");
            assertThat(session.tools()).containsExactly(FunctionTool.builder().name("f").build());
            assertThat(session.audio().input().turnDetection()).isInstanceOfSatisfying(TurnDetection.SemanticVad.class,
                    vad -> {
                        assertThat(vad.createResponse()).isFalse();
                        assertThat(vad.extraFields()).as("threshold is not semantic VAD's")
                                .containsExactly(Map.entry("threshold", JsonValue.of(0.7)));
                    });
        }

        @Test
        void anEmptyObjectInAUnion() {
            RealtimeSession session = realtime("\"tools\":[{}],\"audio\":{\"input\":{\"turn_detection\":{}}}");
            ClientSecretResponse empty = mint(around("{}"));

            assertThat(session.tools()).containsExactly(new Tool.Unknown(JsonObject.empty()));
            assertThat(session.audio().input().turnDetection()).isEqualTo(new TurnDetection.Unknown(JsonObject.empty()));
            assertThat(empty.session()).isEqualTo(new Session.Unknown(JsonObject.empty()));
            assertThat(empty.session().type()).isNull();
        }

        static Stream<Arguments> legacyFormats() {
            return Stream.of(
                    arguments("pcm16", AudioFormat.PCM_24KHZ),
                    arguments("g711_ulaw", AudioFormat.PCMU),
                    arguments("g711_alaw", AudioFormat.PCMA),
                    arguments("audio/pcm", AudioFormat.builder().type(AudioFormatType.PCM).build()),
                    arguments("opus", AudioFormat.builder().type(AudioFormatType.of("opus")).build()));
        }

        @ParameterizedTest
        @MethodSource("legacyFormats")
        void aBetaStyleFormatStringReadsAsAnAudioFormat(String format, AudioFormat expected) {
            AudioInput input = input("\"format\":\"" + format + "\"");

            assertThat(input.format()).isEqualTo(expected);
            assertThat(input.extraFields()).isEmpty();
        }

        @Test
        void expiresAtZeroOnASessionReadsAsNoneAndIsWrittenAsZero() {
            RealtimeSession session = realtime("\"expires_at\":0");

            assertThat(session.expiresAt()).isNull();
            assertThat(tree(CODEC.encode(Schemas.REALTIME_SESSION, session)).path("expires_at").asLong()).isZero();
            assertThat(realtime("\"expires_at\":1742188264").expiresAt()).isEqualTo(Instant.ofEpochSecond(1742188264));
        }

        @ParameterizedTest
        @ValueSource(strings = {"instructions", "model", "audio", "tools", "tool_choice", "max_output_tokens",
            "truncation", "output_modalities", "expires_at", "reasoning"})
        void nullForAFieldThatNullDoesNotSwitchOffReadsAsAbsent(String field) {
            RealtimeSession session = realtime("\"" + field + "\":null");

            assertThat(session.extraFields()).isEmpty();
            assertThat(tree(CODEC.encode(Schemas.REALTIME_SESSION, session)).has(field))
                    .as("%s is left out again (expires_at: written as 0)", field)
                    .isEqualTo(field.equals("expires_at"));
            assertThat(session).isEqualTo(realtime(""));
        }

        @Test
        void nullWhereItSwitchesAFeatureOffIsKeptAsOff() {
            RealtimeSession session = realtime("\"tracing\":null,\"prompt\":null,\"include\":null,\"audio\":{\"input\":"
                    + "{\"transcription\":null,\"noise_reduction\":null,\"turn_detection\":null}}");

            assertThat(session.tracingSetting()).isEqualTo(Setting.disabled());
            assertThat(session.promptSetting()).isEqualTo(Setting.disabled());
            assertThat(session.includeSetting()).isEqualTo(Setting.disabled());
            assertThat(session.audio().input().transcriptionSetting()).isEqualTo(Setting.disabled());
            assertThat(session.audio().input().noiseReductionSetting()).isEqualTo(Setting.disabled());
            assertThat(session.audio().input().turnDetectionSetting()).isEqualTo(Setting.disabled());
        }

        @Test
        void aCustomVoiceIsReadAsACustomVoice() {
            assertThat(realtime("\"audio\":{\"output\":{\"voice\":{\"id\":\"voice_1234\"}}}").audio().output().voice())
                    .isEqualTo(Voice.custom("voice_1234"));
            assertThat(realtime("\"audio\":{\"output\":{\"voice\":{\"name\":\"x\"}}}").audio().output().extraFields())
                    .containsExactly(Map.entry("voice", json("{\"name\":\"x\"}")));
        }

        @Test
        void membersInAnyOrderAndRepeatedMembers() {
            ClientSecretResponse response = mint("{\"session\":{\"type\":\"transcription\",\"id\":\"t\"},"
                    + "\"expires_at\":5,\"value\":\"ek_a\",\"value\":\"ek_b\"}");

            assertThat(response.value()).as("the last of a repeated member wins").isEqualTo("ek_b");
            assertThat(response.session()).isInstanceOf(TranscriptionSession.class);
        }
    }

    // ------------------------------------------------------------------------------------------ essentials

    @Nested
    class EssentialFields {

        static Stream<Arguments> unusableExpiries() {
            return Stream.of(
                    arguments(Named.of("beyond Instant", "99999999999999999")),
                    arguments(Named.of("beyond 64 bits", "99999999999999999999999")),
                    arguments(Named.of("an overflowing exponent", "1e400")),
                    arguments(Named.of("a string", "\"x\"")),
                    arguments(Named.of("a numeric string", "\"1769808455\"")),
                    arguments(Named.of("negative", "-5")),
                    arguments(Named.of("fractional", "1.5")),
                    arguments(Named.of("null", "null")),
                    arguments(Named.of("an object", "{}")),
                    arguments(Named.of("a boolean", "true")));
        }

        @ParameterizedTest
        @MethodSource("unusableExpiries")
        void aSecretsExpiryThatIsNotAUsableTimeIsAWireFormatExceptionNamingIt(String expiresAt) {
            String body = "{\"value\":\"ek_1\",\"expires_at\":" + expiresAt + ",\"session\":{\"type\":\"realtime\"}}";

            Throwable mint = catchThrowable(() -> mint(body));
            Throwable translation = catchThrowable(() -> CODEC.decodeResponse(
                    Schemas.TRANSLATION_CLIENT_SECRET_RESPONSE, utf8(body)));

            for (Throwable thrown : List.of(mint, translation)) {
                assertThat(thrown).isExactlyInstanceOf(WireFormatException.class)
                        .hasMessage("expires_at: is missing or not usable; the answer cannot be used without it");
                assertThat(((WireFormatException) thrown).field()).isEqualTo("expires_at");
            }
        }

        @Test
        void zeroIsAnExpiryForTheSecretUnlikeForASession() {
            assertThat(mint("{\"value\":\"ek_1\",\"expires_at\":0}").expiresAt()).isEqualTo(Instant.EPOCH);
        }

        static Stream<Arguments> unusableValues() {
            return Stream.of(
                    arguments(Named.of("absent", "{\"expires_at\":1}")),
                    arguments(Named.of("null", "{\"value\":null,\"expires_at\":1}")),
                    arguments(Named.of("a number", "{\"value\":5,\"expires_at\":1}")),
                    arguments(Named.of("an object", "{\"value\":{\"v\":\"ek_1\"},\"expires_at\":1}")));
        }

        @ParameterizedTest
        @MethodSource("unusableValues")
        void aMissingOrMistypedSecretIsAWireFormatExceptionNamingIt(String body) {
            Throwable thrown = catchThrowable(() -> mint(body));

            assertThat(thrown).isExactlyInstanceOf(WireFormatException.class);
            assertThat(((WireFormatException) thrown).field()).isEqualTo("value");
        }

        @Test
        void theSessionIsNotEssential() {
            ClientSecretResponse response = mint("{\"value\":\"ek_1\",\"expires_at\":1}");

            assertThat(response.session()).isNull();
        }
    }

    // ------------------------------------------------------------------------------------------ not JSON

    static Stream<Arguments> notAnObject() {
        return Stream.of(
                arguments(Named.of("empty", ""), "the body is empty, not a JSON object"),
                arguments(Named.of("whitespace", "  \n"), "the body is empty, not a JSON object"),
                arguments(Named.of("an array", "[]"), "expected a JSON object, found an array"),
                arguments(Named.of("a string", "\"ek_1\""), "expected a JSON object, found a string"),
                arguments(Named.of("null", "null"), "expected a JSON object, found null"),
                arguments(Named.of("two objects", "{\"value\":\"ek_1\",\"expires_at\":1}{}"),
                        "unexpected content after the JSON object"));
    }

    @ParameterizedTest
    @MethodSource("notAnObject")
    void aBodyThatIsNotOneJsonObject(String body, String message) {
        assertThat(catchThrowable(() -> mint(body))).isExactlyInstanceOf(WireFormatException.class).hasMessage(message);
    }

    @Test
    void nestingDeeperThanTheGuardIsRefused() {
        String deep = "[".repeat(WireCodec.MAX_NESTING_DEPTH + 10) + "]".repeat(WireCodec.MAX_NESTING_DEPTH + 10);

        assertThat(catchThrowable(() -> mint("{\"value\":\"ek_1\",\"expires_at\":1,\"x\":" + deep + "}")))
                .isExactlyInstanceOf(WireFormatException.class)
                .hasMessageStartingWith("malformed JSON");
    }

    // ------------------------------------------------------------------------------------------ free JSON, errors

    @Test
    void freeFormJson() {
        assertThat(CODEC.decodeJson(utf8(" {\"a\":[1,2.50,\"x\",null,true]} "))).isEqualTo(json("{\"a\":[1,2.50,\"x\",null,true]}"));
        assertThat(CODEC.decodeJson(utf8("1e400"))).isEqualTo(json("1e400"));
        assertThat(catchThrowable(() -> CODEC.decodeJson(utf8("")))).isExactlyInstanceOf(WireFormatException.class);
        assertThat(catchThrowable(() -> CODEC.decodeJson(utf8("{} {}")))).isExactlyInstanceOf(WireFormatException.class);
        assertThat(catchThrowable(() -> CODEC.decodeJson(utf8("{\"a\":")))).isExactlyInstanceOf(WireFormatException.class);
    }

    static Stream<Arguments> errorBodies() {
        return Stream.of(
                arguments(Named.of("the OpenAI shape",
                                "{\"error\":{\"message\":\"m\",\"type\":\"t\",\"param\":\"p\",\"code\":\"c\"}}"),
                        new OpenAiErrorBody("m", "t", "p", "c")),
                arguments(Named.of("nulls and a numeric code",
                                "{\"error\":{\"message\":\"m\",\"type\":null,\"param\":null,\"code\":429}}"),
                        new OpenAiErrorBody("m", null, null, "429")),
                arguments(Named.of("other members around and inside",
                                "{\"status\":400,\"error\":{\"details\":{\"a\":[1]},\"message\":\"bad\"},\"x\":[]}"),
                        new OpenAiErrorBody("bad", null, null, null)),
                arguments(Named.of("the beta shape disabled",
                                "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"beta_api_shape_disabled\","
                                        + "\"message\":\"The Realtime Beta API is no longer supported.\"}}"),
                        new OpenAiErrorBody("The Realtime Beta API is no longer supported.", "invalid_request_error",
                                null, "beta_api_shape_disabled")),
                arguments(Named.of("error as a string", "{\"error\":\"nope\"}"), null),
                arguments(Named.of("no error member", "{\"message\":\"nope\"}"), null),
                arguments(Named.of("HTML", "<html>502</html>"), null),
                arguments(Named.of("cut short", "{\"error\":{\"message\":\"cut"), null),
                arguments(Named.of("an array", "[{\"error\":{}}]"), null),
                arguments(Named.of("empty", ""), null));
    }

    @ParameterizedTest
    @MethodSource("errorBodies")
    void errorBodiesAreReadWhenTheyHaveTheOpenAiShape(String body, OpenAiErrorBody expected) {
        assertThat(CODEC.decodeError(utf8(body))).isEqualTo(expected);
    }

    @Test
    void anErrorBodyIsWrittenWithAllFourMembers() {
        byte[] body = CODEC.encodeError(new OpenAiErrorBody("m", "invalid_request_error", null, "c"));

        assertThat(WireFixtures.text(body)).isEqualTo("{\"error\":{\"message\":\"m\",\"type\":\"invalid_request_error\","
                + "\"param\":null,\"code\":\"c\"}}");
        assertThat(CODEC.decodeError(body)).isEqualTo(new OpenAiErrorBody("m", "invalid_request_error", null, "c"));
        assertThat(CODEC.decodeError(null)).isNull();
    }
}
