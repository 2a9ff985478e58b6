package io.github.realtimesessions.testkit;

import io.github.realtimesessions.testkit.contract.ServerMode;

/** The whole HTTP contract over the JDK test transport against an Azure OpenAI resource with Entra ID style tokens. */
class JdkHttpAzureTokenContractTest extends JdkHttpSessionCreatorContractTest {

    @Override
    public ServerMode serverMode() {
        return ServerMode.AZURE_BEARER_TOKEN;
    }
}
