package io.github.realtimesessions.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EndpointTest {

    static Stream<Arguments> endpoints() {
        return Stream.of(
                argumentSet("client secrets", Endpoint.CLIENT_SECRETS, "client_secrets", "/realtime/client_secrets"),
                argumentSet(
                        "translation client secrets",
                        Endpoint.TRANSLATION_CLIENT_SECRETS,
                        "translation_client_secrets",
                        "/realtime/translations/client_secrets"),
                argumentSet("calls", Endpoint.CALLS, "calls", "/realtime/calls"),
                argumentSet("hangup", Endpoint.HANGUP, "hangup", "/realtime/calls/{call_id}/hangup"),
                argumentSet("beta sessions", Endpoint.SESSIONS, "sessions", "/realtime/sessions"));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void eachEndpointIsAPostWithItsTagAndPath(Endpoint endpoint, String tag, String path) {
        assertThat(endpoint.method()).isEqualTo("POST");
        assertThat(endpoint.tag()).isEqualTo(tag);
        assertThat(endpoint.pathTemplate()).isEqualTo(path);
        assertThat(endpoint).hasToString("POST " + path);
    }

    @Test
    void everyEndpointIsCoveredAndTagsAreUnique() {
        assertThat(Endpoint.values()).hasSize((int) endpoints().count());
        assertThat(Arrays.stream(Endpoint.values()).map(Endpoint::tag)).doesNotHaveDuplicates();
    }
}
