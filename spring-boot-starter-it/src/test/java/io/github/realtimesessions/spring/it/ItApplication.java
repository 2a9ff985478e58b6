package io.github.realtimesessions.spring.it;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The application of the integration tests: what a user writes, i.e. nothing of the library but properties, plus a
 * security configuration. No component scanning.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(ItApplication.Security.class)
public class ItApplication {

    /** Every test user's password. */
    public static final String PASSWORD = "pw-0f1e2d3c";

    /**
     * HTTP Basic for everyone; the endpoints' paths are open at the filter level, so that the starter's own check
     * (401 without a principal) is what the tests see. CSRF is off for them because the tests are not a browser; a
     * real page sends the token (or the application relies on SameSite cookies).
     */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Security {

        @Bean
        SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests
                            .requestMatchers("/realtime/**", "/actuator/**")
                            .permitAll()
                            .anyRequest()
                            .authenticated())
                    .httpBasic(Customizer.withDefaults())
                    .csrf(csrf -> csrf.ignoringRequestMatchers("/realtime/**"));
            return http.build();
        }

        /** Any user name, one password: each test logs in as a user of its own, so rate limits never meet. */
        @Bean
        UserDetailsService users() {
            return name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build();
        }
    }
}
