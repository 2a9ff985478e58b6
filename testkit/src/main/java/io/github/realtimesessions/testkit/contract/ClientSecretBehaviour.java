package io.github.realtimesessions.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.Audio;
import io.github.realtimesessions.model.AudioFormat;
import io.github.realtimesessions.model.AudioInput;
import io.github.realtimesessions.model.AudioOutput;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.ExpiresAfter;
import io.github.realtimesessions.model.JsonValue;
import io.github.realtimesessions.model.MaxOutputTokens;
import io.github.realtimesessions.model.Modality;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSession;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.ToolChoice;
import io.github.realtimesessions.model.TranscriptionSession;
import io.github.realtimesessions.model.TranscriptionSessionConfig;
import io.github.realtimesessions.model.Truncation;
import io.github.realtimesessions.model.TurnDetection;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.port.BadRequestException;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.SpecCaptures;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code POST /v1/realtime/client_secrets}, as every {@code SessionCreator} behaves (the in-memory fake included): the
 * capture's request gets the capture's session, a full request comes back field by field, absent and {@code null}
 * stay apart, unknown answer fields and enum values survive, and the secret lives as long as asked.
 */
public interface ClientSecretBehaviour extends ContractSupport {

    /** The capture's request gets an answer with the capture's shape and the server's defaults, field by field. */
    @Test
    default void captureRequestGetsTheCapturedSession() {
        SessionCreator creator = creator();
        Instant now = clock().instant();

        ClientSecretResponse response = creator.createClientSecret(SpecCaptures.realtimeRequest());

        assertThat(response.value()).matches("ek_[0-9a-f]{32}");
        assertThat(response.expiresAt()).isEqualTo(now.plusSeconds(600));
        assertThat(response.session()).isInstanceOf(RealtimeSession.class);
        RealtimeSession session = (RealtimeSession) response.session();
        assertThat(session.type()).isEqualTo("realtime");
        assertThat(session.object()).isEqualTo("realtime.session");
        assertThat(session.id()).matches("sess_[A-Za-z0-9]{10,}");
        assertThat(session.model()).isEqualTo(RealtimeModel.GPT_REALTIME);
        assertThat(session.outputModalities()).containsExactly(Modality.AUDIO);
        assertThat(session.instructions()).isEqualTo("You are a friendly assistant.");
        assertThat(session.tools()).isEmpty();
        assertThat(session.toolChoice()).isEqualTo(ToolChoice.AUTO);
        assertThat(session.maxOutputTokens()).isEqualTo(MaxOutputTokens.INF);
        assertThat(session.tracingSetting()).as("tracing: null on the wire").satisfies(t -> assertThat(t.isEnabled()).isFalse());
        assertThat(session.truncation()).isEqualTo(Truncation.AUTO);
        assertThat(session.promptSetting().isEnabled()).as("prompt: null").isFalse();
        assertThat(session.expiresAt()).as("the session's expires_at 0 reads as none").isNull();
        AudioInput input = session.audio().input();
        assertThat(input.format()).isEqualTo(AudioFormat.PCM_24KHZ);
        assertThat(input.transcriptionSetting().isEnabled()).as("transcription: null").isFalse();
        assertThat(input.noiseReductionSetting().isEnabled()).as("noise_reduction: null").isFalse();
        assertThat(input.turnDetection()).isInstanceOf(TurnDetection.ServerVad.class);
        TurnDetection.ServerVad vad = (TurnDetection.ServerVad) input.turnDetection();
        assertThat(vad.threshold()).isEqualTo(0.5);
        assertThat(vad.prefixPaddingMs()).isEqualTo(300);
        assertThat(vad.silenceDurationMs()).isEqualTo(200);
        assertThat(vad.idleTimeoutMsSetting().isEnabled()).as("idle_timeout_ms: null").isFalse();
        assertThat(vad.createResponse()).isTrue();
        assertThat(vad.interruptResponse()).isTrue();
        AudioOutput output = session.audio().output();
        assertThat(output.format()).isEqualTo(AudioFormat.PCM_24KHZ);
        assertThat(output.voice()).isEqualTo(Voice.ALLOY);
        assertThat(output.speed()).isEqualTo(1.0);
        assertThat(session.includeSetting().isEnabled()).as("include: null").isFalse();
        assertThat(response.metadata().requestId()).startsWith("req_");
        assertThat(response.metadata().header("openai-version")).isEqualTo("2020-10-01");
        assertThat(sessions().isValid(response.value())).isTrue();
        assertThat(sessions().clientSecrets().lastRequest()).isEqualTo(SpecCaptures.realtimeRequest());
    }

