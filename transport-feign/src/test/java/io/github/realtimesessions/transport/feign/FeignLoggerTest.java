package io.github.realtimesessions.transport.feign;

import static io.github.realtimesessions.transport.feign.TestSamples.CAP;
import static io.github.realtimesessions.transport.feign.TestSamples.NOT_DRAINED_BOUND;
import static io.github.realtimesessions.transport.feign.TestSamples.limits;
import static io.github.realtimesessions.transport.feign.TestSamples.minimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.Logger;
import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.ResponseFormatException;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.RecordedRequest;
import io.github.realtimesessions.testkit.SdpSamples;
import io.github.realtimesessions.transport.feign.TestSamples.CapturingLogger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feign's own {@link Logger}, set by a user through {@link FeignSessionCreator.Builder#customize}, against real
 * servers on 127.0.0.1. Proves that
 * <ul>
 *   <li>at {@code HEADERS} and {@code FULL} it prints the request and the library's other headers, but never the
 *       credential ({@code Authorization} with an API key, a bearer token or a call's ephemeral key; Azure's
 *       {@code api-key}): the library adds it after Feign has logged the request;</li>
 *   <li>at {@code FULL} it prints the bodies as Feign always does, the answer's minted client secret included (what
 *       the library does not redact, documented on the builder: {@code FULL} is a debugging level);</li>
 *   <li>both levels buffer the answer's body to print or count it, and still read no more than the library's cap
 *       plus one byte of a 200 MB or endless body, then abort the connection instead of draining it.</li>
 * </ul>
 */
class FeignLoggerTest {

    /** The credential modes a user can configure, each with a server that accepts it. */
    enum CredentialMode {
        OPENAI_API_KEY(FakeRealtimeServer::start, FakeRealtimeServer::settings),
        AZURE_API_KEY(FakeRealtimeServer::startAzure, FakeRealtimeServer::settings),
        AZURE_BEARER_TOKEN(FakeRealtimeServer::startAzure, FakeRealtimeServer::bearerSettings);

        final java.util.function.Supplier<FakeRealtimeServer> server;
        final Function<FakeRealtimeServer, ClientSettings.Builder> settings;

        CredentialMode(java.util.function.Supplier<FakeRealtimeServer> server,
                Function<FakeRealtimeServer, ClientSettings.Builder> settings) {
            this.server = server;
            this.settings = settings;
        }
    }

