package io.github.realtimesessions.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.ClientSecret;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.JsonValue;
import io.github.realtimesessions.model.TranslationClientSecretResponse;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.InMemorySessionCreator;
import io.github.realtimesessions.testkit.TestClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code create} prints: the summary, {@code --json} and {@code --print-secret}; and never a secret otherwise. */
class CreateCommandOutputTest {

    private static final Instant NOW = Instant.parse("2026-11-02T09:30:00Z");

    private final TestClock clock = TestClock.at(NOW);
    private FakeRealtimeServer server;

    @TempDir
    Path dir;

    @BeforeEach
    void startServer() {
        server = FakeRealtimeServer.start(InMemorySessionCreator.builder().clock(clock).build());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private CliRun create(String... options) {
        List<String> args = new ArrayList<>(List.of("create"));
        args.addAll(List.of(options));
        return CliRun.run(CliRun.environmentFor(server), clock, args.toArray(String[]::new));
    }

    private ClientSecretResponse minted() {
        return server.sessions().clientSecrets().lastResponse();
    }

    @Test
    void theSummaryShowsSessionModelVoiceAndTheSecretsExpiryWithTheTimeLeft() {
        CliRun run = create("--voice", "marin", "--expires-after", "120");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).containsExactly(
                "Session   " + minted().session().id() + " (realtime)",
                "Model     gpt-realtime",
                "Voice     marin",
                "Secret    ek_****** (redacted; use --print-secret to print it)",
                "Expires   2026-11-02T09:32:00Z (in 120 s)",
                "Transport apache -> " + server.baseUri() + "/realtime/client_secrets");
    }

    @Test
    void aCustomVoiceIsShownAsTheOptionSpellsIt() {
        CliRun run = create("--voice", "custom:voice_1234");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).contains("Voice     custom:voice_1234");
    }

    @Test
    void anExpiredSecretIsShownAsExpired() {
        // The CLI reads the clock after the server minted: an hour later, a 10-minute secret has expired.
        TestClock later = TestClock.at(NOW.plus(Duration.ofHours(1)));

        CliRun run = CliRun.run(CliRun.environmentFor(server), later, "create");

        assertThat(run.outLines()).contains("Expires   2026-11-02T09:40:00Z (expired)");
    }

    @Test
    void aTranscriptionSummaryShowsTheTranscriptionModel() {
        CliRun run = create("--transcription", "--transcription-model", "gpt-4o-mini-transcribe");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).contains(
                "Session   " + minted().session().id() + " (transcription)",
                "Model     gpt-4o-mini-transcribe",
                "Voice     -");
    }

    @Test
    void aTranslationSummaryShowsTheTargetLanguage() {
        CliRun run = create("--translation", "--target-language", "es");

        assertThat(run.exitCode()).isZero();
        TranslationClientSecretResponse minted = server.sessions().translationClientSecrets().lastResponse();
        assertThat(run.outLines()).contains(
                "Session   " + minted.session().id() + " (translation)",
                "Model     gpt-realtime-translate",
                "Language  es (translated into)",
                "Transport apache -> " + server.baseUri() + "/realtime/translations/client_secrets");
    }

    @Test
    void jsonPrintsTheAnswerWithTheSecretRedacted() {
        CliRun run = create("--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(1);
        JsonObject answer = JsonObject.parse(run.out());
        assertThat(answer.get("value")).isEqualTo(JsonValue.of("<redacted>"));
        assertThat(answer.get("expires_at")).isEqualTo(JsonValue.of(minted().expiresAt().getEpochSecond()));
        assertThat(answer.get("session").asObject().get("id")).isEqualTo(JsonValue.of(minted().session().id()));
        assertThat(run.out()).doesNotContain(minted().value()).doesNotContainPattern(CliRun.SECRET_IN_CLEAR);
    }

    @Test
    void jsonRedactsTheSecretsOfAnMcpToolTheServerEchoes() throws IOException {
        Path file = dir.resolve("mcp.json");
        Files.writeString(file, """
                {"session": {"type": "realtime", "tools": [{"type": "mcp", "server_label": "docs",
                  "server_url": "https://mcp.example.com/sse", "authorization": "oauth-token-7f3e9a",
                  "headers": {"X-Api-Key": "header-secret-42c1"}}]}}
                """, StandardCharsets.UTF_8);

        CliRun run = create("--request-file", file.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"server_label\":\"docs\"", "\"authorization\":\"<redacted>\"",
                "\"X-Api-Key\":\"<redacted>\"");
        assertThat(run.all()).doesNotContain("oauth-token-7f3e9a", "header-secret-42c1");
    }

    @Test
    void printSecretPrintsTheSecretAlone() {
        CliRun run = create("--print-secret");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly(minted().value());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void noSecretAndNoKeyAppearsInAnyOtherOutput() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"session\": {\"type\": \"realtime\", \"voice\": 1}}", StandardCharsets.UTF_8);
        List<CliRun> runs = List.of(
                create(),
                create("--json"),
                create("--transcription", "--json"),
                create("--translation", "--target-language", "de"),
                create("--translation", "--target-language", "de", "--json"),
                create("--beta"),
                create("--beta", "--json"),
                create("--request-file", bad.toString()),
                create("--verbose", "--timeout", "1ms"));

        List<String> secrets = server.sessions().issuedSecrets().stream().map(ClientSecret::value).toList();
        assertThat(secrets).hasSizeGreaterThanOrEqualTo(7);
        for (CliRun run : runs) {
            assertThat(run.all()).doesNotContain(server.apiKey()).doesNotContainPattern(CliRun.SECRET_IN_CLEAR);
            for (String secret : secrets) {
                assertThat(run.all()).doesNotContain(secret);
            }
        }
    }

    @Test
    void theTransportIsShownInTheSummaryAndItsNameIsCaseInsensitive() {
        CliRun run = create("--transport", "FEIGN");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).contains("Transport feign -> " + server.baseUri() + "/realtime/client_secrets");
    }
}
