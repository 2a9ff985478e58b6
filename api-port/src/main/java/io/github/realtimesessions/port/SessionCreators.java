package io.github.realtimesessions.port;

import io.github.realtimesessions.port.spi.SessionCreatorProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Creates a {@link SessionCreator} over whichever transport is on the class path, so that application code names no
 * HTTP library.
 *
 * <p>Selection order: the name passed to {@link #create(ClientSettings, String)}; else the system property
 * {@value #TRANSPORT_PROPERTY}; else the environment variable {@value #TRANSPORT_ENV}; else the one transport found.
 * With no transport, or several and no name, creation fails with a message listing what was found.
 */
public final class SessionCreators {

    /** The system property that names the transport to use. */
    public static final String TRANSPORT_PROPERTY = "realtime.sessions.transport";

    /** The environment variable that names the transport to use. */
    public static final String TRANSPORT_ENV = "REALTIME_SESSIONS_TRANSPORT";

    private SessionCreators() {}

    /**
     * Creates a session creator over the configured or the only available transport.
     *
     * @param settings the settings
     * @return a new creator, to be closed by the caller
     * @throws IllegalStateException if no transport, or several and none named, are on the class path, or the named
     *     one is not
     */
    public static SessionCreator create(ClientSettings settings) {
        return create(settings, configuredTransport(System::getProperty, System::getenv));
    }

    /**
     * Creates a session creator over the named transport, or over the only one available when {@code transport} is
     * {@code null}.
     *
     * @param settings the settings
     * @param transport the transport's name (e.g. {@code apache}), or {@code null}
     * @return a new creator, to be closed by the caller
     * @throws IllegalStateException if the transport cannot be chosen; the message lists what was found
     */
    public static SessionCreator create(ClientSettings settings, String transport) {
        Objects.requireNonNull(settings, "settings");
        return select(providers(), transport).create(settings);
    }

    /**
     * Lists the names of the transports on the class path, sorted.
     *
     * @return the names, possibly empty
     */
    public static List<String> availableTransports() {
        return providers().stream().map(SessionCreatorProvider::name).sorted().collect(Collectors.toList());
    }

    static String configuredTransport(Function<String, String> properties, Function<String, String> environment) {
        String property = properties.apply(TRANSPORT_PROPERTY);
        if (property != null && !property.isBlank()) {
            return property.trim();
        }
        String variable = environment.apply(TRANSPORT_ENV);
        return variable == null || variable.isBlank() ? null : variable.trim();
    }

    static SessionCreatorProvider select(List<SessionCreatorProvider> providers, String transport) {
        String found = providers.isEmpty()
                ? "none"
                : providers.stream()
                        .map(p -> p.name() + " (" + p.getClass().getName() + ")")
                        .sorted()
                        .collect(Collectors.joining(", "));
        if (transport != null) {
            String wanted = transport.toLowerCase(Locale.ROOT);
            return providers.stream()
                    .filter(p -> p.name().toLowerCase(Locale.ROOT).equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Realtime Sessions transport '" + transport
                            + "' is not on the class path; found: " + found));
        }
        if (providers.size() == 1) {
            return providers.get(0);
        }
        if (providers.isEmpty()) {
            throw new IllegalStateException("No Realtime Sessions transport on the class path: add"
                    + " realtime-sessions-transport-apache or realtime-sessions-transport-feign");
        }
        throw new IllegalStateException("Several Realtime Sessions transports on the class path (" + found
                + "): choose one with the system property " + TRANSPORT_PROPERTY + " or the environment variable "
                + TRANSPORT_ENV);
    }

    private static List<SessionCreatorProvider> providers() {
        List<SessionCreatorProvider> providers = new ArrayList<>();
        ServiceLoader.load(SessionCreatorProvider.class).forEach(providers::add);
        providers.sort(Comparator.comparing(SessionCreatorProvider::name));
        return providers;
    }
}
