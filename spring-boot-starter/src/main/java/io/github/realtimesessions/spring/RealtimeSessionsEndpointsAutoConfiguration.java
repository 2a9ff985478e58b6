package io.github.realtimesessions.spring;

import io.github.realtimesessions.port.CallSupervisor;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.spring.internal.CallHandlers;
import io.github.realtimesessions.spring.internal.CallSupervisorShutdown;
import io.github.realtimesessions.spring.internal.ClientSecretHandler;
import io.github.realtimesessions.spring.internal.EndpointSupport;
import io.github.realtimesessions.spring.internal.Policies;
import io.github.realtimesessions.spring.internal.RealtimeSessionsConfigurationException;
import io.github.realtimesessions.spring.internal.SafetyIdentifiers;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Auto-configures the opt-in endpoints of a Spring MVC application:
 * <ul>
 *   <li>the token endpoint ({@code realtime.sessions.endpoint.client-secret.enabled=true}): {@code POST
 *       /realtime/client-secret} mints a client secret with the {@link ClientSecretPolicy} and answers OpenAI's JSON;</li>
 *   <li>the call broker ({@code realtime.sessions.endpoint.calls.enabled=true}): {@code POST /realtime/calls} exchanges
 *       the browser's SDP offer for OpenAI's answer, with the {@link CallPolicy}'s session, under a
 *       {@link CallSupervisor} that hangs each call up after {@code realtime.sessions.endpoint.calls.max-duration};
 *       {@code POST /realtime/calls/{callId}/hangup} ends one.</li>
 * </ul>
 * Both require an authenticated principal (401 otherwise) unless {@code realtime.sessions.endpoint.allow-anonymous}
 * is {@code true}, and without Spring Security on the class path the application refuses to start unless it is. Both
 * share one per-principal {@link PrincipalRateLimiter} (429 with {@code Retry-After}), send the
 * {@code OpenAI-Safety-Identifier} as an HMAC of the principal's name, and answer failures as
 * {@code {"error":{"type","message"}}} without the upstream body or any secret. The endpoints are
 * {@link RouterFunction} beans; securing their paths (and CSRF) is your {@code SecurityFilterChain}'s job.
 *
 * <p>Back-offs: your own {@link ClientSecretPolicy}, {@link CallPolicy}, {@link PrincipalRateLimiter} and
 * {@link CallSupervisor} beans replace the defaults. A unique {@link Clock} bean, if there is one, is the clock of
 * the rate limiter and the supervisor.
 */
