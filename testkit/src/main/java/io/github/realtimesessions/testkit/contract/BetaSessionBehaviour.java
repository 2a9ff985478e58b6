package io.github.realtimesessions.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateResponse;
import org.junit.jupiter.api.Test;

/** The retired beta {@code POST /v1/realtime/sessions}, kept for servers that still emulate it. */
@SuppressWarnings("deprecation")
public interface BetaSessionBehaviour extends ContractSupport {

    /** A beta session comes back with its client secret inside, and the beta defaults. */
    @Test
    default void betaSessionStillWorksWhereEmulated() {
        RealtimeSessionCreateResponse response = creator().create(Samples.beta("Be brief."));

        assertThat(sessions().betaSessions().lastRequest()).isEqualTo(Samples.beta("Be brief."));
        assertThat(response.id()).startsWith("sess_");
        assertThat(response.object()).isEqualTo("realtime.session");
        assertThat(response.instructions()).isEqualTo("Be brief.");
        assertThat(response.voice()).isEqualTo(Voice.ALLOY);
        assertThat(response.temperature()).isEqualTo(0.8);
        assertThat(response.clientSecret().value()).startsWith("ek_");
        assertThat(response.clientSecret().expiresAt()).isEqualTo(clock().instant().plusSeconds(600));
        assertThat(sessions().isValid(response.clientSecret().value())).isTrue();
    }
}