    /** A request that sets every field reaches the API unchanged, and the session echoes each of them. */
    @Test
    default void fullRealtimeRequestIsEchoedFieldByField() {
        ClientSecretRequest request = Samples.fullRealtime();
        RealtimeSessionConfig sent = Samples.fullRealtimeSession();

        ClientSecretResponse response = creator().createClientSecret(request);

        assertThat(sessions().clientSecrets().lastRequest()).as("the request as the API received it")
                .isEqualTo(request);
        RealtimeSession session = (RealtimeSession) response.session();
        assertThat(session.model()).isEqualTo(sent.model());
        assertThat(session.outputModalities()).isEqualTo(sent.outputModalities());
        assertThat(session.instructions()).isEqualTo(sent.instructions());
        assertThat(session.audio().input().format()).isEqualTo(sent.audio().input().format());
        assertThat(session.audio().input().transcription()).isEqualTo(sent.audio().input().transcription());
        assertThat(session.audio().input().noiseReduction()).isEqualTo(sent.audio().input().noiseReduction());
        assertThat(session.audio().input().turnDetection()).isEqualTo(sent.audio().input().turnDetection());
        assertThat(session.audio().output()).isEqualTo(sent.audio().output());
        assertThat(session.include()).isEqualTo(sent.include());
        assertThat(session.tracing()).isEqualTo(sent.tracing());
        assertThat(session.tools()).isEqualTo(sent.tools());
        assertThat(session.toolChoice()).isEqualTo(sent.toolChoice());
        assertThat(session.reasoning()).isEqualTo(sent.reasoning());
        assertThat(session.maxOutputTokens()).isEqualTo(sent.maxOutputTokens());
        assertThat(session.truncation()).isEqualTo(sent.truncation());
        assertThat(session.prompt()).isEqualTo(sent.prompt());
        assertThat(response.expiresAt()).isEqualTo(clock().instant().plusSeconds(120));
    }

    /** A transcription session is minted on the same endpoint, with its own object name and shape. */
    @Test
    default void transcriptionSessionIsMinted() {
        ClientSecretRequest request = Samples.fullTranscription();
        TranscriptionSessionConfig sent = (TranscriptionSessionConfig) request.session();

        ClientSecretResponse response = creator().createClientSecret(request);

        assertThat(sessions().clientSecrets().lastRequest()).isEqualTo(request);
        assertThat(response.session()).isInstanceOf(TranscriptionSession.class);
        TranscriptionSession session = (TranscriptionSession) response.session();
        assertThat(session.type()).isEqualTo("transcription");
        assertThat(session.object()).isEqualTo("realtime.transcription_session");
        assertThat(session.id()).startsWith("sess_");
        assertThat(response.expiresAt()).isEqualTo(clock().instant().plusSeconds(300));
        assertThat(session.audio().input().transcription()).isEqualTo(sent.audio().input().transcription());
        assertThat(session.audio().input().turnDetection()).isEqualTo(sent.audio().input().turnDetection());
        assertThat(session.audio().input().noiseReduction()).isEqualTo(sent.audio().input().noiseReduction());
        assertThat(session.include()).isEqualTo(sent.include());
        assertThat(sessions().isValid(response.value())).isTrue();
    }

