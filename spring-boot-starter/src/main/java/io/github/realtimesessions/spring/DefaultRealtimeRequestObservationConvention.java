package io.github.realtimesessions.spring;

import io.github.realtimesessions.port.spi.RequestResult;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import java.util.Locale;

/**
 * The default names and tags of a library call's observation.
 *
 * <table>
 *   <caption>Key values</caption>
 *   <tr><th>key</th><th>cardinality</th><th>values</th></tr>
 *   <tr><td>{@code endpoint}</td><td>low</td><td>{@code client_secrets}, {@code translation_client_secrets},
 *       {@code calls}, {@code hangup}, {@code sessions}</td></tr>
 *   <tr><td>{@code transport}</td><td>low</td><td>{@code apache}, {@code feign}...</td></tr>
 *   <tr><td>{@code outcome}</td><td>low</td><td>{@code SUCCESS}, {@code CLIENT_ERROR}, {@code RATE_LIMITED},
 *       {@code SERVER_ERROR}, {@code TIMEOUT}, {@code CONNECTION_ERROR}... ({@link io.github.realtimesessions.port.spi.Outcome}),
 *       {@code UNKNOWN} while the call runs</td></tr>
 *   <tr><td>{@code status}</td><td>low</td><td>the last HTTP status, or {@code NONE} when no answer arrived</td></tr>
 *   <tr><td>{@code request.id}</td><td>high</td><td>the {@code x-request-id} of the last answer, when there was
 *       one</td></tr>
 * </table>
 * The observation's name is {@value #NAME} (so the timer is {@code realtime.sessions.requests} with these tags), its
 * contextual name {@code realtime <endpoint>}.
 */
public class DefaultRealtimeRequestObservationConvention implements RealtimeRequestObservationConvention {

    /** The observation's name. */
    public static final String NAME = "realtime.sessions.requests";

    /** The endpoint key. */
    public static final String ENDPOINT = "endpoint";

    /** The transport key. */
    public static final String TRANSPORT = "transport";

    /** The outcome key. */
    public static final String OUTCOME = "outcome";

    /** The status key. */
    public static final String STATUS = "status";

    /** The request id key (high cardinality). */
    public static final String REQUEST_ID = "request.id";

    /** Creates the convention. */
    public DefaultRealtimeRequestObservationConvention() {}

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(RealtimeRequestObservationContext context) {
        return "realtime " + context.getEndpoint().tag();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(RealtimeRequestObservationContext context) {
        RequestResult result = context.getResult();
        return KeyValues.of(
                KeyValue.of(ENDPOINT, context.getEndpoint().tag()),
                KeyValue.of(TRANSPORT, context.getStart().transport().toLowerCase(Locale.ROOT)),
                KeyValue.of(OUTCOME, result == null ? "UNKNOWN" : result.outcome().name()),
                KeyValue.of(STATUS, result == null || result.status() == 0 ? "NONE" : Integer.toString(result.status())));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(RealtimeRequestObservationContext context) {
        RequestResult result = context.getResult();
        return result == null || result.requestId() == null
                ? KeyValues.empty()
                : KeyValues.of(KeyValue.of(REQUEST_ID, result.requestId()));
    }
}
