package io.github.realtimesessions.transport.apache;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.contract.HttpTransportContract;
import io.github.realtimesessions.testkit.contract.SessionCreatorFixture;

/**
 * The whole HTTP contract of the testkit (behaviour and wire: headers, bodies, answers, retries, deadlines against
 * hostile servers, cancellation and {@code close()}, secrets in messages and logs, the asynchronous exchange, calls,
 * TLS, load and provider discovery) over {@link ApacheSessionCreator#create(ClientSettings)}, the creator with clients
 * of its own, against an OpenAI-mode fake server. The fixture checks after every case that no pooled connection is
 * still leased. No case is overridden. The subclasses run the same cases against an Azure OpenAI resource.
 */
class ApacheSessionCreatorContractTest extends SessionCreatorFixture implements HttpTransportContract {

    @Override
    protected SessionCreator createSessionCreator(ClientSettings settings) {
        return ApacheSessionCreator.create(settings);
    }

    @Override
    public String transportName() {
        return ApacheSessionCreator.TRANSPORT_NAME;
    }
}
