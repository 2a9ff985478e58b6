package io.github.realtimesessions.spring.internal;

import io.github.realtimesessions.port.CallSupervisor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calls this application brokered and who owns each, so that only the caller who started a call can hang it up.
 * A call leaves when it is hung up, or (lazily) once the supervisor no longer supervises it. Thread-safe.
 */
final class BrokeredCalls {

    private final CallSupervisor supervisor;
    private final Map<String, String> owners = new ConcurrentHashMap<>();

    BrokeredCalls(CallSupervisor supervisor) {
        this.supervisor = supervisor;
    }

    void register(String callId, String owner) {
        owners.keySet().removeIf(id -> supervisor.remaining(id) == null);
        owners.put(callId, owner);
    }

    /** Removes a call if the owner owns it and it still runs; {@code true} if so. */
    boolean release(String callId, String owner) {
        if (!owners.remove(callId, owner)) {
            return false;
        }
        return supervisor.remaining(callId) != null;
    }

    int size() {
        return owners.size();
    }
}
