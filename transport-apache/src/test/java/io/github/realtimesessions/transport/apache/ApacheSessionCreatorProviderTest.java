package io.github.realtimesessions.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.port.SessionCreators;
import io.github.realtimesessions.port.spi.SessionCreatorProvider;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The transport as {@link SessionCreators} finds it, with this module the only transport on the class path. */
class ApacheSessionCreatorProviderTest {

    @Test
    void isRegisteredForServiceLoaderUnderTheNameApache() {
        assertThat(ServiceLoader.load(SessionCreatorProvider.class).stream().map(ServiceLoader.Provider::get))
                .anySatisfy(provider -> {
                    assertThat(provider).isInstanceOf(ApacheSessionCreatorProvider.class);
                    assertThat(provider.name()).isEqualTo("apache");
                });
        assertThat(SessionCreators.availableTransports()).contains("apache");
    }

    @Test
    void sessionCreatorsCreatesAnApacheCreatorThatWorks() {
        try (FakeRealtimeServer server = FakeRealtimeServer.start();
                SessionCreator creator = SessionCreators.create(server.settings().build())) {
            assertThat(creator).isInstanceOf(ApacheSessionCreator.class);
            assertThat(((ApacheSessionCreator) creator).ownsHttpClient()).isTrue();

            String secret = creator.create(RealtimeSessionCreateRequest.builder().build())
                    .clientSecret()
                    .value();

            assertThat(server.sessions().isValid(secret)).isTrue();
            assertThat(server.takeRequest().header("User-Agent")).contains("transport=apache");
        }
    }

    @Test
    void sessionCreatorsSelectsItByName() {
        try (FakeRealtimeServer server = FakeRealtimeServer.start();
                SessionCreator creator = SessionCreators.create(server.settings().build(), "Apache")) {
            assertThat(creator).isInstanceOf(ApacheSessionCreator.class);
        }
    }
}
