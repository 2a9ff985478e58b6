package io.github.realtimesessions.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.ClientSecret;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.InMemorySessionCreator;
import io.github.realtimesessions.transport.core.SessionJsonCodec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@code create} prints: the summary, {@code --json} and {@code --print-secret}, against a real fake server. */
class CreateCommandOutputTest {

    private FakeRealtimeServer server;

    @BeforeEach
    void startServer() {
        server = FakeRealtimeServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void summaryShowsTheSessionAndHidesTheSecret() {
        CliRun run = CliRun.run(CliRun.environmentFor(server), "create");

        assertThat(run.exitCode()).isZero();
        RealtimeSessionCreateResponse minted = server.sessions().lastResponse();
        String secret = minted.clientSecret().value();
        assertThat(secret).startsWith("ek_");
        assertThat(run.outLines()).hasSize(6);
        assertThat(run.outLines().get(0)).isEqualTo("Session   " + minted.id()).startsWith("Session   sess_");
        assertThat(run.outLines().get(1)).isEqualTo("Model     gpt-4o-realtime-preview");
        assertThat(run.outLines().get(2)).isEqualTo("Voice     alloy");
        assertThat(run.outLines().get(3))
                .isEqualTo("Secret    ek_****** (redacted; use --print-secret to print it)");
        assertThat(run.outLines().get(4))
                .matches("Expires   \\Q" + minted.clientSecret().expiresAt() + "\\E \\(in (59\\d|600) s\\)");
        assertThat(run.outLines().get(5)).isEqualTo("Transport apache -> " + server.baseUri());
        assertThat(run.out() + run.err()).doesNotContain(secret).doesNotContain(server.apiKey());
        // With a key in the environment, the real settings are used: no notice about the embedded server.
        assertThat(run.err()).isEmpty();
    }

    @Test
    void summaryCountsTheRemainingSecondsOnTheGivenClock() {
        Instant mintedAt = Instant.parse("2026-11-21T10:05:00Z");
        Clock clock = Clock.fixed(mintedAt, ZoneOffset.UTC);
        try (FakeRealtimeServer fixedClockServer =
                FakeRealtimeServer.start(InMemorySessionCreator.builder().clock(clock).build())) {
            CliRun run = CliRun.run(
                    CliRun.environmentFor(fixedClockServer), clock, "create", "--expires-after", "120");

            assertThat(run.exitCode()).isZero();
            assertThat(run.outLines()).contains("Expires   2026-11-21T10:07:00Z (in 120 s)");
        }
    }

    @Test
    void summarySaysWhenTheSecretHasAlreadyExpired() {
        RealtimeSessionCreateResponse response = RealtimeSessionCreateResponse.builder()
                .clientSecret(new ClientSecret("ek_expired_1234", Instant.parse("2026-11-21T10:00:00Z")))
                .build();
        Clock later = Clock.fixed(Instant.parse("2026-11-21T10:00:01Z"), ZoneOffset.UTC);

        String summary = new SessionReport(response).summary("apache", server.baseUri(), later);

        assertThat(summary.lines()).containsExactly(
                "Session   -",
                "Model     -",
                "Voice     -",
                "Secret    ek_****** (redacted; use --print-secret to print it)",
                "Expires   2026-11-21T10:00:00Z (expired)",
                "Transport apache -> " + server.baseUri());
    }

    @Test
    void jsonPrintsTheResponseWithTheSecretRedacted() {
        CliRun run = CliRun.run(CliRun.environmentFor(server), "create", "--json", "--voice", "coral");

        assertThat(run.exitCode()).isZero();
        RealtimeSessionCreateResponse minted = server.sessions().lastResponse();
        assertThat(run.outLines()).hasSize(1);
        assertThat(run.out()).doesNotContain(minted.clientSecret().value());
        RealtimeSessionCreateResponse printed =
                SessionJsonCodec.instance().decodeResponse(run.out().strip().getBytes(StandardCharsets.UTF_8));
        assertThat(printed.clientSecret().value()).isEqualTo("<redacted>");
        assertThat(printed.clientSecret().expiresAt()).isEqualTo(minted.clientSecret().expiresAt());
        assertThat(printed.toBuilder().clientSecret(minted.clientSecret()).build()).isEqualTo(minted);
        assertThat(printed.voice().value()).isEqualTo("coral");
        assertThat(run.out()).startsWith("{\"id\":\"" + minted.id() + "\"");
    }

    @Test
    void printSecretPrintsOnlyTheSecretThatTheServerIssued() {
        CliRun run = CliRun.run(CliRun.environmentFor(server), "create", "--print-secret");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(1);
        String secret = run.outLines().get(0);
        assertThat(secret).startsWith("ek_");
        assertThat(run.out()).isEqualTo(secret + System.lineSeparator());
        assertThat(server.sessions().isValid(secret)).isTrue();
        assertThat(server.sessions().lastResponse().clientSecret().value()).isEqualTo(secret);
        assertThat(run.err()).doesNotContain(secret);
    }

    @Test
    void sendsTheEnvironmentsKeyOrganizationAndProject() {
        Map<String, String> environment = Map.of(
                "OPENAI_API_KEY", server.apiKey(),
                "OPENAI_BASE_URL", server.baseUri().toString(),
                "OPENAI_ORG_ID", "org-cli-test",
                "OPENAI_PROJECT_ID", "proj_cli_test");

        CliRun run = CliRun.run(environment, "create");

        assertThat(run.exitCode()).isZero();
        var recorded = server.takeRequest();
        assertThat(recorded.header("Authorization")).isEqualTo("Bearer " + server.apiKey());
        assertThat(recorded.header("OpenAI-Organization")).isEqualTo("org-cli-test");
        assertThat(recorded.header("OpenAI-Project")).isEqualTo("proj_cli_test");
        assertThat(recorded.header("User-Agent"))
                .contains("transport=apache")
                .endsWith(" realtime-sessions-cli/" + io.github.realtimesessions.transport.core.LibraryInfo.version());
        assertThat(recorded.bodyText()).isEqualTo("{}");
    }

    @Test
    void feignTransportMintsAgainstTheSameServer() {
        CliRun run = CliRun.run(CliRun.environmentFor(server), "create", "--transport", "feign", "--print-secret");

        assertThat(run.exitCode()).isZero();
        assertThat(server.takeRequest().header("User-Agent")).contains("transport=feign");
        assertThat(server.sessions().isValid(run.out().strip())).isTrue();
    }

    @Test
    void transportNameIsCaseInsensitiveAndShownInTheSummary() {
        CliRun run = CliRun.run(CliRun.environmentFor(server), "create", "--transport", "FEIGN");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).contains("Transport feign -> " + server.baseUri());
    }
}
