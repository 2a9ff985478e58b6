package io.github.realtimesessions.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.port.SessionCreators;
import io.github.realtimesessions.testkit.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The transport as users find it: through {@link SessionCreators} and its {@code ServiceLoader} provider, named by
 * {@link ContractSupport#transportName()} (or the only transport on the class path).
 */
public interface ProviderDiscovery extends ContractSupport {

    /** {@link SessionCreators} finds the transport, and what it creates works and names itself. */
    @Test
    default void creatorIsFoundThroughProviderDiscovery() {
        String name = transportName();
        try (SessionCreator creator = name == null
                ? SessionCreators.create(settings().build())
                : SessionCreators.create(settings().build(), name)) {

            assertThat(creator.createClientSecret(Samples.minimalRealtime()).value()).startsWith("ek_");
        }

        RecordedRequest request = server().takeRequest();
        String expected = name == null ? SessionCreators.availableTransports().get(0) : name;
        assertThat(request.header("User-Agent")).contains("(transport=" + expected + ";");
    }
}
