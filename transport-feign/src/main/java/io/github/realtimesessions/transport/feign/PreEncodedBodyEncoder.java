package io.github.realtimesessions.transport.feign;

import feign.RequestTemplate;
import feign.codec.EncodeException;
import feign.codec.Encoder;
import java.lang.reflect.Type;

/**
 * Puts the JSON that {@link io.github.realtimesessions.transport.core.SessionCall} encoded with
 * {@code SessionJsonCodec} into the request as is: the body is encoded once, by transport-core, and there is no second
 * JSON mapping. Setting the body also sets {@code Content-Length}, so clients send it with a fixed length rather
 * than chunked.
 */
final class PreEncodedBodyEncoder implements Encoder {

    @Override
    public void encode(Object object, Type bodyType, RequestTemplate template) {
        if (!(object instanceof byte[] json)) {
            throw new EncodeException("expected the request as encoded JSON bytes, got "
                    + (object == null ? "null" : object.getClass().getName()));
        }
        // No charset: the body is binary to Feign, so clients send the bytes as they are (feign-hc5 would otherwise
        // decode and re-encode them as a String).
        template.body(json, null);
    }
}
