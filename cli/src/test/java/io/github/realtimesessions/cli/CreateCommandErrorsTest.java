package io.github.realtimesessions.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.testkit.Fault;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input exits 2 with one line naming the option and the rule; a failed call exits 1 with the API's error. */
class CreateCommandErrorsTest {

    private FakeRealtimeServer server;

    @BeforeEach
    void startServer() {
        server = FakeRealtimeServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    static Iterable<Arguments> badOptions() {
        return java.util.List.of(
                Arguments.of(new String[] {"create", "--temperature", "5"},
                        "realtime-sessions: --temperature: must be between 0.6 and 1.2 (was 5.0)"),
                Arguments.of(new String[] {"create", "--speed", "0.1"},
                        "realtime-sessions: --speed: must be between 0.25 and 1.5 (was 0.1)"),
                Arguments.of(new String[] {"create", "--expires-after", "5"},
                        "realtime-sessions: --expires-after: must be between 10 and 7200 (was 5)"),
                Arguments.of(new String[] {"create", "--max-output-tokens", "5000"},
                        "realtime-sessions: --max-output-tokens: must be between 1 and 4096, or \"inf\" (was 5000)"),
                Arguments.of(new String[] {"create", "--modalities", "text,text"},
                        "realtime-sessions: --modalities: must not repeat a modality (was [text, text])"),
                Arguments.of(new String[] {"create", "--temperature", "5", "--speed", "2"},
                        "realtime-sessions: --temperature: must be between 0.6 and 1.2 (was 5.0);"
                                + " --speed: must be between 0.25 and 1.5 (was 2.0)"),
                Arguments.of(new String[] {"create", "--turn-detection", "loud"},
                        "realtime-sessions: Invalid value for option '--turn-detection': must be one of server_vad,"
                                + " semantic_vad, none (was 'loud') (see 'realtime-sessions create --help')"),
                Arguments.of(new String[] {"create", "--temperature", "warm"},
                        "realtime-sessions: Invalid value for option '--temperature': 'warm' is not a double"
                                + " (see 'realtime-sessions create --help')"),
                Arguments.of(new String[] {"create", "--max-output-tokens", "lots"},
                        "realtime-sessions: Invalid value for option '--max-output-tokens': must be an integer from 1"
                                + " to 4096, or inf (was 'lots') (see 'realtime-sessions create --help')"),
                Arguments.of(new String[] {"create", "--voice", " "},
                        "realtime-sessions: Invalid value for option '--voice': must not be blank"
                                + " (see 'realtime-sessions create --help')"),
                Arguments.of(new String[] {"create", "--temprature", "0.7"},
                        "realtime-sessions: Unknown options: '--temprature', '0.7' (did you mean --temperature?)"
                                + " (see 'realtime-sessions create --help')"),
                Arguments.of(new String[] {"create", "--model"},
                        "realtime-sessions: Missing required parameter for option '--model' (MODEL)"
                                + " (see 'realtime-sessions create --help')"),
                Arguments.of(new String[] {"create", "--json", "--print-secret"},
                        "realtime-sessions: --json, --print-secret: choose one output, not both"),
                Arguments.of(new String[] {"create", "--transport", "curl"},
                        "realtime-sessions: --transport: must be one of apache, feign (was 'curl')"),
                Arguments.of(new String[] {"mint"},
                        "realtime-sessions: Unmatched argument at index 0: 'mint'"
                                + " (see 'realtime-sessions --help')"),
                Arguments.of(new String[] {},
                        "realtime-sessions: Missing required subcommand (see 'realtime-sessions --help')"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOptions")
    void badInputExits2WithOneLineNamingTheOptionAndTheRule(String[] args, String expectedLine) {
        CliRun run = CliRun.run(CliRun.environmentFor(server), args);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(expectedLine);
        assertThat(run.out()).isEmpty();
        assertThat(server.requestCount()).as("nothing reaches the server").isZero();
    }

    @Test
    void malformedRequestFileExits2(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"model\": \"gpt-4o-realtime-preview\",", StandardCharsets.UTF_8);

        CliRun run = CliRun.run(CliRun.environmentFor(server), "create", "--request-file", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("realtime-sessions: --request-file " + file + ": malformed JSON");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void requestFileWithAnUnknownFieldExits2NamingTheField(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("unknown.json");
        Files.writeString(file, "{\"temprature\": 0.7}", StandardCharsets.UTF_8);

        CliRun run = CliRun.run(CliRun.environmentFor(server), "create", "--request-file", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("realtime-sessions: --request-file " + file + ": ")
                .contains("temprature");
    }

    @Test
    void requestFileBreakingARuleExits2NamingTheField(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("hot.json");
        Files.writeString(file, "{\"temperature\": 1.9}", StandardCharsets.UTF_8);

        CliRun run = CliRun.run(CliRun.environmentFor(server), "create", "--request-file", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("realtime-sessions: --request-file " + file
                + ": temperature must be between 0.6 and 1.2 (was 1.9)");
    }

    @Test
    void missingRequestFileExits2(@TempDir Path dir) {
        Path file = dir.resolve("absent.json");

        CliRun run = CliRun.run(CliRun.environmentFor(server), "create", "--request-file", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("realtime-sessions: --request-file " + file + ": no such file");
    }

    @Test
    void insecureBaseUrlInTheEnvironmentExits2WithoutShowingTheKey() {
        Map<String, String> environment = Map.of(
                "OPENAI_API_KEY", server.apiKey(), "OPENAI_BASE_URL", "http://api.example.com/v1");

        CliRun run = CliRun.run(environment, "create");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("realtime-sessions: environment: baseUri http://api.example.com/v1 uses plain http");
        assertThat(run.err()).doesNotContain(server.apiKey());
    }

    @Test
    void apiErrorExits1WithStatusTypeCodeMessageAndRequestId() {
        server.enqueue(Fault.error(401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided."));

        CliRun run = CliRun.run(CliRun.environmentFor(server), "create");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .matches("realtime-sessions: HTTP 401 invalid_request_error/invalid_api_key:"
                        + " Incorrect API key provided\\. \\[request id req_\\w+]");
        assertThat(run.err()).doesNotContain(server.apiKey());
    }

    @Test
    void scriptedFailureOfTheFakeExits1() {
        server.sessions().failNext(403, "invalid_request_error", "unsupported_country", "Not available here.");

        CliRun run = CliRun.run(CliRun.environmentFor(server), "create", "--print-secret");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .matches("realtime-sessions: HTTP 403 invalid_request_error/unsupported_country:"
                        + " Not available here\\. \\[request id req_\\w+]");
    }

    @Test
    void failureAfterRetriesSaysHowManyAttemptsWereMade() {
        server.sessions().failNext(3, ApiError.of(429, "requests", "rate_limit_exceeded", "Slow down."));

        CliRun run = CliRun.run(CliRun.environmentFor(server), "create");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("realtime-sessions: HTTP 429 requests/rate_limit_exceeded: Slow down. [request id req_")
                .endsWith("] (after 3 attempts)");
    }

    @Test
    void unreachableServerExits1() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> environment = Map.of(
                "OPENAI_API_KEY", server.apiKey(), "OPENAI_BASE_URL", "http://127.0.0.1:" + closedPort + "/v1");

        CliRun run = CliRun.run(environment, "create");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("realtime-sessions: ");
        assertThat(run.err()).contains("127.0.0.1:" + closedPort).doesNotContain(server.apiKey());
    }
}
