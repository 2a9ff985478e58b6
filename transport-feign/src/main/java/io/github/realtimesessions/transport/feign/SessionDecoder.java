package io.github.realtimesessions.transport.feign;

import feign.Response;
import feign.codec.Decoder;
import io.github.realtimesessions.transport.core.HeaderLookup;
import io.github.realtimesessions.transport.core.SessionResponseReader;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * Feign's {@link Decoder}, delegating to transport-core's {@link SessionResponseReader}: the answer's status, headers
 * and body (read up to the cap) become the session or the library's exception. It handles every status itself, so
 * Feign's {@code dismiss404} cannot turn a 404 into {@code null}. The response is always closed, which hands the
 * connection back for reuse even when a user switched off Feign's close-after-decode.
 *
 * <p>Feign wraps a {@link RuntimeException} of a decoder in its {@code DecodeException}, and an {@link IOException}
 * in a {@code FeignException}; {@link FeignFailures} takes them out again.
 */
final class SessionDecoder implements Decoder {

    private final SessionResponseReader responses;

    SessionDecoder(SessionResponseReader responses) {
        this.responses = Objects.requireNonNull(responses, "responses");
    }

    @Override
    public Object decode(Response response, Type type) throws IOException {
        try (response) {
            int status = response.status();
            HeaderLookup headers = FeignHeaders.ofResponse(response.headers());
            Response.Body body = response.body();
            byte[] bytes = responses.readBody(status, headers, body == null ? null : body.asInputStream());
            return responses.read(status, headers, bytes);
        }
    }
}
