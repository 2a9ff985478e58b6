package io.github.realtimesessions.transport.feign;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.contract.HttpTransportContract;
import io.github.realtimesessions.testkit.contract.SessionCreatorFixture;

/**
 * The whole HTTP contract of the testkit (behaviour and wire: headers, bodies, framing, retries, deadlines against
 * hostile servers, cancellation, secrets, async, calls, Azure, TLS, load, provider discovery) against the Feign
 * transport with its default client, {@code FeignSessionCreator.create(settings)}, in OpenAI mode. No case is
 * overridden. The fixture's leak check after each case reads the default client's pool: every answer, failed or not,
 * handed its connection back or closed it.
 */
class FeignSessionCreatorContractTest extends SessionCreatorFixture implements HttpTransportContract {

    @Override
    protected SessionCreator createSessionCreator(ClientSettings settings) {
        return FeignSessionCreator.create(settings);
    }

    @Override
    public String transportName() {
        return FeignSessionCreator.TRANSPORT_NAME;
    }
}
