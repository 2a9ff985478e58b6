package io.github.realtimesessions.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.testkit.InMemorySessionCreator;
import io.github.realtimesessions.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReadmeExampleTest {

    private final TestClock clock = TestClock.at(Instant.parse("2025-09-01T12:00:00Z"));
    private final InMemorySessionCreator openAi = InMemorySessionCreator.builder().clock(clock).seed(42).build();
    private final TokenBroker broker = new TokenBroker(openAi);

    @Test
    void mintsAOneMinuteTokenInTheCustomersLanguage() {
        TokenBroker.BrowserToken token = broker.tokenFor("de");

        openAi.verifyCalled(1);
        RealtimeSessionCreateRequest sent = openAi.lastRequest();
        assertThat(sent.voice()).isEqualTo(Voice.VERSE);
        assertThat(sent.inputAudioTranscription().valueOrNull().language()).isEqualTo("de");
        assertThat(token.value()).startsWith("ek_");
        assertThat(token.expiresAt()).isEqualTo(clock.instant().plusSeconds(60));
        assertThat(openAi.isValid(token.value())).isTrue();
    }

    @Test
    void tokenStopsWorkingAfterOneMinute() {
        TokenBroker.BrowserToken token = broker.tokenFor("en");

        clock.advance(Duration.ofSeconds(59));
        assertThat(openAi.isValid(token.value())).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(openAi.isValid(token.value())).isFalse();
    }

    @Test
    void rateLimitBecomesBusyWithTheServersDelay() {
        openAi.failNext(new ApiError(429, "requests", "rate_limit_exceeded", null, "Rate limit reached",
                null, null, Duration.ofSeconds(2), null));

        assertThatThrownBy(() -> broker.tokenFor("en"))
                .isInstanceOfSatisfying(TokenBroker.BusyException.class,
                        busy -> assertThat(busy.retryAfter()).isEqualTo(Duration.ofSeconds(2)));
        assertThat(broker.tokenFor("en").value()).startsWith("ek_");
        openAi.verifyNoMoreScripts();
    }

    @Test
    void strictFakeFailsOnCallsNobodyScripted() {
        InMemorySessionCreator strict = InMemorySessionCreator.builder().strict(true).build();
        strict.answerNext(request -> strict.defaultAnswer(request).toBuilder().instructions("scripted").build());
        TokenBroker strictBroker = new TokenBroker(strict);

        strictBroker.tokenFor("fr");

        assertThatThrownBy(() -> strictBroker.tokenFor("fr"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("was not scripted");
    }
}
