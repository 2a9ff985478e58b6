package io.github.realtimesessions.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.port.Endpoint;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.RecordedRequest;
import io.github.realtimesessions.testkit.SdpSamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code call} brokers an SDP offer; {@code hangup} ends the call; both against the fake server. */
class CallCommandTest {

    private FakeRealtimeServer server;
    private Path offer;

    @TempDir
    Path dir;

    @BeforeEach
    void startServer() throws IOException {
        server = FakeRealtimeServer.start();
        offer = dir.resolve("offer.sdp");
        // A browser's offer: CRLF line ends, which must reach the API unchanged.
        Files.writeString(offer, SdpSamples.browserOffer(), StandardCharsets.UTF_8);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void callPrintsTheSdpAnswerByteForByteAndTheCallIdOnStandardError() throws IOException {
        CliRun run = CliRun.run(CliRun.environmentFor(server), "call", "--sdp-file", offer.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        RealtimeCall call = server.sessions().calls().lastResponse();
        assertThat(run.outBytes()).isEqualTo(call.sdpAnswer().getBytes(StandardCharsets.UTF_8));
        assertThat(new String(run.outBytes(), StandardCharsets.UTF_8)).startsWith("v=0\r\n").endsWith("\r\n");
        assertThat(run.errLines()).containsExactly("Call " + call.callId() + " created; end it with:"
                + " realtime-sessions hangup " + call.callId());
        assertThat(call.callId()).startsWith("rtc_");

        RecordedRequest request = server.takeRequest();
        assertThat(request.path()).isEqualTo("/v1/realtime/calls");
        assertThat(request.part("sdp").content()).isEqualTo(Files.readAllBytes(offer));
        assertThat(request.part("sdp").contentType()).isEqualTo("application/sdp");
        assertThat(request.callSession())
                .isEqualTo(RealtimeSessionConfig.builder().model(RealtimeModel.GPT_REALTIME).build());
    }

    @Test
    void theSessionOptionsConfigureTheCallsSession() {
        CliRun run = CliRun.run(CliRun.environmentFor(server), "call", "--sdp-file", offer.toString(),
                "--voice", "cedar", "--instructions", "Greet the caller.", "--turn-detection", "semantic_vad",
                "--safety-identifier", "user-77");

        assertThat(run.exitCode()).as(run.err()).isZero();
        RecordedRequest request = server.takeRequest();
        RealtimeSessionConfig session = request.callSession();
        assertThat(session.instructions()).isEqualTo("Greet the caller.");
        assertThat(session.audio().output().voice()).isEqualTo(Voice.CEDAR);
        assertThat(session.audio().input().turnDetection().type()).isEqualTo("semantic_vad");
        assertThat(request.header("OpenAI-Safety-Identifier")).isEqualTo("user-77");
    }

    @Test
    void aBareSessionRequestFileIsTheCallsSession() throws IOException {
        Path file = dir.resolve("session.json");
        Files.writeString(file, "{\"type\":\"realtime\",\"model\":\"gpt-realtime-2\",\"instructions\":\"Hi.\"}",
                StandardCharsets.UTF_8);

        CliRun run = CliRun.run(CliRun.environmentFor(server), "call", "--sdp-file", offer.toString(),
                "--request-file", file.toString(), "--voice", "ash");

        assertThat(run.exitCode()).as(run.err()).isZero();
        RealtimeSessionConfig session = server.takeRequest().callSession();
        assertThat(session.model()).isEqualTo(RealtimeModel.GPT_REALTIME_2);
        assertThat(session.instructions()).isEqualTo("Hi.");
        assertThat(session.audio().output().voice()).isEqualTo(Voice.ASH);
    }

    @Test
    void aBrokenRuleOfABareSessionFileNamesTheFilesOwnPath() throws IOException {
        Path file = dir.resolve("session.json");
        Files.writeString(file, "{\"type\":\"realtime\",\"audio\":{\"output\":{\"speed\":3}}}",
                StandardCharsets.UTF_8);

        CliRun run = CliRun.run(CliRun.environmentFor(server), "call", "--sdp-file", offer.toString(),
                "--request-file", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("realtime-sessions: --request-file " + file
                + ": audio.output.speed must be between 0.25 and 1.5 (was 3.0)");
    }

    @Test
    void hangupEndsTheCallAndTheFakeRecordsIt() {
        CliRun call = CliRun.run(CliRun.environmentFor(server), "call", "--sdp-file", offer.toString());
        String callId = server.sessions().calls().lastResponse().callId();

        CliRun hangup = CliRun.run(CliRun.environmentFor(server), "hangup", callId);

        assertThat(call.exitCode()).isZero();
        assertThat(hangup.exitCode()).as(hangup.err()).isZero();
        assertThat(hangup.outLines()).containsExactly("Hung up call " + callId + ".");
        assertThat(hangup.err()).isEmpty();
        assertThat(server.sessions().hungUpCalls()).containsExactly(callId);
        assertThat(server.sessions().activeCalls()).isEmpty();
        assertThat(server.requests().get(1).path()).isEqualTo("/v1/realtime/calls/" + callId + "/hangup");
    }

    @Test
    void hangingUpAnUnknownCallExits1WithTheApisAnswer() {
        CliRun run = CliRun.run(CliRun.environmentFor(server), "hangup", "rtc_doesnotexist");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("realtime-sessions: HTTP 404")
                .endsWith("(no call rtc_doesnotexist: it ended already, or the id is wrong)");
        assertThat(server.requestCount(Endpoint.HANGUP)).isEqualTo(1);
    }

    @Test
    void hangupAgainstTheEmbeddedFakeExplainsThatItsCallsEndWithTheCommand() {
        CliRun run = CliRun.run(Map.of(), "hangup", "rtc_fromearlier");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("the embedded fake server knows only the calls made while it runs");
    }

    @Test
    void aCallIdThatIsNotOnePathSegmentExits2() {
        CliRun run = CliRun.run(CliRun.environmentFor(server), "hangup", "../sessions");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "realtime-sessions: CALL_ID: must be a call id such as rtc_abc123 (was '../sessions')");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void aFileThatIsNotAnSdpOfferExits2() throws IOException {
        Path notAnOffer = dir.resolve("offer.txt");
        Files.writeString(notAnOffer, "hello browser", StandardCharsets.UTF_8);

        CliRun run = CliRun.run(CliRun.environmentFor(server), "call", "--sdp-file", notAnOffer.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("realtime-sessions: --sdp-file: must be an SDP offer, starting"
                + " with \"v=0\" (was text starting with \"hello browse\")");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void callNeedsAnSdpFile() {
        CliRun missingOption = CliRun.run(CliRun.environmentFor(server), "call");
        CliRun missingFile = CliRun.run(CliRun.environmentFor(server), "call", "--sdp-file",
                dir.resolve("absent.sdp").toString());

        assertThat(missingOption.exitCode()).isEqualTo(2);
        assertThat(missingOption.errLines()).containsExactly("realtime-sessions: Missing required option:"
                + " '--sdp-file=FILE' (see 'realtime-sessions call --help')");
        assertThat(missingFile.exitCode()).isEqualTo(2);
        assertThat(missingFile.errLines()).containsExactly(
                "realtime-sessions: --sdp-file " + dir.resolve("absent.sdp") + ": no such file");
    }

    @Test
    void aCallMintsNoSecretSoExpiresAfterInTheFileIsAnError() throws IOException {
        Path file = dir.resolve("request.json");
        Files.writeString(file, "{\"expires_after\":{\"seconds\":60},\"session\":{\"type\":\"realtime\"}}",
                StandardCharsets.UTF_8);

        CliRun run = CliRun.run(CliRun.environmentFor(server), "call", "--sdp-file", offer.toString(),
                "--request-file", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("realtime-sessions: --request-file " + file
                + ": expires_after does not apply to a call: a call mints no client secret");
    }
}
