package io.github.realtimesessions.testkit.compat;

import io.github.realtimesessions.model.Audio;
import io.github.realtimesessions.model.AudioInput;
import io.github.realtimesessions.model.AudioOutput;
import io.github.realtimesessions.model.AudioTranscription;
import io.github.realtimesessions.model.ClientSecret;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.TranscriptionModel;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.port.RateLimitException;
import io.github.realtimesessions.port.SessionCreator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/** Hands the browser a short-lived key for a voice chat with the support agent: a user's code under test. */
public final class TokenBroker {

    /**
     * What the browser receives.
     *
     * @param value the ephemeral key
     * @param expiresAt when it stops working
     */
    public record BrowserToken(String value, Instant expiresAt) {}

    /** OpenAI asked us to slow down; the web layer answers 503 with this Retry-After. */
    public static final class BusyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final Duration retryAfter;

        BusyException(Duration retryAfter, Throwable cause) {
            super("busy, retry after " + retryAfter, cause);
            this.retryAfter = retryAfter;
        }

        /**
         * Returns when to try again.
         *
         * @return the delay
         */
        public Duration retryAfter() {
            return retryAfter;
        }
    }

    private final SessionCreator sessions;

    /**
     * Creates the broker.
     *
     * @param sessions where tokens are minted
     */
    public TokenBroker(SessionCreator sessions) {
        this.sessions = sessions;
    }

    /**
     * Mints a one-minute token for a user, in the user's language.
     *
     * @param userId the user's id, sent only as a hash (the safety identifier)
     * @param language the user's language, e.g. {@code de}
     * @return the token for the browser
     * @throws BusyException if OpenAI asks us to slow down
     */
    public BrowserToken tokenFor(String userId, String language) {
        try {
            ClientSecret secret = sessions.createClientSecret(ClientSecretRequest.builder()
                            .expiresAfter(Duration.ofMinutes(1))
                            .safetyIdentifier(sha256(userId))
                            .session(RealtimeSessionConfig.builder()
                                    .model(RealtimeModel.GPT_REALTIME)
                                    .instructions("You are a friendly support agent. Answer in " + language + ".")
                                    .audio(Audio.builder()
                                            .input(AudioInput.builder()
                                                    .transcription(AudioTranscription.builder()
                                                            .model(TranscriptionModel.GPT_4O_MINI_TRANSCRIBE)
                                                            .language(language)
                                                            .build())
                                                    .build())
                                            .output(AudioOutput.of(Voice.MARIN))
                                            .build())
                                    .build())
                            .build())
                    .clientSecret();
            return new BrowserToken(secret.value(), secret.expiresAt());
        } catch (RateLimitException e) {
            throw new BusyException(e.retryAfter() == null ? Duration.ofSeconds(1) : e.retryAfter(), e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
