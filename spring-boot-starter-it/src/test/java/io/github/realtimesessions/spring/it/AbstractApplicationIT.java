package io.github.realtimesessions.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application as a user configures it: the properties below and nothing else, against the fake OpenAI. Every
 * subclass shares this one running application (Spring's context cache), so each test logs in as a user of its own.
 */
@SpringBootTest(
        classes = ItApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "realtime.sessions.max-retries=0",
            "realtime.sessions.response-timeout=2s",
            "realtime.sessions.endpoint.client-secret.enabled=true",
            "realtime.sessions.endpoint.calls.enabled=true",
            "realtime.sessions.session.model=gpt-realtime",
            "realtime.sessions.session.voice=marin",
            "realtime.sessions.session.instructions=Be brief.",
            "realtime.sessions.safety-identifier.key=" + AbstractApplicationIT.SAFETY_KEY,
            "management.endpoints.web.exposure.include=configprops,env,metrics",
            "management.endpoint.configprops.show-values=always",
            "management.endpoint.env.show-values=always",
            "logging.level.io.github.realtimesessions=DEBUG"
        })
@Import(AbstractApplicationIT.TestBeans.class)
abstract class AbstractApplicationIT {

    static final String SAFETY_KEY = "8d3c5f1a9e2b7c4d6a0f8e1b3d5c7a9f2e4b6d8c0a1f3e5d7b9c2a4e6f8d0b1c";

    private static final AtomicInteger USERS = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    TestObservationRegistry observations;

    Http http;

    @DynamicPropertySource
    static void openAi(DynamicPropertyRegistry registry) {
        registry.add("realtime.sessions.base-url", () -> SharedFake.server().baseUri().toString());
        registry.add("realtime.sessions.api-key", () -> SharedFake.server().apiKey());
    }

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    static FakeRealtimeServer fake() {
        return SharedFake.server();
    }

    /** A user nobody else logs in as. */
    static String newUser(String role) {
        return role + "-" + USERS.incrementAndGet() + "@example.com";
    }

    static JsonObject json(HttpResponse<String> response) {
        return JsonObject.parse(response.body());
    }

    static JsonObject assertError(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as("status; body %s", response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        JsonObject error = json(response).get("error").asObject();
        assertThat(error.get("type").asString()).isEqualTo(type);
        assertThat(error.get("message").asString()).isNotBlank();
        return error;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestBeans {

        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
        }

        @Bean
        TestObservationRegistry observationRegistry() {
            return TestObservationRegistry.create();
        }
    }
}
