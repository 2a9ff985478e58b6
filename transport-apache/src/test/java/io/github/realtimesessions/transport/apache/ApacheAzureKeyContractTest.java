package io.github.realtimesessions.transport.apache;

import io.github.realtimesessions.testkit.contract.ServerMode;

/**
 * The whole HTTP contract over {@link ApacheSessionCreator} against an Azure OpenAI resource authorized with its
 * {@code api-key} header: paths below {@code /openai/v1}, no {@code api-version} query, the key never in a message.
 */
class ApacheAzureKeyContractTest extends ApacheSessionCreatorContractTest {

    @Override
    public ServerMode serverMode() {
        return ServerMode.AZURE_API_KEY;
    }
}
