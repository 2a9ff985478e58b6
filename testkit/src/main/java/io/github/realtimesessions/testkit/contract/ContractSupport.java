package io.github.realtimesessions.testkit.contract;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.InMemorySessionCreator;
import io.github.realtimesessions.testkit.LogCapture;
import io.github.realtimesessions.testkit.TestClock;
import java.net.URI;
import java.util.List;

/**
 * What the contract's cases see of the fixture: implemented by {@link SessionCreatorFixture}, extended by every concern
 * interface of the contract. A test class gets it by extending the fixture; it never implements this itself.
 */
public interface ContractSupport {

    /**
     * Returns the fake server of the current test, started before the test and closed after it.
     *
     * @return the server
     */
    FakeRealtimeServer server();

    /**
     * Returns the fake behind the server, to script and verify; for the in-memory fake's own contract test, the
     * creator under test itself.
     *
     * @return the fake
     */
    InMemorySessionCreator sessions();

    /**
     * Returns the fake's clock: it stands at the test's start (whole seconds) until a case moves it.
     *
     * @return the clock
     */
    TestClock clock();

    /**
     * Returns what the server acts as.
     *
     * @return the mode
     */
    ServerMode serverMode();

    /**
     * Returns settings for the server in its mode (its base URI or Azure endpoint and its credential) with retries
     * off, 2 s connect and response timeouts and a 10 s call timeout.
     *
     * @return a new builder to adjust and build
     */
    ClientSettings.Builder settings();

    /**
     * Returns settings like {@link #settings()} but pointing at another server root, e.g. one that refuses
     * connections or speaks TLS: {@code <root>/v1}, or {@code <root>} as the Azure endpoint.
     *
     * @param root {@code scheme://host:port}
     * @return a new builder
     */
    ClientSettings.Builder settingsFor(URI root);

    /**
     * Returns settings like {@link #settings()} for another fake server of the same mode.
     *
     * @param other the other server
     * @return a new builder
     */
    ClientSettings.Builder settingsFor(FakeRealtimeServer other);

    /**
     * Starts another fake server in the fixture's mode with the same credential, backed by the given fake; the fixture
     * closes it after the test.
     *
     * @param sessions the fake behind it
     * @return the running server
     */
    FakeRealtimeServer startServer(InMemorySessionCreator sessions);

    /**
     * Starts another fake server as the builder says (any mode); the fixture closes it after the test and counts its
     * credentials among {@link #credentials()}.
     *
     * @param builder the server's builder
     * @return the running server
     */
    FakeRealtimeServer startServer(FakeRealtimeServer.Builder builder);

    /**
     * Creates a creator with {@link #settings()} through the fixture's hook; the fixture closes it and checks it for
     * leaked connections after the test.
     *
     * @return the creator
     */
    SessionCreator creator();

    /**
     * Creates a creator with the given settings through the fixture's hook; closed and leak-checked after the test.
     *
     * @param settings the settings
     * @return the creator
     */
    SessionCreator creator(ClientSettings settings);

    /**
     * Returns how many connections a creator leases from its pool right now.
     *
     * @param creator a creator of {@link #creator(ClientSettings)}
     * @return the number of leased connections
     */
    int leasedConnections(SessionCreator creator);

    /**
     * Starts capturing what the library logs at DEBUG under {@code io.github.realtimesessions}.
     *
     * @return the running capture
     */
    LogCapture captureLogs();

    /**
     * Returns the name the transport's provider registers, for the provider-discovery case.
     *
     * @return the name, or {@code null} to take the only transport on the class path
     */
    String transportName();

    /**
     * Returns every credential the current test's servers accept or issued: the key, and every bearer token minted,
     * for the secret checks.
     *
     * @return the secrets
     */
    List<String> credentials();
}
