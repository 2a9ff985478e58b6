package io.github.realtimesessions.transport.feign;

import feign.Capability;
import feign.Client;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A metrics-like capability that counts the calls reaching the client. Public, because Feign invokes a capability's
 * {@code enrich} methods by reflection.
 */
public final class CountingCapability implements Capability {

    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public Client enrich(Client client) {
        return (request, options) -> {
            calls.incrementAndGet();
            return client.execute(request, options);
        };
    }

    /**
     * Returns how many calls went through the enriched client.
     *
     * @return the count
     */
    public int calls() {
        return calls.get();
    }
}
