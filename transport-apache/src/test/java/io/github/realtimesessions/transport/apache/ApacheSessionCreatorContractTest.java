package io.github.realtimesessions.transport.apache;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.SessionCreatorContract;

/** The whole contract, behaviour and wire, against the fake server, with the pool checked for leaks. */
class ApacheSessionCreatorContractTest extends SessionCreatorContract {

    @Override
    protected SessionCreator createSessionCreator(ClientSettings settings) {
        return ApacheSessionCreator.create(settings);
    }

    @Override
    protected int leasedConnections(SessionCreator creator) {
        return ((ApacheSessionCreator) creator).leasedConnections();
    }
}
