package io.github.realtimesessions.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.ClientSecret;
import io.github.realtimesessions.model.Eagerness;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.model.TurnDetection;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.port.SessionCreators;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import org.junit.jupiter.api.Test;

/**
 * The README's "Minimal usage" snippet, run as written except that the settings point at a fake server instead of
 * being read from the environment. Keep the two in step.
 */
class ReadmeMinimalUsageTest {

    @Test
    void theMinimalUsageSnippetMintsASession() {
        try (FakeRealtimeServer openAi = FakeRealtimeServer.start()) {
            ClientSettings settings = openAi.settings().build(); // README: ClientSettings.fromEnvironment()
            ClientSecret minted;
            // --- README snippet from here ---
            try (SessionCreator sessions = SessionCreators.create(settings)) { // the transport on the class path
                RealtimeSessionCreateResponse session = sessions.create(RealtimeSessionCreateRequest.builder()
                        .model(RealtimeModel.GPT_4O_REALTIME_PREVIEW)
                        .voice(Voice.VERSE)
                        .instructions("You are a friendly assistant.")
                        .turnDetection(TurnDetection.semanticVad().eagerness(Eagerness.LOW).build())
                        .expiresAfterSeconds(120)
                        .build());
                ClientSecret secret = session.clientSecret(); // secret.value() goes to the browser
                // --- README snippet to here ---
                minted = secret;
            }
            assertThat(openAi.sessions().isValid(minted.value())).isTrue();
            assertThat(minted.toString()).doesNotContain(minted.value());
            assertThat(openAi.takeRequest().sessionRequest().voice()).isEqualTo(Voice.VERSE);
        }
    }
}
