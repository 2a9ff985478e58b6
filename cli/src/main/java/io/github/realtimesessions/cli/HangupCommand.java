package io.github.realtimesessions.cli;

import io.github.realtimesessions.port.Endpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code realtime-sessions hangup CALL_ID}: ends a call ({@code POST /v1/realtime/calls/{call_id}/hangup}). */
@Command(
        name = "hangup",
        mixinStandardHelpOptions = true,
        versionProvider = RealtimeSessionsCli.VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        optionListHeading = "%nOptions:%n",
        description = "Ends a call by its id, the rtc_... that 'realtime-sessions call' printed.",
        footer = {
            "",
            "Exit codes: 0 hung up, 1 the API or the connection failed (HTTP 404: no such call), 2 bad input."
        })
final class HangupCommand extends ApiCommand {

    @Parameters(index = "0", paramLabel = "CALL_ID", description = "The call's id, e.g. rtc_abc123.")
    String callId;

    HangupCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    void prepare() {
        String id = callId == null ? "" : callId.trim();
        if (id.isEmpty() || !id.chars().allMatch(c -> c > 0x20 && c < 0x7f) || id.contains("/") || id.contains("?")
                || id.contains("#") || id.equals(".") || id.equals("..")) {
            throw new UsageException("CALL_ID", "must be a call id such as rtc_abc123 (was '" + callId + "')");
        }
        callId = id;
    }

    @Override
    int execute(Connection connection) {
        connection.creator().hangUp(callId);
        terminal.out().println("Hung up call " + callId + ".");
        return RealtimeSessionsCli.EXIT_OK;
    }

    @Override
    Endpoint endpoint() {
        return Endpoint.HANGUP;
    }

    @Override
    String callId() {
        return callId;
    }
}
