package io.github.realtimesessions.docs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.RealtimeSession;
import io.github.realtimesessions.port.Endpoint;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.RecordedRequest;
import io.github.realtimesessions.transport.apache.ApacheSessionCreator;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's example, run: its method against the fake server, and its {@code main} as a process would run it. */
class MintTokenTest {

    @Test
    void theReadmeRequestMintsARealtimeSecretOnTheWireTheSpecDescribes() {
        try (FakeRealtimeServer openAi = FakeRealtimeServer.start();
                SessionCreator sessions = ApacheSessionCreator.create(openAi.settings().build())) {
            ClientSecretResponse secret = MintToken.mint(sessions);

            assertThat(secret.value()).startsWith("ek_");
            assertThat(((RealtimeSession) secret.session()).model().value()).isEqualTo("gpt-realtime");
            RecordedRequest sent = openAi.takeRequest();
            assertThat(sent.endpoint()).isEqualTo(Endpoint.CLIENT_SECRETS);
            assertThat(sent.json().toJson()).isEqualTo("{\"expires_after\":{\"anchor\":\"created_at\",\"seconds\":600},"
                    + "\"session\":{\"type\":\"realtime\",\"model\":\"gpt-realtime\","
                    + "\"instructions\":\"You are a friendly assistant.\",\"audio\":{\"output\":{\"voice\":\"marin\"}}}}");
        }
    }

    @Test
    void theReadmeMainMintsWithTheEnvironmentsKeyAndPrintsNoSecret() throws Exception {
        try (FakeRealtimeServer openAi = FakeRealtimeServer.start()) {
            ProcessBuilder example = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", withOneTransport(System.getProperty("java.class.path")),
                    MintToken.class.getName());
            example.environment().keySet().removeIf(name -> name.startsWith("OPENAI_") || name.startsWith("AZURE_"));
            example.environment().put("OPENAI_API_KEY", openAi.apiKey());
            example.environment().put("OPENAI_BASE_URL", openAi.baseUri().toString());
            example.redirectErrorStream(true);
            example.redirectOutput(File.createTempFile("mint-token", ".out"));
            Process process = example.start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the example ends").isTrue();
            String output = Files.readString(example.redirectOutput().file().toPath(), StandardCharsets.UTF_8);

            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).contains("minted a secret for realtime, expires at 20").doesNotContain("ek_")
                    .doesNotContain(openAi.apiKey());
            assertThat(openAi.requestCount(Endpoint.CLIENT_SECRETS)).isEqualTo(1);
        }
    }

    /**
     * The test's class path without the Feign transport: an application has the transport it chose, and the README's
     * {@code main} finds it without being told its name.
     */
    private static String withOneTransport(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.contains("transport-feign") && !Path.of(entry).getFileName().toString()
                        .startsWith("feign-"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
