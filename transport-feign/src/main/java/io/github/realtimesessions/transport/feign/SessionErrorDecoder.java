package io.github.realtimesessions.transport.feign;

import feign.Response;
import feign.codec.ErrorDecoder;
import io.github.realtimesessions.transport.core.HeaderLookup;
import io.github.realtimesessions.transport.core.SessionCall;
import io.github.realtimesessions.transport.core.TransportFailures;
import java.io.IOException;
import java.util.Objects;

/**
 * Feign's {@link ErrorDecoder}, delegating to transport-core: the error body is read up to the cap and
 * {@link io.github.realtimesessions.transport.core.SessionResponseReader#toException} picks the
 * {@link io.github.realtimesessions.port.ApiStatusException} subtype, with the OpenAI error fields, the
 * {@code x-request-id} and the retry hints. Feign throws the returned exception as it is. A body that cannot be read
 * becomes the connection failure {@link TransportFailures} names. The response is always closed.
 */
final class SessionErrorDecoder implements ErrorDecoder {

    private final SessionCall call;

    SessionErrorDecoder(SessionCall call) {
        this.call = Objects.requireNonNull(call, "call");
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        try (response) {
            int status = response.status();
            HeaderLookup headers = FeignHeaders.ofResponse(response.headers());
            Response.Body body = response.body();
            byte[] bytes = call.responses().readBody(status, headers, body == null ? null : body.asInputStream());
            return call.responses().toException(status, headers, bytes);
        } catch (IOException e) {
            return TransportFailures.toException(e, call.uri(), call.settings().apiKey());
        }
    }
}