    static Stream<Arguments> levelsAndCredentials() {
        List<Arguments> cases = new ArrayList<>();
        for (Logger.Level level : List.of(Logger.Level.HEADERS, Logger.Level.FULL)) {
            for (CredentialMode mode : CredentialMode.values()) {
                cases.add(Arguments.argumentSet(level + ", " + mode, level, mode));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("levelsAndCredentials")
    void feignLoggerPrintsTheRequestButNeverTheCredential(Logger.Level level, CredentialMode mode) {
        CapturingLogger logger = new CapturingLogger();
        try (FakeRealtimeServer server = mode.server.get();
                FeignSessionCreator sessions = FeignSessionCreator.builder(limits(mode.settings.apply(server)).build())
                        .customize(feign -> feign.logger(logger).logLevel(level))
                        .build()) {

            sessions.createClientSecret(minimal());

            RecordedRequest sent = server.takeRequest();
            String credentialHeader = mode == CredentialMode.AZURE_API_KEY ? "api-key" : "Authorization";
            String credential = sent.header(credentialHeader);
            assertThat(credential).as("the server got the credential").isNotBlank();
            assertThat(logger.lines()).as("Feign logged the request and its headers")
                    .anyMatch(line -> line.startsWith("---> POST " + server.baseUri() + "/realtime/client_secrets"))
                    .anyMatch(line -> line.startsWith("User-Agent: realtime-sessions-java/"))
                    .anyMatch(line -> line.startsWith("Content-Type: application/json"));
            assertThat(logger.lines()).noneMatch(line -> line.toLowerCase(Locale.ROOT).startsWith("authorization"))
                    .noneMatch(line -> line.toLowerCase(Locale.ROOT).startsWith("api-key"));
            List<String> secrets = new ArrayList<>(server.issuedTokens());
            secrets.add(server.apiKey());
            secrets.add(credential);
            for (String secret : secrets) {
                assertThat(logger.text()).doesNotContain(secret);
            }
            assertThat(logger.text()).doesNotContainIgnoringCase("bearer");
        }
    }

    @Test
    void ephemeralKeyOfACallIsNotPrintedAtHeadersLevel() {
        CapturingLogger logger = new CapturingLogger();
        try (FakeRealtimeServer server = FakeRealtimeServer.start();
                FeignSessionCreator sessions = FeignSessionCreator.builder(limits(server.settings()).build())
                        .customize(feign -> feign.logger(logger).logLevel(Logger.Level.HEADERS))
                        .build()) {
            String ephemeralKey = server.sessions().createClientSecret(minimal()).value();

            RealtimeCall call = sessions.createCall(CallRequest.builder().sdp(SdpSamples.browserOffer())
                    .ephemeralKey(ephemeralKey).build());

            assertThat(call.callId()).startsWith("rtc_");
            assertThat(server.takeRequest().header("Authorization")).isEqualTo("Bearer " + ephemeralKey);
            assertThat(logger.lines()).anyMatch(line -> line.startsWith("Content-Type: application/sdp"));
            assertThat(logger.text()).doesNotContain(ephemeralKey).doesNotContainIgnoringCase("authorization");
        }
    }

    /**
     * What the library does about {@code FULL}: nothing to the bodies. Feign prints the request's JSON and the answer,
     * whose {@code value} is the minted client secret; only the credential stays out.
     */
    @Test
    void fullLevelPrintsBothBodiesTheMintedSecretIncludedButNotTheCredential() {
        CapturingLogger logger = new CapturingLogger();
        try (FakeRealtimeServer server = FakeRealtimeServer.start();
                FeignSessionCreator sessions = FeignSessionCreator.builder(limits(server.settings()).build())
                        .customize(feign -> feign.logger(logger).logLevel(Logger.Level.FULL))
                        .build()) {

            ClientSecretResponse minted = sessions.createClientSecret(TestSamples.withInstructions("Be brief."));

            assertThat(logger.text()).contains("\"instructions\":\"Be brief.\"")
                    .contains("\"value\":\"" + minted.value() + "\"")
                    .doesNotContain(server.apiKey());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Logger.Level.class, names = {"HEADERS", "FULL"})
    void bufferingLoggerReadsNoMoreThanTheCapOfA200MegabyteAnswer(Logger.Level level) throws Exception {
        assertCappedAndAborted(level, HugeAnswerServer.Framing.DECLARED_200_MB);
    }

    @ParameterizedTest
    @EnumSource(value = Logger.Level.class, names = {"HEADERS", "FULL"})
    void bufferingLoggerReadsNoMoreThanTheCapOfAnEndlessAnswer(Logger.Level level) throws Exception {
        assertCappedAndAborted(level, HugeAnswerServer.Framing.ENDLESS_CHUNKED);
    }

    private static void assertCappedAndAborted(Logger.Level level, HugeAnswerServer.Framing framing)
            throws Exception {
        CapturingLogger logger = new CapturingLogger();
        try (HugeAnswerServer server = HugeAnswerServer.start(framing);
                FeignSessionCreator sessions = FeignSessionCreator.builder(limits(ClientSettings.builder()
                                .baseUri(server.baseUri()).apiKey("sk-logger-cap-test-0000")).maxResponseBytes(CAP)
                                .build())
                        .customize(feign -> feign.logger(logger).logLevel(level))
                        .build()) {

            assertThatThrownBy(() -> sessions.createClientSecret(minimal()))
                    .isInstanceOf(ResponseFormatException.class)
                    .hasMessageContaining("exceeds the limit of " + CAP + " bytes");

            assertThat(server.awaitClientGone(Duration.ofSeconds(10))).as("the client closed the connection").isTrue();
            assertThat(logger.lines()).as("Feign buffered the cap plus one byte, no more")
                    .contains("<--- END HTTP (" + (CAP + 1) + "-byte body)");
            assertThat(server.bodyBytesWritten()).as("body bytes the server could write: aborted, not drained")
                    .isLessThan(NOT_DRAINED_BOUND);
            assertThat(sessions.leasedConnections()).isZero();
        }
    }
}
