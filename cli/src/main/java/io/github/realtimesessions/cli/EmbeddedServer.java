package io.github.realtimesessions.cli;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.testkit.FakeRealtimeServer;

/**
 * The embedded mode: the testkit's fake Realtime server, started in-process on a loopback port for one command. It
 * speaks the real wire format (GA client secrets, translation secrets, calls and hang-ups, the retired beta call), so
 * the command runs exactly as it would against the API, without network or account. The only class of the tool that
 * names the testkit.
 */
final class EmbeddedServer implements AutoCloseable {

    private final FakeRealtimeServer server;

    private EmbeddedServer(FakeRealtimeServer server) {
        this.server = server;
    }

    /** Starts a fake server. */
    static EmbeddedServer start() {
        return new EmbeddedServer(FakeRealtimeServer.start());
    }

    /** Returns settings that point at the server, with its key. */
    ClientSettings.Builder settings() {
        return server.settings();
    }

    @Override
    public void close() {
        server.close();
    }
}
