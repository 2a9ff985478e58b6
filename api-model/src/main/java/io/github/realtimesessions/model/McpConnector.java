package io.github.realtimesessions.model;

import java.util.List;

/**
 * A service connector an {@link McpTool} can use instead of a server URL (JSON {@code tools[].connector_id}).
 *
 * <p>An open enumeration (see {@link OpenEnum}): {@link #of(String)} accepts values the library does not know
 * yet, and they round-trip unchanged.
 */
public final class McpConnector extends OpenEnum {

    private static final Values<McpConnector> VALUES = new Values<>("connector_id", McpConnector::new);

    /** The value {@code connector_dropbox}. */
    public static final McpConnector CONNECTOR_DROPBOX = VALUES.known("connector_dropbox");

    /** The value {@code connector_gmail}. */
    public static final McpConnector CONNECTOR_GMAIL = VALUES.known("connector_gmail");

    /** The value {@code connector_googlecalendar}. */
    public static final McpConnector CONNECTOR_GOOGLECALENDAR = VALUES.known("connector_googlecalendar");

    /** The value {@code connector_googledrive}. */
    public static final McpConnector CONNECTOR_GOOGLEDRIVE = VALUES.known("connector_googledrive");

    /** The value {@code connector_microsoftteams}. */
    public static final McpConnector CONNECTOR_MICROSOFTTEAMS = VALUES.known("connector_microsoftteams");

    /** The value {@code connector_outlookcalendar}. */
    public static final McpConnector CONNECTOR_OUTLOOKCALENDAR = VALUES.known("connector_outlookcalendar");

    /** The value {@code connector_outlookemail}. */
    public static final McpConnector CONNECTOR_OUTLOOKEMAIL = VALUES.known("connector_outlookemail");

    /** The value {@code connector_sharepoint}. */
    public static final McpConnector CONNECTOR_SHAREPOINT = VALUES.known("connector_sharepoint");

    private McpConnector(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value for a wire string, known or not.
     *
     * @param value the wire value
     * @return the matching constant, or a new value that round-trips unchanged
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public static McpConnector of(String value) {
        return VALUES.of(value);
    }

    /**
     * Lists the values the spec names, in the spec's order.
     *
     * @return an unmodifiable list
     */
    public static List<McpConnector> knownValues() {
        return VALUES.known();
    }
}
