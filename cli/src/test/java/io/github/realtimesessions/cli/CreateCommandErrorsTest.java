package io.github.realtimesessions.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.port.Endpoint;
import io.github.realtimesessions.testkit.Fault;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.InMemorySessionCreator;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input exits 2 with one line naming the option (or file, or variable) and the rule, before anything is sent; a
 * failed call exits 1 with one line that says what was tried and what to change.
 */
class CreateCommandErrorsTest {

    private static final String SEE_HELP = " (see 'realtime-sessions create --help')";

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

    private Path file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    static List<Arguments> badInput() {
        return List.of(
                Arguments.of(new String[] {"create", "--expires-after", "5"},
                        "realtime-sessions: --expires-after: must be between 10 and 7200 (was 5)"),
                Arguments.of(new String[] {"create", "--idle-timeout-ms", "100"},
                        "realtime-sessions: --idle-timeout-ms: must be between 5000 and 30000 (was 100)"),
                Arguments.of(new String[] {"create", "--modalities", "audio,text"},
                        "realtime-sessions: Invalid value for option '--modalities': must be audio or text, not both:"
                                + " the API answers with one (audio includes a transcript) (was 'audio,text')"
                                + SEE_HELP),
                Arguments.of(new String[] {"create", "--modalities", "video"},
                        "realtime-sessions: Invalid value for option '--modalities': must be audio or text (was"
                                + " 'video')" + SEE_HELP),
                Arguments.of(new String[] {"create", "--turn-detection", "loud"},
                        "realtime-sessions: Invalid value for option '--turn-detection': must be one of server_vad,"
                                + " semantic_vad, none (was 'loud')" + SEE_HELP),
                Arguments.of(new String[] {"create", "--noise-reduction", "studio"},
                        "realtime-sessions: Invalid value for option '--noise-reduction': must be one of near_field,"
                                + " far_field, none (was 'studio')" + SEE_HELP),
                Arguments.of(new String[] {"create", "--voice", " "},
                        "realtime-sessions: Invalid value for option '--voice': must not be blank" + SEE_HELP),
                Arguments.of(new String[] {"create", "--voice", "custom:"},
                        "realtime-sessions: Invalid value for option '--voice': a custom voice needs its id after"
                                + " 'custom:', e.g. custom:voice_1234" + SEE_HELP),
                Arguments.of(new String[] {"create", "--timeout", "soon"},
                        "realtime-sessions: Invalid value for option '--timeout': must be a duration such as 30s,"
                                + " 500ms or 2m (was 'soon')" + SEE_HELP),
                Arguments.of(new String[] {"create", "--timeout", "0s"},
                        "realtime-sessions: Invalid value for option '--timeout': must be more than zero (was '0s')"
                                + SEE_HELP),
                Arguments.of(new String[] {"create", "--max-retries", "-1"},
                        "realtime-sessions: Invalid value for option '--max-retries': must be 0 or more (was -1)"
                                + SEE_HELP),
                Arguments.of(new String[] {"create", "--instuctions", "Hi"},
                        "realtime-sessions: Unknown options: '--instuctions', 'Hi' (did you mean --instructions?)"
                                + SEE_HELP),
                Arguments.of(new String[] {"create", "--model"},
                        "realtime-sessions: Missing required parameter for option '--model' (MODEL)" + SEE_HELP),
                Arguments.of(new String[] {"create", "--json", "--print-secret"},
                        "realtime-sessions: --json, --print-secret: choose one output, not both"),
                Arguments.of(new String[] {"create", "--transport", "curl"},
                        "realtime-sessions: --transport: must be one of apache, feign (was 'curl')"),
                Arguments.of(new String[] {"create", "--transcription", "--translation"},
                        "realtime-sessions: --transcription, --translation: choose one kind of session"),
                Arguments.of(new String[] {"create", "--transcription", "--voice", "ash"},
                        "realtime-sessions: --voice: does not apply to --transcription"),
                Arguments.of(new String[] {"create", "--transcription", "--model", "gpt-realtime"},
                        "realtime-sessions: --model: does not apply to --transcription"),
                Arguments.of(new String[] {"create", "--translation", "--target-language", "es", "--language", "en"},
                        "realtime-sessions: --language: does not apply to --translation"),
                Arguments.of(new String[] {"create", "--target-language", "es"},
                        "realtime-sessions: --target-language: does not apply to a realtime session (it is for"
                                + " --translation)"),
                Arguments.of(new String[] {"create", "--translation"},
                        "realtime-sessions: --target-language: is required with --translation: the language to"
                                + " translate into, e.g. --target-language es"),
                Arguments.of(new String[] {"create", "--beta", "--voice", "custom:voice_1"},
                        "realtime-sessions: --voice: a custom voice needs the GA endpoint; --beta takes a voice name"),
                Arguments.of(new String[] {"create", "--beta", "--safety-identifier", "u1"},
                        "realtime-sessions: --safety-identifier: does not apply to --beta"),
                Arguments.of(new String[] {"create", "--turn-detection", "none", "--idle-timeout-ms", "6000"},
                        "realtime-sessions: --idle-timeout-ms: needs server_vad turn detection, not"
                                + " --turn-detection none"),
                Arguments.of(new String[] {"create", "--turn-detection", "semantic_vad", "--idle-timeout-ms", "6000"},
                        "realtime-sessions: --idle-timeout-ms: applies to server_vad turn detection only (was"
                                + " semantic_vad)"),
                Arguments.of(new String[] {"create", "--safety-identifier", "user\u0007"},
                        "realtime-sessions: --safety-identifier: must be printable ASCII without control characters"
                                + " (send a hash of the user's id)"),
                Arguments.of(new String[] {"mint"},
                        "realtime-sessions: Unmatched argument at index 0: 'mint' (see 'realtime-sessions --help')"),
                Arguments.of(new String[] {},
                        "realtime-sessions: Missing required subcommand (see 'realtime-sessions --help')"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputExits2WithOneLineNamingTheOptionAndTheRule(String[] args, String expectedLine) {
        CliRun run = CliRun.run(CliRun.environmentFor(server), args);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(expectedLine);
        assertThat(run.out()).isEmpty();
        assertThat(server.requestCount()).as("nothing reaches the server").isZero();
    }

    @Test
    void malformedJsonInTheRequestFileNamesItsLineAndColumn() throws IOException {
        Path file = file("broken.json", "{\n  \"session\": {\n    \"type\": \"realtime\",\n  }\n}\n");

        CliRun run = CliRun.run(CliRun.environmentFor(server), "create", "--request-file", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("realtime-sessions: --request-file " + file
                + ": invalid JSON at line 4, column 3: expected a member name in double quotes");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void aRequestFileMustHoldAnObject() throws IOException {
        Path file = file("array.json", "[1, 2]");

        CliRun run = CliRun.run(CliRun.environmentFor(server), "create", "--request-file", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("realtime-sessions: --request-file " + file
                + ": must hold one JSON object (the request body), not an array");
    }

    @Test
    void anUnknownFieldInTheRequestFileIsNamedByItsPath() throws IOException {
        Path file = file("beta-shaped.json", "{\"session\":{\"type\":\"realtime\",\"temperature\":0.7}}");

        CliRun run = CliRun.run(CliRun.environmentFor(server), "create", "--request-file", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("realtime-sessions: --request-file " + file
                + ": session.temperature is not a known parameter");
    }

    @Test
    void aRuleTheFileBreaksIsReportedUnderTheFileAndOneAnOptionBreaksUnderTheOption() throws IOException {
        Path file = file("fast.json",
                "{\"session\":{\"type\":\"realtime\",\"audio\":{\"output\":{\"speed\":9}}}}");

        CliRun fromFile = CliRun.run(CliRun.environmentFor(server), "create", "--request-file", file.toString());
        CliRun fromOption = CliRun.run(CliRun.environmentFor(server), "create", "--request-file", file.toString(),
                "--idle-timeout-ms", "1");

        assertThat(fromFile.exitCode()).isEqualTo(2);
        assertThat(fromFile.errLines()).containsExactly("realtime-sessions: --request-file " + file
                + ": session.audio.output.speed must be between 0.25 and 1.5 (was 9.0)");
        assertThat(fromOption.exitCode()).isEqualTo(2);
        assertThat(fromOption.err()).contains("--idle-timeout-ms: must be between 5000 and 30000 (was 1)");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void theFilesSessionTypeMustMatchTheKindAsked() throws IOException {
        Path file = file("realtime.json", "{\"session\":{\"type\":\"realtime\"}}");

        CliRun run = CliRun.run(CliRun.environmentFor(server), "create", "--transcription", "--request-file",
                file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("realtime-sessions: --request-file " + file
                + ": session.type is realtime, but --transcription mints a transcription session");
    }

    @Test
    void aMissingRequestFileExits2() {
        Path file = dir.resolve("absent.json");

        CliRun run = CliRun.run(CliRun.environmentFor(server), "create", "--request-file", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("realtime-sessions: --request-file " + file + ": no such file");
    }

    @Test
    void anApiErrorExits1WithStatusTypeCodeMessageRequestIdAndWhatToCheck() {
        server.enqueue(Fault.error(401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided."));

        CliRun run = CliRun.run(CliRun.environmentFor(server), "create");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .matches("realtime-sessions: HTTP 401 invalid_request_error/invalid_api_key:"
                        + " Incorrect API key provided\\. \\[request id req_\\w+] \\(check OPENAI_API_KEY\\)");
        assertThat(run.all()).doesNotContain(server.apiKey());
    }

    @Test
    void aScriptedFailureOfTheFakeExits1() {
        server.sessions().clientSecrets()
                .failNext(403, "invalid_request_error", "unsupported_country", "Not available here.");

        CliRun run = CliRun.run(CliRun.environmentFor(server), "create", "--print-secret");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .matches("realtime-sessions: HTTP 403 invalid_request_error/unsupported_country:"
                        + " Not available here\\. \\[request id req_\\w+]");
    }

    @Test
    void eachRetryShowsOneLineOnStandardError() {
        server.enqueue(Endpoint.CLIENT_SECRETS, Fault.retryAfterMs(429, "1"));
        server.enqueue(Endpoint.CLIENT_SECRETS, Fault.retryAfterMs(503, "1"));

        CliRun run = CliRun.run(CliRun.environmentFor(server), "create");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).matches("realtime-sessions: attempt 1 of 3 client_secrets failed:"
                + " HTTP 429 \\(rate limited\\) \\[request id req_\\w+] in \\d+ ms; retrying in 1 ms");
        assertThat(run.errLines().get(1)).matches("realtime-sessions: attempt 2 of 3 client_secrets failed:"
                + " HTTP 503 \\(server error\\) \\[request id req_\\w+] in \\d+ ms; retrying in 1 ms");
        assertThat(run.out()).startsWith("Session   sess_");
    }

    @Test
    void aFailureAfterRetriesSaysHowManyAttemptsWereMade() {
        server.enqueue(3, Fault.retryAfterMs(429, "1"));

        CliRun run = CliRun.run(CliRun.environmentFor(server), "create");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(run.errLines()).hasSize(3);
        assertThat(run.errLines().get(2))
                .startsWith("realtime-sessions: HTTP 429 requests/rate_limit_exceeded: Please retry later. [request id")
                .endsWith("] (after 3 attempts)");
    }

    @Test
    void maxRetriesZeroMakesOneAttempt() {
        server.enqueue(3, Fault.retryAfterMs(429, "1"));

        CliRun run = CliRun.run(CliRun.environmentFor(server), "create", "--max-retries", "0");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("realtime-sessions: HTTP 429");
    }

    @Test
    void verbosePrintsOneStackTraceForTheFailureNotOnePerAttempt() {
        server.enqueue(3, Fault.retryAfterMs(500, "1"));

        CliRun run = CliRun.run(CliRun.environmentFor(server), "create", "--verbose");

        assertThat(run.exitCode()).isEqualTo(1);
        List<String> lines = run.errLines();
        assertThat(lines.stream().filter(l -> l.startsWith("realtime-sessions: attempt "))).hasSize(2);
        assertThat(lines.stream().filter(l -> l.startsWith("io.github.realtimesessions.port."))).singleElement()
                .asString().startsWith("io.github.realtimesessions.port.InternalServerException: ");
        assertThat(lines).noneMatch(l -> l.contains("Suppressed:"));
        assertThat(lines).anyMatch(l -> l.startsWith("\tat io.github.realtimesessions.cli.CreateCommand.execute"));
        assertThat(lines).endsWith("(2 earlier failed attempt(s) not shown)");
        assertThat(run.all()).doesNotContain(server.apiKey());
    }

    @Test
    void aRefusedConnectionSaysWhichUrlWasTriedAndHowToChangeIt() throws IOException {
        int closedPort = closedPort();
        String url = "http://127.0.0.1:" + closedPort + "/v1";

        CliRun fromOption = CliRun.run(Map.of("OPENAI_API_KEY", server.apiKey()), "create", "--base-url", url,
                "--max-retries", "0");
        CliRun fromVariable = CliRun.run(Map.of("OPENAI_API_KEY", server.apiKey(), "OPENAI_BASE_URL", url),
                "create", "--max-retries", "0");

        assertThat(fromOption.exitCode()).isEqualTo(1);
        assertThat(fromOption.out()).isEmpty();
        assertThat(fromOption.errLines()).containsExactly("realtime-sessions: could not connect to " + url
                + "/realtime/client_secrets (connection refused). It came from --base-url: change it with --base-url"
                + " or OPENAI_BASE_URL (for Azure OpenAI: --azure-endpoint or AZURE_OPENAI_ENDPOINT).");
        assertThat(fromVariable.exitCode()).isEqualTo(1);
        assertThat(fromVariable.errLines()).singleElement().asString()
                .contains("could not connect to " + url + "/realtime/client_secrets", "It came from OPENAI_BASE_URL");
        assertThat(fromOption.all() + fromVariable.all()).doesNotContain(server.apiKey());
    }

    @Test
    void aCallThatTakesTooLongSaysWhichOptionAllowsMore() {
        server.enqueue(Fault.neverRespond());

        CliRun run = CliRun.run(CliRun.environmentFor(server), "create", "--timeout", "300ms", "--max-retries", "0");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("realtime-sessions: " + server.baseUri() + "/realtime/client_secrets did not answer in"
                        + " time: allow more with --timeout (now 300 ms for the whole call, retries included).")
                .doesNotContain("callTimeout", "RequestOptions");
    }

    @Test
    void plainHttpToAnotherHostNamesTheVariableOrOptionToChangeNotABuilderMethod() {
        Map<String, String> environment =
                Map.of("OPENAI_API_KEY", server.apiKey(), "OPENAI_BASE_URL", "http://api.example.com/v1");

        CliRun fromVariable = CliRun.run(environment, "create");
        CliRun fromOption = CliRun.run(Map.of("OPENAI_API_KEY", server.apiKey()), "create", "--base-url",
                "http://api.example.com/v1");

        assertThat(fromVariable.exitCode()).isEqualTo(2);
        assertThat(fromVariable.errLines()).containsExactly("realtime-sessions: OPENAI_BASE_URL"
                + " http://api.example.com/v1 uses plain http to a host other than loopback: the credential would"
                + " travel unencrypted. Use https, or add --allow-insecure-http if a trusted proxy terminates TLS for"
                + " you.");
        assertThat(fromOption.exitCode()).isEqualTo(2);
        assertThat(fromOption.errLines()).singleElement().asString()
                .startsWith("realtime-sessions: --base-url http://api.example.com/v1 uses plain http")
                .contains("--allow-insecure-http");
        assertThat(fromVariable.all() + fromOption.all())
                .doesNotContain(server.apiKey(), "allowInsecureHttp", "baseUri");
    }

    @Test
    void aServerThatRetiredTheBetaEndpointGetsAHintToLeaveOutBeta() {
        try (FakeRealtimeServer retired =
                FakeRealtimeServer.start(InMemorySessionCreator.builder().betaRetired(true).build())) {
            CliRun run = CliRun.run(CliRun.environmentFor(retired), "create", "--beta");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.errLines()).last().asString().startsWith("realtime-sessions: HTTP 400")
                    .contains("beta_api_shape_disabled")
                    .endsWith("(OpenAI removed the beta endpoint on 2026-05-12: leave out --beta)");
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
