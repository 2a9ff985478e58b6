package io.github.realtimesessions.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.transport.core.LibraryInfo;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Help, version, and the embedded fake that needs neither network nor account. */
class RealtimeSessionsCliTest {

    private static final String SECRET_IN_CLEAR = "ek_[A-Za-z0-9]";

    @Test
    void withoutAnApiKeyItMintsAgainstTheEmbeddedFake() {
        CliRun run = CliRun.run(Map.of(), "create");

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).containsExactly("No OPENAI_API_KEY set: using the embedded fake Realtime server"
                + " (no network, no account needed).");
        assertThat(run.outLines().get(0)).startsWith("Session   sess_");
        assertThat(run.out()).contains("Secret    ek_******").containsPattern("Transport apache -> http://127\\.0\\.0\\.1:\\d+/v1");
        assertThat(run.out()).doesNotContainPattern(SECRET_IN_CLEAR);
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
        assertThat(run.out()).contains("\"client_secret\":{\"value\":\"<redacted>\"").doesNotContainPattern(SECRET_IN_CLEAR);
        assertThat(run.out() + run.err()).doesNotContain("sk-test-not-used-1234");
    }

    @Test
    void embeddedPrintSecretGivesOneSecretLine() {
        CliRun run = CliRun.run(Map.of(), "create", "--print-secret", "--transport", "feign");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).singleElement().asString().matches("ek_[A-Za-z0-9_-]{8,}");
    }

    @Test
    void createHelpListsEveryOption() {
        CliRun run = CliRun.run(Map.of(), "create", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: realtime-sessions create")
                .contains("--model", "--voice", "--instructions", "--modalities", "--temperature", "--speed",
                        "--turn-detection", "--transcription-model", "--expires-after", "--max-output-tokens",
                        "--request-file", "--transport", "--embedded", "--json", "--print-secret", "--verbose",
                        "--help", "--version", "OPENAI_API_KEY", "Exit codes");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void rootHelpListsTheCreateCommand() {
        CliRun run = CliRun.run(Map.of(), "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: realtime-sessions").contains("create", "Mints");
    }

    @Test
    void helpSubcommandShowsTheCreateHelp() {
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
