package io.github.realtimesessions.transport.feign;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.LogCapture;
import io.github.realtimesessions.testkit.LogbackLogCapture;
import io.github.realtimesessions.testkit.SessionCreatorContract;

/**
 * The whole contract, behaviour and wire (fault injection, load, TLS, secrets in exceptions and logs), against the
 * fake server, with the default client. No case is overridden. The leak check after each case reads the default
 * client's pool: every response, failed or not, must have handed its connection back.
 */
class FeignSessionCreatorContractTest extends SessionCreatorContract {

    @Override
    protected SessionCreator createSessionCreator(ClientSettings settings) {
        return FeignSessionCreator.create(settings);
    }

    @Override
    protected int leasedConnections(SessionCreator creator) {
        return ((FeignSessionCreator) creator).leasedConnections();
    }

    @Override
    protected LogCapture captureLogs() {
        return LogbackLogCapture.start();
    }
}
