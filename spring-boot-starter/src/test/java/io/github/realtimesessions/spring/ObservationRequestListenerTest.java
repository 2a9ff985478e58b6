package io.github.realtimesessions.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.Endpoint;
import io.github.realtimesessions.port.spi.AttemptInfo;
import io.github.realtimesessions.port.spi.Outcome;
import io.github.realtimesessions.port.spi.RequestListener;
import io.github.realtimesessions.port.spi.RequestObserver;
import io.github.realtimesessions.port.spi.RequestResult;
import io.github.realtimesessions.port.spi.RequestStart;
import io.github.realtimesessions.spring.internal.ObservationRequestListener;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ObservationRequestListenerTest {

    private static final RequestStart START = new RequestStart(Endpoint.CLIENT_SECRETS, "apache", false);

    @Test
    void aSuccessfulCallIsOneObservationWithLowCardinalityTagsAndTheRequestIdAsHighCardinality() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        RequestObserver observer = new ObservationRequestListener(registry, null).requestStarted(START);
        observer.attemptFinished(attempt(1, 200, Outcome.SUCCESS, null));
        observer.requestFinished(new RequestResult(
                Endpoint.CLIENT_SECRETS, "apache", 1, 200, Outcome.SUCCESS, Duration.ofMillis(30), "req_123", null));

        TestObservationRegistryAssert.assertThat(registry)
                .hasNumberOfObservationsEqualTo(1)
                .hasSingleObservationThat()
                .hasNameEqualTo("realtime.sessions.requests")
                .hasContextualNameEqualTo("realtime client_secrets")
                .hasBeenStarted()
                .hasBeenStopped()
                .hasLowCardinalityKeyValue("endpoint", "client_secrets")
                .hasLowCardinalityKeyValue("transport", "apache")
                .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                .hasLowCardinalityKeyValue("status", "200")
                .hasHighCardinalityKeyValue("request.id", "req_123")
                .doesNotHaveError();
    }

    @Test
    void aFailedRetriedCallCarriesItsErrorAndAnEventPerRetry() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        ApiStatusException failure = ApiStatusException.of(ApiError.ofStatus(503));
        RequestObserver observer = new ObservationRequestListener(registry, null)
                .requestStarted(new RequestStart(Endpoint.CALLS, "feign", true));
        observer.attemptFinished(attempt(1, 503, Outcome.SERVER_ERROR, Duration.ofMillis(100)));
        observer.attemptFinished(attempt(2, 503, Outcome.SERVER_ERROR, null));
        observer.requestFinished(new RequestResult(
                Endpoint.CALLS, "feign", 2, 503, Outcome.SERVER_ERROR, Duration.ofMillis(300), null, failure));

        TestObservationRegistryAssert.assertThat(registry)
                .hasSingleObservationThat()
                .hasLowCardinalityKeyValue("endpoint", "calls")
                .hasLowCardinalityKeyValue("transport", "feign")
                .hasLowCardinalityKeyValue("outcome", "SERVER_ERROR")
                .hasLowCardinalityKeyValue("status", "503")
                .doesNotHaveHighCardinalityKeyValueWithKey("request.id")
                .hasError(failure)
                .hasEvent("realtime.sessions.retry");
    }

    @Test
    void theTimerCarriesOnlyTheLowCardinalityTags() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        RequestListener listener = new ObservationRequestListener(registry, null);
        for (int i = 0; i < 3; i++) {
            RequestObserver observer = listener.requestStarted(START);
            observer.requestFinished(new RequestResult(Endpoint.CLIENT_SECRETS, "apache", 1, 200, Outcome.SUCCESS,
                    Duration.ofMillis(5), "req_" + i, null));
        }
        RequestObserver timedOut = listener.requestStarted(START);
        timedOut.requestFinished(new RequestResult(
                Endpoint.CLIENT_SECRETS, "apache", 3, 0, Outcome.TIMEOUT, Duration.ofSeconds(2), null, null));

        Timer ok = meters.get("realtime.sessions.requests").tags("outcome", "SUCCESS", "status", "200").timer();
        assertThat(ok.count()).isEqualTo(3);
        assertThat(ok.getId().getTags()).extracting(tag -> tag.getKey())
                .containsExactlyInAnyOrder("endpoint", "transport", "outcome", "status", "error");
        assertThat(meters.get("realtime.sessions.requests").tags("outcome", "TIMEOUT", "status", "NONE").timer().count())
                .isEqualTo(1);
        assertThat(meters.getMeters()).allSatisfy(meter -> assertThat(meter.getId().getTag("request.id")).isNull());
    }

    @Test
    void aConventionOfYourOwnReplacesTheDefault() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        RealtimeRequestObservationConvention mine = new DefaultRealtimeRequestObservationConvention() {
            @Override
            public String getName() {
                return "voice.tokens";
            }

            @Override
            public KeyValues getLowCardinalityKeyValues(RealtimeRequestObservationContext context) {
                return super.getLowCardinalityKeyValues(context).and(KeyValue.of("tenant", "acme"));
            }
        };
        RequestObserver observer = new ObservationRequestListener(registry, mine).requestStarted(START);
        observer.requestFinished(new RequestResult(
                Endpoint.CLIENT_SECRETS, "apache", 1, 200, Outcome.SUCCESS, Duration.ofMillis(5), null, null));
        TestObservationRegistryAssert.assertThat(registry)
                .hasSingleObservationThat()
                .hasNameEqualTo("voice.tokens")
                .hasLowCardinalityKeyValue("tenant", "acme")
                .hasLowCardinalityKeyValue("endpoint", "client_secrets");
    }

    @Test
    void aNoopRegistryCostsNothing() {
        assertThat(new ObservationRequestListener(ObservationRegistry.NOOP, null).requestStarted(START))
                .isSameAs(RequestObserver.NONE);
    }

    @Test
    void theListenerBeanExistsOnlyWithARegistryBean() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(RealtimeSessionsObservationAutoConfiguration.class));
        runner.run(context -> assertThat(context).doesNotHaveBean(RequestListener.class));
        runner.withBean(ObservationRegistry.class, TestObservationRegistry::create)
                .run(context -> assertThat(context).hasSingleBean(RequestListener.class));
        runner.withBean(ObservationRegistry.class, TestObservationRegistry::create)
                .withClassLoader(new FilteredClassLoader("io.micrometer.observation"))
                .run(context -> assertThat(context).doesNotHaveBean(RequestListener.class));
    }

    @Test
    void theAutoConfiguredSettingsReportToTheRegistry() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        RealtimeSessionsObservationAutoConfiguration.class, RealtimeSessionsAutoConfiguration.class))
                .withBean(ObservationRegistry.class, () -> registry)
                .withPropertyValues("realtime.sessions.api-key=sk-test-observed-0123456789")
                .run(context -> {
                    RequestListener listener = context.getBean(io.github.realtimesessions.port.ClientSettings.class)
                            .listener();
                    listener.requestStarted(START).requestFinished(new RequestResult(Endpoint.CLIENT_SECRETS,
                            "apache", 1, 200, Outcome.SUCCESS, Duration.ofMillis(1), null, null));
                    TestObservationRegistryAssert.assertThat(registry)
                            .hasObservationWithNameEqualTo("realtime.sessions.requests");
                });
    }

    private static AttemptInfo attempt(int number, int status, Outcome outcome, Duration retryDelay) {
        return new AttemptInfo(Endpoint.CLIENT_SECRETS, "apache", number, status, outcome, Duration.ofMillis(10),
                null, retryDelay);
    }
}
