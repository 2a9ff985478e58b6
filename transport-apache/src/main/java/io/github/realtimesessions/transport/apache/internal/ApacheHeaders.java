package io.github.realtimesessions.transport.apache.internal;

import io.github.realtimesessions.transport.core.HttpHeaders;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;

/** Converts headers between the seam and HttpClient. Not API. */
final class ApacheHeaders {

    private ApacheHeaders() {}

    /**
     * Converts the request's headers, credential headers marked sensitive (HTTP/2 sends such headers never-indexed).
     * The mark does not reach HttpClient's own header log: {@code org.apache.hc.client5.http.headers} at DEBUG prints
     * every header value, the credential included, so that logger stays off outside a developer's machine.
     */
    static Header[] toArray(HttpHeaders headers) {
        Header[] result = new Header[headers.size()];
        int[] i = {0};
        headers.forEach((name, value) -> result[i[0]++] = new BasicHeader(name, value, isSensitive(name)));
        return result;
    }

    static HttpHeaders of(Header[] headers) {
        HttpHeaders.Builder builder = HttpHeaders.builder(headers.length);
        for (Header header : headers) {
            builder.add(header.getName(), header.getValue() == null ? "" : header.getValue());
        }
        return builder.build();
    }

    private static boolean isSensitive(String name) {
        return name.equalsIgnoreCase("Authorization") || name.equalsIgnoreCase("api-key");
    }
}
