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
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.ResponseFormatException;
import io.github.realtimesessions.port.RetryPolicy;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.port.UnprocessableEntityException;
import io.github.realtimesessions.transport.core.LibraryInfo;
import io.github.realtimesessions.transport.core.OpenAiErrorBody;
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
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
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
 *       and {@link FakeRealtimeServer#takeRequest()}; then the fault-injection suite, the load case, transport
 *       security and secrets (below).</li>
 * </ul>
 * After each test the suite checks that no creator still leases a connection ({@link #leasedConnections}) and closes
 * every creator it made.
 *
 * <h2>Fault injection: the expected outcome of each fault</h2>
 * The fault cases run with retries on ({@link #FAULT_RETRIES}: 2 retries, 10 to 50 ms backoff, server delays up to
 * 60 s honoured), the server repeating the fault on every attempt unless the row says otherwise. Each case checks the
 * exception type and its fields, {@link RealtimeApiException#attempts()} and the server's request count (which must
 * agree), the earlier attempts' failures attached as suppressed, the time until the call failed (the response timeout
 * per attempt that can time out, plus backoff, plus {@link #HANG_MARGIN}), that no connection stays leased, and that
 * the exception (message, causes, suppressed, error fields) repeats neither the API key nor the client secret the
 * server's answer echoes.
 * <table>
 *   <caption>Faults and outcomes</caption>
 *   <tr><th>fault</th><th>outcome</th><th>attempts</th></tr>
 *   <tr><td>400, 401, 403, 404, 422 with an OpenAI error body</td><td>{@link BadRequestException},
 *       {@link AuthenticationException}, {@link PermissionDeniedException}, {@link NotFoundException},
 *       {@link UnprocessableEntityException} with type, code, param, message, request id and body</td><td>1</td></tr>
 *   <tr><td>409 with an OpenAI error body</td><td>{@link ConflictException}</td><td>3</td></tr>
 *   <tr><td>400 with {@code x-should-retry: true}</td><td>{@link BadRequestException}</td><td>3</td></tr>
 *   <tr><td>429 {@code Retry-After: 1}, then a normal answer</td><td>the session, after waiting about 1 s</td>
 *       <td>2</td></tr>
 *   <tr><td>429 {@code retry-after-ms: 50}</td><td>{@link RateLimitException}, {@code retryAfter()} 50 ms, at least
 *       100 ms spent waiting</td><td>3</td></tr>
 *   <tr><td>429 {@code Retry-After} as an HTTP-date 1 to 2 s ahead, then a normal answer</td><td>the session, after
 *       waiting until then</td><td>2</td></tr>
 *   <tr><td>429 {@code Retry-After: 3600} (default policy)</td><td>{@link RateLimitException} at once (no sleep),
 *       {@code retryAfter()} 1 h</td><td>1</td></tr>
 *   <tr><td>500, then a normal answer</td><td>the session</td><td>2</td></tr>
 *   <tr><td>502 with an HTML page</td><td>{@link InternalServerException}, no OpenAI fields, the page as body</td>
 *       <td>3</td></tr>
 *   <tr><td>503 with an empty body</td><td>{@link InternalServerException}, body {@code null}</td><td>3</td></tr>
 *   <tr><td>500 with {@code x-should-retry: false}</td><td>{@link InternalServerException}</td><td>1</td></tr>
 *   <tr><td>200 with malformed JSON</td><td>{@link ResponseFormatException}, not retried: the session may exist</td>
 *       <td>1</td></tr>
 *   <tr><td>200 with a body cut short of its {@code Content-Length}</td><td>{@link ApiConnectionException} (a cut-short
 *       answer is a connection failure), retried</td><td>3</td></tr>
 *   <tr><td>200 without {@code client_secret}</td><td>{@link ResponseFormatException} naming the field</td>
 *       <td>1</td></tr>
 *   <tr><td>200 with a body over {@link ClientSettings#maxResponseBytes()}</td><td>{@link ResponseFormatException}
 *       naming the limit</td><td>1</td></tr>
 *   <tr><td>connection refused</td><td>{@link ApiConnectionException}</td><td>3</td></tr>
 *   <tr><td>connection reset before the answer, or in the middle of the body</td><td>{@link ApiConnectionException}
 *       </td><td>3</td></tr>
 *   <tr><td>headers never arriving</td><td>{@link ApiTimeoutException}, after attempts x response timeout</td>
 *       <td>3</td></tr>
 *   <tr><td>headers never arriving, then a normal answer</td><td>the session</td><td>2</td></tr>
 *   <tr><td>a body stalling midway for longer than the response timeout</td><td>{@link ApiTimeoutException}</td>
 *       <td>3</td></tr>
 *   <tr><td>429 {@code Retry-After: 30}, the caller interrupted while it waits</td><td>{@link RateLimitException} at
 *       once, the thread's interrupt flag kept</td><td>1</td></tr>
 * </table>
 * The status outcomes that do not depend on retries (every status to its exception type and fields, a 429's
 * {@code retryAfter()}) are in the behaviour half, which the in-memory fake passes too.
 *
 * <h2>Load, transport security and secrets</h2>
 * <ul>
 *   <li>Load ({@link #loadWithInjectedServerErrorsLosesAndDuplicatesNothing()}): 32 threads x 2000 calls against a
 *       server whose fake fails a seeded 5% of the requests with a 500
 *       ({@link InMemorySessionCreator.Builder#failureRate(double, ApiError)}), retries on with a 1 ms backoff. Every
 *       call ends in a session or a retried-out 500, none is lost or sent more often than its retries allow, every
 *       secret is distinct, no connection stays leased.</li>
 *   <li>Plain {@code http://} to a host other than loopback is refused unless {@code allowInsecureHttp(true)}; TLS
 *       certificates are verified by default (a self-signed server made with the JDK's {@code keytool} is refused
 *       with an {@link ApiConnectionException} caused by an SSL handshake failure, before any request).</li>
 *   <li>Neither the API key nor a client secret appears in the {@code toString()} of settings, request, answer,
 *       secret or creator; in any exception, however the server echoes them; or in what the library logs at DEBUG
 *       during success, retry and failure (when the subclass implements {@link #captureLogs()}).</li>
 * </ul>
 *
 * <p>A case an implementation cannot pass is overridden in the subclass, keeping {@code @Test}, with a comment that
 * says why; it is never disabled.
 */
public abstract class SessionCreatorContract {

    /** The response timeout of the timeout cases; short, so the suite stays fast. */
    protected static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);

    /** How much later than its timeout a call may fail before the suite calls it a hang. */
    protected static final Duration HANG_MARGIN = Duration.ofSeconds(1);

    /**
     * The retry policy of the fault cases: the default's 2 retries and 60 s limit on server delays, with a 10 ms base
     * and 50 ms maximum backoff so that the suite stays fast. Cases about server delays wait for real.
     */
    protected static final RetryPolicy FAULT_RETRIES =
            new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(60));

    /** The retry policy of the load case: 2 retries, 1 ms base and 5 ms maximum backoff. */
    protected static final RetryPolicy LOAD_RETRIES =
            new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(60));

    private static final Duration TEST_TIMEOUT = Duration.ofSeconds(2);

    /** A client secret the fault cases' server echoes; no exception or log line may repeat it. */
    private static final String ECHOED_SECRET = "ek_contractEchoedSecret0123456789";

    /** An API key not shaped like an OpenAI key ({@code sk-...}): only redaction of the exact key hides it. */
    private static final String UNUSUAL_API_KEY = "tenant-7f3a9c-key-0123456789ABCDEFghij";

    /** A client secret value: {@code ek_} and at least four characters (a redacted one reads {@code ek_<redacted>}). */
    private static final Pattern SECRET_VALUE = Pattern.compile("(?<![A-Za-z0-9])ek_[A-Za-z0-9]{4,}");

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
     * Starts capturing what the library logs at DEBUG, every logger under {@code io.github.realtimesessions}, for the
     * case that checks that no log line carries a secret ({@link #logsCarryNoSecret()}). The capture depends on the
     * logging backend on the subclass's test class path: with Logback, return {@link LogbackLogCapture#start()}; with
     * another, implement {@link LogCapture} with it.
     *
     * @return the running capture, or {@code null} (the default) when there is no backend: the log case is skipped
     */
    protected LogCapture captureLogs() {
        return null;
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

    // ============================================================================================ wire: fault injection

    /**
     * Each error status with an OpenAI error body becomes its exception with every field, and is retried exactly as
     * the {@link RetryPolicy} says: 409 (and anything with {@code x-should-retry: true}) up to the limit, other 4xx
     * never. Each answer echoes the API key and a client secret, which the exception must not repeat.
     */
    @ParameterizedTest
    @MethodSource("io.github.realtimesessions.testkit.SessionCreatorContract#faultStatuses")
    public void faultStatusIsRetriedAsThePolicySays(
            int status, Class<? extends ApiStatusException> exceptionType, Map<String, String> headers, int attempts) {
        requireHttp();
        Map<String, String> answerHeaders = new LinkedHashMap<>(headers);
        answerHeaders.put("x-request-id", "req_fault_" + status);
        enqueueTimes(FAULT_RETRIES.maxRetries() + 1, Fault.status(status, "application/json",
                echoingErrorBody("invalid_request_error", "contract_" + status, "model"), answerHeaders));
        SessionCreator creator = creator(faultSettings().build());

        ApiStatusException thrown = expectFailure(creator, ApiStatusException.class, instantAnswerLimit(attempts));

        assertThat(thrown).isExactlyInstanceOf(exceptionType);
        assertThat(thrown.status()).isEqualTo(status);
        assertThat(thrown.errorType()).isEqualTo("invalid_request_error");
        assertThat(thrown.errorCode()).isEqualTo("contract_" + status);
        assertThat(thrown.errorParam()).isEqualTo("model");
        assertThat(thrown.errorMessage()).startsWith("Contract fault: the key ");
        assertThat(thrown.requestId()).isEqualTo("req_fault_" + status);
        assertThat(thrown.body()).contains("contract_" + status);
        assertThat(thrown.retryAfter()).isNull();
        assertAttempts(thrown, attempts, exceptionType);
        assertThat(server().requestCount()).as("requests the server received").isEqualTo(attempts);
        sessions().verifyCalled(0);
    }

    /**
     * Statuses of {@link #faultStatusIsRetriedAsThePolicySays}.
     *
     * @return the named cases: status, exception type, extra answer headers, expected attempts
     */
    protected static Stream<Arguments> faultStatuses() {
        return Stream.of(
                argumentSet("400 -> BadRequestException, not retried", 400, BadRequestException.class, Map.of(), 1),
                argumentSet("401 -> AuthenticationException, not retried", 401, AuthenticationException.class,
                        Map.of(), 1),
                argumentSet("403 -> PermissionDeniedException, not retried", 403, PermissionDeniedException.class,
                        Map.of(), 1),
                argumentSet("404 -> NotFoundException, not retried", 404, NotFoundException.class, Map.of(), 1),
                argumentSet("409 -> ConflictException, retried: 3 attempts", 409, ConflictException.class, Map.of(),
                        3),
                argumentSet("422 -> UnprocessableEntityException, not retried", 422,
                        UnprocessableEntityException.class, Map.of(), 1),
                argumentSet("400 with x-should-retry: true -> retried: 3 attempts", 400, BadRequestException.class,
                        Map.of("x-should-retry", "true"), 3));
    }

    /** {@code 429} with {@code Retry-After: 1} is waited out for about a second, then the retry succeeds. */
    @Test
    public void rateLimitWithRetryAfterSecondsIsWaitedOut() {
        requireHttp();
        server().enqueue(Fault.status(429, "application/json",
                echoingErrorBody("requests", "rate_limit_exceeded", null), Map.of("Retry-After", "1")));
        SessionCreator creator = creator(faultSettings().build());

        long start = System.nanoTime();
        RealtimeSessionCreateResponse response = creator.create(RealtimeSessionCreateRequest.builder().build());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(response).isEqualTo(sessions().lastResponse());
        assertThat(elapsed).as("time until the retry succeeded").isGreaterThanOrEqualTo(Duration.ofMillis(950))
                .isLessThan(Duration.ofSeconds(1).plus(instantAnswerLimit(2)));
        assertThat(server().requestCount()).isEqualTo(2);
        sessions().verifyCalled(1);
        assertNoLeasedConnection(creator);
    }

    /**
     * {@code 429} with {@code retry-after-ms: 50} on every attempt: each retry waits 50 ms, then the last
     * {@link RateLimitException} surfaces with the delay, the number of attempts and the earlier failures.
     */
    @Test
    public void rateLimitWithRetryAfterMillisIsHonouredUntilRetriesRunOut() {
        requireHttp();
        enqueueTimes(3, Fault.status(429, "application/json",
                echoingErrorBody("requests", "rate_limit_exceeded", null), Map.of("retry-after-ms", "50")));
        SessionCreator creator = creator(faultSettings().build());

        long start = System.nanoTime();
        RateLimitException thrown = expectFailure(creator, RateLimitException.class, instantAnswerLimit(3));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(thrown.retryAfter()).isEqualTo(Duration.ofMillis(50));
        assertThat(thrown.errorCode()).isEqualTo("rate_limit_exceeded");
        assertAttempts(thrown, 3, RateLimitException.class);
        assertThat(server().requestCount()).isEqualTo(3);
    }

    /**
     * {@code 429} with {@code Retry-After} as an HTTP-date (1-second resolution, here 1 to 2 s ahead) is waited out,
     * then the retry succeeds.
     */
    @Test
    public void rateLimitWithRetryAfterHttpDateIsWaitedOut() {
        requireHttp();
        ZonedDateTime retryAt = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).plusSeconds(2);
        server().enqueue(Fault.status(429, "application/json", echoingErrorBody("requests", "rate_limit_exceeded", null),
                Map.of("Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME.format(retryAt))));
        SessionCreator creator = creator(faultSettings().build());

        long start = System.nanoTime();
        RealtimeSessionCreateResponse response = creator.create(RealtimeSessionCreateRequest.builder().build());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(response).isEqualTo(sessions().lastResponse());
        assertThat(elapsed).as("time until the retry succeeded").isGreaterThanOrEqualTo(Duration.ofMillis(900))
                .isLessThan(Duration.ofSeconds(2).plus(instantAnswerLimit(2)));
        assertThat(server().requestCount()).isEqualTo(2);
        assertNoLeasedConnection(creator);
    }

    /**
     * {@code 429} with {@code Retry-After: 3600}, beyond the default policy's 60 s: not slept, the call fails at once
     * with the delay in {@link RateLimitException#retryAfter()}, for the caller to schedule.
     */
    @Test
    public void rateLimitBeyondMaxServerDelayFailsAtOnce() {
        requireHttp();
        enqueueTimes(3, Fault.status(429, "application/json",
                echoingErrorBody("requests", "rate_limit_exceeded", null), Map.of("Retry-After", "3600")));
        SessionCreator creator = creator(settings().retryPolicy(RetryPolicy.defaults()).build());

        RateLimitException thrown = expectFailure(creator, RateLimitException.class, HANG_MARGIN);

        assertThat(thrown.retryAfter()).isEqualTo(Duration.ofHours(1));
        assertAttempts(thrown, 1, RateLimitException.class);
        assertThat(server().requestCount()).isEqualTo(1);
    }

    /** A {@code 500} is retried, and the retry's session is the answer. */
    @Test
    public void serverErrorThenSuccess() {
        requireHttp();
        server().enqueue(Fault.status(500, "application/json", echoingErrorBody("server_error", null, null),
                Map.of()));
        SessionCreator creator = creator(faultSettings().build());

        RealtimeSessionCreateResponse response = creator.create(RealtimeSessionCreateRequest.builder().build());

        assertThat(response).isEqualTo(sessions().lastResponse());
        assertThat(server().requestCount()).isEqualTo(2);
        sessions().verifyCalled(1);
        assertNoLeasedConnection(creator);
    }

    /** A proxy's {@code 502} HTML page is retried; the last one surfaces without OpenAI fields but with the page. */
    @Test
    public void badGatewayHtmlPageIsRetriedThenSurfaces() {
        requireHttp();
        enqueueTimes(3, Fault.status(502, "text/html",
                "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>",
                Map.of("x-request-id", "req_fault_502")));
        SessionCreator creator = creator(faultSettings().build());

        InternalServerException thrown = expectFailure(creator, InternalServerException.class, instantAnswerLimit(3));

        assertThat(thrown.status()).isEqualTo(502);
        assertThat(thrown.errorType()).isNull();
        assertThat(thrown.errorCode()).isNull();
        assertThat(thrown.errorMessage()).isNull();
        assertThat(thrown.body()).contains("<h1>502 Bad Gateway</h1>");
        assertThat(thrown.requestId()).isEqualTo("req_fault_502");
        assertAttempts(thrown, 3, InternalServerException.class);
        assertThat(server().requestCount()).isEqualTo(3);
    }

    /** A {@code 503} with an empty body is retried; the last one surfaces with no body and no OpenAI fields. */
    @Test
    public void serviceUnavailableWithEmptyBodyIsRetriedThenSurfaces() {
        requireHttp();
        enqueueTimes(3, Fault.status(503, null, null, Map.of()));
        SessionCreator creator = creator(faultSettings().build());

        InternalServerException thrown = expectFailure(creator, InternalServerException.class, instantAnswerLimit(3));

        assertThat(thrown.status()).isEqualTo(503);
        assertThat(thrown.body()).isNull();
        assertThat(thrown.errorType()).isNull();
        assertThat(thrown.errorMessage()).isNull();
        assertThat(thrown.requestId()).startsWith("req_");
        assertAttempts(thrown, 3, InternalServerException.class);
        assertThat(server().requestCount()).isEqualTo(3);
    }

    /** {@code x-should-retry: false} on a {@code 500} overrides the policy: one attempt only. */
    @Test
    public void shouldRetryFalseStopsRetryingAServerError() {
        requireHttp();
        enqueueTimes(3, Fault.status(500, "application/json", echoingErrorBody("server_error", null, null),
                Map.of("x-should-retry", "false")));
        SessionCreator creator = creator(faultSettings().build());

        InternalServerException thrown = expectFailure(creator, InternalServerException.class, instantAnswerLimit(1));

        assertThat(thrown.error().shouldRetry()).isFalse();
        assertAttempts(thrown, 1, InternalServerException.class);
        assertThat(server().requestCount()).isEqualTo(1);
    }

    /**
     * A {@code 200} whose body is malformed JSON is a {@link ResponseFormatException}, not retried: the session may
     * exist on the server, and a retry would mint a second one.
     */
    @Test
    public void malformedSuccessBodyIsNotRetried() {
        requireHttp();
        enqueueTimes(3, Fault.status(200, "application/json",
                "{\"id\":\"sess_1\",\"client_secret\":{\"value\":\"" + ECHOED_SECRET + "\",\"expires_at\":17}",
                Map.of("x-request-id", "req_fault_malformed")));
        SessionCreator creator = creator(faultSettings().build());

        ResponseFormatException thrown = expectFailure(creator, ResponseFormatException.class, instantAnswerLimit(1));

        assertThat(thrown.status()).isEqualTo(200);
        assertThat(thrown.requestId()).isEqualTo("req_fault_malformed");
        assertAttempts(thrown, 1, ResponseFormatException.class);
        assertThat(server().requestCount()).isEqualTo(1);
    }

    /**
     * A {@code 200} body cut short (fewer bytes than its {@code Content-Length}, then the end of the connection) is a
     * connection failure, {@link ApiConnectionException}, and retried like one.
     */
    @Test
    public void truncatedSuccessBodyIsRetriedAsConnectionFailure() {
        requireHttp();
        enqueueTimes(3, Fault.truncatedBody());
        SessionCreator creator = creator(faultSettings().build());

        ApiConnectionException thrown = expectFailure(creator, ApiConnectionException.class, instantAnswerLimit(3));

        assertThat(thrown).isNotInstanceOf(ApiTimeoutException.class);
        assertThat(thrown.getCause()).as("the I/O failure").isInstanceOf(IOException.class);
        assertAttempts(thrown, 3, ApiConnectionException.class);
        assertThat(server().requestCount()).isEqualTo(3);
    }

    /** A {@code 200} without {@code client_secret} is a {@link ResponseFormatException} naming it, not retried. */
    @Test
    public void successWithoutClientSecretIsNotRetried() {
        requireHttp();
        enqueueTimes(3, Fault.status(200, "application/json",
                "{\"id\":\"sess_no_secret\",\"object\":\"realtime.session\",\"model\":\"gpt-4o-realtime-preview\"}",
                Map.of()));
        SessionCreator creator = creator(faultSettings().build());

        ResponseFormatException thrown = expectFailure(creator, ResponseFormatException.class, instantAnswerLimit(1));

        assertThat(thrown).hasMessageContaining("client_secret");
        assertThat(thrown.status()).isEqualTo(200);
        assertAttempts(thrown, 1, ResponseFormatException.class);
        assertThat(server().requestCount()).isEqualTo(1);
    }

    /**
     * A {@code 200} body larger than {@link ClientSettings#maxResponseBytes()} (here 256 KiB against a 1 KiB cap) is
     * a {@link ResponseFormatException}, not retried, and does not cost a leaked or hanging connection.
     */
    @Test
    public void oversizedSuccessBodyIsNotRetried() {
        requireHttp();
        String oversized = "{\"id\":\"sess_big\",\"object\":\"realtime.session\",\"instructions\":\""
                + "x".repeat(256 * 1024) + "\",\"client_secret\":{\"value\":\"" + ECHOED_SECRET
                + "\",\"expires_at\":1900000000}}";
        enqueueTimes(3, Fault.status(200, "application/json", oversized, Map.of()));
        SessionCreator creator = creator(faultSettings().maxResponseBytes(1024).build());

        ResponseFormatException thrown = expectFailure(creator, ResponseFormatException.class, instantAnswerLimit(1));

        assertThat(thrown).hasMessageContaining("1024");
        assertAttempts(thrown, 1, ResponseFormatException.class);
        assertThat(server().requestCount()).isEqualTo(1);
    }

    /** A port nobody listens on: every attempt is refused, the last {@link ApiConnectionException} surfaces. */
    @Test
    public void refusedConnectionIsRetriedThenSurfaces() {
        requireHttp();
        SessionCreator creator = creator(faultSettings().baseUri("http://127.0.0.1:" + unusedPort() + "/v1").build());

        ApiConnectionException thrown = expectFailure(creator, ApiConnectionException.class,
                TEST_TIMEOUT.plus(backoffAllowance(3)).plus(HANG_MARGIN));

        assertThat(thrown).isNotInstanceOf(ApiTimeoutException.class);
        assertAttempts(thrown, 3, ApiConnectionException.class);
        assertThat(server().requestCount()).isZero();
    }

    /** A connection reset after the request, before any answer, is an {@link ApiConnectionException}, retried. */
    @Test
    public void resetBeforeAnswerIsRetriedThenSurfaces() {
        requireHttp();
        enqueueTimes(3, Fault.connectionReset());
        SessionCreator creator = creator(faultSettings().build());

        ApiConnectionException thrown = expectFailure(creator, ApiConnectionException.class, instantAnswerLimit(3));

        assertThat(thrown).isNotInstanceOf(ApiTimeoutException.class);
        assertAttempts(thrown, 3, ApiConnectionException.class);
        assertThat(server().requestCount()).isEqualTo(3);
    }

    /** A connection reset in the middle of the answer's body is an {@link ApiConnectionException}, retried. */
    @Test
    public void resetMidResponseIsRetriedThenSurfaces() {
        requireHttp();
        enqueueTimes(3, Fault.resetMidBody());
        SessionCreator creator = creator(faultSettings().build());

        ApiConnectionException thrown = expectFailure(creator, ApiConnectionException.class, instantAnswerLimit(3));

        assertThat(thrown).isNotInstanceOf(ApiTimeoutException.class);
        assertAttempts(thrown, 3, ApiConnectionException.class);
        assertThat(server().requestCount()).isEqualTo(3);
    }

    /**
     * Headers that never arrive: each attempt ends after the response timeout, and the last {@link ApiTimeoutException}
     * surfaces within attempts x timeout + backoff + 1 s.
     */
    @Test
    public void headersNeverArrivingTimeOutOnEveryAttempt() {
        requireHttp();
        enqueueTimes(3, Fault.neverRespond());
        SessionCreator creator = creator(faultSettings().responseTimeout(SHORT_TIMEOUT).build());

        long start = System.nanoTime();
        ApiTimeoutException thrown = expectFailure(creator, ApiTimeoutException.class, timeoutLimit(3));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("each attempt waited for its timeout")
                .isGreaterThanOrEqualTo(SHORT_TIMEOUT.multipliedBy(3));
        assertAttempts(thrown, 3, ApiTimeoutException.class);
        assertThat(server().requestCount()).isEqualTo(3);
    }

    /** A timeout is retried like any connection failure: headers that never come, then a normal answer. */
    @Test
    public void timeoutThenSuccess() {
        requireHttp();
        server().enqueue(Fault.neverRespond());
        SessionCreator creator = creator(faultSettings().responseTimeout(SHORT_TIMEOUT).build());

        RealtimeSessionCreateResponse response = creator.create(RealtimeSessionCreateRequest.builder().build());

        assertThat(response).isEqualTo(sessions().lastResponse());
        assertThat(server().requestCount()).isEqualTo(2);
        assertNoLeasedConnection(creator);
    }

    /**
     * A body that stalls midway for longer than the response timeout: each attempt ends in a timeout, and the last
     * {@link ApiTimeoutException} surfaces within attempts x timeout + backoff + 1 s.
     */
    @Test
    public void bodyStallingMidwayTimesOutOnEveryAttempt() {
        requireHttp();
        enqueueTimes(3, Fault.stallMidBody(Duration.ofSeconds(30)));
        SessionCreator creator = creator(faultSettings().responseTimeout(SHORT_TIMEOUT).build());

        ApiTimeoutException thrown = expectFailure(creator, ApiTimeoutException.class, timeoutLimit(3));

        assertAttempts(thrown, 3, ApiTimeoutException.class);
        assertThat(server().requestCount()).isEqualTo(3);
    }

    /**
     * Interrupting the caller while it waits before a retry stops the loop at once: the last failure surfaces after
     * one attempt, and the thread keeps its interrupt flag.
     */
    @Test
    public void interruptDuringBackoffStopsRetryingAndKeepsTheFlag() throws InterruptedException {
        requireHttp();
        server().enqueue(Fault.status(429, "application/json",
                echoingErrorBody("requests", "rate_limit_exceeded", null), Map.of("Retry-After", "30")));
        SessionCreator creator = creator(faultSettings().build());
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean interruptFlagKept = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            try {
                creator.create(RealtimeSessionCreateRequest.builder().build());
            } catch (Throwable t) {
                thrown.set(t);
                interruptFlagKept.set(Thread.currentThread().isInterrupted());
            }
        }, "contract-interrupted-caller");

        long start = System.nanoTime();
        caller.start();
        awaitSleeping(caller, Duration.ofSeconds(5));
        caller.interrupt();
        caller.join(Duration.ofSeconds(5).toMillis());

        assertThat(caller.isAlive()).as("the caller still waits after the interrupt").isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(thrown.get()).isInstanceOf(RateLimitException.class);
        RateLimitException failure = (RateLimitException) thrown.get();
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertAttempts(failure, 1, RateLimitException.class);
        assertThat(interruptFlagKept).as("interrupt flag kept").isTrue();
        assertThat(server().requestCount()).isEqualTo(1);
        assertNoLeasedConnection(creator);
    }

    // ================================================================================================= wire: load

    /**
     * Load with chaos: 32 threads make 2000 calls each against a server that answers a seeded 5% of all requests
     * with a {@code 500}, with retries on and a 1 ms backoff. A correctness test, not a timed one: every call ends in
     * a session or an {@link InternalServerException} after 3 attempts; no call is lost; no request is sent beyond
     * the retries (the server sees each call 1 to 3 times, a failed one exactly 3 times, and mints exactly one
     * session per successful call); every secret is distinct; no connection stays leased.
     *
     * @throws Exception if the worker pool fails
     */
    @Test
    public void loadWithInjectedServerErrorsLosesAndDuplicatesNothing() throws Exception {
        requireHttp();
        int threads = 32;
        int callsPerThread = 2000;
        InMemorySessionCreator chaotic = InMemorySessionCreator.builder()
                .seed(20_251_121L)
                .failureRate(0.05, ApiError.of(500, "server_error", null, "Contract chaos: injected failure"))
                .build();
        try (FakeRealtimeServer chaosServer = FakeRealtimeServer.start(chaotic, server().apiKey())) {
            SessionCreator creator = creator(chaosServer.settings()
                    .retryPolicy(LOAD_RETRIES)
                    .connectTimeout(TEST_TIMEOUT)
                    .responseTimeout(Duration.ofSeconds(30))
                    .build());
            Map<String, String> secretsByCall = new ConcurrentHashMap<>();
            Map<String, RealtimeApiException> failuresByCall = new ConcurrentHashMap<>();
            List<String> problems = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    workers.add(pool.submit(() -> {
                        for (int i = 0; i < callsPerThread; i++) {
                            String call = "load " + thread + "/" + i;
                            loadCall(creator, call, secretsByCall, failuresByCall, problems);
                        }
                    }));
                }
                for (Future<?> worker : workers) {
                    worker.get(5, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }

            int calls = threads * callsPerThread;
            assertThat(problems).as("calls that ended neither in a session nor in a retried 500").isEmpty();
            assertThat(secretsByCall.size() + failuresByCall.size()).as("calls that ended").isEqualTo(calls);
            assertThat(new HashSet<>(secretsByCall.values())).as("distinct secrets").hasSize(secretsByCall.size());
            assertThat(failuresByCall.values()).allSatisfy(failure -> assertAttempts(
                    failure, LOAD_RETRIES.maxRetries() + 1, InternalServerException.class));

            Map<String, Integer> requestsByCall = new HashMap<>();
            for (RealtimeSessionCreateRequest request : chaotic.requests()) {
                requestsByCall.merge(request.instructions(), 1, Integer::sum);
            }
            Map<String, String> mintedByCall = new HashMap<>();
            for (RealtimeSessionCreateResponse minted : chaotic.responses()) {
                String earlier = mintedByCall.put(minted.instructions(), minted.clientSecret().value());
                assertThat(earlier).as("a second session minted for " + minted.instructions()).isNull();
            }
            assertThat(requestsByCall).as("calls the server saw").hasSize(calls);
            assertThat(mintedByCall).as("sessions minted, one per successful call").isEqualTo(secretsByCall);
            for (Map.Entry<String, Integer> seen : requestsByCall.entrySet()) {
                int expectedMax = LOAD_RETRIES.maxRetries() + 1;
                if (failuresByCall.containsKey(seen.getKey())) {
                    assertThat(seen.getValue()).as("requests of failed call " + seen.getKey()).isEqualTo(expectedMax);
                } else {
                    assertThat(seen.getValue()).as("requests of call " + seen.getKey()).isBetween(1, expectedMax);
                }
            }
            int requests = chaotic.callCount();
            assertThat(chaosServer.requestCount()).isEqualTo(requests);
            assertThat(chaotic.injectedFailures()).as("injected failures")
                    .isEqualTo(requests - secretsByCall.size())
                    .isBetween((int) (requests * 0.04), (int) (requests * 0.06));
            assertNoLeasedConnection(creator);
        }
    }

    private static void loadCall(SessionCreator creator, String call, Map<String, String> secretsByCall,
            Map<String, RealtimeApiException> failuresByCall, List<String> problems) {
        try {
            RealtimeSessionCreateResponse response =
                    creator.create(RealtimeSessionCreateRequest.builder().instructions(call).build());
            if (!call.equals(response.instructions())) {
                problems.add(call + " got the answer of " + response.instructions());
            }
            if (secretsByCall.put(call, response.clientSecret().value()) != null) {
                problems.add(call + " ended twice");
            }
        } catch (InternalServerException e) {
            if (failuresByCall.put(call, e) != null) {
                problems.add(call + " ended twice");
            }
        } catch (RuntimeException e) {
            problems.add(call + " failed with " + e);
        }
    }

    // ============================================================================================== wire: security

    /**
     * Plain {@code http://} to a host other than loopback is refused when the settings are built, saying why and
     * without the key; {@code allowInsecureHttp(true)} accepts it, and loopback never needs it. Nothing is sent.
     */
    @Test
    public void plainHttpToAnotherHostIsRefusedUnlessAllowed() {
        requireHttp();

        IllegalArgumentException refused = catchThrowableOfType(IllegalArgumentException.class,
                () -> creator(settings().baseUri("http://api.example.com/v1").build()));

        assertThat(refused).as("building settings for http://api.example.com").isNotNull();
        assertThat(refused.getMessage()).contains("unencrypted").contains("allowInsecureHttp")
                .doesNotContain(server().apiKey());
        assertThat(creator(settings().baseUri("http://api.example.com/v1").allowInsecureHttp(true).build()))
                .isNotNull();
        for (String loopback : List.of("http://localhost:9/v1", "http://127.0.0.1:9/v1", "http://[::1]:9/v1")) {
            assertThat(creator(settings().baseUri(loopback).build())).as(loopback).isNotNull();
        }
        assertThat(server().requestCount()).isZero();
    }

    /**
     * TLS certificates are verified by default: against an HTTPS server with a self-signed certificate (made with
     * the JDK's {@code keytool}) the call fails with an {@link ApiConnectionException} caused by an SSL handshake
     * failure, and the server never completes a handshake nor receives a request.
     */
    @Test
    public void tlsCertificatesAreVerifiedByDefault() {
        requireHttp();
        Assumptions.assumeTrue(UntrustedTlsServer.keytoolAvailable(), "the JDK running the tests has no keytool");
        try (UntrustedTlsServer untrusted = UntrustedTlsServer.start()) {
            SessionCreator creator = creator(settings().baseUri(untrusted.baseUri()).build());

            ApiConnectionException thrown =
                    expectFailure(creator, ApiConnectionException.class, TEST_TIMEOUT.plus(HANG_MARGIN));

            assertThat(thrown).isNotInstanceOf(ApiTimeoutException.class);
            assertThat(causes(thrown)).as("causes of " + thrown)
                    .anySatisfy(cause -> assertThat(cause).isInstanceOf(SSLHandshakeException.class));
            assertThat(untrusted.awaitHandshakeEnded(Duration.ofSeconds(5))).as("a handshake was attempted").isTrue();
            assertThat(untrusted.handshakesCompleted()).as("handshakes the client accepted").isZero();
            assertThat(untrusted.requestsReceived()).as("requests sent over TLS").isZero();
        }
    }

    // =============================================================================================== secrets

    /**
     * Neither the API key nor the client secret appears in the {@code toString()} of the settings, the request, the
     * answer, its secret, or the creator.
     */
    @Test
    public void descriptionsNameNoSecret() {
        ClientSettings settings = settings().build();
        SessionCreator creator = creator(settings);

        RealtimeSessionCreateResponse response = creator.create(fullRequest());

        String secret = response.clientSecret().value();
        for (Object described : List.of(settings, fullRequest(), response, response.clientSecret(), creator)) {
            assertThat(String.valueOf(described)).as("toString() of " + described.getClass().getName())
                    .doesNotContain(settings.apiKey())
                    .doesNotContain(secret)
                    .doesNotContainPattern(SECRET_VALUE);
        }
    }

    /**
     * Whatever the server echoes (the API key in an error's message, type, code, param or body; a client secret in a
     * broken answer), the exception that surfaces, its causes and its suppressed earlier attempts never carry it: not
     * in {@code toString()}, not in the message, not anywhere in the stack trace text, not in the error fields. The
     * key here is not shaped like an OpenAI key, so only redaction of the exact key can hide it.
     */
    @ParameterizedTest
    @MethodSource("io.github.realtimesessions.testkit.SessionCreatorContract#echoingFaults")
    public void exceptionsNeverRepeatTheKeyOrASecret(
            Function<String, Fault> echoingFault, Class<? extends RealtimeApiException> exceptionType) {
        requireHttp();
        try (FakeRealtimeServer echoing = FakeRealtimeServer.start(sessions(), UNUSUAL_API_KEY)) {
            enqueueTimes(echoing, FAULT_RETRIES.maxRetries() + 1, echoingFault.apply(UNUSUAL_API_KEY));
            SessionCreator creator = creator(echoing.settings().retryPolicy(FAULT_RETRIES)
                    .connectTimeout(TEST_TIMEOUT).responseTimeout(TEST_TIMEOUT).build());

            RealtimeApiException thrown = catchThrowableOfType(exceptionType,
                    () -> creator.create(RealtimeSessionCreateRequest.builder().build()));

            assertThat(thrown).as("the exception for the echoing answer").isNotNull();
            assertNoSecretAnywhere(thrown, UNUSUAL_API_KEY);
            assertNoLeasedConnection(creator);
        }
    }

    /**
     * Answers of {@link #exceptionsNeverRepeatTheKeyOrASecret}, each echoing the given API key.
     *
     * @return the named cases: the fault for a key, and the exception type it surfaces as
     */
    protected static Stream<Arguments> echoingFaults() {
        Function<String, Fault> unauthorized = key -> Fault.status(401, "application/json",
                "{\"error\":{\"message\":\"Incorrect API key provided: " + key + ". Secret " + ECHOED_SECRET
                        + " is unrelated.\",\"type\":\"invalid_request_error " + key + "\",\"param\":\"" + key
                        + "\",\"code\":\"invalid_api_key " + key + "\"},\"echo\":\"" + key + "\"}",
                Map.of());
        Function<String, Fault> serverError = key -> Fault.status(500, "application/json",
                "{\"error\":{\"message\":\"Upstream said: Bearer " + key + " / " + ECHOED_SECRET
                        + "\",\"type\":\"server_error\",\"param\":null,\"code\":null}}",
                Map.of());
        Function<String, Fault> htmlPage = key -> Fault.status(502, "text/html",
                "<html><body>Authorization: Bearer " + key + " rejected; token " + ECHOED_SECRET + "</body></html>",
                Map.of());
        Function<String, Fault> malformed = key -> Fault.status(200, "application/json",
                "{\"id\":\"sess_1\",\"" + key + "\":\"" + ECHOED_SECRET + "\",\"client_secret\":{\"value\":\""
                        + ECHOED_SECRET + "\",\"expires_at\":",
                Map.of());
        Function<String, Fault> mistypedSecret = key -> Fault.status(200, "application/json",
                "{\"id\":\"sess_1\",\"object\":\"realtime.session\",\"client_secret\":{\"value\":\"" + ECHOED_SECRET
                        + "\",\"expires_at\":\"" + key + " " + ECHOED_SECRET + "\"}}",
                Map.of());
        return Stream.of(
                argumentSet("401 echoing the key in every field", unauthorized, AuthenticationException.class),
                argumentSet("500 echoing key and secret, retried", serverError, InternalServerException.class),
                argumentSet("502 HTML page echoing key and secret, retried", htmlPage, InternalServerException.class),
                argumentSet("200 malformed JSON with key and secret", malformed, ResponseFormatException.class),
                argumentSet("200 with a mistyped expires_at quoting key and secret", mistypedSecret,
                        ResponseFormatException.class));
    }

    /**
     * What the library logs at DEBUG (every logger under {@code io.github.realtimesessions}) during a success, a
     * retry, a failure and exhausted connection retries never carries the API key or a client secret. Runs when the
     * subclass implements {@link #captureLogs()}.
     */
    @Test
    public void logsCarryNoSecret() {
        requireHttp();
        LogCapture capture = captureLogs();
        Assumptions.assumeTrue(capture != null, "captureLogs() is not implemented: no logging backend to capture");
        List<String> lines;
        String secret;
        try (capture) {
            SessionCreator creator = creator(faultSettings().build());
            secret = creator.create(RealtimeSessionCreateRequest.builder().build()).clientSecret().value();
            server().enqueue(Fault.status(500, "application/json", echoingErrorBody("server_error", null, null),
                    Map.of()));
            creator.create(RealtimeSessionCreateRequest.builder().build());
            server().enqueue(Fault.status(401, "application/json",
                    echoingErrorBody("invalid_request_error", "invalid_api_key", null), Map.of()));
            catchThrowableOfType(AuthenticationException.class,
                    () -> creator.create(RealtimeSessionCreateRequest.builder().build()));
            enqueueTimes(3, Fault.resetMidBody());
            catchThrowableOfType(ApiConnectionException.class,
                    () -> creator.create(RealtimeSessionCreateRequest.builder().build()));
            lines = capture.lines();
        }

        assertThat(lines).as("lines logged for 7 attempts").hasSizeGreaterThanOrEqualTo(7);
        assertThat(lines).allSatisfy(line -> assertThat(line)
                .doesNotContain(server().apiKey())
                .doesNotContain(secret)
                .doesNotContain(ECHOED_SECRET)
                .doesNotContainPattern(SECRET_VALUE));
    }

    // ====================================================================================================== helpers

    /** Settings for the fault cases: {@link #settings()} with the retry policy {@link #FAULT_RETRIES}. */
    private ClientSettings.Builder faultSettings() {
        return settings().retryPolicy(FAULT_RETRIES);
    }

    private void enqueueTimes(int times, Fault fault) {
        enqueueTimes(server(), times, fault);
    }

    private static void enqueueTimes(FakeRealtimeServer target, int times, Fault fault) {
        for (int i = 0; i < times; i++) {
            target.enqueue(fault);
        }
    }

    /** An OpenAI error body whose message echoes the API key and a client secret, as a careless upstream might. */
    private String echoingErrorBody(String type, String code, String param) {
        return new String(SessionJsonCodec.instance().encodeError(new OpenAiErrorBody(
                        "Contract fault: the key " + server().apiKey() + " and the secret " + ECHOED_SECRET
                                + " are echoed.",
                        type, param, code)),
                StandardCharsets.UTF_8);
    }

    /**
     * Makes a call that must fail with the given type within the limit, and checks what every fault case checks:
     * no secret in the exception, no connection leased afterwards.
     */
    private <T extends RealtimeApiException> T expectFailure(SessionCreator creator, Class<T> type, Duration limit) {
        long start = System.nanoTime();
        T thrown = catchThrowableOfType(type, () -> creator.create(RealtimeSessionCreateRequest.builder().build()));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(thrown).as("the " + type.getSimpleName() + " of the call").isNotNull();
        assertThat(elapsed).as("time until the call failed (" + thrown + ")").isLessThan(limit);
        assertNoSecretAnywhere(thrown, server().apiKey());
        assertNoLeasedConnection(creator);
        return thrown;
    }

    private void assertNoLeasedConnection(SessionCreator creator) {
        assertThat(leasedConnections(creator)).as("connections still leased by " + creator).isZero();
    }

    /** Checks the attempts the exception reports, and that each earlier attempt's failure is attached. */
    private static void assertAttempts(
            RealtimeApiException thrown, int attempts, Class<? extends RealtimeApiException> earlierType) {
        assertThat(thrown.attempts()).as("attempts() of " + thrown).isEqualTo(attempts);
        assertThat(thrown.getSuppressed()).as("earlier failures suppressed in " + thrown).hasSize(attempts - 1)
                .allSatisfy(earlier -> assertThat(earlier).isInstanceOf(earlierType));
        if (attempts > 1) {
            assertThat(thrown.getMessage()).endsWith("(after " + attempts + " attempts)");
        }
    }

    /** The most the backoff of {@link #FAULT_RETRIES} can add over the given number of attempts. */
    private static Duration backoffAllowance(int attempts) {
        return FAULT_RETRIES.maxBackoff().multipliedBy(attempts - 1L);
    }

    /** The time limit of a case whose answers come at once: the response timeout, the backoff and the margin. */
    private static Duration instantAnswerLimit(int attempts) {
        return TEST_TIMEOUT.plus(backoffAllowance(attempts)).plus(HANG_MARGIN);
    }

    /** The time limit of a case where every attempt times out: attempts x timeout, the backoff and the margin. */
    private static Duration timeoutLimit(int attempts) {
        return SHORT_TIMEOUT.multipliedBy(attempts).plus(backoffAllowance(attempts)).plus(HANG_MARGIN);
    }

    /** Waits until the thread sleeps in {@link Thread#sleep}: the retry loop's wait between attempts. */
    private static void awaitSleeping(Thread thread, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (Stream.of(thread.getStackTrace()).noneMatch(frame ->
                frame.getClassName().equals(Thread.class.getName()) && frame.getMethodName().startsWith("sleep"))) {
            if (System.nanoTime() - deadline > 0 || !thread.isAlive()) {
                fail("the caller did not start waiting before a retry within " + timeout);
            }
            TimeUnit.MILLISECONDS.sleep(5);
        }
    }

    /** The throwable and its causes, outermost first. */
    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /**
     * Asserts that neither the API key nor a client secret appears anywhere in the exception: its {@code toString()},
     * message and stack trace text, those of its causes and suppressed exceptions (recursively), and the error fields
     * of every {@link ApiStatusException} among them.
     */
    private static void assertNoSecretAnywhere(Throwable thrown, String apiKey) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        StringBuilder text = new StringBuilder();
        describe(thrown, seen, text);
        assertThat(text.toString()).as("everything printed about " + thrown)
                .doesNotContain(apiKey)
                .doesNotContain(ECHOED_SECRET)
                .doesNotContainPattern(SECRET_VALUE);
    }

    /** Appends what {@code printStackTrace} would print, plus the error fields of status exceptions. */
    private static void describe(Throwable thrown, Set<Throwable> seen, StringBuilder text) {
        if (thrown == null || !seen.add(thrown)) {
            return;
        }
        text.append(thrown).append('\n').append(thrown.getMessage()).append('\n')
                .append(thrown.getLocalizedMessage()).append('\n');
        for (StackTraceElement frame : thrown.getStackTrace()) {
            text.append("\tat ").append(frame).append('\n');
        }
        if (thrown instanceof ApiStatusException status) {
            text.append(status.error()).append('\n');
        }
        for (Throwable suppressed : thrown.getSuppressed()) {
            describe(suppressed, seen, text);
        }
        describe(thrown.getCause(), seen, text);
    }


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
