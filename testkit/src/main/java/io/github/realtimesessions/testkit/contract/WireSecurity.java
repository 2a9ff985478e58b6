package io.github.realtimesessions.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.UntrustedTlsServer;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Wire: transport security. TLS certificates are verified by default: an untrusted server gets no request. */
public interface WireSecurity extends ContractSupport {

    /** A self-signed server is refused during the handshake, before any request is sent. */
    @Test
    default void tlsCertificatesAreVerifiedByDefault() {
        try (UntrustedTlsServer untrusted = UntrustedTlsServer.start()) {
            URI root = URI.create("https://127.0.0.1:" + untrusted.baseUri().getPort());
            SessionCreator creator = creator(settingsFor(root).build());

            ApiConnectionException refused = Expect.thrownBy(ApiConnectionException.class,
                    () -> creator.createClientSecret(Samples.minimalRealtime()));

            assertThat(untrusted.awaitHandshakeEnded(Duration.ofSeconds(5))).isTrue();
            assertThat(untrusted.requestsReceived()).as("requests sent to the untrusted server").isZero();
            Expect.noSecretIn(refused, credentials());
        }
    }
}
