package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.Checks;
import java.util.Objects;

/**
 * Tracing of a session in the OpenAI traces dashboard (JSON {@code tracing}): {@link #AUTO} (the default workflow
 * name, group id and metadata) or a {@link Configuration}. The API's default is off, and JSON {@code null} switches it
 * off, so a request holds tracing as a {@link Setting}. Once tracing is on for a session, it cannot be changed.
 */
public sealed interface Tracing permits Tracing.Mode, Tracing.Configuration {

    /** Tracing with the default workflow name, group id and metadata. */
    Mode AUTO = new Mode("auto");

    /**
     * Returns {@link #AUTO}.
     *
     * @return the keyword {@code "auto"}
     */
    static Tracing auto() {
        return AUTO;
    }

    /**
     * Returns a tracing configuration.
     *
     * @param workflowName the workflow's name in the dashboard, or {@code null}
     * @param groupId the group id to filter traces by, or {@code null}
     * @param metadata arbitrary metadata attached to the traces, or {@code null}
     * @return the configuration
     */
    static Configuration of(String workflowName, String groupId, JsonObject metadata) {
        return new Configuration(workflowName, groupId, metadata);
    }

    /**
     * A keyword. {@code "auto"} is the only keyword today; another string sent by a newer server round-trips
     * unchanged.
     *
     * @param value the keyword
     */
    record Mode(String value) implements Tracing {
        /**
         * Creates a keyword.
         *
         * @throws NullPointerException if {@code value} is {@code null}
         * @throws IllegalArgumentException if {@code value} is blank
         */
        public Mode {
            Checks.wireValue(value, "tracing");
        }

        /** Returns the keyword, as on the wire. */
        @Override
        public String toString() {
            return value;
        }
    }

    /**
     * A tracing configuration (JSON {@code tracing} object); every part is optional.
     *
     * @param workflowName the workflow's name in the dashboard ({@code workflow_name}), or {@code null}
     * @param groupId the group id to filter traces by ({@code group_id}), or {@code null}
     * @param metadata arbitrary metadata attached to the traces, or {@code null}
     */
    record Configuration(String workflowName, String groupId, JsonObject metadata) implements Tracing {

        /** Creates a configuration; every component may be {@code null}. */
        public Configuration {
            // Nothing to check: each part is optional and a JsonObject is immutable.
        }

        /**
         * Returns a copy with another metadata object.
         *
         * @param metadata the metadata
         * @return the changed configuration
         */
        public Configuration withMetadata(JsonObject metadata) {
            return new Configuration(workflowName, groupId, Objects.requireNonNull(metadata, "metadata"));
        }
    }
}
