package io.github.realtimesessions.cli;

import io.github.realtimesessions.model.InputAudioTranscription;
import io.github.realtimesessions.model.InvalidRequestException;
import io.github.realtimesessions.model.MaxOutputTokens;
import io.github.realtimesessions.model.Modality;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.model.Setting;
import io.github.realtimesessions.model.TranscriptionModel;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.port.SessionCreators;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.transport.core.LibraryInfo;
import io.github.realtimesessions.transport.core.SessionJsonCodec;
import io.github.realtimesessions.transport.core.WireFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code realtime-sessions create}: builds a request from the options, mints a session and prints it. */
@Command(
        name = "create",
        mixinStandardHelpOptions = true,
        versionProvider = RealtimeSessionsCli.VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        optionListHeading = "%nOptions:%n",
        description = {
            "Mints a Realtime session and its ephemeral client secret (POST /v1/realtime/sessions).",
            "Without OPENAI_API_KEY, or with --embedded, it mints against an in-process fake server:"
                    + " no network, no account needed."
        },
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  OPENAI_API_KEY     the API key; when unset, the embedded fake server is used",
            "  OPENAI_BASE_URL    the API's base URL (default https://api.openai.com/v1)",
            "  OPENAI_ORG_ID      sent as OpenAI-Organization",
            "  OPENAI_PROJECT_ID  sent as OpenAI-Project",
            "",
            "Exit codes: 0 session minted, 1 the API or the connection failed, 2 bad input."
        })
