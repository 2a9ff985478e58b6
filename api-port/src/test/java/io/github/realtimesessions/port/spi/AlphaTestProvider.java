package io.github.realtimesessions.port.spi;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;

/** A transport registered in the test class path's {@code META-INF/services}, found by {@code ServiceLoader}. */
public final class AlphaTestProvider implements SessionCreatorProvider {

    /** The name users select it by. */
    public static final String NAME = "test-alpha";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SessionCreator create(ClientSettings settings) {
        return new TestSessionCreator(NAME, settings);
    }
}
