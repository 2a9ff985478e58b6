package io.github.realtimesessions.spring.it;

import io.github.realtimesessions.testkit.FakeRealtimeServer;
import io.github.realtimesessions.testkit.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * The fake OpenAI of this test JVM: one server, started on first use and stopped when the JVM ends, because Spring's
 * test context cache keeps applications (and so their base URL) alive across test classes.
 */
final class SharedFake {

    private static volatile FakeRealtimeServer server;

    private SharedFake() {}

    static synchronized FakeRealtimeServer server() {
        if (server == null) {
            FakeRealtimeServer started = FakeRealtimeServer.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "fake-realtime-server-stop"));
            server = started;
        }
        return server;
    }

    /** The last request the fake received that matches, waiting a little for it. */
    static RecordedRequest lastRequest(Predicate<RecordedRequest> matching) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            List<RecordedRequest> requests = server().requests();
            for (int i = requests.size() - 1; i >= 0; i--) {
                if (matching.test(requests.get(i))) {
                    return requests.get(i);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the fake server received no matching request; it received " + requests);
            }
            pause();
        }
    }

    static void await(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
