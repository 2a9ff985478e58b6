package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.beta.RealtimeSessionCreateResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Copies keep what is not part of equals, and descriptions of unknown JSON never print its values. */
@SuppressWarnings("deprecation")
class DescriptionsAndCopiesTest {

    private static final ResponseMetadata METADATA = ResponseMetadata.of(200, Map.of("x-request-id", List.of("req_1")));
    private static final JsonObject UNKNOWN = JsonObject.builder()
            .put("type", "future_thing")
            .put("authorization", "Bearer sk-very-secret-token")
            .build();

    @Test
    void toBuilderOfAnAnswerKeepsItsMetadata() {
        ClientSecretResponse answer = ClientSecretResponse.builder()
                .clientSecret(new ClientSecret("ek_1", Instant.EPOCH))
                .metadata(METADATA)
                .build();
        TranslationClientSecretResponse translation = TranslationClientSecretResponse.builder()
                .clientSecret(new ClientSecret("ek_2", Instant.EPOCH))
                .metadata(METADATA)
                .build();
        RealtimeSessionCreateResponse beta = RealtimeSessionCreateResponse.builder()
                .clientSecret(new ClientSecret("ek_3", Instant.EPOCH))
                .metadata(METADATA)
                .build();

        assertThat(answer.toBuilder().build().metadata()).isSameAs(METADATA);
        assertThat(translation.toBuilder().build().metadata()).isSameAs(METADATA);
        assertThat(beta.toBuilder().build().metadata()).isSameAs(METADATA);
    }

    @Test
    void unknownVariantsNameTheirTypeAndMembersButNoValue() {
        List<Object> unknowns = List.of(new Tool.Unknown(UNKNOWN), new Session.Unknown(UNKNOWN),
                new PromptVariable.Unknown(UNKNOWN), new TurnDetection.Unknown(UNKNOWN));

        for (Object unknown : unknowns) {
            assertThat(unknown.toString())
                    .contains("future_thing", "authorization")
                    .doesNotContain("sk-very-secret-token", "Bearer");
        }
    }

    @Test
    void aLoneSurrogateIsWrittenAsAnEscapeSoThatTheTextSurvivesUtf8() {
        String lone = "a\uD800b";

        String json = JsonValue.of(lone).toJson();

        assertThat(json).isEqualTo("\"a\\ud800b\"");
        assertThat(JsonValue.parse(new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)))
                .isEqualTo(JsonValue.of(lone));
        assertThat(JsonValue.of("\uD83D\uDE00").toJson()).isEqualTo("\"\uD83D\uDE00\"");
    }
}
