package io.github.realtimesessions.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.JsonValue;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.RecordedRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The request the options build, as the fake server received it: endpoint, JSON body and headers. */
class CreateCommandRequestTest {

    private FakeRealtimeServer server;

    @TempDir
    Path dir;

    @BeforeEach
    void startServer() {
        server = FakeRealtimeServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private RecordedRequest sent(String... args) {
        CliRun run = CliRun.run(CliRun.environmentFor(server), args);
        assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isZero();
        assertThat(server.requestCount()).isEqualTo(1);
        return server.takeRequest();
    }

    private static JsonValue json(String text) {
        return JsonValue.parse(text);
    }

    private Path file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void withoutOptionsItMintsAGaRealtimeSecretWithTheDefaultModel() {
        RecordedRequest request = sent("create");

        assertThat(request.path()).isEqualTo("/v1/realtime/client_secrets");
        assertThat(request.json()).isEqualTo(json("{\"session\":{\"type\":\"realtime\",\"model\":\"gpt-realtime\"}}"));
        assertThat(request.header("OpenAI-Beta")).isNull();
    }

    @Test
    void everyCommonOptionLandsInTheGaBody() {
        RecordedRequest request = sent("create",
                "--model", "gpt-realtime-mini",
                "--voice", "marin",
                "--instructions", "Be brief.",
                "--modalities", "text",
                "--turn-detection", "server_vad",
                "--idle-timeout-ms", "6000",
                "--noise-reduction", "near_field",
                "--transcription-model", "gpt-4o-transcribe",
                "--language", "en",
                "--expires-after", "120");

        assertThat(request.json()).isEqualTo(json("""
                {"expires_after": {"anchor": "created_at", "seconds": 120},
                 "session": {"type": "realtime", "model": "gpt-realtime-mini", "instructions": "Be brief.",
                   "output_modalities": ["text"],
                   "audio": {"input": {"transcription": {"model": "gpt-4o-transcribe", "language": "en"},
                                       "noise_reduction": {"type": "near_field"},
                                       "turn_detection": {"type": "server_vad", "idle_timeout_ms": 6000}},
                             "output": {"voice": "marin"}}}}
                """));
    }

    @Test
    void aCustomVoiceIsSentAsAnObjectWithItsId() {
        RecordedRequest request = sent("create", "--voice", "custom:voice_1234");

        assertThat(request.json()).isEqualTo(json("{\"session\":{\"type\":\"realtime\",\"model\":\"gpt-realtime\","
                + "\"audio\":{\"output\":{\"voice\":{\"id\":\"voice_1234\"}}}}}"));
    }

    @Test
    void noneSwitchesTurnDetectionAndNoiseReductionOffWithAnExplicitNull() {
        RecordedRequest request = sent("create", "--turn-detection", "none", "--noise-reduction", "none");

        assertThat(request.json()).isEqualTo(json("{\"session\":{\"type\":\"realtime\",\"model\":\"gpt-realtime\","
                + "\"audio\":{\"input\":{\"noise_reduction\":null,\"turn_detection\":null}}}}"));
    }

    @Test
    void semanticVadIsSentAsItsType() {
        RecordedRequest request = sent("create", "--turn-detection", "semantic_vad");

        assertThat(request.json()).isEqualTo(json("{\"session\":{\"type\":\"realtime\",\"model\":\"gpt-realtime\","
                + "\"audio\":{\"input\":{\"turn_detection\":{\"type\":\"semantic_vad\"}}}}}"));
    }

    @Test
    void anIdleTimeoutAloneImpliesServerVad() {
        RecordedRequest request = sent("create", "--idle-timeout-ms", "10000");

        assertThat(request.json().asObject().get("session").asObject().get("audio")).isEqualTo(
                json("{\"input\":{\"turn_detection\":{\"type\":\"server_vad\",\"idle_timeout_ms\":10000}}}"));
    }

    @Test
    void theSafetyIdentifierIsAHeaderNotPartOfTheBody() {
        RecordedRequest request = sent("create", "--safety-identifier", "user-5f2a9c");

        assertThat(request.header("OpenAI-Safety-Identifier")).isEqualTo("user-5f2a9c");
        assertThat(request.bodyText()).doesNotContain("user-5f2a9c");
    }

    @Test
    void transcriptionMintsATranscriptionSessionWithItsDefaultModel() {
        RecordedRequest request = sent("create", "--transcription", "--language", "en", "--turn-detection", "none");

        assertThat(request.path()).isEqualTo("/v1/realtime/client_secrets");
        assertThat(request.json()).isEqualTo(json("""
                {"session": {"type": "transcription",
                  "audio": {"input": {"transcription": {"model": "gpt-4o-transcribe", "language": "en"},
                                      "turn_detection": null}}}}
                """));
    }

    @Test
    void translationMintsOnTheTranslationEndpointWithItsDefaultModel() {
        RecordedRequest request = sent("create", "--translation", "--target-language", "es",
                "--transcription-model", "gpt-realtime-whisper", "--noise-reduction", "far_field",
                "--expires-after", "300", "--safety-identifier", "user-1");

        assertThat(request.path()).isEqualTo("/v1/realtime/translations/client_secrets");
        assertThat(request.json()).isEqualTo(json("""
                {"expires_after": {"anchor": "created_at", "seconds": 300},
                 "session": {"model": "gpt-realtime-translate",
                   "audio": {"input": {"transcription": {"model": "gpt-realtime-whisper"},
                                       "noise_reduction": {"type": "far_field"}},
                             "output": {"language": "es"}}}}
                """));
        assertThat(request.header("OpenAI-Safety-Identifier")).isEqualTo("user-1");
    }

    @Test
    void translationTakesAnotherModel() {
        RecordedRequest request = sent("create", "--translation", "--target-language", "fr", "--model",
                "gpt-realtime-translate-2026-08-01");

        assertThat(request.json().asObject().get("session").asObject().get("model"))
                .isEqualTo(JsonValue.of("gpt-realtime-translate-2026-08-01"));
    }

    @Test
    void betaKeepsTheRetiredEndpointAndSaysThatOpenAiRemovedIt() {
        CliRun run = CliRun.run(CliRun.environmentFor(server), "create", "--beta", "--voice", "ash", "--modalities",
                "audio", "--expires-after", "60");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("--beta calls POST /v1/realtime/sessions, which OpenAI removed on 2026-05-12");
        RecordedRequest request = server.takeRequest();
        assertThat(request.path()).isEqualTo("/v1/realtime/sessions");
        assertThat(request.json()).isEqualTo(json("{\"voice\":\"ash\",\"modalities\":[\"audio\",\"text\"],"
                + "\"client_secret\":{\"expires_after\":{\"anchor\":\"created_at\",\"seconds\":60}}}"));
        assertThat(run.outLines()).anyMatch(line -> line.matches("Session   sess_\\w+ \\(realtime \\(beta\\)\\)"));
    }

    @Test
    void aRequestFileIsSentAndTheOptionsAreAppliedOnTopOfIt() throws IOException {
        Path file = file("request.json", """
                {"expires_after": {"seconds": 900},
                 "session": {"type": "realtime", "model": "gpt-realtime-2", "instructions": "From the file.",
                   "tool_choice": "none", "tracing": "auto",
                   "audio": {"input": {"transcription": {"model": "whisper-1", "language": "de"},
                                       "turn_detection": {"type": "server_vad", "silence_duration_ms": 700}},
                             "output": {"voice": "cedar", "speed": 1.1}}}}
                """);

        RecordedRequest request = sent("create", "--request-file", file.toString(),
                "--voice", "marin", "--transcription-model", "gpt-4o-transcribe", "--idle-timeout-ms", "8000");

        assertThat(request.json()).isEqualTo(json("""
                {"expires_after": {"seconds": 900},
                 "session": {"type": "realtime", "model": "gpt-realtime-2", "instructions": "From the file.",
                   "tool_choice": "none", "tracing": "auto",
                   "audio": {"input": {"transcription": {"model": "gpt-4o-transcribe", "language": "de"},
                                       "turn_detection": {"type": "server_vad", "silence_duration_ms": 700,
                                                          "idle_timeout_ms": 8000}},
                             "output": {"voice": "marin", "speed": 1.1}}}}
                """));
    }

    @Test
    void anotherTurnDetectionModeReplacesTheFilesTuning() throws IOException {
        Path file = file("request.json", "{\"session\":{\"type\":\"realtime\",\"model\":\"gpt-realtime\","
                + "\"audio\":{\"input\":{\"turn_detection\":{\"type\":\"server_vad\",\"threshold\":0.7}}}}}");

        RecordedRequest request = sent("create", "--request-file", file.toString(), "--turn-detection",
                "semantic_vad");

        assertThat(request.json().toJson()).contains("\"turn_detection\":{\"type\":\"semantic_vad\"}");
    }

    @Test
    void optionsAreAppliedBeforeTheRequestIsValidated() throws IOException {
        // Each of the file's values breaks a rule; the options replace them, and only the result is validated.
        Path file = file("request.json", """
                {"expires_after": {"anchor": "created_at", "seconds": 5},
                 "session": {"type": "realtime", "output_modalities": ["audio", "text"],
                   "audio": {"input": {"turn_detection": {"type": "server_vad", "idle_timeout_ms": 100}}}}}
                """);

        RecordedRequest request = sent("create", "--request-file", file.toString(),
                "--expires-after", "600", "--modalities", "audio", "--idle-timeout-ms", "5000");

        assertThat(request.json()).isEqualTo(json("""
                {"expires_after": {"anchor": "created_at", "seconds": 600},
                 "session": {"type": "realtime", "model": "gpt-realtime", "output_modalities": ["audio"],
                   "audio": {"input": {"turn_detection": {"type": "server_vad", "idle_timeout_ms": 5000}}}}}
                """));
    }

    @Test
    void aTranscriptionRequestFileSelectsTheTranscriptionSession() throws IOException {
        Path file = file("transcription.json", """
                {"session": {"type": "transcription",
                  "audio": {"input": {"transcription": {"model": "gpt-4o-mini-transcribe"}}},
                  "include": ["item.input_audio_transcription.logprobs"]}}
                """);

        RecordedRequest request = sent("create", "--request-file", file.toString(), "--language", "fr");

        assertThat(request.json()).isEqualTo(json("""
                {"session": {"type": "transcription",
                  "audio": {"input": {"transcription": {"model": "gpt-4o-mini-transcribe", "language": "fr"}}},
                  "include": ["item.input_audio_transcription.logprobs"]}}
                """));
    }

    @Test
    void aRequestFileAloneIsSentAsWritten() throws IOException {
        String body = "{\"session\":{\"type\":\"realtime\",\"model\":\"gpt-realtime\",\"instructions\":\"Hi.\","
                + "\"audio\":{\"input\":{\"turn_detection\":null},\"output\":{\"speed\":1.2}}}}";

        RecordedRequest request = sent("create", "--request-file", file("request.json", body).toString());

        assertThat(request.json()).isEqualTo(json(body));
    }
}
