package io.github.realtimesessions.example;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * The reference application: one page that gets a Realtime token and brokers a WebRTC call through its own backend,
 * on the Spring Boot starter. Without {@code OPENAI_API_KEY} (or the Azure variables) it runs on the testkit's
 * embedded fake OpenAI, so it needs no account and no network.
 */
@SpringBootApplication
public class ReferenceApplication {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceApplication.class);

    /**
     * Starts the application.
     *
     * @param args Spring Boot's arguments, e.g. {@code --server.port=9090}
     */
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ReferenceApplication.class);
        application.addListeners((ApplicationListener<ApplicationReadyEvent>) event -> announce(event));
        application.run(args);
    }

    private static void announce(ApplicationReadyEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        String port = environment.getProperty("local.server.port", "8080");
        String host = environment.getProperty("server.address", "localhost");
        String upstream = environment.getProperty(EmbeddedOpenAiConfiguration.UPSTREAM_PROPERTY, "OpenAI");
        LOG.info("Realtime Sessions reference app: open http://{}:{}/ and sign in as {} / {} ({})", host, port,
                SecurityConfiguration.DEMO_USER, SecurityConfiguration.DEMO_PASSWORD, upstream);
    }
}
