package io.github.realtimesessions.testkit.contract;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.InMemorySessionCreator;
import io.github.realtimesessions.testkit.LogCapture;
import io.github.realtimesessions.testkit.LogbackLogCapture;
import io.github.realtimesessions.testkit.TestClock;
import io.github.realtimesessions.transport.core.HttpSessionCreator;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/**
 * The one fixture of the contract suite: a test class extends it, implements {@link #createSessionCreator(ClientSettings)}
 * and implements the concern interfaces that apply, for example
 * <pre>{@code
 * class ApacheSessionCreatorContractTest extends SessionCreatorFixture implements HttpTransportContract {
 *     @Override
 *     protected SessionCreator createSessionCreator(ClientSettings settings) {
 *         return ApacheSessionCreator.create(settings);
 *     }
 * }
 *
 * // the same cases against an Azure OpenAI resource:
 * class ApacheAzureContractTest extends ApacheSessionCreatorContractTest {
 *     @Override
 *     protected ServerMode serverMode() {
 *         return ServerMode.AZURE_API_KEY;
 *     }
 * }
 * }</pre>
 * The in-memory fake implements {@link BehaviourContract} only: the wire cases are simply not part of its test class,
 * so nothing is reported as skipped.
 *
 * <p>Each test gets its own {@link FakeRealtimeServer} in the {@linkplain #serverMode() mode} of the class, backed by an
 * {@link InMemorySessionCreator} on a {@link TestClock} standing at the test's start. After each test the fixture
 * checks that no creator it made still leases a connection ({@link #leasedConnections(SessionCreator)}, given 2 s to
 * settle after a cancellation), closes every creator and every server, and fails the test on a leak. Every case has a
 * 60 s timeout, so that a transport that hangs fails instead of stalling the build.
 *
 * <p>A case an implementation cannot pass is overridden in its test class, keeping its annotations, with a comment that
 * says why; it is never disabled.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class SessionCreatorFixture implements ContractSupport {

    /** The connect and response timeouts of {@link #settings()}. */
    protected static final Duration TEST_TIMEOUT = Duration.ofSeconds(2);

    /** The call timeout of {@link #settings()}: no case waits for a whole default call timeout. */
    protected static final Duration TEST_CALL_TIMEOUT = Duration.ofSeconds(10);

    private final List<SessionCreator> creators = new CopyOnWriteArrayList<>();
    /**
     * The credential of this test's servers: of a shape no redaction by pattern recognises, and new for every test, so
     * that tests running side by side never see each other's key in their log lines.
     */
    private final String key = newKey();
    private final List<FakeRealtimeServer> servers = new CopyOnWriteArrayList<>();
    private FakeRealtimeServer server;
    private TestClock clock;

    /** Creates the fixture; subclasses need a no-argument constructor, as any JUnit test class. */
    protected SessionCreatorFixture() {}

    /**
     * The hook: creates the implementation under test. Called during a test, possibly several times with different
     * settings; the fixture closes what it returns.
     *
     * @param settings the settings to honour, pointing at {@link #server()}
     * @return a new creator (for the in-memory fake: {@link #sessions()})
     */
    protected abstract SessionCreator createSessionCreator(ClientSettings settings);

    /**
     * Returns what the server acts as; override to run the class's cases against an Azure OpenAI resource.
     *
     * @return {@link ServerMode#OPENAI} by default
     */
    @Override
    public ServerMode serverMode() {
        return ServerMode.OPENAI;
    }

    /**
     * Returns how many connections the creator leases right now, for the leak check after each test.
     *
     * @param creator a creator of {@link #createSessionCreator(ClientSettings)}
     * @return {@link HttpSessionCreator#leasedConnections()} for an HTTP creator, else 0
     */
    @Override
    public int leasedConnections(SessionCreator creator) {
        return creator instanceof HttpSessionCreator http ? http.leasedConnections() : 0;
    }

    /**
     * Starts capturing what the library logs at DEBUG. The default works when Logback is the SLF4J backend of the
     * test class path; with another backend, override it with a {@link LogCapture} of your own.
     *
     * @return the running capture
     */
    @Override
    public LogCapture captureLogs() {
        String factory = LoggerFactory.getILoggerFactory().getClass().getName();
        if (!factory.startsWith("ch.qos.logback.")) {
            fail("the secret-in-logs case needs a log capture: SLF4J is bound to " + factory + ", not Logback;"
                    + " override captureLogs() with a LogCapture for that backend");
        }
        return LogbackLogCapture.start();
    }

    /**
     * Returns the name the transport's provider registers, for the provider-discovery case.
     *
     * @return {@code null} by default: the only transport on the test class path
     */
    @Override
    public String transportName() {
        return null;
    }

    @Override
    public final FakeRealtimeServer server() {
        if (server == null) {
            throw new IllegalStateException("the contract's server runs only during a test");
        }
        return server;
    }

    @Override
    public final InMemorySessionCreator sessions() {
        return server().sessions();
    }

    @Override
    public final TestClock clock() {
        return clock;
    }

    @Override
    public final ClientSettings.Builder settings() {
        return settingsFor(server());
    }

    @Override
    public final ClientSettings.Builder settingsFor(FakeRealtimeServer other) {
        ClientSettings.Builder builder = serverMode() == ServerMode.AZURE_BEARER_TOKEN
                ? other.bearerSettings()
                : other.settings();
        return limits(builder);
    }

    @Override
    public final ClientSettings.Builder settingsFor(URI root) {
        ClientSettings.Builder builder = switch (serverMode()) {
            case OPENAI -> ClientSettings.builder().baseUri(root + "/v1").apiKey(server().apiKey());
            case AZURE_API_KEY -> ClientSettings.builder().azureEndpoint(root.toString())
                    .credential(io.github.realtimesessions.port.Credential.azureApiKey(server().apiKey()));
            case AZURE_BEARER_TOKEN -> ClientSettings.builder().azureEndpoint(root.toString())
                    .credential(io.github.realtimesessions.port.Credential.bearerTokens(server().tokenSource()));
        };
        return limits(builder);
    }

    private static ClientSettings.Builder limits(ClientSettings.Builder builder) {
        return builder.maxRetries(0).connectTimeout(TEST_TIMEOUT).responseTimeout(TEST_TIMEOUT)
                .callTimeout(TEST_CALL_TIMEOUT);
    }

    @Override
    public final FakeRealtimeServer startServer(InMemorySessionCreator sessions) {
        FakeRealtimeServer.Builder builder = FakeRealtimeServer.builder().sessions(sessions);
        builder = builder.azure(serverMode().isAzure()).apiKey(key);
        if (server != null) {
            // One resource: the second server takes the first's tokens, as two addresses of one gateway do.
            builder.tokensOf(server);
        }
        return startServer(builder);
    }

    @Override
    public final FakeRealtimeServer startServer(FakeRealtimeServer.Builder builder) {
        FakeRealtimeServer started = builder.start();
        servers.add(started);
        return started;
    }

    @Override
    public final SessionCreator creator() {
        return creator(settings().build());
    }

    @Override
    public final SessionCreator creator(ClientSettings settings) {
        SessionCreator creator = Objects.requireNonNull(
                createSessionCreator(settings), "createSessionCreator(ClientSettings) returned null");
        creators.add(creator);
        return creator;
    }

    @Override
    public final List<String> credentials() {
        List<String> secrets = new ArrayList<>();
        for (FakeRealtimeServer each : servers) {
            secrets.add(each.apiKey());
            secrets.addAll(each.issuedTokens());
        }
        return secrets;
    }

    private String newKey() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        return serverMode().isAzure()
                ? String.format("%016x%016x", random.nextLong(), random.nextLong())
                : String.format("tenant-%08x-key-%016x", random.nextInt(), random.nextLong());
    }

    /** Starts the test's server, backed by a fake on a clock standing at the test's start. */
    @BeforeEach
    protected final void startContractServer() {
        clock = TestClock.at(Instant.ofEpochSecond(Instant.now().getEpochSecond()));
        server = startServer(InMemorySessionCreator.builder().clock(clock).seed(20_260_130L).build());
    }

    /** Checks for leased connections, then closes every creator made through the hook and every server. */
    @AfterEach
    protected final void closeContractResources() {
        List<String> leaks = new ArrayList<>();
        try {
            for (SessionCreator creator : creators) {
                int leased = awaitReleased(creator);
                if (leased != 0) {
                    leaks.add(creator + " leases " + leased);
                }
            }
        } finally {
            for (SessionCreator creator : creators) {
                creator.close();
            }
            creators.clear();
            for (FakeRealtimeServer each : servers) {
                each.close();
            }
            servers.clear();
            server = null;
        }
        if (!leaks.isEmpty()) {
            fail("connections still leased after the test: " + leaks);
        }
    }

    /**
     * Gives a creator up to 2 s to hand back connections that an abort or a cancellation releases on an I/O thread;
     * there is no event to wait for, so this polls.
     */
    private int awaitReleased(SessionCreator creator) {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        int leased = leasedConnections(creator);
        while (leased != 0 && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
            leased = leasedConnections(creator);
        }
        return leased;
    }
}
