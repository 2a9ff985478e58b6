package io.github.realtimesessions.cli;

import io.github.realtimesessions.cli.OptionConverters.VoiceChoice;
import io.github.realtimesessions.cli.SessionKind.Field;
import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.JsonValue;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The session options that {@code create} and {@code call} share: the common GA fields, and {@code --request-file} for
 * the whole body. Every option given is applied on top of the file's request; only then is the request validated.
 */
final class SessionOptions {

    /** The model of a realtime session when neither an option nor the request file names one. */
    static final String DEFAULT_REALTIME_MODEL = "gpt-realtime";

    /** The transcription model of a transcription session when neither an option nor the request file names one. */
    static final String DEFAULT_TRANSCRIPTION_MODEL = "gpt-4o-transcribe";

    /** The header the safety identifier travels in; a violation of its rule is reported under this name. */
    static final String SAFETY_IDENTIFIER_FIELD = "OpenAI-Safety-Identifier";

    @Option(names = "--model", paramLabel = "MODEL", converter = OptionConverters.NonBlank.class, order = 10,
            description = "The model (on Azure OpenAI: your deployment's name). Default: " + DEFAULT_REALTIME_MODEL
                    + " (" + CreateCommand.DEFAULT_TRANSLATION_MODEL + " for create --translation).")
    String model;

    @Option(names = "--voice", paramLabel = "VOICE", converter = OptionConverters.VoiceConverter.class, order = 11,
            description = "The voice: alloy, ash, ballad, coral, echo, sage, shimmer, verse, marin, cedar (or any "
                    + "newer name), or custom:ID for a custom voice, e.g. custom:voice_1234.")
    VoiceChoice voice;

    @Option(names = "--instructions", paramLabel = "TEXT", order = 12,
            description = "The system instructions.")
    String instructions;

    @Option(names = "--modalities", paramLabel = "audio|text", converter = OptionConverters.ModalityConverter.class,
            order = 13, description = "What the model answers with: audio (the default; speech plus its transcript) "
                    + "or text (text only). One of them: the API does not accept both.")
    String modality;

    @Option(names = "--turn-detection", paramLabel = "MODE", converter = OptionConverters.TurnDetectionConverter.class,
            order = 14, description = "server_vad, semantic_vad, or none (the client triggers responses itself).")
    String turnDetection;

    @Option(names = "--idle-timeout-ms", paramLabel = "MS", order = 15,
            description = "With server_vad: ask for a response after this much silence, 5000 to 30000 ms. Implies "
                    + "--turn-detection server_vad when turn detection is not set otherwise.")
    Integer idleTimeoutMs;

    @Option(names = "--noise-reduction", paramLabel = "TYPE",
            converter = OptionConverters.NoiseReductionConverter.class, order = 16,
            description = "near_field (headsets), far_field (laptop or room microphones), or none.")
    String noiseReduction;

    @Option(names = "--transcription-model", paramLabel = "MODEL", converter = OptionConverters.NonBlank.class,
            order = 17, description = "Transcribe the input audio with this model, e.g. gpt-4o-transcribe, "
                    + "whisper-1. Default with --transcription: " + DEFAULT_TRANSCRIPTION_MODEL + ".")
    String transcriptionModel;

    @Option(names = "--language", paramLabel = "CODE", converter = OptionConverters.NonBlank.class, order = 18,
            description = "The language of the input audio (ISO-639-1, e.g. en), for the transcription.")
    String language;

    @Option(names = "--safety-identifier", paramLabel = "ID", order = 30,
            description = "A stable id of your end user, sent as the OpenAI-Safety-Identifier header; send a hash of "
                    + "the user name or e-mail address, never the address itself.")
    String safetyIdentifier;

    @Option(names = "--request-file", paramLabel = "FILE", order = 31,
            description = "A JSON file with the whole request body. The options above are applied on top of its "
                    + "fields; the result is validated as a whole before anything is sent.")
    Path requestFile;

    /** Reads the request file, or starts from an empty body. */
    RequestDocument document() {
        return requestFile == null ? RequestDocument.empty() : RequestDocument.read(requestFile);
    }

