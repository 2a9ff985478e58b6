package io.github.realtimesessions.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.transport.core.internal.LibraryInfo;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, version, and the embedded fake server that needs neither network nor account. */
class RealtimeSessionsCliTest {

    @Test
    void withoutACredentialItMintsAGaSecretAgainstTheEmbeddedFakeAndSaysSo() {
        CliRun run = CliRun.run(Map.of(), "create");

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).containsExactly("No OPENAI_API_KEY set: using the embedded fake Realtime server"
                + " (no network, no account needed). Set OPENAI_API_KEY (or AZURE_OPENAI_ENDPOINT and"
                + " AZURE_OPENAI_API_KEY) to use the real API.");
        assertThat(run.outLines()).hasSize(6);
        assertThat(run.outLines().get(0)).matches("Session   sess_\\w+ \\(realtime\\)");
        assertThat(run.outLines().get(1)).isEqualTo("Model     gpt-realtime");
        assertThat(run.outLines().get(2)).startsWith("Voice     ");
        assertThat(run.outLines().get(3)).isEqualTo("Secret    ek_****** (redacted; use --print-secret to print it)");
        assertThat(run.outLines().get(4)).matches("Expires   \\S+Z \\(in \\d+ s\\)");
        assertThat(run.outLines().get(5))
                .matches("Transport apache -> http://127\\.0\\.0\\.1:\\d+/v1/realtime/client_secrets");
        assertThat(run.out()).doesNotContainPattern(CliRun.SECRET_IN_CLEAR);
    }

    @Test
    void theNoticeSaysWhenABaseUrlInTheEnvironmentIsIgnored() {
        CliRun run = CliRun.run(Map.of("OPENAI_BASE_URL", "https://gateway.example.com/v1"), "create");

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("No OPENAI_API_KEY set: using the embedded fake Realtime server")
                .contains("OPENAI_BASE_URL is ignored");
    }

    @Test
    void embeddedWinsOverAKeyInTheEnvironment() {
        // The base URL points nowhere: reaching for it would fail, so a success proves the embedded fake answered.
        Map<String, String> environment =
                Map.of("OPENAI_API_KEY", "sk-test-not-used-1234", "OPENAI_BASE_URL", "http://127.0.0.1:9/v1");

        CliRun run = CliRun.run(environment, "create", "--embedded", "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).containsExactly(
                "Using the embedded fake Realtime server (--embedded): no network, no account needed.");
        assertThat(run.out()).startsWith("{\"value\":\"<redacted>\"").doesNotContainPattern(CliRun.SECRET_IN_CLEAR);
        assertThat(run.all()).doesNotContain("sk-test-not-used-1234");
    }

    @Test
    void embeddedPrintSecretGivesOneSecretLine() {
        CliRun run = CliRun.run(Map.of(), "create", "--print-secret", "--transport", "feign");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).singleElement().asString().matches("ek_[A-Za-z0-9_-]{8,}");
    }

    @Test
    void createHelpListsEveryOptionAndTheEnvironment() {
        CliRun run = CliRun.run(Map.of(), "create", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: realtime-sessions create");
        // Help wraps at the terminal's width: compare with the line breaks folded.
        assertThat(run.out().replaceAll("\\s+", " "))
                .contains("--transcription", "--translation", "--target-language", "--beta", "2026-05-12",
                        "--model", "--voice", "custom:ID", "--instructions", "--modalities", "--turn-detection",
                        "--idle-timeout-ms", "--noise-reduction", "--transcription-model", "--language",
                        "--expires-after", "--safety-identifier", "--request-file",
                        "applied on top of", "validated as a whole before anything is sent",
                        "--json", "--print-secret",
                        "--base-url", "--azure-endpoint", "--timeout", "--max-retries", "--transport", "--embedded",
                        "--allow-insecure-http", "--verbose", "--help", "--version",
                        "OPENAI_API_KEY", "OPENAI_BASE_URL", "AZURE_OPENAI_ENDPOINT", "AZURE_OPENAI_API_KEY",
                        "REALTIME_SESSIONS_TRANSPORT", "Exit codes");
        assertThat(run.out()).doesNotContain("allowInsecureHttp", "callTimeout(", "Builder");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest(name = "{0} --help")
    @ValueSource(strings = {"call", "hangup"})
    void everyCommandHasTheConnectionOptions(String command) {
        CliRun run = CliRun.run(Map.of(), command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: realtime-sessions " + command)
                .contains("--base-url", "--azure-endpoint", "--timeout", "--max-retries", "--transport",
                        "--embedded", "--verbose", "Exit codes");
    }

    @Test
    void callHelpListsTheSdpFileAndTheSessionOptions() {
        CliRun run = CliRun.run(Map.of(), "call", "--help");

        assertThat(run.out().replaceAll("\\s+", " ")).contains("--sdp-file", "byte for byte", "standard error",
                "--voice", "--instructions", "--request-file", "--safety-identifier");
    }

    @Test
    void rootHelpListsTheCommands() {
        CliRun run = CliRun.run(Map.of(), "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: realtime-sessions").contains("create", "call", "hangup", "help");
    }

    @Test
    void helpSubcommandShowsACommandsHelp() {
        CliRun run = CliRun.run(Map.of(), "help", "create");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: realtime-sessions create").contains("--request-file");
    }

    @Test
    void versionPrintsTheLibraryVersion() {
        CliRun root = CliRun.run(Map.of(), "--version");
        CliRun create = CliRun.run(Map.of(), "create", "--version");

        assertThat(root.exitCode()).isZero();
        assertThat(root.outLines()).containsExactly("realtime-sessions " + LibraryInfo.version());
        assertThat(LibraryInfo.version()).isNotBlank().doesNotContain("${");
        assertThat(create.outLines()).containsExactly("realtime-sessions " + LibraryInfo.version());
    }

    @Test
    void verboseRaisesOnlyTheLibrarysOwnLoggers() {
        String previous = System.getProperty(RealtimeSessionsCli.LIBRARY_LOG_LEVEL_PROPERTY);
        try {
            System.clearProperty(RealtimeSessionsCli.LIBRARY_LOG_LEVEL_PROPERTY);
            RealtimeSessionsCli.configureLogging(new String[] {"create"});
            assertThat(System.getProperty(RealtimeSessionsCli.LIBRARY_LOG_LEVEL_PROPERTY)).isNull();

            RealtimeSessionsCli.configureLogging(new String[] {"create", "--verbose"});
            assertThat(System.getProperty(RealtimeSessionsCli.LIBRARY_LOG_LEVEL_PROPERTY)).isEqualTo("debug");
            assertThat(System.getProperty("org.slf4j.simpleLogger.defaultLogLevel")).isNull();
        } finally {
            if (previous == null) {
                System.clearProperty(RealtimeSessionsCli.LIBRARY_LOG_LEVEL_PROPERTY);
            } else {
                System.setProperty(RealtimeSessionsCli.LIBRARY_LOG_LEVEL_PROPERTY, previous);
            }
        }
    }
}
