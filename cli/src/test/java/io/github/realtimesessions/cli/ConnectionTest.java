package io.github.realtimesessions.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.RecordedRequest;
import io.github.realtimesessions.testkit.SdpSamples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Where a command connects: the options, then the environment as the library reads it; Azure OpenAI; the transport;
 * and a misconfiguration that names the variables and options to change.
 */
class ConnectionTest {

    @Test
    void theAzureEndpointOptionAndTheKeyMintAgainstTheAzureFake() {
        try (FakeRealtimeServer azure = FakeRealtimeServer.startAzure()) {
            CliRun run = CliRun.run(Map.of("AZURE_OPENAI_API_KEY", azure.apiKey()), "create",
                    "--azure-endpoint", azure.endpoint().toString(), "--model", "my-realtime-deployment");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).isEmpty();
            RecordedRequest request = azure.takeRequest();
            assertThat(request.path()).isEqualTo("/openai/v1/realtime/client_secrets");
            assertThat(request.query()).isNull();
            assertThat(request.header("api-key")).isEqualTo(azure.apiKey());
            assertThat(request.header("Authorization")).isNull();
            assertThat(request.clientSecretRequest().session().toString()).contains("my-realtime-deployment");
            assertThat(run.outLines()).contains("Model     my-realtime-deployment",
                    "Transport apache -> " + azure.endpoint() + "/openai/v1/realtime/client_secrets");
            assertThat(run.all()).doesNotContain(azure.apiKey());
        }
    }

    @Test
    void theAzureEnvironmentVariablesMintAgainstTheAzureFake() {
        try (FakeRealtimeServer azure = FakeRealtimeServer.startAzure()) {
            CliRun run = CliRun.run(CliRun.environmentFor(azure), "create", "--transport", "feign");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(azure.takeRequest().header("api-key")).isEqualTo(azure.apiKey());
            assertThat(run.outLines()).anyMatch(line -> line.startsWith("Transport feign -> " + azure.endpoint()
                    + "/openai/v1/"));
        }
    }

    @Test
    void anExplicitAzureEndpointWinsOverAnOpenAiKeyInTheEnvironment() {
        try (FakeRealtimeServer azure = FakeRealtimeServer.startAzure()) {
            Map<String, String> environment = Map.of("AZURE_OPENAI_API_KEY", azure.apiKey(),
                    "OPENAI_API_KEY", "sk-not-for-azure-0001", "OPENAI_BASE_URL", "http://127.0.0.1:9/v1");

            CliRun run = CliRun.run(environment, "create", "--azure-endpoint", azure.endpoint().toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(azure.takeRequest().header("Authorization")).isNull();
        }
    }

    @Test
    void callAndHangupWorkAgainstTheAzureFake(@TempDir Path dir) throws IOException {
        Path offer = Files.writeString(dir.resolve("offer.sdp"), SdpSamples.browserOffer());
        try (FakeRealtimeServer azure = FakeRealtimeServer.startAzure()) {
            CliRun call = CliRun.run(CliRun.environmentFor(azure), "call", "--sdp-file", offer.toString());
            String callId = azure.sessions().calls().lastResponse().callId();
            CliRun hangup = CliRun.run(CliRun.environmentFor(azure), "hangup", callId);

            assertThat(call.exitCode()).as(call.err()).isZero();
            assertThat(hangup.exitCode()).as(hangup.err()).isZero();
            assertThat(azure.sessions().hungUpCalls()).containsExactly(callId);
            assertThat(azure.requests()).extracting(RecordedRequest::path).containsExactly(
                    "/openai/v1/realtime/calls", "/openai/v1/realtime/calls/" + callId + "/hangup");
        }
    }

    static List<Arguments> misconfigurations() {
        return List.of(
                Arguments.of(Map.of("OPENAI_API_KEY", "sk-a-1234", "AZURE_OPENAI_ENDPOINT",
                                "https://r.openai.azure.com", "AZURE_OPENAI_API_KEY", "azure-key-5678"),
                        new String[] {"create"},
                        "realtime-sessions: environment: both OpenAI (OPENAI_API_KEY) and Azure OpenAI"
                                + " (AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY) are configured: unset one of them,"
                                + " or choose with --base-url or --azure-endpoint"),
                Arguments.of(Map.of("AZURE_OPENAI_ENDPOINT", "https://r.openai.azure.com"), new String[] {"create"},
                        "realtime-sessions: environment: AZURE_OPENAI_ENDPOINT is set but AZURE_OPENAI_API_KEY is"
                                + " not: set it to the resource's key (Keys and Endpoint in the Azure portal)"),
                Arguments.of(Map.of("AZURE_OPENAI_API_KEY", "azure-key-5678"), new String[] {"create"},
                        "realtime-sessions: environment: AZURE_OPENAI_API_KEY is set but AZURE_OPENAI_ENDPOINT is"
                                + " not: set it (or pass --azure-endpoint) to your resource's endpoint, e.g."
                                + " https://my-resource.openai.azure.com"),
                Arguments.of(Map.of("OPENAI_API_KEY", "sk-a-1234"),
                        new String[] {"create", "--azure-endpoint", "https://r.openai.azure.com"},
                        "realtime-sessions: --azure-endpoint: needs the resource's key in AZURE_OPENAI_API_KEY"
                                + " (OPENAI_API_KEY is for the OpenAI API and is not sent to Azure)"),
                Arguments.of(Map.of("AZURE_OPENAI_API_KEY", "azure-key-5678"),
                        new String[] {"create", "--azure-endpoint",
                            "https://r.openai.azure.com/?api-version=2025-04-01"},
                        "realtime-sessions: --azure-endpoint must be the resource's endpoint without user info, query"
                                + " (no api-version: the GA /openai/v1 API takes none) or fragment (was"
                                + " https://r.openai.azure.com/ (query left out))"),
                Arguments.of(Map.of("AZURE_OPENAI_API_KEY", "azure-key-5678"),
                        new String[] {"create", "--base-url", "https://gateway.example.com/v1"},
                        "realtime-sessions: --base-url: is for the OpenAI API and needs OPENAI_API_KEY; for Azure"
                                + " OpenAI use --azure-endpoint (or AZURE_OPENAI_ENDPOINT)"),
                Arguments.of(Map.of(), new String[] {"create", "--base-url", "https://gateway.example.com/v1"},
                        "realtime-sessions: --base-url: needs OPENAI_API_KEY (or use --embedded for the embedded fake"
                                + " server)"),
                Arguments.of(Map.of("OPENAI_API_KEY", "sk-a-1234"), new String[] {"create", "--base-url",
                                "https://gateway.example.com/v1", "--azure-endpoint", "https://r.openai.azure.com"},
                        "realtime-sessions: --base-url, --azure-endpoint: choose one: --base-url for the OpenAI API or"
                                + " a gateway, --azure-endpoint for Azure OpenAI"),
                Arguments.of(Map.of(), new String[] {"create", "--embedded", "--base-url", "https://gw.example.com/v1"},
                        "realtime-sessions: --embedded: choose either the embedded fake server or --base-url, not"
                                + " both"),
                Arguments.of(Map.of("OPENAI_API_KEY", "sk-a-1234"), new String[] {"create", "--base-url", "ftp://x/v1"},
                        "realtime-sessions: --base-url must be an absolute http(s) URI with a host (was ftp://x/v1)"),
                Arguments.of(Map.of("REALTIME_SESSIONS_TRANSPORT", "curl"), new String[] {"create"},
                        "realtime-sessions: REALTIME_SESSIONS_TRANSPORT: must be one of apache, feign (was 'curl')"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("misconfigurations")
    void aMisconfigurationExits2NamingWhatToChange(Map<String, String> environment, String[] args, String line) {
        CliRun run = CliRun.run(environment, args);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(line);
        assertThat(run.out()).isEmpty();
        assertThat(run.all()).doesNotContain("sk-a-1234", "azure-key-5678", "allowInsecureHttp", "credential(",
                "apiKey(");
    }

    @Test
    void theTransportVariableIsHonouredAsTheLibraryHonoursItAndTheOptionWins() {
        try (FakeRealtimeServer server = FakeRealtimeServer.start()) {
            Map<String, String> environment = CliRun.environmentFor(server, "REALTIME_SESSIONS_TRANSPORT", "feign");

            CliRun fromVariable = CliRun.run(environment, "create");
            CliRun fromOption = CliRun.run(environment, "create", "--transport", "apache");

            assertThat(fromVariable.exitCode()).as(fromVariable.err()).isZero();
            assertThat(fromVariable.outLines()).anyMatch(line -> line.startsWith("Transport feign -> "));
            assertThat(server.takeRequest().header("User-Agent")).contains("transport=feign");
            assertThat(fromOption.outLines()).anyMatch(line -> line.startsWith("Transport apache -> "));
            assertThat(server.takeRequest().header("User-Agent")).contains("transport=apache")
                    .contains(Connection.USER_AGENT_SUFFIX);
        }
    }

    @Test
    void withAnOpenAiKeyTheRealApiIsTheTargetNotTheFake() {
        ConnectionOptions options = parse();
        Terminal terminal = terminal(Map.of("OPENAI_API_KEY", "sk-real-key-0001"));

        try (Connection connection = Connection.open(options, terminal, new RetryReporter(terminal))) {
            assertThat(connection.isEmbedded()).isFalse();
            assertThat(connection.settings().baseUri()).isEqualTo(ClientSettings.DEFAULT_BASE_URI);
            assertThat(connection.settings().maxRetries()).isEqualTo(2);
            assertThat(connection.settings().callTimeout()).isEqualTo(ClientSettings.DEFAULT_CALL_TIMEOUT);
        }
    }

    @Test
    void timeoutAndMaxRetriesReachTheSettings() {
        ConnectionOptions options = parse("--timeout", "30s", "--max-retries", "5");
        Terminal terminal = terminal(Map.of("OPENAI_API_KEY", "sk-real-key-0001"));

        try (Connection connection = Connection.open(options, terminal, new RetryReporter(terminal))) {
            assertThat(connection.settings().callTimeout()).isEqualTo(Duration.ofSeconds(30));
            assertThat(connection.settings().maxRetries()).isEqualTo(5);
        }
    }

    @Test
    void allowInsecureHttpAcceptsPlainHttpToAnotherHost() {
        ConnectionOptions options = parse("--base-url", "http://proxy.internal:8080/v1", "--allow-insecure-http");
        Terminal terminal = terminal(Map.of("OPENAI_API_KEY", "sk-real-key-0001"));

        try (Connection connection = Connection.open(options, terminal, new RetryReporter(terminal))) {
            assertThat(connection.settings().baseUri()).hasToString("http://proxy.internal:8080/v1");
        }
    }

    @Test
    void anUnknownTransportNamedByTheSystemPropertyIsABadInput() {
        String previous = System.getProperty("realtime.sessions.transport");
        try {
            System.setProperty("realtime.sessions.transport", "okhttp");
            assertThatThrownBy(() -> Connection.chooseTransport(null, terminal(Map.of())))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("system property realtime.sessions.transport: must be one of apache, feign"
                            + " (was 'okhttp')");
        } finally {
            if (previous == null) {
                System.clearProperty("realtime.sessions.transport");
            } else {
                System.setProperty("realtime.sessions.transport", previous);
            }
        }
    }

    private static ConnectionOptions parse(String... args) {
        ConnectionOptions options = new ConnectionOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }

    private static Terminal terminal(Map<String, String> environment) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return Terminal.of(environment, Clock.systemUTC(), sink, sink);
    }
}
