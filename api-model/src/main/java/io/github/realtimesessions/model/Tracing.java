package io.github.realtimesessions.model;

import java.util.Map;

/**
 * Tracing of the session in the traces dashboard (JSON {@code tracing}): the mode {@code "auto"} or a
 * {@link Configuration}. To switch tracing off, set the request's tracing to {@link Setting#disabled()}. Once tracing
 * is on for a session it cannot be changed.
 */
public sealed interface Tracing permits Tracing.Mode, Tracing.Configuration {

    /** Tracing with the default workflow name, group id and metadata. */
    Mode AUTO = new Mode("auto");

    /**
     * Returns {@link #AUTO}.
     *
     * @return the {@code "auto"} mode
     */
    static Tracing auto() {
        return AUTO;
    }

    /**
     * Returns a granular tracing configuration.
     *
     * @param workflowName the workflow name of the trace, or {@code null}
     * @param groupId the group id of the trace, or {@code null}
     * @param metadata free-form metadata (a JSON object of JDK types), or {@code null}
     * @return the configuration
     */
    static Tracing of(String workflowName, String groupId, Map<String, ?> metadata) {
        return new Configuration(workflowName, groupId, Checks.jsonObjectOrNull(metadata, "tracing.metadata"));
    }

    /**
     * A tracing mode given as a string. {@code "auto"} is the only mode today; another string sent by a newer server
     * round-trips unchanged.
     *
     * @param value the mode
     */
    record Mode(String value) implements Tracing {
        /**
         * Creates a mode.
         *
         * @throws NullPointerException if {@code value} is {@code null}
         * @throws IllegalArgumentException if {@code value} is blank
         */
        public Mode {
            Checks.wireValue(value, "tracing");
        }

        /** Returns the mode, as on the wire. */
        @Override
        public String toString() {
            return value;
        }
    }

    /**
     * Granular tracing configuration. Every component may be {@code null} (absent).
     *
     * @param workflowName the name of the workflow, shown as the trace's name
     * @param groupId the group id, for filtering and grouping traces
     * @param metadata arbitrary metadata: a deep, unmodifiable copy of a JSON object of JDK types
     */
    record Configuration(String workflowName, String groupId, Map<String, Object> metadata) implements Tracing {
        /**
         * Creates a configuration, copying {@code metadata} deeply.
         *
         * @throws IllegalArgumentException if {@code metadata} holds something that is not a JSON value
         */
        public Configuration {
            metadata = Checks.jsonObjectOrNull(metadata, "tracing.metadata");
        }
    }
}
