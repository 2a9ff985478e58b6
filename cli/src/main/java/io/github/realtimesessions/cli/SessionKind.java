package io.github.realtimesessions.cli;

import java.util.EnumMap;
import java.util.Map;

/**
 * The kinds of request the tool sends, and where in each kind's JSON body every session option goes. An option whose
 * path is missing does not apply to that kind, and saying so is a usage error rather than a silently ignored flag.
 */
enum SessionKind {

    /** A GA realtime session: {@code POST /v1/realtime/client_secrets} with {@code session.type: realtime}. */
    REALTIME("realtime", "a realtime session", paths(
            "session.model", "session.audio.output.voice", "session.instructions", "session.output_modalities",
            "session.audio.input.turn_detection", "session.audio.input.noise_reduction",
            "session.audio.input.transcription", true, null, "expires_after")),

    /** A GA transcription session: the same endpoint, {@code session.type: transcription}. */
    TRANSCRIPTION("transcription", "--transcription", paths(
            null, null, null, null,
            "session.audio.input.turn_detection", "session.audio.input.noise_reduction",
            "session.audio.input.transcription", true, null, "expires_after")),

    /** A GA translation session: {@code POST /v1/realtime/translations/client_secrets}. */
    TRANSLATION("translation", "--translation", paths(
            "session.model", null, null, null,
            null, "session.audio.input.noise_reduction",
            "session.audio.input.transcription", false, "session.audio.output.language", "expires_after")),

    /** The retired beta endpoint {@code POST /v1/realtime/sessions}, whose fields sit at the top level. */
    BETA("realtime (beta)", "--beta", paths(
            "model", "voice", "instructions", "modalities",
            "turn_detection", "input_audio_noise_reduction",
            "input_audio_transcription", true, null, "client_secret.expires_after"));

    /** The session options that go into the JSON body. */
    enum Field {
        MODEL("--model"),
        VOICE("--voice"),
        INSTRUCTIONS("--instructions"),
        MODALITIES("--modalities"),
        TURN_DETECTION("--turn-detection"),
        IDLE_TIMEOUT("--idle-timeout-ms"),
        NOISE_REDUCTION("--noise-reduction"),
        TRANSCRIPTION_MODEL("--transcription-model"),
        LANGUAGE("--language"),
        TARGET_LANGUAGE("--target-language"),
        EXPIRES_AFTER("--expires-after");

        private final String option;

        Field(String option) {
            this.option = option;
        }

        /** Returns the option's name, e.g. {@code --voice}. */
        String option() {
            return option;
        }
    }

    private final String type;
    private final String selector;
    private final Map<Field, String> paths;

    SessionKind(String type, String selector, Map<Field, String> paths) {
        this.type = type;
        this.selector = selector;
        this.paths = paths;
    }

    /** Returns the session type as the summary names it, e.g. {@code transcription}. */
    String type() {
        return type;
    }

    /** Returns how the user selects this kind, for messages: {@code --translation}, or a description. */
    String selector() {
        return selector;
    }

    /**
     * Returns where a field goes in this kind's body.
     *
     * @return the dotted JSON path, or {@code null} when the field does not apply
     */
    String path(Field field) {
        return paths.get(field);
    }

    /** Tells whether this kind sends a GA body (expires_after next to a session object). */
    boolean isGa() {
        return this != BETA;
    }

    private static Map<Field, String> paths(
            String model,
            String voice,
            String instructions,
            String modalities,
            String turnDetection,
            String noiseReduction,
            String transcription,
            boolean transcriptionLanguage,
            String targetLanguage,
            String expiresAfter) {
        Map<Field, String> paths = new EnumMap<>(Field.class);
        put(paths, Field.MODEL, model);
        put(paths, Field.VOICE, voice);
        put(paths, Field.INSTRUCTIONS, instructions);
        put(paths, Field.MODALITIES, modalities);
        put(paths, Field.TURN_DETECTION, turnDetection);
        // Idle timeout is a server_vad setting; the beta turn detection has none.
        boolean ga = turnDetection != null && turnDetection.startsWith("session.");
        put(paths, Field.IDLE_TIMEOUT, ga ? turnDetection + ".idle_timeout_ms" : null);
        put(paths, Field.NOISE_REDUCTION, noiseReduction);
        put(paths, Field.TRANSCRIPTION_MODEL, transcription == null ? null : transcription + ".model");
        put(paths, Field.LANGUAGE,
                transcription == null || !transcriptionLanguage ? null : transcription + ".language");
        put(paths, Field.TARGET_LANGUAGE, targetLanguage);
        put(paths, Field.EXPIRES_AFTER, expiresAfter);
        return paths;
    }

    private static void put(Map<Field, String> paths, Field field, String path) {
        if (path != null) {
            paths.put(field, path);
        }
    }
}
