package io.github.realtimesessions.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.InvalidRequestException;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.port.CallSupervisor;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.Endpoint;
import io.github.realtimesessions.spring.ClientSecretPolicy;
import io.github.realtimesessions.testkit.RecordedRequest;
import io.github.realtimesessions.testkit.SdpSamples;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * An application with beans of its own: its {@link ClientSettings} (no {@code realtime.sessions} credential property
 * at all), its {@link ClientSecretPolicy} (which the call broker then follows too), and a one-second maximum call
 * length that the supervisor enforces on the fake.
 */
@SpringBootTest(
        classes = ItApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "realtime.sessions.endpoint.client-secret.enabled=true",
            "realtime.sessions.endpoint.calls.enabled=true",
            "realtime.sessions.endpoint.calls.max-duration=1s",
        })
@Import(CustomizedApplicationIT.OwnBeans.class)
class CustomizedApplicationIT {

    @LocalServerPort
    int port;

    @Autowired
    CallSupervisor supervisor;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void yourClientSettingsAreTheOnesUsed() {
        assertThat(http.post("/realtime/client-secret", "settings@example.com", null, null).statusCode()).isEqualTo(200);
        RecordedRequest sent = SharedFake.lastRequest(r -> r.endpoint() == Endpoint.CLIENT_SECRETS
                && "proj_custom".equals(r.header("OpenAI-Project")));
        assertThat(sent.header("Authorization")).isEqualTo("Bearer " + SharedFake.server().apiKey());
    }

    @Test
    void yourPolicyDecidesWhatTheBrowserMayChoose() {
        HttpResponse<String> cedar =
                http.post("/realtime/client-secret", "chooser@example.com", "application/json", "{\"voice\":\"cedar\"}");
        assertThat(cedar.statusCode()).as(cedar.body()).isEqualTo(200);
        RealtimeSessionConfig session = (RealtimeSessionConfig) SharedFake.lastRequest(
                        r -> r.endpoint() == Endpoint.CLIENT_SECRETS && r.bodyText().contains("chooser@example.com"))
                .clientSecretRequest()
                .session();
        assertThat(session.audio().output().voice()).isEqualTo(Voice.CEDAR);
        assertThat(session.model()).isEqualTo(RealtimeModel.GPT_REALTIME_MINI);

        HttpResponse<String> ash =
                http.post("/realtime/client-secret", "chooser@example.com", "application/json", "{\"voice\":\"ash\"}");
        AbstractApplicationIT.assertError(ash, 400, "invalid_request");
        JsonAssert.violationField(AbstractApplicationIT.json(ash).get("error").asObject(), "voice");
    }

    @Test
    void theSupervisorHangsUpACallAfterTheMaximumDuration() {
        HttpResponse<String> call = http.post("/realtime/calls?voice=cedar", "long-talker@example.com",
                "application/sdp", SdpSamples.browserOffer());
        assertThat(call.statusCode()).as(call.body()).isEqualTo(201);
        String callId = call.headers().firstValue("X-Realtime-Call-Id").orElseThrow();
        assertThat(Instant.parse(call.headers().firstValue("X-Realtime-Call-Expires-At").orElseThrow()))
                .isBetween(Instant.now().minusSeconds(5), Instant.now().plusSeconds(2));
        assertThat(supervisor.maxDuration()).isEqualTo(Duration.ofSeconds(1));
        assertThat(SharedFake.lastRequest(r -> r.endpoint() == Endpoint.CALLS && r.bodyText().contains("long-talker"))
                        .callSession().audio().output().voice())
                .as("the call broker follows the ClientSecretPolicy, with the query parameters as the browser's choice")
                .isEqualTo(Voice.CEDAR);

        SharedFake.await(() -> SharedFake.server().sessions().hungUpCalls().contains(callId),
                "the supervisor hung up the call");
        SharedFake.await(() -> !supervisor.activeCalls().contains(callId), "the supervisor let the call go");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class OwnBeans {

        @Bean
        ClientSettings clientSettings() {
            return SharedFake.server().settings().project("proj_custom").maxRetries(0).build();
        }

        @Bean
        ClientSecretPolicy clientSecretPolicy() {
            return (principal, body) -> {
                String voice = body.has("voice") ? body.get("voice").asString() : "marin";
                if (!List.of("marin", "cedar").contains(voice)) {
                    throw new InvalidRequestException(
                            List.of(new InvalidRequestException.Violation("voice", "must be marin or cedar", null)));
                }
                return ClientSecretRequest.builder()
                        .expiresAfter(Duration.ofMinutes(1))
                        .session(RealtimeSessionConfig.builder()
                                .model(RealtimeModel.GPT_REALTIME_MINI)
                                .instructions("You are talking to " + principal.getName() + ".")
                                .voice(Voice.of(voice))
                                .build())
                        .build();
            };
        }
    }
}
