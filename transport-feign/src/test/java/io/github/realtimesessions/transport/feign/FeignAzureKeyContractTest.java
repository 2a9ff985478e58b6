package io.github.realtimesessions.transport.feign;

import io.github.realtimesessions.testkit.contract.ServerMode;

/**
 * The whole HTTP contract over the default Feign client against an Azure OpenAI resource ({@code /openai/v1}) that
 * takes its key in the {@code api-key} header.
 */
class FeignAzureKeyContractTest extends FeignSessionCreatorContractTest {

    @Override
    public ServerMode serverMode() {
        return ServerMode.AZURE_API_KEY;
    }
}
