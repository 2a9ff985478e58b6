package io.github.realtimesessions.testkit;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;

/** The in-memory fake passes the behavioural half of the contract, so it behaves like the transports. */
class InMemorySessionCreatorContractTest extends SessionCreatorContract {

    @Override
    protected SessionCreator createSessionCreator(ClientSettings settings) {
        // The server's backing fake: failures scripted on it are thrown directly, as the transports would map them.
        return sessions();
    }

    @Override
    protected boolean speaksHttp() {
        return false;
    }
}
