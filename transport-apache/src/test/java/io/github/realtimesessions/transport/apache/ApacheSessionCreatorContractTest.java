package io.github.realtimesessions.transport.apache;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.LogCapture;
import io.github.realtimesessions.testkit.LogbackLogCapture;
import io.github.realtimesessions.testkit.SessionCreatorContract;

/**
 * The whole contract, behaviour and wire (fault injection, load, TLS, secrets in exceptions and logs), against the
 * fake server, with the pool checked for leaks. No case is overridden.
 */
class ApacheSessionCreatorContractTest extends SessionCreatorContract {

    @Override
    protected SessionCreator createSessionCreator(ClientSettings settings) {
        return ApacheSessionCreator.create(settings);
    }

    @Override
    protected int leasedConnections(SessionCreator creator) {
        return ((ApacheSessionCreator) creator).leasedConnections();
    }

    @Override
    protected LogCapture captureLogs() {
        return LogbackLogCapture.start();
    }
}
