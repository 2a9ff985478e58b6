package io.github.realtimesessions.cli;

import io.github.realtimesessions.cli.SessionKind.Field;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.InvalidRequestException;
import io.github.realtimesessions.model.JsonValue;
import io.github.realtimesessions.model.TranslationClientSecretRequest;
import io.github.realtimesessions.model.TranslationClientSecretResponse;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.beta.RealtimeSessionCreateResponse;
import io.github.realtimesessions.model.beta.internal.BetaSchemas;
import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.port.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code realtime-sessions create}: mints an ephemeral client secret for a realtime session (GA, the default), a
 * transcription or a translation session, or on the retired beta endpoint, and prints it.
 */
@Command(
        name = "create",
        mixinStandardHelpOptions = true,
        versionProvider = RealtimeSessionsCli.VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        optionListHeading = "%nOptions:%n",
        description = {
            "Mints an ephemeral client secret (ek_...) for a browser or phone to connect with: for a realtime "
                    + "session by default (POST /v1/realtime/client_secrets), a transcription session with "
                    + "--transcription, a translation session with --translation "
                    + "(POST /v1/realtime/translations/client_secrets).",
            "Without a credential in the environment, or with --embedded, it mints against an embedded fake "
                    + "server: no network, no account needed."
        },
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  OPENAI_API_KEY               the OpenAI API key (none set: the embedded fake)",
            "  OPENAI_BASE_URL              the API's base URL; see --base-url",
            "  OPENAI_ORG_ID                sent as OpenAI-Organization",
            "  OPENAI_PROJECT_ID            sent as OpenAI-Project",
            "  AZURE_OPENAI_ENDPOINT        an Azure OpenAI resource; see --azure-endpoint",
            "  AZURE_OPENAI_API_KEY         its key, sent as api-key",
            "  REALTIME_SESSIONS_TRANSPORT  apache or feign; see --transport",
            "",
            "Output: a summary (session id, model, voice, the secret's expiry and time left), the secret masked; "
                    + "--print-secret prints the secret alone, for piping; --json prints the API's answer with "
                    + "every secret redacted.",
            "Exit codes: 0 secret minted, 1 the API or the connection failed, 2 bad input."
        })
final class CreateCommand extends ApiCommand {

    /** The model of a translation session when neither an option nor the request file names one. */
    static final String DEFAULT_TRANSLATION_MODEL = "gpt-realtime-translate";

    @Mixin
    SessionOptions session;

    @Option(names = "--expires-after", paramLabel = "SECONDS", order = 20,
            description = "How long the secret stays valid, 10 to 7200 seconds (API default 600).")
    Integer expiresAfter;

    @Option(names = "--transcription", order = 1,
            description = "Mint for a transcription session (session.type transcription; no --model: use"
                    + " --transcription-model).")
    boolean transcription;

    @Option(names = "--translation", order = 2,
            description = "Mint for a translation session; needs --target-language.")
    boolean translation;

    @Option(names = "--target-language", paramLabel = "CODE", converter = OptionConverters.NonBlank.class,
            order = 3, description = "With --translation: the language to translate into (ISO-639-1, e.g. es).")
    String targetLanguage;

    @Option(names = "--beta", order = 4,
            description = "Use the retired beta endpoint POST /v1/realtime/sessions, which OpenAI removed on "
                    + "2026-05-12: only for servers that still emulate it.")
    boolean beta;

    @Option(names = "--json", order = 40,
            description = "Print the API's answer as JSON, every secret redacted, instead of the summary.")
    boolean json;

    @Option(names = "--print-secret", order = 41,
            description = "Print only the client secret's value, for piping.")
    boolean printSecret;

    private SessionKind kind;
    private ClientSecretRequest clientSecretRequest;
    private TranslationClientSecretRequest translationRequest;
    @SuppressWarnings("deprecation") // --beta builds the retired endpoint's request on purpose
    private RealtimeSessionCreateRequest betaRequest;

    CreateCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    @SuppressWarnings("deprecation") // --beta decodes the retired endpoint's request on purpose
    void prepare() {
        if (json && printSecret) {
            throw new UsageException("--json, --print-secret", "choose one output, not both");
        }
        RequestDocument document = session.document();
        kind = chooseKind(document);
        session.applyTo(document, kind);
        if (targetLanguage != null) {
            document.set(Field.TARGET_LANGUAGE.option(), SessionOptions.pathOf(kind, Field.TARGET_LANGUAGE),
                    JsonValue.of(targetLanguage));
        }
        if (expiresAfter != null) {
            String path = SessionOptions.pathOf(kind, Field.EXPIRES_AFTER);
            if (!document.has(path + ".anchor")) {
                document.set(Field.EXPIRES_AFTER.option(), path + ".anchor", JsonValue.of("created_at"));
            }
            document.set(Field.EXPIRES_AFTER.option(), path + ".seconds", JsonValue.of(expiresAfter));
        }
        complete(document);
        switch (kind) {
            case REALTIME, TRANSCRIPTION -> {
                ClientSecretRequest request = document.decode(Schemas.CLIENT_SECRET_REQUEST);
                clientSecretRequest = withSafetyIdentifier(document,
                        () -> request.toBuilder().safetyIdentifier(session.safetyIdentifier).build());
            }
            case TRANSLATION -> {
                TranslationClientSecretRequest request = document.decode(Schemas.TRANSLATION_CLIENT_SECRET_REQUEST);
                translationRequest = withSafetyIdentifier(document,
                        () -> request.toBuilder().safetyIdentifier(session.safetyIdentifier).build());
            }
            case BETA -> {
                betaRequest = document.decode(BetaSchemas.SESSION_REQUEST);
                terminal.notice("Note: --beta calls POST /v1/realtime/sessions, which OpenAI removed on 2026-05-12;"
                        + " only a server that still emulates it answers. Leave out --beta for the GA endpoint.");
            }
        }
    }

