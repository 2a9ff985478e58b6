package io.github.realtimesessions.cli;

import io.github.realtimesessions.model.Audio;
import io.github.realtimesessions.model.AudioInput;
import io.github.realtimesessions.model.AudioTranscription;
import io.github.realtimesessions.model.ClientSecret;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.JsonArray;
import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.JsonString;
import io.github.realtimesessions.model.JsonValue;
import io.github.realtimesessions.model.RealtimeSession;
import io.github.realtimesessions.model.Session;
import io.github.realtimesessions.model.TranscriptionSession;
import io.github.realtimesessions.model.TranslationClientSecretResponse;
import io.github.realtimesessions.model.TranslationSession;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateResponse;
import io.github.realtimesessions.model.beta.internal.BetaSchemas;
import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.transport.core.internal.WireCodec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The three ways the tool shows a minted secret: a summary for people and the answer's JSON for programs (both with
 * the secret redacted), and the bare secret for piping ({@code --print-secret}).
 */
final class SessionReport {

    /** What stands in for a secret in the JSON output. */
    static final String REDACTED = "<redacted>";

    /** JSON members whose value is a secret wherever they appear: an MCP server's token and headers. */
    private static final List<String> SECRET_MEMBERS = List.of("authorization", "headers");

    private final String type;
    private final String sessionId;
    private final String model;
    private final String voice;
    private final String targetLanguage;
    private final ClientSecret secret;
    private final byte[] json;

    private SessionReport(
            String type,
            String sessionId,
            Object model,
            Object voice,
            String targetLanguage,
            ClientSecret secret,
            byte[] json) {
        this.type = type;
        this.sessionId = sessionId;
        this.model = model == null ? null : model.toString();
        // A custom voice reads as the option spells it: custom:voice_1234.
        if (voice instanceof Voice known && known.isCustom()) {
            this.voice = OptionConverters.CUSTOM_VOICE_PREFIX + known.value();
        } else {
            this.voice = voice == null ? null : voice.toString();
        }
        this.targetLanguage = targetLanguage;
        this.secret = Objects.requireNonNull(secret, "secret");
        this.json = json;
    }

    /** Reports a GA realtime or transcription secret. */
    static SessionReport of(ClientSecretResponse response) {
        byte[] json = WireCodec.instance().encode(Schemas.CLIENT_SECRET_RESPONSE, response);
        Session session = response.session();
        if (session instanceof RealtimeSession realtime) {
            Audio audio = realtime.audio();
            Voice voice = audio == null || audio.output() == null ? null : audio.output().voice();
            return new SessionReport(realtime.type(), realtime.id(), realtime.model(), voice, null,
                    response.clientSecret(), json);
        }
        if (session instanceof TranscriptionSession transcription) {
            return new SessionReport(transcription.type(), transcription.id(), transcriptionModel(transcription),
                    null, null, response.clientSecret(), json);
        }
        return new SessionReport(session == null ? null : session.type(), session == null ? null : session.id(),
                null, null, null, response.clientSecret(), json);
    }

    /** Reports a GA translation secret. */
    static SessionReport of(TranslationClientSecretResponse response) {
        byte[] json = WireCodec.instance().encode(Schemas.TRANSLATION_CLIENT_SECRET_RESPONSE, response);
        TranslationSession session = response.session();
        String language = session == null || session.audio() == null || session.audio().output() == null
                ? null
                : session.audio().output().language();
        return new SessionReport(session == null ? "translation" : session.type(),
                session == null ? null : session.id(), session == null ? null : session.model(), null, language,
                response.clientSecret(), json);
    }

    /** Reports a session of the retired beta endpoint. */
    @SuppressWarnings("deprecation") // --beta shows the retired endpoint's answer on purpose
    static SessionReport of(RealtimeSessionCreateResponse response) {
        byte[] json = WireCodec.instance().encode(BetaSchemas.SESSION_RESPONSE, response);
        return new SessionReport("realtime (beta)", response.id(), response.model(), response.voice(), null,
                response.clientSecret(), json);
    }

    /**
     * Returns the summary: one labelled line per fact, the secret masked.
     *
     * @param transport the transport that minted the secret
     * @param url where it was minted
     * @param clock the clock that tells how long the secret has left
     */
    String summary(String transport, URI url, Clock clock) {
        StringBuilder text = new StringBuilder();
        line(text, "Session", orDash(sessionId) + (type == null ? "" : " (" + type + ")"));
        line(text, "Model", orDash(model));
        if (targetLanguage != null) {
            line(text, "Language", targetLanguage + " (translated into)");
        } else {
            line(text, "Voice", orDash(voice));
        }
        line(text, "Secret", masked(secret.value()) + " (redacted; use --print-secret to print it)");
        line(text, "Expires", secret.expiresAt() + " (" + remaining(clock) + ")");
        line(text, "Transport", transport + " -> " + url);
        return text.toString();
    }

    /** Returns the answer's JSON as the API sent it, with every secret replaced by {@value #REDACTED}. */
    String redactedJson() {
        JsonValue answer = JsonValue.parse(new String(json, StandardCharsets.UTF_8));
        return redact(answer, true).toJson();
    }

    /** Returns the secret's value in clear: only for {@code --print-secret}. */
    String secretValue() {
        return secret.value();
    }

    /** Keeps the {@code ek_} prefix, so that a reader still sees which kind of value it was. */
    static String masked(String secretValue) {
        return secretValue.startsWith("ek_") ? "ek_******" : "******";
    }

    private static JsonValue redact(JsonValue value, boolean top) {
        if (value instanceof JsonObject object) {
            JsonObject.Builder builder = JsonObject.builder();
            for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                String name = member.getKey();
                JsonValue child = member.getValue();
                boolean secretMember = (top && name.equals("value"))
                        || (name.equals("client_secret") && child instanceof JsonObject)
                        || SECRET_MEMBERS.contains(name);
                builder.put(name, secretMember ? hide(child) : redact(child, false));
            }
            return builder.build();
        }
        if (value instanceof JsonArray array) {
            return JsonArray.of(array.elements().stream().map(v -> redact(v, false)).toList());
        }
        return value;
    }

    /** Replaces every string inside a value (a secret, or an object of secrets) by {@value #REDACTED}. */
    private static JsonValue hide(JsonValue value) {
        if (value instanceof JsonString) {
            return JsonValue.of(REDACTED);
        }
        if (value instanceof JsonObject object) {
            JsonObject.Builder builder = JsonObject.builder();
            // A beta client_secret keeps its expiry in clear; everything else in a secret object is hidden.
            object.members().forEach((name, child) ->
                    builder.put(name, name.equals("expires_at") ? child : hide(child)));
            return builder.build();
        }
        if (value instanceof JsonArray array) {
            return JsonArray.of(array.elements().stream().map(SessionReport::hide).toList());
        }
        return value;
    }

    private static Object transcriptionModel(TranscriptionSession session) {
        AudioInput input = session.audio() == null ? null : session.audio().input();
        AudioTranscription transcription = input == null ? null : input.transcription();
        return transcription == null ? null : transcription.model();
    }

    private String remaining(Clock clock) {
        if (secret.isExpired(clock)) {
            return "expired";
        }
        // Whole seconds, rounded down: never promise more time than the secret has.
        return "in " + secret.remaining(clock).getSeconds() + " s";
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format("%-10s", label)).append(value).append(System.lineSeparator());
    }
}
