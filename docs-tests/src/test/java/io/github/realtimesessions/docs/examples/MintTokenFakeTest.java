package io.github.realtimesessions.docs.examples;

// snippet:readme-test
import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.testkit.InMemorySessionCreator;
import org.junit.jupiter.api.Test;

class MintTokenFakeTest {

    @Test
    void mintsATenMinuteSecret() {
        InMemorySessionCreator openAi = InMemorySessionCreator.builder().build();   // no HTTP; answers like OpenAI

        ClientSecretResponse secret = MintToken.mint(openAi);

        assertThat(secret.value()).startsWith("ek_");
        assertThat(openAi.clientSecrets().lastRequest().expiresAfter().seconds()).isEqualTo(600);
    }
}
// end:readme-test
