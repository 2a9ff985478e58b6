package io.github.realtimesessions.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.JsonValue;
import io.github.realtimesessions.port.Endpoint;
import io.github.realtimesessions.spring.RealtimeRequestObservationContext;
import io.github.realtimesessions.testkit.Fault;
import io.github.realtimesessions.testkit.SdpSamples;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.ObservationView;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every library call as one Micrometer observation: a timer with low-cardinality tags, a span under the request. */
class ObservabilityIT extends AbstractApplicationIT {

    @Autowired
    MeterRegistry meters;

    @Test
    void aMintIsOneObservationWithLowCardinalityTagsAndTheRequestIdAsHighCardinality() {
        assertThat(http.post("/realtime/client-secret", newUser("observed"), null, null).statusCode()).isEqualTo(200);

        TestObservationRegistryAssert.assertThat(observations).hasAnObservation(observation -> observation
                .hasNameEqualTo("realtime.sessions.requests")
                .hasContextualNameEqualTo("realtime client_secrets")
                .hasLowCardinalityKeyValue("endpoint", "client_secrets")
                .hasLowCardinalityKeyValue("transport", "apache")
                .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                .hasLowCardinalityKeyValue("status", "200")
                .hasHighCardinalityKeyValueWithKey("request.id"));
        Timer timer = meters.get("realtime.sessions.requests")
                .tags("endpoint", "client_secrets", "transport", "apache", "outcome", "SUCCESS", "status", "200")
                .timer();
        assertThat(timer.count()).isPositive();
        assertThat(timer.getId().getTags()).extracting(tag -> tag.getKey())
                .containsOnly("endpoint", "transport", "outcome", "status", "error");
    }

    @Test
    void theObservationIsAChildOfTheHttpRequestBeingServed() {
        assertThat(http.post("/realtime/calls", newUser("traced"), "application/sdp", SdpSamples.browserOffer())
                        .statusCode())
                .isEqualTo(201);
        TestObservationRegistryAssert.assertThat(observations).hasHandledContextsThatSatisfy(contexts -> {
            List<String> ancestors = new ArrayList<>();
            contexts.stream()
                    .filter(context -> context instanceof RealtimeRequestObservationContext call
                            && call.getEndpoint() == Endpoint.CALLS)
                    .findFirst()
                    .ifPresent(call -> {
                        ObservationView parent = call.getParentObservation();
                        while (parent != null) {
                            ancestors.add(parent.getContextView().getName());
                            parent = parent.getContextView().getParentObservation();
                        }
                    });
            assertThat(ancestors).contains("http.server.requests");
        });
    }

    @Test
    void anUpstreamFailureIsTaggedWithItsOutcomeAndStatus() {
        fake().enqueue(Endpoint.CLIENT_SECRETS, Fault.error(500, "server_error", null, "boom"));
        assertThat(http.post("/realtime/client-secret", newUser("failing"), null, null).statusCode()).isEqualTo(502);
        assertThat(meters.get("realtime.sessions.requests")
                        .tags("endpoint", "client_secrets", "outcome", "SERVER_ERROR", "status", "500")
                        .timer()
                        .count())
                .isPositive();
        TestObservationRegistryAssert.assertThat(observations).hasAnObservation(observation -> observation
                .hasNameEqualTo("realtime.sessions.requests")
                .hasLowCardinalityKeyValue("outcome", "SERVER_ERROR")
                .assertThatError()
                .isNotNull());
    }

    @Test
    void theActuatorShowsTheTimer() {
        http.post("/realtime/client-secret", newUser("metered"), null, null);
        HttpResponse<String> metric = http.get("/actuator/metrics/realtime.sessions.requests", null);
        assertThat(metric.statusCode()).as(metric.body()).isEqualTo(200);
        List<String> tags = JsonObject.parse(metric.body()).get("availableTags").asArray().elements().stream()
                .map(JsonValue::asObject)
                .map(tag -> tag.get("tag").asString())
                .toList();
        assertThat(tags).contains("endpoint", "transport", "outcome", "status").doesNotContain("request.id");
    }
}
