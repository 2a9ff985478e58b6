package io.github.realtimesessions.testkit;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.contract.BehaviourContract;
import io.github.realtimesessions.testkit.contract.SessionCreatorFixture;

/**
 * The behaviour half of the contract against the in-memory fake itself: it behaves like the transports. The wire
 * concerns are not implemented here, so none of them is reported as skipped.
 */
class InMemorySessionCreatorContractTest extends SessionCreatorFixture implements BehaviourContract {

    @Override
    protected SessionCreator createSessionCreator(ClientSettings settings) {
        return sessions();
    }
}
