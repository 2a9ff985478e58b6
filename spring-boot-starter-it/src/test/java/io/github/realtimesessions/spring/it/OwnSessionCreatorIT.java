package io.github.realtimesessions.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.InMemorySessionCreator;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** A SessionCreator bean of the application's own wins, and no credential property is needed then. */
@SpringBootTest(
        classes = ItApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "realtime.sessions.endpoint.client-secret.enabled=true"})
@Import(OwnSessionCreatorIT.OwnCreator.class)
class OwnSessionCreatorIT {

    @LocalServerPort
    int port;

    @Autowired
    InMemorySessionCreator sessions;

    @Autowired
    ApplicationContext context;

    @Test
    void theTokenEndpointMintsWithYourCreator() {
        HttpResponse<String> response = new Http(port).post("/realtime/client-secret", "own@example.com", null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String secret = AbstractApplicationIT.json(response).get("value").asString();
        assertThat(sessions.isValid(secret)).isTrue();
        assertThat(context.getBean(SessionCreator.class)).isSameAs(sessions);
        assertThat(context.getBeanNamesForType(ClientSettings.class)).isEmpty();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class OwnCreator {

        @Bean
        InMemorySessionCreator sessionCreator() {
            return InMemorySessionCreator.create();
        }
    }
}
