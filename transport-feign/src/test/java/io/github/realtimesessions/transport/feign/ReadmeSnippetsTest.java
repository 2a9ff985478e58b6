package io.github.realtimesessions.transport.feign;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Logger;
import feign.hc5.ApacheHttp5Client;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The snippets of the README's OpenFeign section, compiled and run against the fake server. */
class ReadmeSnippetsTest {

    private FakeRealtimeServer server;
    private ClientSettings settings;

    @BeforeEach
    void startServer() {
        server = FakeRealtimeServer.start();
        settings = server.settings().build(); // stands in for ClientSettings.fromEnvironment()
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void usage() {
        String ephemeralKey;
        // --- snippet: Usage
        try (SessionCreator sessions = FeignSessionCreator.create(settings)) {
            RealtimeSessionCreateResponse session = sessions.create(RealtimeSessionCreateRequest.builder()
                    .model(RealtimeModel.GPT_4O_REALTIME_PREVIEW)
                    .build());
            ephemeralKey = session.clientSecret().value(); // hand it to the browser, never log it
        }
        // ---
        assertThat(server.sessions().isValid(ephemeralKey)).isTrue();
    }

    @Test
    void ownClientInterceptorsLoggerAndCapabilities() throws Exception {
        String tenantId = "acme";
        CountingCapability metrics = new CountingCapability();
        // --- snippet: Your own feign.Client, interceptors, logger, capabilities
        CloseableHttpClient httpClient = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnPerRoute(50)
                        .setMaxConnTotal(50)
                        .build())
                .build(); // yours: close it after the creator

        FeignSessionCreator sessions = FeignSessionCreator.builder(settings)
                .client(new ApacheHttp5Client(httpClient)) // any feign.Client: hc5, OkHttp, a load-balancing one
                .customize(feign -> feign
                        .requestInterceptor(template -> template.header("X-Tenant", tenantId))
                        .logger(new Logger.JavaLogger(FeignSessionCreator.class)) // or feign-slf4j's Slf4jLogger
                        .logLevel(Logger.Level.BASIC)
                        .addCapability(metrics)) // e.g. new MicrometerCapability(meterRegistry) from feign-micrometer
                .build();
        // ---

        try (httpClient) {
            sessions.create(RealtimeSessionCreateRequest.builder().build());
            sessions.create(RealtimeSessionCreateRequest.builder().build());
            sessions.close();

            assertThat(metrics.calls()).isEqualTo(2);
            assertThat(server.takeRequest().header("X-Tenant")).isEqualTo("acme");
            assertThat(server.openConnections()).as("one kept-alive connection served both calls").isEqualTo(1);
            // Closing the creator left the caller's client open: it still works.
            try (FeignSessionCreator again =
                    FeignSessionCreator.builder(settings).client(new ApacheHttp5Client(httpClient)).build()) {
                assertThat(again.create(RealtimeSessionCreateRequest.builder().build()).clientSecret()).isNotNull();
            }
        }
    }
}
