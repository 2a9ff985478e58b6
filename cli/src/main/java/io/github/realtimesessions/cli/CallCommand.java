package io.github.realtimesessions.cli;

import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.InvalidRequestException;
import io.github.realtimesessions.model.JsonObject;
import io.github.realtimesessions.model.JsonValue;
import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.port.Endpoint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code realtime-sessions call}: exchanges a WebRTC SDP offer for the API's answer ({@code POST /v1/realtime/calls}),
 * so that the browser never holds a token. The answer goes to standard output byte for byte, the call id to standard
 * error.
 */
@Command(
        name = "call",
        mixinStandardHelpOptions = true,
        versionProvider = RealtimeSessionsCli.VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        optionListHeading = "%nOptions:%n",
        description = {
            "Creates a WebRTC call from the browser's SDP offer with your own credential "
                    + "(POST /v1/realtime/calls, multipart), so that the browser never holds a token.",
            "The SDP answer goes to standard output byte for byte, ready for setRemoteDescription; the call id "
                    + "(rtc_...) goes to standard error, for 'realtime-sessions hangup'.",
            "The session options configure the call's realtime session; --request-file holds that session, bare "
                    + "(as the call's session part) or under \"session\" (as for 'create')."
        },
        footer = {
            "",
            "Example: realtime-sessions call --sdp-file offer.sdp --voice marin > answer.sdp",
            "With the embedded fake server a call lives only as long as the command.",
            "Exit codes: 0 call created, 1 the API or the connection failed, 2 bad input."
        })
final class CallCommand extends ApiCommand {

    @Option(names = "--sdp-file", paramLabel = "FILE", required = true, order = 1,
            description = "The SDP offer (starts with v=0), e.g. from the browser's createOffer(); sent byte for byte.")
    Path sdpFile;

    @Mixin
    SessionOptions session;

    private CallRequest request;

    CallCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    void prepare() {
        String sdp = RequestDocument.readText(sdpFile, "--sdp-file");
        RequestDocument document = session.document();
        JsonObject json = document.json();
        if (document.file() != null) {
            if (!json.has("session") && json.has("type")) {
                // The bare session, as the multipart "session" part carries it.
                document = RequestDocument.wrapped(document, "session");
            } else if (json.has("expires_after")) {
                throw new UsageException(RequestDocument.subject(document.file()), "expires_after does not apply to"
                        + " a call: a call mints no client secret");
            }
            JsonValue type = document.get("session.type");
            if (type != null && !"realtime".equals(type.asString())) {
                throw new UsageException(RequestDocument.subject(document.file()), "a call needs a realtime session"
                        + " (session.type was " + type + ")");
            }
        }
        session.applyTo(document, SessionKind.REALTIME);
        SessionOptions.completeRealtime(document, "session");
        ClientSecretRequest decoded = document.decode(Schemas.CLIENT_SECRET_REQUEST);
        document.attribute("--sdp-file", "sdp");
        try {
            request = CallRequest.builder()
                    .sdp(sdp)
                    .session((RealtimeSessionConfig) decoded.session())
                    .safetyIdentifier(session.safetyIdentifier)
                    .build();
        } catch (InvalidRequestException e) {
            throw document.invalid(e);
        }
    }

    @Override
    int execute(Connection connection) {
        RealtimeCall call = connection.creator().createCall(request);
        terminal.writeExactly(call.sdpAnswer().getBytes(StandardCharsets.UTF_8));
        terminal.notice("Call " + call.callId() + " created; end it with: " + RealtimeSessionsCli.NAME + " hangup "
                + call.callId());
        return RealtimeSessionsCli.EXIT_OK;
    }

    @Override
    Endpoint endpoint() {
        return Endpoint.CALLS;
    }
}
