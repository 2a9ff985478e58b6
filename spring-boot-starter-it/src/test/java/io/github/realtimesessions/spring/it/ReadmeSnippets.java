package io.github.realtimesessions.spring.it;

import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.InvalidRequestException;
import io.github.realtimesessions.model.InvalidRequestException.Violation;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.spring.CallPolicy;
import io.github.realtimesessions.spring.ClientSecretPolicy;
import io.github.realtimesessions.spring.ClientSettingsCustomizer;
import io.github.realtimesessions.spring.DefaultRealtimeRequestObservationConvention;
import io.github.realtimesessions.spring.RealtimeRequestObservationContext;
import io.github.realtimesessions.spring.RealtimeRequestObservationConvention;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.server.ResponseStatusException;

/**
 * The Java snippets of the "Spring Boot" section of the README ({@code spring-boot-starter/README.md}), compiled
 * here against both Boot lines and exercised by {@link ReadmeSnippetsIT}. Keep both in step: the README shows the
 * bodies between the {@code // README} markers.
 */
final class ReadmeSnippets {

    private ReadmeSnippets() {}

    @Configuration(proxyBeanMethods = false)
    static class SecuritySnippet {

        // README: security
        @Bean
        SecurityFilterChain security(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests
                            .requestMatchers("/realtime/**").authenticated()
                            .anyRequest().permitAll())
                    .formLogin(Customizer.withDefaults())
                    // Keep CSRF on: the page sends the token (e.g. the X-XSRF-TOKEN header from the XSRF-TOKEN cookie).
                    .csrf(Customizer.withDefaults());
            return http.build();
        }
        // README: end
    }

    @Configuration(proxyBeanMethods = false)
    static class PolicySnippet {

        // README: policy
        @Bean
        ClientSecretPolicy clientSecretPolicy() {
            Set<String> voices = Set.of("marin", "cedar");
            return (principal, body) -> {
                String voice = body.has("voice") ? body.get("voice").asString() : "marin";
                if (voice == null || !voices.contains(voice)) {
                    throw new InvalidRequestException(List.of(new Violation("voice", "must be marin or cedar", null)));
                }
                if (principal.getName().endsWith("@trial.example.com") && voice.equals("cedar")) {
                    throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Cedar is for paying customers.");
                }
                return ClientSecretRequest.builder()
                        .expiresAfter(Duration.ofMinutes(1))
                        .session(RealtimeSessionConfig.builder()
                                .model(RealtimeModel.GPT_REALTIME)
                                .instructions("You help " + principal.getName() + " with their orders. Be brief.")
                                .voice(Voice.of(voice))
                                .build())
                        .build();
            };
        }
        // README: end
    }

    @Configuration(proxyBeanMethods = false)
    static class CallPolicySnippet {

        // README: call policy
        @Bean
        CallPolicy callPolicy() {
            return (principal, parameters) -> RealtimeSessionConfig.builder()
                    .model(RealtimeModel.GPT_REALTIME_MINI)
                    .instructions("Support line for " + principal.getName() + ".")
                    .voice(Voice.MARIN)
                    .build();
        }
        // README: end
    }

    @Configuration(proxyBeanMethods = false)
    static class CustomizerSnippet {

        // README: customizer
        @Bean
        ClientSettingsCustomizer realtimeSettings() {
            return settings -> settings
                    .userAgentSuffix("orders-app/2.3")
                    .extraHeader("X-Tenant", "acme");
        }
        // README: end
    }

    @Configuration(proxyBeanMethods = false)
    static class ConventionSnippet {

        // README: convention
        @Bean
        RealtimeRequestObservationConvention realtimeObservations() {
            return new DefaultRealtimeRequestObservationConvention() {
                @Override
                public KeyValues getLowCardinalityKeyValues(RealtimeRequestObservationContext context) {
                    return super.getLowCardinalityKeyValues(context).and(KeyValue.of("app", "orders"));
                }
            };
        }
        // README: end
    }
}
