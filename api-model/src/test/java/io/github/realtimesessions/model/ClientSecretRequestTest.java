package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.github.realtimesessions.model.InvalidRequestException.Violation;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link ClientSecretRequest} and {@link TranslationClientSecretRequest}: their rules and their header. */
class ClientSecretRequestTest {

    static final String SECONDS = "must be between 10 and 7200";
    static final String SAFETY = "OpenAI-Safety-Identifier";

    private static ClientSecretRequest.Builder realtime() {
        return ClientSecretRequest.builder().session(RealtimeSessionConfig.builder().build());
    }

    private static TranslationClientSecretRequest.Builder translation() {
        return TranslationClientSecretRequest.builder().session(Samples.translationSessionConfig());
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                argumentSet("no session", (UnaryOperator<ClientSecretRequest.Builder>) b -> b.session(null),
                        new Violation("session", "is required", null)),
                argumentSet("9 seconds", (UnaryOperator<ClientSecretRequest.Builder>) b -> b.expiresAfter(ExpiresAfter.seconds(9)),
                        new Violation("expires_after.seconds", SECONDS, "9")),
                argumentSet("7201 seconds", (UnaryOperator<ClientSecretRequest.Builder>) b -> b.expiresAfter(Duration.ofSeconds(7201)),
                        new Violation("expires_after.seconds", SECONDS, "7201")),
                argumentSet("negative seconds",
                        (UnaryOperator<ClientSecretRequest.Builder>) b -> b.expiresAfter(new ExpiresAfter(null, -1)),
                        new Violation("expires_after.seconds", SECONDS, "-1")),
                argumentSet("blank safety identifier", (UnaryOperator<ClientSecretRequest.Builder>) b -> b.safetyIdentifier("  "),
                        new Violation(SAFETY, "must not be blank", null)),
                argumentSet("513-character safety identifier",
                        (UnaryOperator<ClientSecretRequest.Builder>) b -> b.safetyIdentifier("x".repeat(513)),
                        new Violation(SAFETY, "must be at most 512 characters", "513 characters")),
                argumentSet("safety identifier with a line break",
                        (UnaryOperator<ClientSecretRequest.Builder>) b -> b.safetyIdentifier("a\r\nX-Injected: 1"),
                        new Violation(SAFETY,
                                "must be printable ASCII without control characters (send a hash of the user's id)", null)));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void aRealtimeRequestRejects(UnaryOperator<ClientSecretRequest.Builder> edit, Violation expected) {
        ClientSecretRequest.Builder builder = edit.apply(realtime());

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, builder::build);

        assertThat(e.violations()).containsExactly(expected);
        assertThat(e).hasMessage("Invalid client secret request: " + expected);
    }

    @Test
    void aTranslationRequestHasTheSameRules() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> TranslationClientSecretRequest
                .builder().expiresAfter(ExpiresAfter.seconds(7201)).safetyIdentifier("").build());

        assertThat(e.violations()).containsExactly(
                new Violation("expires_after.seconds", SECONDS, "7201"),
                new Violation("session", "is required", null),
                new Violation(SAFETY, "must not be blank", null));
        assertThat(e).hasMessageStartingWith("Invalid translation client secret request: expires_after.seconds");
    }

    @Test
    void theBoundsAndEverySessionTypeAreAccepted() {
        assertThatCode(() -> realtime().expiresAfter(Duration.ofSeconds(10)).build()).doesNotThrowAnyException();
        assertThatCode(() -> realtime().expiresAfter(ExpiresAfter.seconds(7200)).safetyIdentifier("x".repeat(512)).build())
                .doesNotThrowAnyException();
        assertThatCode(() -> realtime().expiresAfter(new ExpiresAfter(null, null)).build()).doesNotThrowAnyException();
        assertThatCode(() -> ClientSecretRequest.builder().session(Samples.transcriptionSessionConfig()).build())
                .doesNotThrowAnyException();
        assertThatCode(() -> translation().expiresAfter(Duration.ofMinutes(120)).build()).doesNotThrowAnyException();
    }

    @Test
    void expiresAfterOfADurationMatchesTheLongForm() {
        assertThat(realtime().expiresAfter(Duration.ofMinutes(10)).build())
                .isEqualTo(realtime().expiresAfter(new ExpiresAfter(ExpiryAnchor.CREATED_AT, 600)).build());
        assertThat(translation().expiresAfter(Duration.ofMinutes(1)).build().expiresAfter()).isEqualTo(ExpiresAfter.seconds(60));
    }

    @Test
    void theSafetyIdentifierIsKeptByToBuilderAndTakesPartInEquals() {
        ClientSecretRequest request = Samples.clientSecretRequest();
        TranslationClientSecretRequest translationRequest = Samples.translationClientSecretRequest();

        assertThat(request.safetyIdentifier()).isEqualTo("user-hash-1");
        assertThat(request.toBuilder().build().safetyIdentifier()).isEqualTo("user-hash-1");
        assertThat(request.toBuilder().build()).isEqualTo(request).hasSameHashCodeAs(request);
        assertThat(request.toBuilder().safetyIdentifier(null).build()).isNotEqualTo(request);
        assertThat(request.toBuilder().safetyIdentifier("user-hash-2").build()).isNotEqualTo(request);
        assertThat(translationRequest.toBuilder().build().safetyIdentifier()).isEqualTo("user-hash-2");
        assertThat(translationRequest.toBuilder().build()).isEqualTo(translationRequest);
        assertThat(translationRequest.toBuilder().safetyIdentifier(null).build()).isNotEqualTo(translationRequest);
    }

    @Test
    void theSessionIsTheOneGiven() {
        assertThat(Samples.clientSecretRequest().session()).isEqualTo(Samples.realtimeSessionConfig());
        assertThat(Samples.clientSecretRequest().expiresAfter()).isEqualTo(ExpiresAfter.seconds(600));
        assertThat(Samples.translationClientSecretRequest().session()).isEqualTo(Samples.translationSessionConfig());
    }

    @Test
    void toStringRedactsTheSecretsOfTheSession() {
        String text = Samples.clientSecretRequest().toString();

        assertThat(text).startsWith("ClientSecretRequest[expires_after=ExpiresAfter[anchor=created_at, seconds=600], "
                + "session=RealtimeSessionConfig[").contains("authorization=<redacted>", "headers=<redacted>");
        Samples.assertNoFragmentOf(Samples.MCP_TOKEN, text);
        Samples.assertNoFragmentOf(Samples.MCP_HEADER_VALUE, text);
    }
}