final class CreateCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(CreateCommand.class);

    private static final String USER_AGENT_SUFFIX = "realtime-sessions-cli/" + LibraryInfo.version();

    private final Map<String, String> environment;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Option(names = "--model", paramLabel = "MODEL", converter = OptionConverters.ModelConverter.class,
            description = "The Realtime model, e.g. gpt-4o-realtime-preview.")
    private RealtimeModel model;

    @Option(names = "--voice", paramLabel = "VOICE", converter = OptionConverters.VoiceConverter.class,
            description = "The voice, e.g. alloy, ash, ballad, coral, echo, sage, shimmer, verse.")
    private Voice voice;

    @Option(names = "--instructions", paramLabel = "TEXT", description = "The system instructions.")
    private String instructions;

    @Option(names = "--modalities", paramLabel = "MODALITY", split = ",",
            converter = OptionConverters.ModalityConverter.class,
            description = "Comma-separated: text,audio (the default) or text alone, which disables audio.")
    private List<Modality> modalities;

    @Option(names = "--temperature", paramLabel = "T", description = "The sampling temperature, 0.6 to 1.2.")
    private Double temperature;

    @Option(names = "--speed", paramLabel = "S", description = "The speed of spoken responses, 0.25 to 1.5.")
    private Double speed;

    @Option(names = "--turn-detection", paramLabel = "MODE", converter = TurnDetectionMode.Converter.class,
            description = "server_vad, semantic_vad or none (turn detection off).")
    private TurnDetectionMode turnDetection;

    @Option(names = "--transcription-model", paramLabel = "MODEL",
            converter = OptionConverters.TranscriptionModelConverter.class,
            description = "Turns on input transcription with this model, e.g. whisper-1, gpt-4o-transcribe.")
    private TranscriptionModel transcriptionModel;

    @Option(names = "--expires-after", paramLabel = "SECONDS",
            description = "The lifetime of the client secret, 10 to 7200 seconds (API default 600).")
    private Integer expiresAfter;

    @Option(names = "--max-output-tokens", paramLabel = "N|inf",
            converter = OptionConverters.MaxOutputTokensConverter.class,
            description = "The output-token limit of one response, 1 to 4096, or inf.")
    private MaxOutputTokens maxOutputTokens;

    @Option(names = "--request-file", paramLabel = "FILE",
            description = "A JSON file with the full request body; the options above override its fields.")
    private Path requestFile;

    @Option(names = "--transport", paramLabel = "NAME",
            description = "The HTTP transport: apache or feign (default: apache when present, else the one found).")
    private String transport;

    @Option(names = "--embedded",
            description = "Mint against the embedded fake server even when OPENAI_API_KEY is set.")
    private boolean embedded;

    @Option(names = "--json", description = "Print the response JSON (secret redacted) instead of the summary.")
    private boolean json;

    @Option(names = "--print-secret", description = "Print only the client secret's value, for piping.")
    private boolean printSecret;

    // Read by RealtimeSessionsCli.main before any logger exists; declared here for parsing and help.
    @Option(names = "--verbose", description = "Log what the library does (debug level) to standard error.")
    @SuppressWarnings("unused")
    private boolean verbose;

    CreateCommand(Map<String, String> environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (json && printSecret) {
                throw new UsageException("--json, --print-secret", "choose one output, not both");
            }
            RealtimeSessionCreateRequest request = buildRequest();
            String transportName = chooseTransport();
            return mint(request, transportName, out, err);
        } catch (UsageException e) {
            err.println(RealtimeSessionsCli.NAME + ": " + ApiFailures.oneLine(e.getMessage()));
            return RealtimeSessionsCli.EXIT_USAGE;
        }
    }

    private int mint(RealtimeSessionCreateRequest request, String transportName, PrintWriter out, PrintWriter err) {
        boolean useEmbedded = embedded || apiKey() == null;
        ClientSettings environmentSettings = useEmbedded ? null : environmentSettings();
        if (useEmbedded) {
            err.println(embedded
                    ? "Using the embedded fake Realtime server (--embedded): no network, no account needed."
                    : "No " + ClientSettings.ENV_API_KEY + " set: using the embedded fake Realtime server"
                            + " (no network, no account needed).");
            err.flush();
        }
        String apiKey = null;
        try (FakeRealtimeServer server = useEmbedded ? FakeRealtimeServer.start() : null) {
            ClientSettings settings = useEmbedded
                    ? server.settings().userAgentSuffix(USER_AGENT_SUFFIX).build()
                    : environmentSettings;
            apiKey = settings.apiKey();
            LOG.debug("Minting a session over {} at {}", transportName, settings.baseUri());
            RealtimeSessionCreateResponse response;
            try (SessionCreator creator = SessionCreators.create(settings, transportName)) {
                response = creator.create(request);
            }
            LOG.debug("Minted session {}", response.id());
            SessionReport report = new SessionReport(response);
            if (printSecret) {
                out.println(report.secretValue());
            } else if (json) {
                out.println(report.redactedJson());
            } else {
                out.print(report.summary(transportName, settings.baseUri(), clock));
            }
            out.flush();
            return RealtimeSessionsCli.EXIT_OK;
        } catch (RealtimeApiException e) {
            LOG.debug("The call failed", e);
            err.println(RealtimeSessionsCli.NAME + ": " + ApiFailures.describe(e, apiKey));
            return RealtimeSessionsCli.EXIT_FAILURE;
        }
    }

    /** Builds the request: the request file if given, then every option given on top of it. */
    RealtimeSessionCreateRequest buildRequest() {
        RealtimeSessionCreateRequest base = requestFile == null ? null : readRequestFile();
        RealtimeSessionCreateRequest.Builder builder =
                base == null ? RealtimeSessionCreateRequest.builder() : base.toBuilder();
        if (model != null) {
            builder.model(model);
        }
        if (voice != null) {
            builder.voice(voice);
        }
        if (instructions != null) {
            builder.instructions(instructions);
        }
        if (modalities != null) {
            builder.modalities(modalities);
        }
        if (temperature != null) {
            builder.temperature(temperature);
        }
        if (speed != null) {
            builder.speed(speed);
        }
        if (turnDetection != null) {
            turnDetection.applyTo(builder);
        }
        if (transcriptionModel != null) {
            builder.inputAudioTranscription(transcription(base));
        }
        if (expiresAfter != null) {
            builder.expiresAfterSeconds(expiresAfter);
        }
        if (maxOutputTokens != null) {
            builder.maxResponseOutputTokens(maxOutputTokens);
        }
        try {
            return builder.build();
        } catch (InvalidRequestException e) {
            throw new UsageException(e.violations().stream()
                    .map(v -> optionFor(v.field()) + ": " + ruleOf(v))
                    .collect(Collectors.joining("; ")));
        }
    }

    /** The transcription model from the option; language and prompt from the request file, if it had them. */
    private InputAudioTranscription transcription(RealtimeSessionCreateRequest base) {
        Setting<InputAudioTranscription> fromFile = base == null ? null : base.inputAudioTranscription();
        InputAudioTranscription current = fromFile == null ? null : fromFile.valueOrNull();
        return current == null
                ? InputAudioTranscription.of(transcriptionModel)
                : new InputAudioTranscription(transcriptionModel, current.language(), current.prompt());
    }

    private RealtimeSessionCreateRequest readRequestFile() {
        String subject = "--request-file " + requestFile;
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(requestFile);
        } catch (NoSuchFileException e) {
            throw new UsageException(subject, "no such file");
        } catch (AccessDeniedException e) {
            throw new UsageException(subject, "cannot be read (access denied)");
        } catch (IOException e) {
            throw new UsageException(subject, "cannot be read (" + e.getMessage() + ")");
        }
        try {
            return SessionJsonCodec.instance().decodeRequest(bytes);
        } catch (WireFormatException e) {
            throw new UsageException(subject, e.getMessage());
        } catch (InvalidRequestException e) {
            throw new UsageException(subject, e.violations().stream()
                    .map(InvalidRequestException.Violation::toString)
                    .collect(Collectors.joining("; ")));
        }
    }

    /** Names the option that set a field, when an option did; else the JSON field (it came from the file). */
    private String optionFor(String field) {
        record OptionField(String option, Predicate<String> matches, boolean given) {}
        List<OptionField> options = List.of(
                new OptionField("--model", "model"::equals, model != null),
                new OptionField("--voice", "voice"::equals, voice != null),
                new OptionField("--instructions", "instructions"::equals, instructions != null),
                new OptionField("--modalities", "modalities"::equals, modalities != null),
                new OptionField("--temperature", "temperature"::equals, temperature != null),
                new OptionField("--speed", "speed"::equals, speed != null),
                new OptionField("--turn-detection", f -> f.startsWith("turn_detection"), turnDetection != null),
                new OptionField("--transcription-model", f -> f.startsWith("input_audio_transcription"),
                        transcriptionModel != null),
                new OptionField("--expires-after", f -> f.startsWith("client_secret"), expiresAfter != null),
                new OptionField("--max-output-tokens", "max_response_output_tokens"::equals,
                        maxOutputTokens != null));
        return options.stream()
                .filter(o -> o.given() && o.matches().test(field))
                .map(OptionField::option)
                .findFirst()
                .orElse(requestFile == null ? field : "--request-file " + requestFile + ": " + field);
    }

    private static String ruleOf(InvalidRequestException.Violation violation) {
        return violation.actual() == null
                ? violation.rule()
                : violation.rule() + " (was " + violation.actual() + ")";
    }

    /** The named transport, else apache when present, else the one found. */
    String chooseTransport() {
        List<String> available = SessionCreators.availableTransports();
        if (transport != null) {
            String wanted = transport.trim().toLowerCase(Locale.ROOT);
            if (!available.contains(wanted)) {
                throw new UsageException("--transport", "must be one of " + String.join(", ", available)
                        + " (was '" + transport + "')");
            }
            return wanted;
        }
        if (available.isEmpty()) {
            throw new IllegalStateException("no Realtime Sessions transport on the class path: the jar is incomplete");
        }
        return available.contains("apache") ? "apache" : available.get(0);
    }

    private String apiKey() {
        String key = environment.get(ClientSettings.ENV_API_KEY);
        return key == null || key.isBlank() ? null : key;
    }

    private ClientSettings environmentSettings() {
        try {
            return ClientSettings.builderFromEnvironment(environment::get)
                    .userAgentSuffix(USER_AGENT_SUFFIX)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new UsageException("environment", ApiFailures.scrub(e.getMessage(), apiKey()));
        }
    }
}
