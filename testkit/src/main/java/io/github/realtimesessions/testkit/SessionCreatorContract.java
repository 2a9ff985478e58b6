package io.github.realtimesessions.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.github.realtimesessions.model.AudioFormat;
import io.github.realtimesessions.model.ClientSecret;
import io.github.realtimesessions.model.Eagerness;
import io.github.realtimesessions.model.InputAudioTranscription;
import io.github.realtimesessions.model.InvalidRequestException;
import io.github.realtimesessions.model.MaxOutputTokens;
import io.github.realtimesessions.model.Modality;
import io.github.realtimesessions.model.NoiseReduction;
import io.github.realtimesessions.model.NoiseReductionType;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.model.Setting;
import io.github.realtimesessions.model.Tool;
import io.github.realtimesessions.model.ToolChoice;
import io.github.realtimesessions.model.ToolType;
import io.github.realtimesessions.model.Tracing;
import io.github.realtimesessions.model.TranscriptionModel;
import io.github.realtimesessions.model.TurnDetection;
import io.github.realtimesessions.model.TurnDetectionType;
import io.github.realtimesessions.model.Voice;
import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.AuthenticationException;
import io.github.realtimesessions.port.BadRequestException;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.ConflictException;
import io.github.realtimesessions.port.InternalServerException;
import io.github.realtimesessions.port.NotFoundException;
import io.github.realtimesessions.port.PermissionDeniedException;
import io.github.realtimesessions.port.RateLimitException;
import io.github.realtimesessions.port.ResponseFormatException;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.port.UnprocessableEntityException;
import io.github.realtimesessions.transport.core.LibraryInfo;
import io.github.realtimesessions.transport.core.SessionJsonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The suite every {@link SessionCreator} of the project passes: extend it, implement
 * {@link #createSessionCreator(ClientSettings)}, and JUnit 5 runs the cases against your implementation.
 *
 * <p>Each test starts a {@link FakeRealtimeServer} (closed after the test) backed by an
 * {@link InMemorySessionCreator} on a clock fixed at the test's start, and the cases create their creators with
 * {@link #settings()} (the server's base URI and key, retries off, 2 s timeouts) through the hook. The suite has two
 * halves:
 * <ul>
 *   <li><b>Behaviour</b>, for every implementation including the in-memory fake (whose hook returns
 *       {@link #sessions()}): sessions come back with every field; secrets expire as requested; invalid requests never
 *       reach the creator; every error status becomes its exception type with type, code, param, message and request
 *       id; failures without an answer become {@link ApiConnectionException} or {@link ApiTimeoutException}; unknown
 *       enum values survive; concurrent calls stay apart. Failures are scripted on the backing fake
 *       ({@code sessions().failNext(...)}): an HTTP transport meets them on the wire, the fake throws them itself.</li>
 *   <li><b>Wire</b>, for HTTP transports only ({@link #speaksHttp()}): method, path, every header, the exact JSON body,
 *       unset versus disabled fields, the spec's example answer, unknown fields, malformed and truncated bodies,
 *       HTML error pages, resets, timeouts and refused connections, using {@link FakeRealtimeServer#enqueue(Fault)}
 *       and {@link FakeRealtimeServer#takeRequest()}.</li>
 * </ul>
 * After each test the suite checks that no creator still leases a connection ({@link #leasedConnections}) and closes
 * every creator it made.
 *
 * <p>A case an implementation cannot pass is overridden in the subclass, keeping {@code @Test}, with a comment that
 * says why; it is never disabled.
 */
public abstract class SessionCreatorContract {

    /** The response timeout of the timeout cases; short, so the suite stays fast. */
    protected static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);

    /** How much later than its timeout a call may fail before the suite calls it a hang. */
    protected static final Duration HANG_MARGIN = Duration.ofSeconds(1);

    private static final Duration TEST_TIMEOUT = Duration.ofSeconds(2);

    private static final Pattern USER_AGENT = Pattern.compile(Pattern.quote(LibraryInfo.NAME + "/"
            + LibraryInfo.version()) + " \\(transport=[a-z0-9][a-z0-9-]*; java=\\d+\\)( .+)?");

    private FakeRealtimeServer server;
    private final List<SessionCreator> creators = new ArrayList<>();

    /** Creates the suite; subclasses need a public no-argument constructor, as for any JUnit test class. */
    protected SessionCreatorContract() {}

    /**
     * The one hook: creates the implementation under test. Called during a test, possibly several times with
     * different settings; the suite closes what it returns.
     *
     * @param settings the settings to honour, pointing at {@link #server()}
     * @return a new (or, for the in-memory fake, the backing) session creator
     */
    protected abstract SessionCreator createSessionCreator(ClientSettings settings);

    /**
     * Tells whether the implementation talks HTTP, so that the wire half applies; the in-memory fake's suite returns
     * {@code false} and its wire cases are skipped.
     *
     * @return {@code true} by default
     */
    protected boolean speaksHttp() {
        return true;
    }

    /**
     * Returns how many connections the creator still leases from its pool, for the leak check after each test.
     *
     * @param creator a creator made by {@link #createSessionCreator(ClientSettings)}
     * @return the number of leased connections; 0 by default
     */
    protected int leasedConnections(SessionCreator creator) {
        return 0;
    }

    /**
     * Returns the fake server of the current test.
     *
     * @return the server, started before the test and closed after it
     */
    protected final FakeRealtimeServer server() {
        if (server == null) {
            throw new IllegalStateException("the contract's server runs only during a test");
        }
        return server;
    }

    /**
     * Returns the fake behind the server, to script and verify.
     *
     * @return {@code server().sessions()}
     */
    protected final InMemorySessionCreator sessions() {
        return server().sessions();
    }

    /**
     * Returns settings for the server with retries off (one fault, one attempt) and 2 s timeouts.
     *
     * @return a new builder to adjust and build
     */
    protected final ClientSettings.Builder settings() {
        return server().settings()
                .maxRetries(0)
                .connectTimeout(TEST_TIMEOUT)
                .responseTimeout(TEST_TIMEOUT);
    }

    /**
     * Creates a creator with {@link #settings()} through the hook, registered for the leak check and closing.
     *
     * @return the creator
     */
    protected final SessionCreator creator() {
        return creator(settings().build());
    }

    /**
     * Creates a creator with the given settings through the hook, registered for the leak check and closing.
     *
     * @param settings the settings
     * @return the creator
     */
    protected final SessionCreator creator(ClientSettings settings) {
        SessionCreator creator = Objects.requireNonNull(
                createSessionCreator(settings), "createSessionCreator(ClientSettings) returned null");
        creators.add(creator);
        return creator;
    }

    /**
     * Returns the time of the backing fake's fixed clock: the start of the test, in whole seconds.
     *
     * @return the fake's now
     */
    protected final Instant fakeNow() {
        return sessions().clock().instant();
    }

    /**
     * Returns the example answer of the spec ({@code POST /realtime/sessions}, {@code x-oaiMeta}), verbatim.
     *
     * @return the JSON bytes
     */
    protected static byte[] specExampleResponse() {
        try (InputStream in = SessionCreatorContract.class.getResourceAsStream("spec-example-response.json")) {
            if (in == null) {
                throw new IllegalStateException("spec-example-response.json is missing from the testkit jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns a request that sets every field of the API to a value other than its default.
     *
     * @return the request
     */
    protected static RealtimeSessionCreateRequest fullRequest() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("type", "object");
        parameters.put("properties", Map.of("city", Map.of("type", "string", "description", "City name")));
        parameters.put("required", List.of("city"));
        parameters.put("additionalProperties", false);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("tenant", "acme");
        metadata.put("attempt", 2);
        metadata.put("tags", List.of("a", "b"));
        return RealtimeSessionCreateRequest.builder()
                .model(RealtimeModel.GPT_4O_MINI_REALTIME_PREVIEW)
                .modalities(Modality.TEXT, Modality.AUDIO)
                .instructions("Answer in one sentence. \"Quotes\", back\\slash, new\nline, tab\t, Ünïcödé ✓ 🎧")
                .voice(Voice.VERSE)
                .inputAudioFormat(AudioFormat.G711_ULAW)
                .outputAudioFormat(AudioFormat.G711_ALAW)
                .inputAudioTranscription(
                        new InputAudioTranscription(TranscriptionModel.GPT_4O_TRANSCRIBE, "en", "Realtime, OpenAI"))
                .inputAudioNoiseReduction(NoiseReduction.of(NoiseReductionType.FAR_FIELD))
                .turnDetection(TurnDetection.semanticVad()
                        .eagerness(Eagerness.LOW)
                        .createResponse(false)
                        .interruptResponse(false)
                        .build())
                .tools(Tool.function("get_weather", "Looks up the weather", parameters))
                .toolChoice(ToolChoice.function("get_weather"))
                .temperature(0.65)
                .maxResponseOutputTokens(1024)
                .speed(1.25)
                .tracing(Tracing.of("support", "group-1", metadata))
                .expiresAfterSeconds(120)
                .build();
    }

    /** Starts the server of the test, backed by a fake on a clock fixed at the test's start. */
    @BeforeEach
    protected final void startContractServer() {
        Clock clock = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
        server = FakeRealtimeServer.start(InMemorySessionCreator.builder().clock(clock).seed(20_250_827L).build());
    }

    /** Checks for leased connections, then closes every creator made through the hook and the server. */
    @AfterEach
    protected final void closeContractResources() {
        List<String> leaks = new ArrayList<>();
        try {
            for (SessionCreator creator : creators) {
                int leased = leasedConnections(creator);
                if (leased != 0) {
                    leaks.add(creator + " leases " + leased);
                }
            }
        } finally {
            for (SessionCreator creator : creators) {
                creator.close();
            }
            creators.clear();
            server.close();
        }
        if (!leaks.isEmpty()) {
            fail("connections still leased after the test: " + leaks);
        }
    }

    // ==================================================================================================== behaviour

    /** An empty request gets a realistic session: the API's defaults, a fresh secret, 600 s of validity. */
    @Test
    public void minimalRequestGetsRealisticSession() {
        RealtimeSessionCreateRequest request = RealtimeSessionCreateRequest.builder().build();

        RealtimeSessionCreateResponse response = creator().create(request);

        assertThat(sessions().lastRequest()).isEqualTo(request);
        assertThat(response).isEqualTo(sessions().lastResponse());
        assertThat(response.id()).startsWith("sess_");
        assertThat(response.object()).isEqualTo("realtime.session");
        assertThat(response.model()).isEqualTo(RealtimeModel.GPT_4O_REALTIME_PREVIEW);
        assertThat(response.modalities()).containsExactly(Modality.AUDIO, Modality.TEXT);
        assertThat(response.instructions()).isNull();
        assertThat(response.voice()).isEqualTo(Voice.ALLOY);
        assertThat(response.inputAudioFormat()).isEqualTo(AudioFormat.PCM16);
        assertThat(response.outputAudioFormat()).isEqualTo(AudioFormat.PCM16);
        assertThat(response.inputAudioTranscription()).isEqualTo(Setting.disabled());
        assertThat(response.inputAudioNoiseReduction()).isEqualTo(Setting.disabled());
        assertThat(response.turnDetection()).isEqualTo(Setting.enabled(TurnDetection.serverVad()
                .threshold(0.5)
                .prefixPaddingMs(300)
                .silenceDurationMs(500)
                .createResponse(true)
                .interruptResponse(true)
                .build()));
        assertThat(response.tools()).isEmpty();
        assertThat(response.toolChoice()).isEqualTo(ToolChoice.AUTO);
        assertThat(response.temperature()).isEqualTo(0.8);
        assertThat(response.maxResponseOutputTokens()).isEqualTo(MaxOutputTokens.INF);
        assertThat(response.speed()).isEqualTo(1.0);
        assertThat(response.tracing()).isEqualTo(Setting.disabled());
        assertThat(response.clientSecret().value()).startsWith("ek_");
        assertThat(response.clientSecret().expiresAt()).isEqualTo(fakeNow().plusSeconds(600));
    }

    /** A request that sets every field gets every field back unchanged, and the creator received it unchanged. */
    @Test
    public void fullRequestIsEchoedFieldByField() {
        RealtimeSessionCreateRequest request = fullRequest();

        RealtimeSessionCreateResponse response = creator().create(request);

        assertThat(sessions().lastRequest()).isEqualTo(request);
        assertThat(response).isEqualTo(sessions().lastResponse());
        assertThat(response.model()).isEqualTo(request.model());
        assertThat(response.modalities()).isEqualTo(request.modalities());
        assertThat(response.instructions()).isEqualTo(request.instructions());
        assertThat(response.voice()).isEqualTo(request.voice());
        assertThat(response.inputAudioFormat()).isEqualTo(request.inputAudioFormat());
        assertThat(response.outputAudioFormat()).isEqualTo(request.outputAudioFormat());
        assertThat(response.inputAudioTranscription()).isEqualTo(request.inputAudioTranscription());
        assertThat(response.inputAudioNoiseReduction()).isEqualTo(request.inputAudioNoiseReduction());
        assertThat(response.turnDetection()).isEqualTo(request.turnDetection());
        assertThat(response.tools()).isEqualTo(request.tools());
        assertThat(response.toolChoice()).isEqualTo(request.toolChoice());
        assertThat(response.temperature()).isEqualTo(request.temperature());
        assertThat(response.maxResponseOutputTokens()).isEqualTo(request.maxResponseOutputTokens());
        assertThat(response.speed()).isEqualTo(request.speed());
        assertThat(response.tracing()).isEqualTo(request.tracing());
        assertThat(response.clientSecret().expiresAt()).isEqualTo(fakeNow().plusSeconds(120));
    }

    /** Nullable settings switched off in the request arrive switched off and come back switched off. */
    @Test
    public void disabledSettingsComeBackDisabled() {
        RealtimeSessionCreateRequest request = RealtimeSessionCreateRequest.builder()
                .disableInputAudioTranscription()
                .disableInputAudioNoiseReduction()
                .disableTurnDetection()
                .disableTracing()
                .build();

        RealtimeSessionCreateResponse response = creator().create(request);

        assertThat(sessions().lastRequest()).isEqualTo(request);
        assertThat(response.inputAudioTranscription()).isEqualTo(Setting.disabled());
        assertThat(response.inputAudioNoiseReduction()).isEqualTo(Setting.disabled());
        assertThat(response.turnDetection()).isEqualTo(Setting.disabled());
        assertThat(response.tracing()).isEqualTo(Setting.disabled());
    }

    /** Every field of an answer, unknown enum values included, reaches the caller unchanged. */
    @Test
    public void everyAnswerFieldAndUnknownEnumValueArrives() {
        RealtimeSessionCreateResponse scripted = RealtimeSessionCreateResponse.builder()
                .id("sess_contract_unknown_values")
                .object("realtime.session")
                .model(RealtimeModel.of("gpt-realtime-2031-01-01"))
                .expiresAt(fakeNow().plusSeconds(1800))
                .modalities(List.of(Modality.TEXT, Modality.of("video")))
                .instructions("Be brief.")
                .voice(Voice.of("marin"))
                .inputAudioFormat(AudioFormat.of("opus"))
                .outputAudioFormat(AudioFormat.of("pcm24"))
                .inputAudioTranscription(new InputAudioTranscription(TranscriptionModel.of("whisper-9"), "de", null))
                .inputAudioNoiseReduction(NoiseReduction.of(NoiseReductionType.of("mid_field")))
                .turnDetection(TurnDetection.builder()
                        .type(TurnDetectionType.of("future_vad"))
                        .eagerness(Eagerness.of("extreme"))
                        .threshold(0.25)
                        .prefixPaddingMs(100)
                        .silenceDurationMs(900)
                        .createResponse(true)
                        .interruptResponse(false)
                        .build())
                .tools(List.of(new Tool(ToolType.of("mcp"), "lookup", null, Map.of("type", "object"))))
                .toolChoice(ToolChoice.REQUIRED)
                .temperature(1.2)
                .maxResponseOutputTokens(MaxOutputTokens.of(4096))
                .speed(0.25)
                .tracing(Tracing.auto())
                .clientSecret(new ClientSecret("ek_contractScriptedSecret0001", fakeNow().plusSeconds(60)))
                .build();
        sessions().answerNext(scripted);

        RealtimeSessionCreateResponse response = creator().create(RealtimeSessionCreateRequest.builder().build());

        assertThat(response).isEqualTo(scripted);
        assertThat(response.model().isKnown()).isFalse();
        assertThat(response.voice().value()).isEqualTo("marin");
    }

    /** The secret lives as long as requested, counted from the fake's clock, and the fake regards it as valid. */
    @ParameterizedTest
    @MethodSource("io.github.realtimesessions.testkit.SessionCreatorContract#secretLifetimes")
    public void secretExpiresAfterRequestedLifetime(Integer seconds, long expectedSeconds) {
        RealtimeSessionCreateRequest.Builder builder = RealtimeSessionCreateRequest.builder();
        if (seconds != null) {
            builder.expiresAfterSeconds(seconds);
        }

        ClientSecret secret = creator().create(builder.build()).clientSecret();

        assertThat(secret.expiresAt()).isEqualTo(fakeNow().plusSeconds(expectedSeconds));
        assertThat(secret.expiresAt()).isAfter(Instant.now());
        assertThat(sessions().isValid(secret.value())).isTrue();
    }

    /**
     * Lifetimes of {@link #secretExpiresAfterRequestedLifetime}.
     *
     * @return the named cases
     */
    protected static Stream<Arguments> secretLifetimes() {
        return Stream.of(
                argumentSet("default lifetime (600 s)", null, 600L),
                argumentSet("shortest lifetime (10 s)", 10, 10L),
                argumentSet("longest lifetime (7200 s)", 7200, 7200L));
    }

    /** Every call mints a new session and secret. */
    @Test
    public void everyCallGetsFreshSessionAndSecret() {
        SessionCreator creator = creator();
        Set<String> ids = new HashSet<>();
        Set<String> secrets = new HashSet<>();

        for (int i = 0; i < 3; i++) {
            RealtimeSessionCreateResponse response = creator.create(RealtimeSessionCreateRequest.builder().build());
            ids.add(response.id());
            secrets.add(response.clientSecret().value());
        }

        assertThat(ids).hasSize(3);
        assertThat(secrets).hasSize(3);
        assertThat(sessions().issuedSecrets()).extracting(ClientSecret::value).containsExactlyInAnyOrderElementsOf(secrets);
        sessions().verifyCalled(3);
    }

    /** A request that breaks a rule cannot be built, so nothing reaches the creator or the server. */
    @ParameterizedTest
    @MethodSource("io.github.realtimesessions.testkit.SessionCreatorContract#invalidRequests")
    public void invalidRequestFailsBeforeAnyCall(
            UnaryOperator<RealtimeSessionCreateRequest.Builder> breakRule, String field) {
        creator();
        RealtimeSessionCreateRequest.Builder builder = breakRule.apply(RealtimeSessionCreateRequest.builder());

        InvalidRequestException thrown = catchThrowableOfType(InvalidRequestException.class, builder::build);

        assertThat(thrown).as("building the request").isNotNull();
        assertThat(thrown.violations()).extracting(InvalidRequestException.Violation::field).contains(field);
        assertThat(server().requestCount()).isZero();
        sessions().verifyCalled(0);
    }

    /**
     * Requests of {@link #invalidRequestFailsBeforeAnyCall}, each breaking one rule of the API.
     *
     * @return the named cases: how to break the rule, and the field the violation names
     */
    protected static Stream<Arguments> invalidRequests() {
        return Stream.of(
                invalid("temperature above 1.2", b -> b.temperature(1.3), "temperature"),
                invalid("temperature below 0.6", b -> b.temperature(0.5), "temperature"),
                invalid("speed above 1.5", b -> b.speed(1.6), "speed"),
                invalid("speed below 0.25", b -> b.speed(0.2), "speed"),
                invalid("max output tokens 0", b -> b.maxResponseOutputTokens(0), "max_response_output_tokens"),
                invalid("max output tokens 4097", b -> b.maxResponseOutputTokens(4097), "max_response_output_tokens"),
                invalid("expiry 9 s", b -> b.expiresAfterSeconds(9), "client_secret.expires_after.seconds"),
                invalid("expiry 7201 s", b -> b.expiresAfterSeconds(7201), "client_secret.expires_after.seconds"),
                invalid("VAD threshold above 1", b -> b.turnDetection(TurnDetection.serverVad().threshold(1.5).build()),
                        "turn_detection.threshold"),
                invalid("negative prefix padding",
                        b -> b.turnDetection(TurnDetection.serverVad().prefixPaddingMs(-1).build()),
                        "turn_detection.prefix_padding_ms"),
                invalid("negative silence duration",
                        b -> b.turnDetection(TurnDetection.serverVad().silenceDurationMs(-1).build()),
                        "turn_detection.silence_duration_ms"),
                invalid("eagerness with server VAD",
                        b -> b.turnDetection(TurnDetection.serverVad().eagerness(Eagerness.HIGH).build()),
                        "turn_detection.eagerness"),
                invalid("empty modalities", b -> b.modalities(List.of()), "modalities"),
                invalid("tool choice naming no tool", b -> b.toolChoice(ToolChoice.function("missing")),
                        "tool_choice"),
                invalid("tool name with a space", b -> b.tools(Tool.function("get weather", null, null)),
                        "tools[0].name"));
    }

    private static Arguments invalid(String name, UnaryOperator<RealtimeSessionCreateRequest.Builder> rule,
            String field) {
        return argumentSet(name, rule, field);
    }

    /** A {@code null} request is a programming error, refused before anything is sent. */
    @Test
    public void nullRequestIsRefused() {
        SessionCreator creator = creator();

        assertThatThrownBy(() -> creator.create(null)).isInstanceOf(NullPointerException.class);
        assertThat(server().requestCount()).isZero();
        sessions().verifyCalled(0);
    }

    /** Each error status becomes its exception type, with everything the answer said about the error. */
    @ParameterizedTest
    @MethodSource("io.github.realtimesessions.testkit.SessionCreatorContract#errorStatuses")
    public void errorStatusMapsToExceptionType(
            int status,
            Class<? extends ApiStatusException> exceptionType,
            String type,
            String code,
            String param,
            Duration retryAfter,
            Boolean shouldRetry) {
        String message = "Contract error " + status + ": something went wrong with 'the request'.";
        String requestId = "req_contract_" + status;
        sessions().failNext(new ApiError(status, type, code, param, message, requestId, null, retryAfter, shouldRetry));

        ApiStatusException thrown = catchThrowableOfType(ApiStatusException.class,
                () -> creator().create(RealtimeSessionCreateRequest.builder().build()));

        assertThat(thrown).as("the exception for HTTP " + status).isNotNull();
        assertThat(thrown).isExactlyInstanceOf(exceptionType);
        assertThat(thrown.status()).isEqualTo(status);
        assertThat(thrown.errorType()).isEqualTo(type);
        assertThat(thrown.errorCode()).isEqualTo(code);
        assertThat(thrown.errorParam()).isEqualTo(param);
        assertThat(thrown.errorMessage()).isEqualTo(message);
        assertThat(thrown.requestId()).isEqualTo(requestId);
        assertThat(thrown.retryAfter()).isEqualTo(retryAfter);
        assertThat(thrown.error().shouldRetry()).isEqualTo(shouldRetry);
        assertThat(thrown.getMessage()).contains(Integer.toString(status)).contains(requestId);
        sessions().verifyCalled(1);
        if (speaksHttp()) {
            assertThat(server().requestCount()).as("attempts with retries off").isEqualTo(1);
        }
    }

    /**
     * Statuses of {@link #errorStatusMapsToExceptionType}.
     *
     * @return the named cases: status, exception type, error type, code, param, retry delay, should-retry flag
     */
    protected static Stream<Arguments> errorStatuses() {
        return Stream.of(
                argumentSet("400 -> BadRequestException", 400, BadRequestException.class, "invalid_request_error",
                        "invalid_value", "temperature", null, null),
                argumentSet("401 -> AuthenticationException", 401, AuthenticationException.class,
                        "invalid_request_error", "invalid_api_key", null, null, null),
                argumentSet("403 -> PermissionDeniedException", 403, PermissionDeniedException.class,
                        "invalid_request_error", "unsupported_country_region_territory", null, null, null),
                argumentSet("404 -> NotFoundException", 404, NotFoundException.class, "invalid_request_error",
                        "model_not_found", "model", null, null),
                argumentSet("409 -> ConflictException", 409, ConflictException.class, "invalid_request_error",
                        "conflict", null, null, null),
                argumentSet("422 -> UnprocessableEntityException", 422, UnprocessableEntityException.class,
                        "invalid_request_error", null, "tools", null, null),
                argumentSet("429 -> RateLimitException with retry-after", 429, RateLimitException.class,
                        "requests", "rate_limit_exceeded", null, Duration.ofMillis(1500), null),
                argumentSet("500 -> InternalServerException", 500, InternalServerException.class, "server_error",
                        null, null, null, null),
                argumentSet("503 -> InternalServerException, should not retry", 503, InternalServerException.class,
                        "server_error", "overloaded", null, null, Boolean.FALSE),
                argumentSet("418 (unusual) -> ApiStatusException", 418, ApiStatusException.class, "teapot_error",
                        "short_and_stout", null, null, Boolean.TRUE));
    }

    /** An error answer does not spoil the creator: the next call succeeds. */
    @Test
    public void failedCallDoesNotSpoilTheNextOne() {
        SessionCreator creator = creator();
        sessions().failNext(429, "requests", "rate_limit_exceeded", "Slow down.");

        assertThatThrownBy(() -> creator.create(RealtimeSessionCreateRequest.builder().build()))
                .isInstanceOf(RateLimitException.class);
        RealtimeSessionCreateResponse response = creator.create(RealtimeSessionCreateRequest.builder().build());

        assertThat(response).isEqualTo(sessions().lastResponse());
        sessions().verifyCalled(2);
    }

    /** A call that gets no answer because the connection broke ends in an {@link ApiConnectionException}. */
    @Test
    public void brokenConnectionIsConnectionException() {
        sessions().failNext(new ApiConnectionException("contract: the connection broke", null));

        Throwable thrown = catchThrowableOfType(ApiConnectionException.class,
                () -> creator().create(RealtimeSessionCreateRequest.builder().build()));

        assertThat(thrown).isNotNull().isNotInstanceOf(ApiTimeoutException.class);
        if (speaksHttp()) {
            assertThat(server().requestCount()).as("attempts: a POST is never resent silently").isEqualTo(1);
        }
    }

    /** A call whose answer never comes ends in an {@link ApiTimeoutException} soon after the response timeout. */
    @Test
    public void missingAnswerIsTimeoutException() {
        sessions().failNext(new ApiTimeoutException("contract: no answer in time", null));
        SessionCreator creator = creator(settings().responseTimeout(SHORT_TIMEOUT).build());

        long start = System.nanoTime();
        Throwable thrown = catchThrowableOfType(ApiTimeoutException.class,
                () -> creator.create(RealtimeSessionCreateRequest.builder().build()));

        assertThat(thrown).isNotNull();
        assertElapsedBelow(start, SHORT_TIMEOUT.plus(HANG_MARGIN));
    }

    /** Concurrent calls on one creator all succeed, each with its own answer. */
    @Test
    public void concurrentCallsStayApart() throws Exception {
        SessionCreator creator = creator();
        int calls = 16;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RealtimeSessionCreateResponse>> answers = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                RealtimeSessionCreateRequest request =
                        RealtimeSessionCreateRequest.builder().instructions("call " + i).build();
                answers.add(pool.submit(() -> creator.create(request)));
            }
            Set<String> secrets = new HashSet<>();
            for (int i = 0; i < calls; i++) {
                RealtimeSessionCreateResponse response = answers.get(i).get(10, TimeUnit.SECONDS);
                assertThat(response.instructions()).isEqualTo("call " + i);
                secrets.add(response.clientSecret().value());
            }
            assertThat(secrets).hasSize(calls);
            sessions().verifyCalled(calls);
        } finally {
            pool.shutdownNow();
        }
    }

    // ========================================================================================================= wire

    /** The call is {@code POST /v1/realtime/sessions} with every header the API and the settings ask for. */
    @Test
    public void sendsPostWithEveryHeader() {
        requireHttp();
        SessionCreator creator = creator(settings()
                .organization("org-contract")
                .project("proj_contract")
                .userAgentSuffix("contract-suite/1.0")
                .extraHeader("X-Contract-Trace", "trace-1")
                .build());

        creator.create(RealtimeSessionCreateRequest.builder().build());

        RecordedRequest request = server().takeRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo(FakeRealtimeServer.SESSIONS_PATH);
        assertSingleHeader(request, "Authorization", "Bearer " + server().apiKey());
        assertThat(request.headerValues("Content-Type")).hasSize(1);
        assertThat(mediaType(request.header("Content-Type"))).isEqualTo("application/json");
        assertSingleHeader(request, "Accept", "application/json");
        assertSingleHeader(request, "OpenAI-Organization", "org-contract");
        assertSingleHeader(request, "OpenAI-Project", "proj_contract");
        assertSingleHeader(request, "X-Contract-Trace", "trace-1");
        assertThat(request.headerValues("User-Agent")).hasSize(1);
        assertThat(request.header("User-Agent")).matches(USER_AGENT).endsWith(") contract-suite/1.0");
    }

    /** Organization and project headers are left out when not configured, and the user agent has no suffix. */
    @Test
    public void omitsHeadersThatAreNotConfigured() {
        requireHttp();

        creator().create(RealtimeSessionCreateRequest.builder().build());

        RecordedRequest request = server().takeRequest();
        assertThat(request.header("OpenAI-Organization")).isNull();
        assertThat(request.header("OpenAI-Project")).isNull();
        assertThat(request.header("OpenAI-Beta")).isNull();
        assertThat(request.header("User-Agent")).matches(USER_AGENT).endsWith(")");
    }

    /** The body is the exact JSON of the wire format: snake_case, unset fields left out, in the codec's order. */
    @Test
    public void sendsExactJsonBody() {
        requireHttp();
        SessionCreator creator = creator();

        creator.create(RealtimeSessionCreateRequest.builder()
                .model(RealtimeModel.GPT_4O_REALTIME_PREVIEW)
                .modalities(Modality.AUDIO, Modality.TEXT)
                .instructions("You are a friendly assistant.")
                .build());
        creator.create(fullRequest());
        creator.create(RealtimeSessionCreateRequest.builder().build());

        assertThat(server().takeRequest().bodyText()).isEqualTo("{\"model\":\"gpt-4o-realtime-preview\","
                + "\"modalities\":[\"audio\",\"text\"],\"instructions\":\"You are a friendly assistant.\"}");
        RecordedRequest full = server().takeRequest();
        assertThat(full.body()).isEqualTo(SessionJsonCodec.instance().encodeRequest(fullRequest()));
        assertThat(full.sessionRequest()).isEqualTo(fullRequest());
        assertThat(server().takeRequest().bodyText()).isEqualTo("{}");
    }

    /** A nullable field that is not set is absent from the JSON; one that is disabled is JSON {@code null}. */
    @Test
    public void distinguishesUnsetFromDisabledFields() {
        requireHttp();
        SessionCreator creator = creator();

        creator.create(RealtimeSessionCreateRequest.builder().voice(Voice.ASH).build());
        creator.create(RealtimeSessionCreateRequest.builder()
                .disableInputAudioTranscription()
                .disableInputAudioNoiseReduction()
                .disableTurnDetection()
                .disableTracing()
                .build());

        assertThat(server().takeRequest().bodyText()).isEqualTo("{\"voice\":\"ash\"}");
        assertThat(server().takeRequest().bodyText()).isEqualTo("{\"input_audio_transcription\":null,"
                + "\"input_audio_noise_reduction\":null,\"turn_detection\":null,\"tracing\":null}");
    }

    /** The spec's example answer decodes field by field. */
    @Test
    public void decodesSpecExampleAnswer() {
        requireHttp();
        server().enqueue(Fault.status(200, "application/json",
                new String(specExampleResponse(), StandardCharsets.UTF_8), Map.of()));

        RealtimeSessionCreateResponse response = creator().create(RealtimeSessionCreateRequest.builder()
                .model(RealtimeModel.GPT_4O_REALTIME_PREVIEW)
                .modalities(Modality.AUDIO, Modality.TEXT)
                .instructions("You are a friendly assistant.")
                .build());

        assertThat(response.id()).isEqualTo("sess_001");
        assertThat(response.object()).isEqualTo("realtime.session");
        assertThat(response.model()).isEqualTo(RealtimeModel.GPT_4O_REALTIME_PREVIEW);
        assertThat(response.modalities()).containsExactly(Modality.AUDIO, Modality.TEXT);
        assertThat(response.instructions()).isEqualTo("You are a friendly assistant.");
        assertThat(response.voice()).isEqualTo(Voice.ALLOY);
        assertThat(response.inputAudioFormat()).isEqualTo(AudioFormat.PCM16);
        assertThat(response.outputAudioFormat()).isEqualTo(AudioFormat.PCM16);
        assertThat(response.inputAudioTranscription())
                .isEqualTo(Setting.enabled(InputAudioTranscription.of(TranscriptionModel.WHISPER_1)));
        assertThat(response.turnDetection()).isEqualTo(Setting.disabled());
        assertThat(response.inputAudioNoiseReduction()).isNull();
        assertThat(response.tools()).isEmpty();
        assertThat(response.toolChoice()).isEqualTo(ToolChoice.NONE);
        assertThat(response.temperature()).isEqualTo(0.7);
        assertThat(response.maxResponseOutputTokens()).isEqualTo(MaxOutputTokens.of(200));
        assertThat(response.speed()).isEqualTo(1.1);
        assertThat(response.tracing()).isEqualTo(Setting.enabled(Tracing.auto()));
        assertThat(response.expiresAt()).isNull();
        assertThat(response.clientSecret())
                .isEqualTo(new ClientSecret("ek_abc123", Instant.ofEpochSecond(1_234_567_890L)));
    }

    /** Fields the library does not know, at any depth, and values of unexpected shape are skipped. */
    @Test
    public void toleratesUnknownFields() {
        requireHttp();
        String json = "{\"id\":\"sess_future\",\"object\":\"realtime.session\",\"model\":\"gpt-realtime\","
                + "\"include\":null,\"truncation\":{\"type\":\"retention_ratio\",\"ratio\":0.5},"
                + "\"prompt\":[1,2,{\"x\":null}],\"audio\":{\"input\":{\"format\":{\"type\":\"audio/pcm\"}}},"
                + "\"voice\":{\"id\":\"voice_1234\"},"
                + "\"turn_detection\":{\"type\":\"server_vad\",\"idle_timeout_ms\":6000,\"threshold\":0.4},"
                + "\"input_audio_transcription\":{\"model\":\"gpt-4o-transcribe\",\"delay\":\"low\"},"
                + "\"tools\":[{\"type\":\"function\",\"name\":\"f\",\"strict\":true}],"
                + "\"client_secret\":{\"value\":\"ek_futureSecretValue\",\"expires_at\":1900000000,\"scope\":\"x\"},"
                + "\"some_flag\":true,\"some_number\":1e3}";
        server().enqueue(Fault.status(200, "application/json", json, Map.of()));

        RealtimeSessionCreateResponse response = creator().create(RealtimeSessionCreateRequest.builder().build());

        assertThat(response.id()).isEqualTo("sess_future");
        assertThat(response.model()).isEqualTo(RealtimeModel.of("gpt-realtime"));
        assertThat(response.voice()).as("a voice of an unexpected shape is skipped").isNull();
        assertThat(response.turnDetection()).isEqualTo(Setting.enabled(
                TurnDetection.serverVad().threshold(0.4).build()));
        assertThat(response.inputAudioTranscription()).isEqualTo(
                Setting.enabled(InputAudioTranscription.of(TranscriptionModel.GPT_4O_TRANSCRIBE)));
        assertThat(response.tools()).containsExactly(new Tool(ToolType.FUNCTION, "f", null, null));
        assertThat(response.clientSecret())
                .isEqualTo(new ClientSecret("ek_futureSecretValue", Instant.ofEpochSecond(1_900_000_000L)));
    }

    /** A 2xx answer that is not valid JSON is a {@link ResponseFormatException}, and its message keeps secrets out. */
    @Test
    public void malformedJsonIsResponseFormatException() {
        requireHttp();
        String secret = "ek_contractMalformedSecret42";
        server().enqueue(Fault.status(200, "application/json",
                "{\"id\":\"sess_1\",\"client_secret\":{\"value\":\"" + secret + "\",\"expires_at\":17",
                Map.of("x-request-id", "req_contract_malformed")));

        ResponseFormatException thrown = catchThrowableOfType(ResponseFormatException.class,
                () -> creator().create(RealtimeSessionCreateRequest.builder().build()));

        assertThat(thrown).isNotNull();
        assertThat(thrown.status()).isEqualTo(200);
        assertThat(thrown.requestId()).isEqualTo("req_contract_malformed");
        assertNoSecret(thrown, secret);
    }

    /** A 2xx answer without a client secret is a {@link ResponseFormatException}. */
    @Test
    public void answerWithoutSecretIsResponseFormatException() {
        requireHttp();
        server().enqueue(Fault.status(200, "application/json",
                "{\"id\":\"sess_1\",\"object\":\"realtime.session\",\"client_secret\":null}", Map.of()));

        assertThatThrownBy(() -> creator().create(RealtimeSessionCreateRequest.builder().build()))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessageContaining("client_secret");
    }

    /** A 2xx answer that is an HTML page is a {@link ResponseFormatException}. */
    @Test
    public void htmlSuccessPageIsResponseFormatException() {
        requireHttp();
        server().enqueue(Fault.notJson(200, "text/html", "<html><body>Captive portal: please log in</body></html>"));

        ResponseFormatException thrown = catchThrowableOfType(ResponseFormatException.class,
                () -> creator().create(RealtimeSessionCreateRequest.builder().build()));

        assertThat(thrown).isNotNull();
        assertThat(thrown.status()).isEqualTo(200);
    }

    /** A proxy's HTML error page is the status's exception, without OpenAI error fields but with the raw body. */
    @Test
    public void htmlErrorPageIsStatusException() {
        requireHttp();
        server().enqueue(Fault.notJson(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>"));

        InternalServerException thrown = catchThrowableOfType(InternalServerException.class,
                () -> creator().create(RealtimeSessionCreateRequest.builder().build()));

        assertThat(thrown).isNotNull();
        assertThat(thrown.status()).isEqualTo(502);
        assertThat(thrown.errorType()).isNull();
        assertThat(thrown.errorCode()).isNull();
        assertThat(thrown.errorMessage()).isNull();
        assertThat(thrown.body()).contains("502 Bad Gateway");
        assertThat(thrown.requestId()).startsWith("req_");
    }

    /** Retry headers of an error answer are read: {@code retry-after} in seconds and {@code x-should-retry}. */
    @Test
    public void readsRetryHeadersOfErrorAnswer() {
        requireHttp();
        server().enqueue(Fault.status(429, "application/json",
                "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"param\":null,"
                        + "\"code\":\"rate_limit_exceeded\"}}",
                Map.of("retry-after", "7", "x-should-retry", "true", "x-request-id", "req_contract_retry")));

        RateLimitException thrown = catchThrowableOfType(RateLimitException.class,
                () -> creator().create(RealtimeSessionCreateRequest.builder().build()));

        assertThat(thrown).isNotNull();
        assertThat(thrown.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(thrown.error().shouldRetry()).isTrue();
        assertThat(thrown.requestId()).isEqualTo("req_contract_retry");
        assertThat(thrown.errorCode()).isEqualTo("rate_limit_exceeded");
        assertThat(server().requestCount()).isEqualTo(1);
    }

    /** A wrong API key is an {@link AuthenticationException} that does not repeat the key. */
    @Test
    public void wrongApiKeyIsAuthenticationException() {
        requireHttp();
        String wrongKey = "sk-contract-wrong-key-0123456789abcdef";

        AuthenticationException thrown = catchThrowableOfType(AuthenticationException.class,
                () -> creator(settings().apiKey(wrongKey).build())
                        .create(RealtimeSessionCreateRequest.builder().build()));

        assertThat(thrown).isNotNull();
        assertThat(thrown.status()).isEqualTo(401);
        assertThat(thrown.errorType()).isEqualTo("invalid_request_error");
        assertThat(thrown.errorCode()).isEqualTo("invalid_api_key");
        assertThat(thrown.requestId()).startsWith("req_");
        assertNoSecret(thrown, wrongKey);
        assertThat(String.valueOf(thrown.body())).doesNotContain(wrongKey);
        assertThat(String.valueOf(thrown.errorMessage())).doesNotContain(wrongKey);
        sessions().verifyCalled(0);
    }

    /** A body cut short (fewer bytes than its {@code Content-Length}, then the end) is an {@link ApiConnectionException}. */
    @Test
    public void truncatedBodyIsConnectionException() {
        requireHttp();
        server().enqueue(Fault.truncatedBody());

        Throwable thrown = catchThrowableOfType(ApiConnectionException.class,
                () -> creator().create(RealtimeSessionCreateRequest.builder().build()));

        assertThat(thrown).isNotNull().isNotInstanceOf(ApiTimeoutException.class);
    }

    /** A connection reset before any answer is an {@link ApiConnectionException}. */
    @Test
    public void connectionResetIsConnectionException() {
        requireHttp();
        server().enqueue(Fault.connectionReset());

        Throwable thrown = catchThrowableOfType(ApiConnectionException.class,
                () -> creator().create(RealtimeSessionCreateRequest.builder().build()));

        assertThat(thrown).isNotNull().isNotInstanceOf(ApiTimeoutException.class);
        assertThat(server().requestCount()).isEqualTo(1);
    }

    /** Headers that never come end in an {@link ApiTimeoutException} soon after the response timeout. */
    @Test
    public void missingHeadersTimeOut() {
        requireHttp();
        server().enqueue(Fault.neverRespond());
        SessionCreator creator = creator(settings().responseTimeout(SHORT_TIMEOUT).build());

        long start = System.nanoTime();
        Throwable thrown = catchThrowableOfType(ApiTimeoutException.class,
                () -> creator.create(RealtimeSessionCreateRequest.builder().build()));

        assertThat(thrown).isNotNull();
        assertElapsedBelow(start, SHORT_TIMEOUT.plus(HANG_MARGIN));
    }

    /** A body that stalls for longer than the response timeout ends in an {@link ApiTimeoutException}. */
    @Test
    public void stalledBodyTimesOut() {
        requireHttp();
        server().enqueue(Fault.stallMidBody(Duration.ofSeconds(10)));
        SessionCreator creator = creator(settings().responseTimeout(SHORT_TIMEOUT).build());

        long start = System.nanoTime();
        Throwable thrown = catchThrowableOfType(ApiTimeoutException.class,
                () -> creator.create(RealtimeSessionCreateRequest.builder().build()));

        assertThat(thrown).isNotNull();
        assertElapsedBelow(start, SHORT_TIMEOUT.plus(HANG_MARGIN));
    }

    /** Slow answers within the timeout succeed: a late start and a pause mid-body. */
    @Test
    public void slowAnswersWithinTimeoutSucceed() {
        requireHttp();
        SessionCreator creator = creator();
        server().enqueue(Fault.delayBeforeHeaders(Duration.ofMillis(100)));
        server().enqueue(Fault.stallMidBody(Duration.ofMillis(100)));

        RealtimeSessionCreateResponse late = creator.create(RealtimeSessionCreateRequest.builder().build());
        RealtimeSessionCreateResponse paused = creator.create(fullRequest());

        assertThat(sessions().responses()).containsExactly(late, paused);
    }

    /** A port nobody listens on is an {@link ApiConnectionException}, not a timeout and not a hang. */
    @Test
    public void refusedConnectionIsConnectionException() {
        requireHttp();
        int port = unusedPort();
        SessionCreator creator = creator(settings().baseUri("http://127.0.0.1:" + port + "/v1").build());

        long start = System.nanoTime();
        Throwable thrown = catchThrowableOfType(ApiConnectionException.class,
                () -> creator.create(RealtimeSessionCreateRequest.builder().build()));

        assertThat(thrown).isNotNull().isNotInstanceOf(ApiTimeoutException.class);
        assertElapsedBelow(start, TEST_TIMEOUT.plus(HANG_MARGIN));
    }

    /** An answer larger than {@link ClientSettings#maxResponseBytes()} is refused. */
    @Test
    public void oversizedAnswerIsResponseFormatException() {
        requireHttp();
        sessions().answerNext(request -> sessions().defaultAnswer(request).toBuilder()
                .instructions("x".repeat(4096))
                .build());
        SessionCreator creator = creator(settings().maxResponseBytes(1024).build());

        assertThatThrownBy(() -> creator.create(RealtimeSessionCreateRequest.builder().build()))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessageContaining("1024");
    }

    // ====================================================================================================== helpers

    /** Skips the current case unless the implementation speaks HTTP. */
    private void requireHttp() {
        Assumptions.assumeTrue(speaksHttp(), "wire case: the implementation under test speaks no HTTP");
    }

    private static void assertSingleHeader(RecordedRequest request, String name, String value) {
        assertThat(request.headerValues(name)).as("header " + name).containsExactly(value);
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
    }

    private static void assertNoSecret(Throwable thrown, String secret) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).as("message of " + t.getClass().getName())
                    .doesNotContain(secret);
            assertThat(t.toString()).doesNotContain(secret);
        }
    }

    private static void assertElapsedBelow(long startNanos, Duration limit) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        assertThat(elapsed).as("time until the call failed").isLessThan(limit);
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
