package io.github.realtimesessions.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.port.SessionCreators;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Both halves of the contract against a real HTTP client (the JDK's), proving the wire half itself. The creator is
 * found through {@link SessionCreators}, the way applications find a transport.
 */
class JdkHttpSessionCreatorContractTest extends SessionCreatorContract {

    @Override
    protected SessionCreator createSessionCreator(ClientSettings settings) {
        return SessionCreators.create(settings, "jdk");
    }

    /**
     * Overridden: the JDK client's request timeout covers only the wait for the response headers, so this test-only
     * transport cannot notice a body that stalls after them (the production transports use socket read timeouts).
     * What it can show is that a stalled body is reassembled once it resumes.
     */
    @Override
    @Test
    public void stalledBodyTimesOut() {
        server().enqueue(Fault.stallMidBody(Duration.ofMillis(500)));
        SessionCreator creator = creator(settings().responseTimeout(SHORT_TIMEOUT).build());

        assertThat(creator.create(RealtimeSessionCreateRequest.builder().build()))
                .isEqualTo(sessions().lastResponse());
    }
}
