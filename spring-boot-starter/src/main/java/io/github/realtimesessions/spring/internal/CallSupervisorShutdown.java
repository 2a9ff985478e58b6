package io.github.realtimesessions.spring.internal;

import io.github.realtimesessions.port.CallSupervisor;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.port.SessionCreator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Hangs up the calls still running when the application stops, after the web server stopped taking requests and
 * before the session creator closes, and waits (a bounded time) for the hangups: a call left running would no longer
 * be capped by anyone.
 */
public final class CallSupervisorShutdown implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(CallSupervisorShutdown.class);

    /** How long the shutdown waits for the hangups. */
    static final Duration WAIT = Duration.ofSeconds(5);

    private final CallSupervisor supervisor;
    private final SessionCreator sessions;
    private volatile boolean running;

    /**
     * Creates the lifecycle.
     *
     * @param supervisor the supervisor whose calls are hung up
     * @param sessions the creator the hangups go through
     */
    public CallSupervisorShutdown(CallSupervisor supervisor, SessionCreator sessions) {
        this.supervisor = supervisor;
        this.sessions = sessions;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        List<CompletableFuture<Void>> hangups = new ArrayList<>();
        RequestOptions options = RequestOptions.builder().timeout(WAIT).maxRetries(0).build();
        for (String callId : supervisor.activeCalls()) {
            if (supervisor.callEnded(callId)) {
                try {
                    hangups.add(sessions.async().hangUp(callId, options));
                } catch (RuntimeException e) {
                    LOG.warn("Could not hang up call {} at shutdown: {}", callId, e.getMessage());
                }
            }
        }
        if (hangups.isEmpty()) {
            return;
        }
        LOG.info("Hanging up {} running call(s) at shutdown", hangups.size());
        try {
            CompletableFuture.allOf(hangups.toArray(CompletableFuture[]::new))
                    .get(WAIT.toMillis() + 500, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Not every call could be hung up at shutdown: {}", e.getCause() == null ? e : e.getCause().getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server (which stops in a high phase), before the singletons are destroyed. */
    @Override
    public int getPhase() {
        return 0;
    }
}
