package io.github.realtimesessions.model;

import static io.github.realtimesessions.model.Samples.SECRET_EXPIRES_AT;
import static io.github.realtimesessions.model.Samples.SECRET_VALUE;
import static io.github.realtimesessions.model.Samples.assertNoFragmentOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ClientSecretResponse} and {@link TranslationClientSecretResponse}: answers, not validated, never printed. */
class ClientSecretResponseTest {

    static final ResponseMetadata METADATA = ResponseMetadata.of(200, Map.of("x-request-id", List.of("req_9")));

    @Test
    void valueAndExpiresAtAreRequired() {
        assertThatIllegalStateException().isThrownBy(() -> ClientSecretResponse.builder().expiresAt(SECRET_EXPIRES_AT).build())
                .withMessage("a client secret answer needs value and expires_at");
        assertThatIllegalStateException().isThrownBy(() -> ClientSecretResponse.builder().value(SECRET_VALUE).build())
                .withMessage("a client secret answer needs value and expires_at");
        assertThatIllegalStateException().isThrownBy(() -> TranslationClientSecretResponse.builder().value(SECRET_VALUE).build())
                .withMessage("a client secret answer needs value and expires_at");
        assertThatIllegalStateException()
                .isThrownBy(() -> TranslationClientSecretResponse.builder().expiresAt(SECRET_EXPIRES_AT).build())
                .withMessage("a client secret answer needs value and expires_at");
    }

    @Test
    void theClientSecretIsTheValueAndItsExpiry() {
        assertThat(Samples.clientSecretResponse().clientSecret()).isEqualTo(new ClientSecret(SECRET_VALUE, SECRET_EXPIRES_AT));
        assertThat(Samples.translationClientSecretResponse().clientSecret())
                .isEqualTo(new ClientSecret(SECRET_VALUE, SECRET_EXPIRES_AT));
        assertThat(ClientSecretResponse.builder().clientSecret(new ClientSecret("ek_1", SECRET_EXPIRES_AT)).build())
                .isEqualTo(ClientSecretResponse.builder().value("ek_1").expiresAt(SECRET_EXPIRES_AT).build());
        assertThat(TranslationClientSecretResponse.builder().clientSecret(new ClientSecret("ek_1", SECRET_EXPIRES_AT)).build()
                .value()).isEqualTo("ek_1");
        assertThatNullPointerException().isThrownBy(() -> ClientSecretResponse.builder().clientSecret(null))
                .withMessage("clientSecret must not be null");
        assertThatNullPointerException().isThrownBy(() -> TranslationClientSecretResponse.builder().clientSecret(null))
                .withMessage("clientSecret must not be null");
    }

    @Test
    void theSessionIsWhatTheServerSent() {
        assertThat(Samples.clientSecretResponse().session()).isEqualTo(Samples.realtimeSession());
        assertThat(Samples.translationClientSecretResponse().session()).isEqualTo(Samples.translationSession());
        Session unknown = new Session.Unknown(JsonObject.parse("{\"type\":\"live\"}"));
        assertThat(Samples.clientSecretResponse().toBuilder().session(unknown).build().session()).isSameAs(unknown);
    }

    @Test
    void metadataIsKeptButNotPartOfEquals() {
        ClientSecretResponse plain = Samples.clientSecretResponse();
        ClientSecretResponse withMetadata = plain.toBuilder().metadata(METADATA).build();
        TranslationClientSecretResponse translation = Samples.translationClientSecretResponse();
        TranslationClientSecretResponse translationWithMetadata = translation.toBuilder().metadata(METADATA).build();

        assertThat(plain.metadata()).isSameAs(ResponseMetadata.NONE);
        assertThat(withMetadata.metadata()).isSameAs(METADATA);
        assertThat(withMetadata).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(translationWithMetadata.metadata()).isSameAs(METADATA);
        assertThat(translationWithMetadata).isEqualTo(translation).hasSameHashCodeAs(translation);
        assertThat(withMetadata.toString()).doesNotContain("req_9");
        assertThatNullPointerException().isThrownBy(() -> ClientSecretResponse.builder().metadata(null))
                .withMessage("metadata must not be null");
        assertThatNullPointerException().isThrownBy(() -> TranslationClientSecretResponse.builder().metadata(null))
                .withMessage("metadata must not be null");
    }

    @Test
    void toStringNeverShowsTheSecret() {
        for (Object response : List.of(Samples.clientSecretResponse(), Samples.translationClientSecretResponse(),
                ClientSecretResponse.builder().value(SECRET_VALUE).expiresAt(SECRET_EXPIRES_AT).build())) {
            String text = response.toString();

            assertThat(text).contains("value=<redacted>", "expires_at=" + SECRET_EXPIRES_AT);
            assertNoFragmentOf(SECRET_VALUE, text);
        }
        assertNoFragmentOf(SECRET_VALUE, Samples.clientSecretResponse().clientSecret().toString());
    }

    @Test
    void answersAreNotValidated() {
        RealtimeSession odd = RealtimeSession.builder()
                .outputModalities(Modality.AUDIO, Modality.TEXT)
                .maxOutputTokens(MaxOutputTokens.of(100_000))
                .tracing(new Tracing.Mode("verbose"))
                .toolChoice(ToolChoice.function("undeclared"))
                .tools(FunctionTool.builder().name("bad name").build(), McpTool.builder().build())
                .audio(Audio.builder().output(AudioOutput.builder().speed(7.0).build()).build())
                .build();

        ClientSecretResponse response = ClientSecretResponse.builder().value("ek_1").expiresAt(SECRET_EXPIRES_AT)
                .session(odd).build();

        assertThat(((RealtimeSession) response.session()).maxOutputTokens()).isEqualTo(MaxOutputTokens.of(100_000));
        assertThat(TranslationSession.builder().audio(TranslationAudio.builder().build()).build().audio().output()).isNull();
    }
}
