package io.github.realtimesessions.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.port.SessionCreators;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The snippets of the README's Apache HttpClient section, kept here so that they compile; keep both in step. Snippets with
 * a proxy are only built, since no test may leave 127.0.0.1.
 */
class DocumentationExamplesTest {

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
    void useIt() {
        String ephemeralKey;
        try (ApacheSessionCreator sessions = ApacheSessionCreator.create(settings)) {
            RealtimeSessionCreateResponse session = sessions.create(RealtimeSessionCreateRequest.builder()
                    .instructions("Be brief.")
                    .build());
            ephemeralKey = session.clientSecret().value(); // hand this to the browser
        }
        assertThat(server.sessions().isValid(ephemeralKey)).isTrue();
    }

    @Test
    void discovery() {
        try (SessionCreator sessions = SessionCreators.create(settings)) { // finds "apache" through ServiceLoader
            sessions.create(RealtimeSessionCreateRequest.builder().build());
        }
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void tuneTheClientItBuilds() throws Exception {
        SSLContext sslContext = SSLContext.getDefault();

        ApacheSessionCreator sessions = ApacheSessionCreator.builder(settings)
                .maxConnections(16)
                .connectionManagerCustomizer(pool -> pool.setTlsSocketStrategy(
                        ClientTlsStrategyBuilder.create().setSslContext(sslContext).buildClassic()))
                .httpClientCustomizer(client -> client.setProxy(new HttpHost("http", "proxy.internal", 3128)))
                .build();

        assertThat(sessions.ownsHttpClient()).isTrue();
        sessions.close();
    }

    @Test
    void bringYourOwnClient() throws Exception {
        SSLContext sslContext = SSLContext.getDefault();

        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(32)
                .setMaxConnPerRoute(32)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofSeconds(5))
                        .setSocketTimeout(Timeout.ofSeconds(30))
                        .build())
                .setTlsSocketStrategy(ClientTlsStrategyBuilder.create().setSslContext(sslContext).buildClassic())
                .build();
        CloseableHttpClient http = HttpClients.custom()
                .setConnectionManager(pool)
                .setProxy(new HttpHost("http", "proxy.internal", 3128))
                .disableAutomaticRetries() // the library retries; HttpClient would retry 429 and 503 behind its back
                .disableRedirectHandling()
                .build();

        ApacheSessionCreator sessions = ApacheSessionCreator.builder(settings).httpClient(http).build();
        // ... use sessions ...
        sessions.close(); // does not close http
        assertThat(pool.isClosed()).isFalse();
        http.close(); // yours to close, after the last call
        assertThat(pool.isClosed()).isTrue();
    }
}
