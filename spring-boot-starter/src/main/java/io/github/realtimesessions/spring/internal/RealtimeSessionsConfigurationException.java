package io.github.realtimesessions.spring.internal;

/**
 * The {@code realtime.sessions.*} configuration cannot work; {@link RealtimeSessionsFailureAnalyzer} turns it into
 * Spring Boot's "APPLICATION FAILED TO START" report. The description and action name properties, never their values.
 */
public final class RealtimeSessionsConfigurationException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String action;

    /**
     * Creates the exception.
     *
     * @param description what is wrong, naming the property
     * @param action what to do about it
     * @param cause the underlying failure, or {@code null}
     */
    public RealtimeSessionsConfigurationException(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    /**
     * Returns what to do about it.
     *
     * @return the action
     */
    public String action() {
        return action;
    }
}