    /** The kind the flags select; a GA request file may select transcription by its {@code session.type}. */
    private SessionKind chooseKind(RequestDocument document) {
        List<String> flags = new ArrayList<>();
        if (transcription) {
            flags.add("--transcription");
        }
        if (translation) {
            flags.add("--translation");
        }
        if (beta) {
            flags.add("--beta");
        }
        if (flags.size() > 1) {
            throw new UsageException(String.join(", ", flags), "choose one kind of session");
        }
        JsonValue fileType = document.get("session.type");
        String typeInFile = fileType == null ? null : fileType.asString();
        SessionKind chosen = transcription ? SessionKind.TRANSCRIPTION
                : translation ? SessionKind.TRANSLATION
                : beta ? SessionKind.BETA
                : "transcription".equals(typeInFile) ? SessionKind.TRANSCRIPTION
                : SessionKind.REALTIME;
        boolean typed = chosen == SessionKind.REALTIME || chosen == SessionKind.TRANSCRIPTION;
        if (typed && typeInFile != null && !typeInFile.equals(chosen.type())) {
            throw new UsageException(RequestDocument.subject(document.file()), "session.type is " + typeInFile
                    + (transcription
                            ? ", but --transcription mints a transcription session"
                            : ", but create mints a realtime or (with --transcription) a transcription session"));
        }
        return chosen;
    }

    /** Fills in what the kind needs when neither the file nor an option set it. */
    private void complete(RequestDocument document) {
        switch (kind) {
            case REALTIME -> SessionOptions.completeRealtime(document, "session");
            case TRANSCRIPTION -> {
                document.set(null, "session.type", JsonValue.of("transcription"));
                String transcriptionPath = "session.audio.input.transcription";
                JsonValue current = document.get(transcriptionPath);
                if (!document.has(transcriptionPath + ".model") && (current == null || !current.isNull())) {
                    document.set(null, transcriptionPath + ".model",
                            JsonValue.of(SessionOptions.DEFAULT_TRANSCRIPTION_MODEL));
                }
            }
            case TRANSLATION -> {
                if (!document.has("session.model")) {
                    document.set(null, "session.model", JsonValue.of(DEFAULT_TRANSLATION_MODEL));
                }
                if (!document.has(SessionOptions.pathOf(kind, Field.TARGET_LANGUAGE))) {
                    throw new UsageException("--target-language", "is required with --translation: the language to"
                            + " translate into, e.g. --target-language es");
                }
            }
            case BETA -> {
                // The beta endpoint has its own defaults; nothing to add.
            }
        }
    }

    /** Builds the request again with the safety identifier, whose rule is reported under its option. */
    private static <T> T withSafetyIdentifier(RequestDocument document, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidRequestException e) {
            throw document.invalid(e);
        }
    }

    @Override
    @SuppressWarnings("deprecation") // --beta calls the retired endpoint on purpose
    int execute(Connection connection) {
        SessionReport report = switch (kind) {
            case REALTIME, TRANSCRIPTION -> {
                ClientSecretResponse response = connection.creator().createClientSecret(clientSecretRequest);
                yield SessionReport.of(response);
            }
            case TRANSLATION -> {
                TranslationClientSecretResponse response =
                        connection.creator().createTranslationClientSecret(translationRequest);
                yield SessionReport.of(response);
            }
            case BETA -> {
                RealtimeSessionCreateResponse response = connection.creator().create(betaRequest);
                yield SessionReport.of(response);
            }
        };
        if (printSecret) {
            terminal.out().println(report.secretValue());
        } else if (json) {
            terminal.out().println(report.redactedJson());
        } else {
            terminal.out().print(report.summary(connection.transport(), connection.urlOf(endpoint(), null),
                    terminal.clock()));
        }
        terminal.out().flush();
        return RealtimeSessionsCli.EXIT_OK;
    }

    @Override
    Endpoint endpoint() {
        return switch (kind) {
            case TRANSLATION -> Endpoint.TRANSLATION_CLIENT_SECRETS;
            case BETA -> Endpoint.SESSIONS;
            default -> Endpoint.CLIENT_SECRETS;
        };
    }
}
