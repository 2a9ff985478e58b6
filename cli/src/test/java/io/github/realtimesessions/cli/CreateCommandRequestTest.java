package io.github.realtimesessions.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.testkit.FakeRealtimeServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The request body the options build, as the fake server received it. */
class CreateCommandRequestTest {

    private FakeRealtimeServer server;

    @BeforeEach
    void startServer() {
        server = FakeRealtimeServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private String sentBody(String... args) {
        CliRun run = CliRun.run(CliRun.environmentFor(server), args);
        assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isZero();
        return server.takeRequest().bodyText();
    }

    @Test
    void everyOptionLandsInTheJsonSent() {
        String body = sentBody(
                "create",
                "--model", "gpt-4o-mini-realtime-preview",
                "--voice", "verse",
                "--instructions", "Be brief.",
                "--modalities", "text,audio",
                "--temperature", "0.7",
                "--speed", "1.25",
                "--turn-detection", "semantic_vad",
                "--transcription-model", "whisper-1",
                "--expires-after", "120",
                "--max-output-tokens", "300");

        assertThat(body).isEqualTo("{\"model\":\"gpt-4o-mini-realtime-preview\","
                + "\"modalities\":[\"text\",\"audio\"],"
                + "\"instructions\":\"Be brief.\","
                + "\"voice\":\"verse\","
                + "\"input_audio_transcription\":{\"model\":\"whisper-1\"},"
                + "\"turn_detection\":{\"type\":\"semantic_vad\"},"
                + "\"temperature\":0.7,"
                + "\"max_response_output_tokens\":300,"
                + "\"speed\":1.25,"
                + "\"client_secret\":{\"expires_after\":{\"anchor\":\"created_at\",\"seconds\":120}}}");
    }

    @Test
    void turnDetectionNoneSendsNullAndInfSendsTheKeyword() {
        String body = sentBody("create", "--turn-detection", "none", "--max-output-tokens", "inf");

        assertThat(body).isEqualTo("{\"turn_detection\":null,\"max_response_output_tokens\":\"inf\"}");
    }

    @Test
    void serverVadAndTextOnly() {
        String body = sentBody("create", "--turn-detection", "server_vad", "--modalities", "text");

        assertThat(body).isEqualTo("{\"modalities\":[\"text\"],\"turn_detection\":{\"type\":\"server_vad\"}}");
    }

    @Test
    void noOptionsSendsAnEmptyRequest() {
        assertThat(sentBody("create")).isEqualTo("{}");
    }

    @Test
    void requestFileIsSentAndOptionsOverrideItsFields(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("request.json");
        Files.writeString(file, """
                {
                  "model": "gpt-4o-mini-realtime-preview",
                  "instructions": "From the file.",
                  "temperature": 0.7,
                  "tool_choice": "none",
                  "input_audio_transcription": {"model": "whisper-1", "language": "de"},
                  "tracing": "auto"
                }
                """, StandardCharsets.UTF_8);

        String body = sentBody(
                "create", "--request-file", file.toString(), "--temperature", "0.9",
                "--transcription-model", "gpt-4o-transcribe");

        assertThat(body).isEqualTo("{\"model\":\"gpt-4o-mini-realtime-preview\","
                + "\"instructions\":\"From the file.\","
                + "\"input_audio_transcription\":{\"model\":\"gpt-4o-transcribe\",\"language\":\"de\"},"
                + "\"tool_choice\":\"none\","
                + "\"temperature\":0.9,"
                + "\"tracing\":\"auto\"}");
    }

    @Test
    void requestFileAloneIsSentAsWritten(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("request.json");
        Files.writeString(file, "{\"voice\":\"ash\",\"turn_detection\":null,\"speed\":1.1}", StandardCharsets.UTF_8);

        assertThat(sentBody("create", "--request-file", file.toString()))
                .isEqualTo("{\"voice\":\"ash\",\"turn_detection\":null,\"speed\":1.1}");
    }
}
