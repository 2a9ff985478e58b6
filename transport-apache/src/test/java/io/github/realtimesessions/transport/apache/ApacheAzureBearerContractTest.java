package io.github.realtimesessions.transport.apache;

import io.github.realtimesessions.testkit.contract.ServerMode;

/**
 * The whole HTTP contract over {@link ApacheSessionCreator} against an Azure OpenAI resource authorized with
 * Microsoft Entra ID style bearer tokens: each token fetched once and cached, refreshed once on a 401, and never in a
 * message or log line.
 */
class ApacheAzureBearerContractTest extends ApacheSessionCreatorContractTest {

    @Override
    public ServerMode serverMode() {
        return ServerMode.AZURE_BEARER_TOKEN;
    }
}
