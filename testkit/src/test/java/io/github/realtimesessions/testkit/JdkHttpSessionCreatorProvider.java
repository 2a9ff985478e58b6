package io.github.realtimesessions.testkit;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.port.spi.SessionCreatorProvider;

/**
 * Registers the test-only JDK transport under the name {@code jdk}, so that this module's tests can go through
 * {@link io.github.realtimesessions.port.SessionCreators} as users do with a real transport on the class path.
 */
public final class JdkHttpSessionCreatorProvider implements SessionCreatorProvider {

    @Override
    public String name() {
        return "jdk";
    }

    @Override
    public SessionCreator create(ClientSettings settings) {
        return JdkHttpSessionCreator.create(settings);
    }
}
