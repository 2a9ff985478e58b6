package io.github.realtimesessions.example;

import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/** {@code GET /api/me}: who is signed in, and whether the app runs on the embedded fake, for the page. */
@Configuration(proxyBeanMethods = false)
class MeEndpoint {

    @Bean
    RouterFunction<ServerResponse> me(ObjectProvider<FakeRealtimeServer> embedded) {
        return RouterFunctions.route()
                .GET("/api/me", request -> {
                    String name = request.principal().map(principal -> principal.getName()).orElse("");
                    byte[] body = JsonObject.builder()
                            .put("name", name)
                            .put("embedded", embedded.getIfAvailable() != null)
                            .build()
                            .toJson()
                            .getBytes(StandardCharsets.UTF_8);
                    return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(body);
                })
                .build();
    }
}