    /** Absent, explicit {@code null} and a value stay apart on the way there and back. */
    @Test
    default void absentNullAndValueStayApart() {
        ClientSecretRequest switchedOff = ClientSecretRequest.builder()
                .session(RealtimeSessionConfig.builder()
                        .disableTracing()
                        .disablePrompt()
                        .audio(Audio.builder()
                                .input(AudioInput.builder()
                                        .disableTranscription()
                                        .disableNoiseReduction()
                                        .disableTurnDetection()
                                        .build())
                                .build())
                        .build())
                .build();

        ClientSecretResponse off = creator().createClientSecret(switchedOff);
        ClientSecretResponse unset = creator().createClientSecret(Samples.minimalRealtime());

        AudioInput received = ((RealtimeSessionConfig) sessions().clientSecrets().requests().get(0).session())
                .audio().input();
        assertThat(received.turnDetectionSetting()).as("turn detection switched off, as sent").isNotNull()
                .satisfies(setting -> assertThat(setting.isEnabled()).isFalse());
        assertThat(received.transcriptionSetting()).isNotNull();
        assertThat(received.noiseReductionSetting()).isNotNull();
        RealtimeSession offSession = (RealtimeSession) off.session();
        assertThat(offSession.audio().input().turnDetectionSetting().isEnabled()).as("off stays off").isFalse();
        assertThat(offSession.tracingSetting().isEnabled()).isFalse();
        assertThat(offSession.promptSetting().isEnabled()).isFalse();
        RealtimeSession unsetSession = (RealtimeSession) unset.session();
        assertThat(unsetSession.audio().input().turnDetection()).as("unset gets the server's default")
                .isInstanceOf(TurnDetection.ServerVad.class);
        assertThat(((RealtimeSessionConfig) sessions().clientSecrets().requests().get(1).session()).audio())
                .as("nothing set is nothing sent").isNull();
    }

    /** Fields and enum values the library does not know are kept in the answer, readable. */
    @Test
    default void unknownAnswerFieldsAndEnumValuesAreKept() {
        sessions().clientSecrets().answerNext(request -> {
            ClientSecretResponse normal = sessions().defaultAnswer(request);
            RealtimeSession session = ((RealtimeSession) normal.session()).toBuilder()
                    .model(RealtimeModel.of("gpt-realtime-2099"))
                    .audio(Audio.builder().output(AudioOutput.builder().voice(Voice.of("aurora")).build()).build())
                    .extraFieldJson("future_setting", "{\"level\":3,\"tags\":[\"a\"]}")
                    .build();
            return normal.toBuilder().session(session).extraFieldJson("secret_policy", "\"single_use\"").build();
        });

        ClientSecretResponse response = creator().createClientSecret(Samples.minimalRealtime());

        RealtimeSession session = (RealtimeSession) response.session();
        assertThat(session.model().value()).isEqualTo("gpt-realtime-2099");
        assertThat(session.model().isKnown()).isFalse();
        assertThat(session.audio().output().voice().value()).isEqualTo("aurora");
        assertThat(session.extraFields()).containsEntry("future_setting",
                JsonValue.parse("{\"level\":3,\"tags\":[\"a\"]}"));
        assertThat(response.extraFields()).containsEntry("secret_policy", JsonValue.of("single_use"));
    }

    /**
     * The secret expires when the request says (whole seconds from the server's clock), and stops being valid then.
     *
     * @param seconds the requested lifetime, or {@code null} for the default
     * @param expected the lifetime the answer must have
     */
    @ParameterizedTest
    @MethodSource("io.github.realtimesessions.testkit.contract.ClientSecretBehaviour#lifetimes")
    default void secretExpiresAfterTheRequestedLifetime(Integer seconds, long expected) {
        ClientSecretRequest.Builder request = ClientSecretRequest.builder().session(RealtimeSessionConfig.builder().build());
        if (seconds != null) {
            request.expiresAfter(ExpiresAfter.seconds(seconds));
        }
        Instant now = clock().instant();

        ClientSecretResponse response = creator().createClientSecret(request.build());

        assertThat(response.expiresAt()).isEqualTo(now.plusSeconds(expected));
        assertThat(response.clientSecret().remaining(clock())).isEqualTo(Duration.ofSeconds(expected));
        clock().advance(Duration.ofSeconds(expected - 1));
        assertThat(sessions().isValid(response.value())).isTrue();
        clock().advance(Duration.ofSeconds(1));
        assertThat(sessions().isValid(response.value())).isFalse();
        assertThat(response.clientSecret().isExpired(clock())).isTrue();
    }

