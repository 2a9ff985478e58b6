package io.github.realtimesessions.port.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class SessionCreatorProviderTest {

    @Test
    void theDocumentedServicesFileNamesThisInterface() {
        // The Javadoc tells transport authors to register in this file; it must match the interface's binary name.
        String documented = "META-INF/services/io.github.realtimesessions.port.spi.SessionCreatorProvider";

        assertThat("META-INF/services/" + SessionCreatorProvider.class.getName()).isEqualTo(documented);
        assertThat(getClass().getClassLoader().getResource(documented)).isNotNull();
    }

    @Test
    void serviceLoaderFindsEveryRegisteredProviderThroughItsNoArgumentConstructor() {
        List<String> types = ServiceLoader.load(SessionCreatorProvider.class).stream()
                .map(provider -> provider.type().getName())
                .toList();

        assertThat(types).containsExactlyInAnyOrder(AlphaTestProvider.class.getName(), BetaTestProvider.class.getName());
    }

    @Test
    void aProviderHandsTheSettingsToTheCreatorItMakes() {
        ClientSettings settings = ClientSettings.builder().apiKey("sk-test-0000").build();
        SessionCreatorProvider provider = ServiceLoader.load(SessionCreatorProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals(AlphaTestProvider.NAME))
                .findFirst()
                .orElseThrow();

        try (SessionCreator creator = provider.create(settings)) {
            assertThat(creator).isEqualTo(new TestSessionCreator(AlphaTestProvider.NAME, settings));
        }
    }
}
