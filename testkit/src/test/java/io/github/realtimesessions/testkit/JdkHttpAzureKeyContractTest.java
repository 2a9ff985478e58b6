package io.github.realtimesessions.testkit;

import io.github.realtimesessions.testkit.contract.ServerMode;

/** The whole HTTP contract over the JDK test transport against an Azure OpenAI resource with its {@code api-key}. */
class JdkHttpAzureKeyContractTest extends JdkHttpSessionCreatorContractTest {

    @Override
    public ServerMode serverMode() {
        return ServerMode.AZURE_API_KEY;
    }
}
