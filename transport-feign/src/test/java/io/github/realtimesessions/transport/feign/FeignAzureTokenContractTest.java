package io.github.realtimesessions.transport.feign;

import io.github.realtimesessions.testkit.contract.ServerMode;

/**
 * The whole HTTP contract over the default Feign client against an Azure OpenAI resource that takes Microsoft Entra
 * ID style bearer tokens ({@code Credential.bearerTokens}): cached, refreshed once on a 401, never leaked.
 */
class FeignAzureTokenContractTest extends FeignSessionCreatorContractTest {

    @Override
    public ServerMode serverMode() {
        return ServerMode.AZURE_BEARER_TOKEN;
    }
}