    /**
     * Lifetimes of {@link #secretExpiresAfterTheRequestedLifetime}.
     *
     * @return the cases
     */
    static Stream<Arguments> lifetimes() {
        return Stream.of(
                Arguments.argumentSet("default: 600 s", null, 600L),
                Arguments.argumentSet("the minimum, 10 s", 10, 10L),
                Arguments.argumentSet("two minutes", 120, 120L),
                Arguments.argumentSet("the maximum, 7200 s", 7200, 7200L));
    }

    /** Every call gets a session and a secret of its own. */
    @Test
    default void everyCallGetsAFreshSessionAndSecret() {
        SessionCreator creator = creator();
        Set<String> secrets = new HashSet<>();
        Set<String> ids = new HashSet<>();

        for (int i = 0; i < 5; i++) {
            ClientSecretResponse response = creator.createClientSecret(Samples.realtime("call " + i));
            secrets.add(response.value());
            ids.add(response.session().id());
            assertThat(((RealtimeSession) response.session()).instructions()).isEqualTo("call " + i);
        }

        assertThat(secrets).hasSize(5);
        assertThat(ids).hasSize(5);
        assertThat(sessions().issuedSecrets()).extracting(secret -> secret.value()).containsAll(secrets);
    }

    /** The safety identifier of a request reaches the API with it. */
    @Test
    default void safetyIdentifierReachesTheApi() {
        creator().createClientSecret(Samples.minimalRealtime().toBuilder().safetyIdentifier("user-7c4a8d09ca").build());

        assertThat(sessions().clientSecrets().lastRequest().safetyIdentifier()).isEqualTo("user-7c4a8d09ca");
    }

    /**
     * A field the GA API does not have, sent through the model's escape hatch, is refused as the API refuses it:
     * {@code 400 invalid_request_error unknown_parameter} naming the field by its JSON path.
     *
     * @param request the request with the unknown field
     * @param param the path the error names
     */
    @ParameterizedTest
    @MethodSource("io.github.realtimesessions.testkit.contract.ClientSecretBehaviour#unknownParameters")
    default void fieldsTheGaApiDoesNotHaveAreRefused(ClientSecretRequest request, String param) {
        BadRequestException refused = Expect.thrownBy(BadRequestException.class,
                () -> creator().createClientSecret(request));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorType()).isEqualTo("invalid_request_error");
        assertThat(refused.errorCode()).isEqualTo("unknown_parameter");
        assertThat(refused.errorParam()).isEqualTo(param);
        assertThat(refused.requestId()).startsWith("req_");
        assertThat(sessions().issuedSecrets()).isEmpty();
    }

    /**
     * Requests with a field the GA API does not have.
     *
     * @return the cases
     */
    static Stream<Arguments> unknownParameters() {
        return Stream.of(
                Arguments.argumentSet("beta temperature in a realtime session",
                        ClientSecretRequest.builder().session(RealtimeSessionConfig.builder()
                                .extraField("temperature", JsonValue.of(0.8)).build()).build(),
                        "session.temperature"),
                Arguments.argumentSet("a model in a transcription session",
                        ClientSecretRequest.builder().session(TranscriptionSessionConfig.builder()
                                .extraField("model", JsonValue.of("gpt-4o-transcribe")).build()).build(),
                        "session.model"),
                Arguments.argumentSet("an unknown top-level field",
                        ClientSecretRequest.builder().session(RealtimeSessionConfig.builder().build())
                                .extraField("client_secret", JsonValue.parse("{\"expires_after\":{\"seconds\":60}}"))
                                .build(),
                        "client_secret"));
    }
}
