package io.github.realtimesessions.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.TranslationClientSecretRequest;
import io.github.realtimesessions.model.TranslationClientSecretResponse;
import io.github.realtimesessions.model.TranslationSession;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/realtime/translations/client_secrets}, as every {@code SessionCreator} behaves. */
public interface TranslationBehaviour extends ContractSupport {

    /** A translation secret comes with a translation session that expires with it, every setting echoed. */
    @Test
    default void translationSecretIsMinted() {
        TranslationClientSecretRequest request = Samples.fullTranslation();
        Instant now = clock().instant();

        TranslationClientSecretResponse response = creator().createTranslationClientSecret(request);

        assertThat(sessions().translationClientSecrets().lastRequest()).isEqualTo(request);
        assertThat(response.value()).matches("ek_[0-9a-f]{32}");
        assertThat(response.expiresAt()).isEqualTo(now.plusSeconds(900));
        TranslationSession session = response.session();
        assertThat(session.type()).isEqualTo("translation");
        assertThat(session.id()).startsWith("sess_");
        assertThat(session.expiresAt()).as("the translation session expires with the secret")
                .isEqualTo(response.expiresAt());
        assertThat(session.model()).isEqualTo("gpt-realtime-translate");
        assertThat(session.audio().output().language()).isEqualTo("es");
        assertThat(session.audio().input().transcription())
                .isEqualTo(request.session().audio().input().transcription());
        assertThat(session.audio().input().noiseReduction())
                .isEqualTo(request.session().audio().input().noiseReduction());
        assertThat(response.metadata().requestId()).startsWith("req_");
        assertThat(sessions().isValid(response.value())).isTrue();
    }

    /** What a minimal translation request leaves unset comes back switched off, and the default lifetime applies. */
    @Test
    default void minimalTranslationGetsTheDefaults() {
        TranslationClientSecretResponse response = creator().createTranslationClientSecret(
                Samples.translation("de").toBuilder().safetyIdentifier("user-42").build());

        assertThat(response.expiresAt()).isEqualTo(clock().instant().plusSeconds(600));
        assertThat(response.session().audio().output().language()).isEqualTo("de");
        assertThat(response.session().audio().input().transcriptionSetting().isEnabled()).isFalse();
        assertThat(response.session().audio().input().noiseReductionSetting().isEnabled()).isFalse();
        assertThat(sessions().translationClientSecrets().lastRequest().safetyIdentifier()).isEqualTo("user-42");
    }
}
