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
 * The Java snippets of {@code docs/spring-boot.md}, compiled here against both Boot lines and exercised by
 * {@link ReadmeSnippetsIT}. The page quotes the regions between {@code // snippet:NAME} and {@code // end:NAME}
 * verbatim; docs-tests fails the build when they differ.
 */
final class ReadmeSnippets {

    private ReadmeSnippets() {}

    @Configuration(proxyBeanMethods = false)
    static class SecuritySnippet {

        // snippet:spring-security
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
        // end:spring-security
    }

    @Configuration(proxyBeanMethods = false)
    static class PolicySnippet {

        // snippet:spring-policy
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
        // end:spring-policy
    }

    @Configuration(proxyBeanMethods = false)
    static class CallPolicySnippet {

        // snippet:spring-call-policy
        @Bean
        CallPolicy callPolicy() {
            return (principal, parameters) -> RealtimeSessionConfig.builder()
                    .model(RealtimeModel.GPT_REALTIME_MINI)
                    .instructions("Support line for " + principal.getName() + ".")
                    .voice(Voice.MARIN)
                    .build();
        }
        // end:spring-call-policy
    }

    @Configuration(proxyBeanMethods = false)
    static class CustomizerSnippet {

        // snippet:spring-customizer
        @Bean
        ClientSettingsCustomizer realtimeSettings() {
            return settings -> settings
                    .userAgentSuffix("orders-app/2.3")
                    .extraHeader("X-Tenant", "acme");
        }
        // end:spring-customizer
    }

    @Configuration(proxyBeanMethods = false)
    static class ConventionSnippet {

        // snippet:spring-convention
        @Bean
        RealtimeRequestObservationConvention realtimeObservations() {
            return new DefaultRealtimeRequestObservationConvention() {
                @Override
                public KeyValues getLowCardinalityKeyValues(RealtimeRequestObservationContext context) {
                    return super.getLowCardinalityKeyValues(context).and(KeyValue.of("app", "orders"));
                }
            };
        }
        // end:spring-convention
    }
}
