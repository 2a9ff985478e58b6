package io.github.realtimesessions.testkit.readme;

import io.github.realtimesessions.model.ClientSecret;
import io.github.realtimesessions.model.InputAudioTranscription;
import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.TranscriptionModel;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.port.RateLimitException;
import io.github.realtimesessions.port.SessionCreator;
import java.time.Duration;
import java.time.Instant;

/** Hands the browser a short-lived key for a voice chat with the support agent. */
public final class TokenBroker {

    /** What the browser receives. */
    public record BrowserToken(String value, Instant expiresAt) {}

    /** OpenAI asked us to slow down; the web layer answers 503 with this Retry-After. */
    public static final class BusyException extends RuntimeException {
        private final Duration retryAfter;

        BusyException(Duration retryAfter, Throwable cause) {
            super("busy, retry after " + retryAfter, cause);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    private final SessionCreator sessions;

    public TokenBroker(SessionCreator sessions) {
        this.sessions = sessions;
    }

    public BrowserToken tokenFor(String language) {
        try {
            ClientSecret secret = sessions.create(RealtimeSessionCreateRequest.builder()
                            .voice(Voice.VERSE)
                            .instructions("You are a friendly support agent. Answer in " + language + ".")
                            .inputAudioTranscription(
                                    new InputAudioTranscription(TranscriptionModel.WHISPER_1, language, null))
                            .expiresAfterSeconds(60)
                            .build())
                    .clientSecret();
            return new BrowserToken(secret.value(), secret.expiresAt());
        } catch (RateLimitException e) {
            throw new BusyException(e.retryAfter() == null ? Duration.ofSeconds(1) : e.retryAfter(), e);
        }
    }
}
