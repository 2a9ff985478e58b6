package io.github.realtimesessions.transport.feign;

import io.github.realtimesessions.transport.core.HeaderLookup;
import java.util.Collection;
import java.util.Map;

/** Reads Feign's header maps (name to values) through transport-core's {@link HeaderLookup}. */
final class FeignHeaders {

    private static final String CONTENT_LENGTH = "content-length";
    private static final String CONTENT_ENCODING = "content-encoding";

    private FeignHeaders() {}

    /**
     * Returns a lookup over a header map. Feign's {@code Response.headers()} is case-insensitive already, but a map
     * from elsewhere (e.g. {@code FeignException.responseHeaders()} of a user's client) need not be, so a miss falls
     * back to a scan without regard to case.
     *
     * @param headers the headers, possibly empty
     * @return the lookup
     */
    static HeaderLookup of(Map<String, Collection<String>> headers) {
        if (headers == null || headers.isEmpty()) {
            return HeaderLookup.NONE;
        }
        return name -> {
            Collection<String> values = headers.get(name);
            if (values == null) {
                for (Map.Entry<String, Collection<String>> entry : headers.entrySet()) {
                    if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name)) {
                        values = entry.getValue();
                        break;
                    }
                }
            }
            if (values == null) {
                return null;
            }
            for (String value : values) {
                if (value != null) {
                    return value;
                }
            }
            return null;
        };
    }

    /**
     * Returns a lookup over the headers of a response whose body is about to be read. feign-core's
     * {@code DefaultClient} inflates gzip and deflate bodies itself but keeps the compressed {@code Content-Length},
     * which would make the reader stop early; with a {@code Content-Encoding} the length is therefore hidden and the
     * reader reads to the end (still bounded by the body cap).
     *
     * @param headers the response headers
     * @return the lookup
     */
    static HeaderLookup ofResponse(Map<String, Collection<String>> headers) {
        HeaderLookup lookup = of(headers);
        String encoding = lookup.first(CONTENT_ENCODING);
        if (encoding == null || encoding.isBlank() || encoding.trim().equalsIgnoreCase("identity")) {
            return lookup;
        }
        return name -> CONTENT_LENGTH.equalsIgnoreCase(name) ? null : lookup.first(name);
    }
}