@AutoConfiguration(after = RealtimeSessionsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(RouterFunction.class)
@Conditional(RealtimeSessionsEndpointsAutoConfiguration.OnAnyEndpoint.class)
public class RealtimeSessionsEndpointsAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(RealtimeSessionsEndpointsAutoConfiguration.class);

    private static final String ENDPOINT = "realtime.sessions.endpoint.";

    /** Creates the auto-configuration; Spring Boot does. */
    public RealtimeSessionsEndpointsAutoConfiguration() {}

    /**
     * The default policy: the {@code realtime.sessions.session.*} properties' session for everyone; the browser
     * chooses nothing.
     *
     * @param properties the properties
     * @return the policy
     */
    @Bean
    @ConditionalOnMissingBean
    public ClientSecretPolicy realtimeSessionsClientSecretPolicy(RealtimeSessionsProperties properties) {
        return ClientSecretPolicy.fixed(Policies.fromProperties(properties));
    }

    /**
     * The default rate limiter: {@code realtime.sessions.endpoint.rate-limit.max-requests} per principal and window,
     * counted in this JVM.
     *
     * @param properties the properties
     * @param clock a unique clock bean, if any
     * @return the limiter
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBooleanProperty(name = ENDPOINT + "rate-limit.enabled", matchIfMissing = true)
    public PrincipalRateLimiter realtimeSessionsRateLimiter(
            RealtimeSessionsProperties properties, ObjectProvider<Clock> clock) {
        RealtimeSessionsProperties.RateLimit limit = properties.getEndpoint().getRateLimit();
        try {
            return new InMemoryPrincipalRateLimiter(
                    limit.getMaxRequests(), limit.getWindow(), clock.getIfUnique(Clock::systemUTC));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RealtimeSessionsConfigurationException(
                    ENDPOINT + "rate-limit is invalid: " + e.getMessage(),
                    "Set " + ENDPOINT + "rate-limit.max-requests to at least 1 and " + ENDPOINT
                            + "rate-limit.window to a positive duration.",
                    e);
        }
    }

    /**
     * What both endpoints share: access rules, the rate limiter, the safety identifiers. Refuses to start when the
     * endpoints would be open to anyone by accident.
     *
     * @param properties the properties
     * @param rateLimiter the rate limiter, if any
     * @param context the application context (for its class loader)
     * @return the support
     */
    @Bean
    EndpointSupport realtimeSessionsEndpointSupport(
            RealtimeSessionsProperties properties,
            ObjectProvider<PrincipalRateLimiter> rateLimiter,
            ApplicationContext context) {
        RealtimeSessionsProperties.Endpoint endpoint = properties.getEndpoint();
        ClassLoader classLoader = context.getClassLoader();
        EndpointSupport.checkAccess(endpoint.isAllowAnonymous(), classLoader);
        SafetyIdentifiers safetyIdentifiers = SafetyIdentifiers.of(properties.getSafetyIdentifier().getKey());
        if (!safetyIdentifiers.enabled()) {
            LOG.info("{} is not set: no OpenAI-Safety-Identifier is sent with the secrets and calls minted for"
                    + " your users", SafetyIdentifiers.KEY_PROPERTY);
        }
        if (endpoint.isAllowAnonymous()) {
            LOG.warn("{}allow-anonymous=true: the Realtime Sessions endpoints serve requests without a login",
                    ENDPOINT);
        }
        PrincipalRateLimiter limiter = endpoint.getRateLimit().isEnabled() ? rateLimiter.getIfAvailable() : null;
        return new EndpointSupport(endpoint.isAllowAnonymous(), limiter, safetyIdentifiers, classLoader);
    }

    /** The token endpoint. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(ENDPOINT + "client-secret.enabled")
    static class ClientSecretEndpointConfiguration {

        @Bean
        RouterFunction<ServerResponse> realtimeSessionsClientSecretRoute(
                SessionCreator sessions,
                ClientSecretPolicy policy,
                EndpointSupport support,
                RealtimeSessionsProperties properties) {
            String path = path(properties.getEndpoint().getClientSecret().getPath(), "client-secret.path");
            ClientSecretHandler handler = new ClientSecretHandler(sessions, policy, support);
            return RouterFunctions.route().POST(path, handler::handle).build();
        }
    }

    /** The call broker. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(ENDPOINT + "calls.enabled")
    static class CallsEndpointConfiguration {

        @Bean
        @ConditionalOnMissingBean
        CallSupervisor realtimeSessionsCallSupervisor(
                SessionCreator sessions, RealtimeSessionsProperties properties, ObjectProvider<Clock> clock) {
            Duration maxDuration = properties.getEndpoint().getCalls().getMaxDuration();
            if (maxDuration == null || maxDuration.isZero() || maxDuration.isNegative()) {
                throw new RealtimeSessionsConfigurationException(
                        ENDPOINT + "calls.max-duration must be a positive duration (was " + maxDuration + ").",
                        "Set " + ENDPOINT + "calls.max-duration to the longest call you pay for, e.g. 10m.",
                        null);
            }
            return CallSupervisor.builder(sessions)
                    .maxDuration(maxDuration)
                    .clock(clock.getIfUnique(Clock::systemUTC))
                    .build();
        }

        @Bean
        @ConditionalOnBooleanProperty(name = ENDPOINT + "calls.hang-up-on-shutdown", matchIfMissing = true)
        CallSupervisorShutdown realtimeSessionsCallSupervisorShutdown(CallSupervisor supervisor, SessionCreator sessions) {
            return new CallSupervisorShutdown(supervisor, sessions);
        }

        @Bean
        RouterFunction<ServerResponse> realtimeSessionsCallsRoute(
                CallSupervisor supervisor,
                ObjectProvider<CallPolicy> callPolicy,
                ClientSecretPolicy clientSecretPolicy,
                EndpointSupport support,
                RealtimeSessionsProperties properties,
                ObjectProvider<Clock> clock) {
            String path = path(properties.getEndpoint().getCalls().getPath(), "calls.path");
            CallPolicy policy = callPolicy.getIfUnique(() -> Policies.calls(clientSecretPolicy));
            CallHandlers handlers =
                    new CallHandlers(supervisor, policy, support, path, clock.getIfUnique(Clock::systemUTC));
            return RouterFunctions.route()
                    .POST(path, handlers::create)
                    .POST(path + "/{callId}/hangup", handlers::hangUp)
                    .build();
        }
    }

    static String path(String path, String property) {
        if (path == null || !path.startsWith("/") || path.length() < 2 || path.endsWith("/")
                || path.contains("{") || path.contains("*")) {
            throw new RealtimeSessionsConfigurationException(
                    ENDPOINT + property + " must be a path such as /realtime/calls (was " + path + ").",
                    "Set " + ENDPOINT + property + " to a path that starts with / and does not end with one.",
                    null);
        }
        return path;
    }

    /** Either endpoint is enabled. */
    static final class OnAnyEndpoint extends AnyNestedCondition {

        OnAnyEndpoint() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBooleanProperty(ENDPOINT + "client-secret.enabled")
        static final class ClientSecretEnabled {}

        @ConditionalOnBooleanProperty(ENDPOINT + "calls.enabled")
        static final class CallsEnabled {}
    }
}
