package io.github.realtimesessions.spring.internal;

import io.github.realtimesessions.model.CallRequest;
import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.port.CallSupervisor;
import io.github.realtimesessions.spring.CallPolicy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The call broker.
 * <ul>
 *   <li>{@code POST {path}} with the browser's SDP offer ({@code application/sdp}): the {@link CallPolicy} decides the
 *       session, the {@link CallSupervisor} creates and supervises the call, and the browser gets {@code 201} with
 *       the SDP answer, {@code Location: {path}/{callId}}, {@value #CALL_ID_HEADER} and {@value #EXPIRES_AT_HEADER}
 *       (when the supervisor will hang up, ISO-8601).</li>
 *   <li>{@code POST {path}/{callId}/hangup}: ends a call this application brokered for the same caller
 *       ({@code 202}); any other call id is {@code 404}.</li>
 * </ul>
 */
public final class CallHandlers {

    /** The header naming the call id. */
    public static final String CALL_ID_HEADER = "X-Realtime-Call-Id";

    /** The header telling when the call will be hung up. */
    public static final String EXPIRES_AT_HEADER = "X-Realtime-Call-Expires-At";

    /** {@code application/sdp}. */
    public static final MediaType APPLICATION_SDP = new MediaType("application", "sdp");

    private final CallSupervisor supervisor;
    private final CallPolicy policy;
    private final EndpointSupport support;
    private final String path;
    private final Clock clock;
    private final BrokeredCalls calls;

    /**
     * Creates the handlers.
     *
     * @param supervisor creates, supervises and ends the calls
     * @param policy decides each call's session
     * @param support authentication, rate limit, bodies
     * @param path the broker's path, e.g. {@code /realtime/calls}
     * @param clock the clock the deadlines are told in
     */
    public CallHandlers(CallSupervisor supervisor, CallPolicy policy, EndpointSupport support, String path, Clock clock) {
        this.supervisor = Objects.requireNonNull(supervisor, "supervisor");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.support = Objects.requireNonNull(support, "support");
        this.path = Objects.requireNonNull(path, "path");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.calls = new BrokeredCalls(supervisor);
    }

    /**
     * Creates a call from the browser's offer.
     *
     * @param request the request
     * @return the answer
     */
    public ServerResponse create(ServerRequest request) {
        try {
            EndpointSupport.Caller caller = support.caller(request);
            support.checkRate(caller);
            byte[] offer = EndpointSupport.body(request, APPLICATION_SDP, CallRequest.MAX_SDP_BYTES);
            if (offer.length == 0) {
                throw new EndpointException(400, "invalid_request", "Send the SDP offer as the body.");
            }
            RealtimeSessionConfig session = policy.session(caller.principal(), EndpointSupport.parameters(request));
            CallRequest callRequest = CallRequest.builder()
                    .sdp(new String(offer, StandardCharsets.UTF_8))
                    .session(session)
                    .safetyIdentifier(caller.safetyIdentifier())
                    .build();
            RealtimeCall call = supervisor.createCall(callRequest);
            calls.register(call.callId(), caller.key());
            Duration remaining = supervisor.remaining(call.callId());
            Instant expiresAt = clock.instant()
                    .plus(remaining == null ? supervisor.maxDuration() : remaining)
                    .truncatedTo(ChronoUnit.SECONDS);
            URI location = request.uriBuilder()
                    .replacePath(request.requestPath().contextPath().value() + path)
                    .pathSegment(call.callId())
                    .replaceQuery(null)
                    .build()
                    .normalize();
            return ServerResponse.created(location)
                    .contentType(APPLICATION_SDP)
                    .header(CALL_ID_HEADER, call.callId())
                    .header(EXPIRES_AT_HEADER, expiresAt.toString())
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(call.sdpAnswer().getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            return ErrorAnswers.of(e, "creating a call");
        }
    }

    /**
     * Hangs a call up.
     *
     * @param request the request, with the {@code callId} path variable
     * @return the answer
     */
    public ServerResponse hangUp(ServerRequest request) {
        try {
            EndpointSupport.Caller caller = support.caller(request);
            String callId = request.pathVariable("callId");
            if (!calls.release(callId, caller.key()) || !supervisor.hangUp(callId)) {
                throw new EndpointException(404, "call_not_found", "No call of yours with this id is running.");
            }
            return ServerResponse.accepted().header(HttpHeaders.CACHE_CONTROL, "no-store").build();
        } catch (Exception e) {
            return ErrorAnswers.of(e, "hanging up a call");
        }
    }
}