    /**
     * Applies every option given to the document, at the paths of the kind.
     *
     * @throws UsageException if an option does not apply to the kind, or two options contradict each other
     */
    void applyTo(RequestDocument document, SessionKind kind) {
        if (model != null) {
            document.set(Field.MODEL.option(), pathOf(kind, Field.MODEL), JsonValue.of(model));
        }
        if (voice != null) {
            String path = pathOf(kind, Field.VOICE);
            if (voice.custom() && !kind.isGa()) {
                throw new UsageException("--voice", "a custom voice needs the GA endpoint; --beta takes a voice name");
            }
            document.set(Field.VOICE.option(), path, voice.custom()
                    ? JsonObject.builder().put("id", voice.name()).build()
                    : JsonValue.of(voice.name()));
        }
        if (instructions != null) {
            document.set(Field.INSTRUCTIONS.option(), pathOf(kind, Field.INSTRUCTIONS), JsonValue.of(instructions));
        }
        if (modality != null) {
            List<String> modalities = kind.isGa() || modality.equals("text")
                    ? List.of(modality)
                    // The beta shape spells "audio with a transcript" as both modalities.
                    : List.of("audio", "text");
            document.set(Field.MODALITIES.option(), pathOf(kind, Field.MODALITIES), JsonValue.from(modalities));
        }
        applyTurnDetection(document, kind);
        if (noiseReduction != null) {
            document.set(Field.NOISE_REDUCTION.option(), pathOf(kind, Field.NOISE_REDUCTION),
                    noiseReduction.equals("none") ? JsonValue.nullValue() : typed(noiseReduction));
        }
        if (transcriptionModel != null) {
            document.set(Field.TRANSCRIPTION_MODEL.option(), pathOf(kind, Field.TRANSCRIPTION_MODEL),
                    JsonValue.of(transcriptionModel));
        }
        if (language != null) {
            document.set(Field.LANGUAGE.option(), pathOf(kind, Field.LANGUAGE), JsonValue.of(language));
        }
        if (safetyIdentifier != null) {
            if (!kind.isGa()) {
                throw new UsageException("--safety-identifier", "does not apply to --beta");
            }
            document.attribute("--safety-identifier", SAFETY_IDENTIFIER_FIELD);
        }
    }

    /** Fills in what a realtime session needs when neither the file nor an option set it. */
    static void completeRealtime(RequestDocument document, String sessionPath) {
        document.set(null, sessionPath + ".type", JsonValue.of("realtime"));
        if (!document.has(sessionPath + ".model")) {
            document.set(null, sessionPath + ".model", JsonValue.of(DEFAULT_REALTIME_MODEL));
        }
    }

    private void applyTurnDetection(RequestDocument document, SessionKind kind) {
        String option = Field.TURN_DETECTION.option();
        if (turnDetection != null) {
            String path = pathOf(kind, Field.TURN_DETECTION);
            if (turnDetection.equals("none")) {
                if (idleTimeoutMs != null) {
                    throw new UsageException("--idle-timeout-ms", "needs server_vad turn detection, not"
                            + " --turn-detection none");
                }
                document.set(option, path, JsonValue.nullValue());
            } else if (turnDetection.equals(typeAt(document, path))) {
                // The same mode as the file's: keep the file's tuning (threshold, silence...).
                document.set(option, path + ".type", JsonValue.of(turnDetection));
            } else {
                document.set(option, path, typed(turnDetection));
            }
        }
        if (idleTimeoutMs != null) {
            String idlePath = pathOf(kind, Field.IDLE_TIMEOUT);
            String path = pathOf(kind, Field.TURN_DETECTION);
            JsonValue current = document.get(path);
            if (current == null) {
                document.set(Field.IDLE_TIMEOUT.option(), path, typed("server_vad"));
            } else if (current.isNull()) {
                throw new UsageException("--idle-timeout-ms", "needs server_vad turn detection, but the request file"
                        + " turns turn detection off (\"turn_detection\": null)");
            } else if (!"server_vad".equals(typeAt(document, path))) {
                throw new UsageException("--idle-timeout-ms", "applies to server_vad turn detection only (was "
                        + typeAt(document, path) + ")");
            }
            document.set(Field.IDLE_TIMEOUT.option(), idlePath, JsonValue.of(idleTimeoutMs));
        }
    }

    private static String typeAt(RequestDocument document, String path) {
        JsonValue type = document.get(path + ".type");
        return type == null ? null : type.asString();
    }

    private static JsonObject typed(String type) {
        return JsonObject.builder().put("type", type).build();
    }

    /** Returns where a field goes for a kind, or fails naming the option that does not apply. */
    static String pathOf(SessionKind kind, Field field) {
        String path = kind.path(field);
        if (path == null) {
            String hint = field == Field.TARGET_LANGUAGE ? " (it is for --translation)" : "";
            throw new UsageException(field.option(), "does not apply to " + kind.selector() + hint);
        }
        return path;
    }
}
